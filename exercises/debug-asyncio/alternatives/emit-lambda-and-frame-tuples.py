import asyncio
import gc
import logging
import re
import warnings


async def slow_callbacks(main, threshold):
    loop = asyncio.get_running_loop()
    found = []
    handler = logging.Handler()
    handler.emit = lambda record: found.append(record.getMessage())
    logger = logging.getLogger("asyncio")
    saved = {"debug": loop.get_debug(), "duration": loop.slow_callback_duration}
    logger.addHandler(handler)
    loop.set_debug(True)
    loop.slow_callback_duration = threshold
    try:
        task = asyncio.ensure_future(main())
        while not task.done():
            await asyncio.wait([task], timeout=10)
    finally:
        logger.removeHandler(handler)
        loop.set_debug(saved["debug"])
        loop.slow_callback_duration = saved["duration"]
    pattern = re.compile(r"^Executing .* took ([\d.]+) seconds$", re.S)
    return [round(float(x), 3) for text in found for x in pattern.findall(text)]


async def never_awaited(main):
    loop = asyncio.get_running_loop()
    old = loop.get_debug()
    loop.set_debug(True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            await main()
        finally:
            gc.collect()
            loop.set_debug(old)
    pairs = []
    for w in caught:
        text = str(w.message)
        name = re.match(r"coroutine '(.*)' was never awaited", text.splitlines()[0])
        if name is None:
            continue
        frames = re.findall(r'^\s*File "(.*)", line (\d+), in (.*)$', text, re.M)
        pairs.append((name.group(1), int(frames[-1][1]) if frames else None))
    return pairs
