import asyncio


async def fetch_order(order_id):
    await asyncio.sleep(0.5 + (order_id % 3) * 0.5)
    return dict(id=order_id, items=order_id % 4)


def batches(items, size):
    start = 0
    while start < len(items):
        yield items[start:start + size]
        start += size


async def record_order(order, lock, ledger):
    async with lock:
        total = ledger["total"]
        await asyncio.sleep(0)
        ledger["total"] = total + order["items"]
        ledger["recorded"].append(order["id"])


async def run_together(coros):
    return await asyncio.gather(*[asyncio.ensure_future(c) for c in coros])


async def process_all(order_ids, size):
    lock = asyncio.Lock()
    ledger = {"total": 0, "recorded": []}
    for batch in batches(order_ids, size):
        print("batch", batch)
        orders = await run_together(fetch_order(i) for i in batch)
        await run_together(record_order(o, lock, ledger) for o in orders)
    return ledger
