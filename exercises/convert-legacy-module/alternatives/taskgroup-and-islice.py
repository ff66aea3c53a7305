import asyncio
from itertools import islice


async def fetch_order(order_id: int) -> dict:
    delay = 0.5 + order_id % 3 * 0.5
    return await asyncio.sleep(delay, {"id": order_id, "items": order_id % 4})


def batches(items, size):
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


async def record_order(order: dict, lock: asyncio.Lock, ledger: dict) -> None:
    await lock.acquire()
    try:
        total = ledger["total"]
        await asyncio.sleep(0)
        ledger["total"] = total + order["items"]
        ledger["recorded"].append(order["id"])
    finally:
        lock.release()


async def process_all(order_ids: list[int], size: int) -> dict:
    lock = asyncio.Lock()
    ledger = {"total": 0, "recorded": []}
    for batch in batches(order_ids, size):
        async with asyncio.TaskGroup() as group:
            fetches = [group.create_task(fetch_order(i)) for i in batch]
        async with asyncio.TaskGroup() as group:
            for fetch in fetches:
                group.create_task(record_order(fetch.result(), lock, ledger))
    return ledger
