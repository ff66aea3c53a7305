# feedback: Write orders = await asyncio.gather
import asyncio


async def fetch_order(order_id):
    await asyncio.sleep(0.5 + order_id % 3 * 0.5)
    return {"id": order_id, "items": order_id % 4}


def batches(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


async def record_order(order, lock, ledger):
    async with lock:
        total = ledger["total"]
        await asyncio.sleep(0)
        ledger["total"] = total + order["items"]
        ledger["recorded"].append(order["id"])



async def process_all(order_ids, size):
    lock = asyncio.Lock()
    ledger = {"total": 0, "recorded": []}
    for batch in batches(order_ids, size):
        orders = asyncio.gather(*(fetch_order(i) for i in batch))
        await asyncio.gather(*(record_order(o, lock, ledger) for o in orders))
    return ledger
