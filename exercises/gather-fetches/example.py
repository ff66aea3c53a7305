# Runs after your code when you press Run. Each fake fetch takes 1 second of virtual time.
import asyncio


async def fetch(url):
    print("start", url)
    await asyncio.sleep(1)
    print("end  ", url)
    return "page " + url


async def main():
    loop = asyncio.get_running_loop()
    started = loop.time()
    pages = await fetch_all(fetch, ["/a", "/b", "/c"])
    print(pages)
    print(f"took {loop.time() - started:g} s (started together, three 1 s fetches take 1 s)")


asyncio.run(main())
