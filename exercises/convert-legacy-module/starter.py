import asyncio

# The 2014 module. The @asyncio.coroutine decorators are commented out (Python 3.11 removed them), and
# asyncio.async(...) is written ensure_future(...) here, because `async` is a keyword since Python 3.7.
# Convert it to async/await: see the prompt for the rules.


# @asyncio.coroutine
def fetch_order(order_id, loop):
    yield from asyncio.sleep(0.5 + order_id % 3 * 0.5, loop=loop)  # a slow database
    return {"id": order_id, "items": order_id % 4}


def batches(items, size):
    """Plain generator: the order ids, size at a time."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


# @asyncio.coroutine
def record_order(order, lock, ledger, loop):
    with (yield from lock):
        total = ledger["total"]
        yield  # scheduling point: the others get a turn while we hold the lock
        ledger["total"] = total + order["items"]
        ledger["recorded"].append(order["id"])


# @asyncio.coroutine
def process_all(order_ids, size, loop):
    lock = asyncio.Lock(loop=loop)
    ledger = {"total": 0, "recorded": []}
    for batch in batches(order_ids, size):
        fetches = [asyncio.ensure_future(fetch_order(i, loop), loop=loop) for i in batch]
        orders = yield from asyncio.gather(*fetches, loop=loop)
        records = [asyncio.ensure_future(record_order(o, lock, ledger, loop), loop=loop) for o in orders]
        yield from asyncio.gather(*records, loop=loop)
    return ledger
