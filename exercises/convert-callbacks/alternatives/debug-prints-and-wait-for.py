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
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    print("starting", getattr(operation, "__name__", operation), args)

    def callback(error, value):
        print("callback:", error, value)
        if future.cancelled():
            return
        if error is None:
            future.set_result(value)
        else:
            future.set_exception(error)

    operation(*args, callback)
    value = await asyncio.wait_for(future, timeout=1000)
    return value


async def load_profile(user_id):
    try:
        user = await call_async(fetch_user, user_id)
    except LookupError:
        print("unknown user", user_id)
        raise
    posts = await call_async(fetch_posts, user["blog"])
    return {"name": user["name"], "posts": len(posts)}
