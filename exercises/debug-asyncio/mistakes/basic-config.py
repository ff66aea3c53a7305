# feedback: logging.basicConfig adds a handler to the root logger
import asyncio
import gc
import io
import logging
import re
import warnings

NEVER = re.compile(r"coroutine '(.+?)' was never awaited")
FRAME = re.compile(r'File ".*?", line (\d+), in ')


async def slow_callbacks(main, threshold):
    loop = asyncio.get_running_loop()
    stream = io.StringIO()
    logging.basicConfig(stream=stream, level=logging.WARNING)
    saved = loop.get_debug(), loop.slow_callback_duration
    loop.set_debug(True)
    loop.slow_callback_duration = threshold
    try:
        await asyncio.create_task(main())
    finally:
        loop.set_debug(saved[0])
        loop.slow_callback_duration = saved[1]
    return [round(float(x), 3) for x in re.findall(r"took (\d+\.\d+) seconds", stream.getvalue())]

async def never_awaited(main):
    loop = asyncio.get_running_loop()
    was_debug = loop.get_debug()
    loop.set_debug(True)  # records where every coroutine is created
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await main()
            gc.collect()
    finally:
        loop.set_debug(was_debug)
    found = []
    for warning in caught:
        text = str(warning.message)
        match = NEVER.match(text)
        if match:
            lines = FRAME.findall(text)
            found.append((match[1], int(lines[-1]) if lines else None))
    return found
