import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    return [read_file(path) for path in paths]


async def hash_all(hash_fn, items, workers):
    return [hash_fn(item) for item in items]
