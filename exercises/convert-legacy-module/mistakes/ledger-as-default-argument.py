# feedback: not one made at module level or as a default argument
import asyncio


async def fetch_order(order_id):
    await asyncio.sleep(0.5 + order_id % 3 * 0.5)  # a slow database
    return {"id": order_id, "items": order_id % 4}


def batches(items, size):
    """Plain generator: the order ids, size at a time."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


async def record_order(order, lock, ledger):
    async with lock:
        total = ledger["total"]
        await asyncio.sleep(0)  # scheduling point: the others get a turn while we hold the lock
        ledger["total"] = total + order["items"]
        ledger["recorded"].append(order["id"])


async def process_all(order_ids, size, ledger={"total": 0, "recorded": []}):
    lock = asyncio.Lock()
    for batch in batches(order_ids, size):
        fetches = [asyncio.create_task(fetch_order(i)) for i in batch]
        orders = await asyncio.gather(*fetches)
        records = [asyncio.create_task(record_order(o, lock, ledger)) for o in orders]
        await asyncio.gather(*records)
    return ledger
