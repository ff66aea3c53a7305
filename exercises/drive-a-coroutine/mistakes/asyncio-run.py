# feedback: drive is the loop here
import asyncio


def drive(coro):
    return asyncio.run(coro), []
