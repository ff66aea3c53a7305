import asyncio
import contextlib


async def fetch_order(order_id):
    await asyncio.wait_for(asyncio.sleep(0.5 + order_id % 3 * 0.5), timeout=None)
    return {"id": order_id, "items": order_id % 4}


def batches(items, size):
    items = list(items)
    while items:
        chunk, items = items[:size], items[size:]
        yield chunk


@contextlib.asynccontextmanager
async def holding(lock):
    await lock.acquire()
    try:
        yield
    finally:
        lock.release()


async def record_order(order, lock, ledger):
    async with holding(lock):
        total = ledger["total"]
        await asyncio.sleep(0)  # let the others run while we hold the lock
        ledger["total"] = total + order["items"]
        ledger["recorded"].append(order["id"])


async def process_all(order_ids, size):
    lock = asyncio.Lock()
    ledger = {"total": 0, "recorded": []}
    for batch in batches(order_ids, size):
        print("fetching", batch)
        orders = await asyncio.gather(*[asyncio.ensure_future(fetch_order(i)) for i in batch])
        async with asyncio.TaskGroup() as tg:
            for order in orders:
                tg.create_task(record_order(order, lock, ledger))
    return ledger
