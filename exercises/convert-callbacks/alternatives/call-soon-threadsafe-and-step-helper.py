import asyncio

USERS = {1: {"name": "Ada", "blog": "ada-writes"}, 2: {"name": "Grace", "blog": "cobol-notes"}}
POSTS = {"ada-writes": ["Notes on the engine", "On Bernoulli numbers"], "cobol-notes": ["Bugs"]}


def fetch_user(user_id, callback):
    loop = asyncio.get_running_loop()
    if user_id in USERS:
        loop.call_later(1, callback, None, USERS[user_id])
    else:
        loop.call_later(1, callback, LookupError("no user %d" % user_id), None)


def fetch_posts(blog, callback):
    asyncio.get_running_loop().call_later(1, callback, None, POSTS[blog])


async def call_async(operation, *args):
    loop = asyncio.get_event_loop()
    future = loop.create_future()

    def callback(error, value):
        print("called back with", error, value)
        if error:
            loop.call_soon_threadsafe(future.set_exception, error)
        else:
            loop.call_soon_threadsafe(future.set_result, value)

    operation(*args, callback)
    try:
        return await future
    finally:
        print("call_async done")


async def load_profile(user_id):
    async def step(op, arg):
        return await call_async(op, arg)
    user = await step(fetch_user, user_id)
    return {"name": user["name"], "posts": len(await step(fetch_posts, user["blog"]))}
