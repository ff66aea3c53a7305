# feedback: expected a class
import asyncio


async def Delay(seconds, value):
    await asyncio.sleep(seconds)
    return value
