import asyncio


async def main():
    loop = asyncio.get_running_loop()
    started = loop.time()
    ledger = await process_all([1, 2, 3, 4, 5], 2)
    print(ledger, f"after {loop.time() - started:g} s")


asyncio.run(main())
