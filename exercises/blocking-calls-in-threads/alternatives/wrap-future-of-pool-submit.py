import asyncio
import concurrent.futures


async def read_all(read_file, paths: list[str]) -> list[str]:
    if not paths:
        return []
    coros = [asyncio.to_thread(read_file, p) for p in paths]
    results = await asyncio.gather(*coros)
    print("read", len(results), "files")
    return results


async def hash_all(hash_fn, items, workers):
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [asyncio.wrap_future(pool.submit(hash_fn, item)) for item in items]
        return await asyncio.gather(*futures)
