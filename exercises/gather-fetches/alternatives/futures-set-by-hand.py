import asyncio


async def fetch_all(fetch, urls):
    loop = asyncio.get_running_loop()
    futures = [loop.create_future() for _ in urls]

    async def run(url, future):
        future.set_result(await fetch(url))

    runners = [asyncio.ensure_future(run(u, f)) for u, f in zip(urls, futures)]
    for future in futures:
        await future
    await asyncio.gather(*runners)
    return [f.result() for f in futures]
