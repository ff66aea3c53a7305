import asyncio


async def fetch_order(order_id):
    await asyncio.sleep(0.5 + order_id % 3 * 0.5)  # a slow database
    return dict(id=order_id, items=order_id % 4)


def batches(items, size):
    yield from (items[i:i + size] for i in range(0, len(items), size))


async def record_order(order, lock, ledger):
    async with lock:
        total = ledger["total"]
        await asyncio.sleep(0)
        ledger.update(total=total + order["items"])
        ledger["recorded"] += [order["id"]]


async def process_all(order_ids, size):
    ledger = dict(total=0, recorded=[])
    lock = asyncio.Lock()
    for batch in batches(list(order_ids), size):
        tasks = [asyncio.create_task(fetch_order(i)) for i in batch]
        await asyncio.wait(tasks) if tasks else None
        orders = [t.result() for t in tasks]
        await asyncio.gather(*(asyncio.create_task(record_order(o, lock, ledger)) for o in orders))
    return ledger
