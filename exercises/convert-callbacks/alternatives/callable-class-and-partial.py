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


import functools


class Settler:
    def __init__(self, future):
        self.future = future

    def __call__(self, error, value):
        if self.future.done():
            return
        if error is not None:
            self.future.set_exception(error)
        else:
            self.future.set_result(value)


async def call_async(operation, *args):
    future = asyncio.get_running_loop().create_future()
    start = functools.partial(operation, *args)
    start(Settler(future))
    try:
        return await future
    finally:
        print("operation", operation.__name__, "settled")


async def load_profile(user_id):
    user = await call_async(fetch_user, user_id)
    blog = user["blog"]
    posts = await call_async(fetch_posts, blog)
    profile = {}
    profile["name"] = user["name"]
    profile["posts"] = len(posts)
    return profile
