import asyncio


async def fetch_all(fetch, urls):
    if not urls:
        return []
    results = [None] * len(urls)
    remaining = len(urls)
    finished = asyncio.Event()

    def store(i):
        def done(task):
            nonlocal remaining
            results[i] = task.result()
            remaining -= 1
            if remaining == 0:
                finished.set()
        return done

    tasks = []
    for i, url in enumerate(urls):
        task = asyncio.create_task(fetch(url))
        task.add_done_callback(store(i))
        tasks.append(task)
    await finished.wait()
    return results
