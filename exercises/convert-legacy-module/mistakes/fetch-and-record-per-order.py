# feedback: the records of a batch ran one after another
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


async def handle(i, lock, ledger):
    await record_order(await fetch_order(i), lock, ledger)


async def process_all(order_ids, size):
    lock = asyncio.Lock()
    ledger = {"total": 0, "recorded": []}
    for batch in batches(order_ids, size):
        await asyncio.gather(*(handle(i, lock, ledger) for i in batch))
    return ledger
