import asyncio
import gc
import logging
import warnings


async def slow_callbacks(main, threshold):
    ...


async def never_awaited(main):
    ...
