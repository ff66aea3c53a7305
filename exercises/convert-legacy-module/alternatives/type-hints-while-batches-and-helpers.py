import asyncio
from typing import Iterator


async def fetch_order(order_id: int) -> dict:
    delay = 0.5 + order_id % 3 * 0.5
    print(f"fetching {order_id} ({delay} s)")
    await asyncio.sleep(delay)
    return {"id": order_id, "items": order_id % 4}


def batches(items: list, size: int) -> Iterator[list]:
    start = 0
    while start < len(items):
        yield items[start:start + size]
        start += size


async def scheduling_point() -> None:
    await asyncio.sleep(0)


async def record_order(order: dict, lock: asyncio.Lock, ledger: dict) -> None:
    async with lock:
        total = ledger["total"]
        await scheduling_point()
        ledger["total"] = total + order["items"]
        ledger["recorded"].append(order["id"])


async def run_batch(batch: list, lock: asyncio.Lock, ledger: dict) -> None:
    orders = await asyncio.gather(*[fetch_order(i) for i in batch])
    await asyncio.gather(*[record_order(order, lock, ledger) for order in orders])


async def process_all(order_ids: list, size: int) -> dict:
    lock = asyncio.Lock()
    ledger: dict = {"total": 0, "recorded": []}
    for batch in batches(order_ids, size):
        await run_batch(batch, lock, ledger)
    print("ledger", ledger)
    return ledger
