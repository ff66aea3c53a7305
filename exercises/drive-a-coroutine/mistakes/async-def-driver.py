# feedback: drive is an async def
async def drive(coro):
    return await coro, []
