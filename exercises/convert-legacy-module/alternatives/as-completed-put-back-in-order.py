import asyncio
from collections import deque


async def fetch_order(order_id):
    delay = 0.5 + order_id % 3 * 0.5
    await asyncio.sleep(delay)
    return {"id": order_id, "items": order_id % 4}


def batches(items, size):
    queue = deque(items)
    while queue:
        yield [queue.popleft() for _ in range(min(size, len(queue)))]


async def record_order(order, lock, ledger):
    async with lock:
        total = ledger["total"]
        await asyncio.sleep(0)
        ledger["total"] = total + order["items"]
        ledger["recorded"].append(order["id"])


async def fetch_indexed(index, order_id):
    return index, await fetch_order(order_id)


async def process_all(order_ids, size):
    lock = asyncio.Lock()
    ledger = {"total": 0, "recorded": []}
    for batch in batches(order_ids, size):
        orders = [None] * len(batch)
        for next_done in asyncio.as_completed([fetch_indexed(i, oid) for i, oid in enumerate(batch)]):
            index, order = await next_done
            orders[index] = order
        await asyncio.gather(*(record_order(order, lock, ledger) for order in orders))
    return ledger
