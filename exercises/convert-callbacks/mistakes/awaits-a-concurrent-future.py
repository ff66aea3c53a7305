# feedback: is not an asyncio Future
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

import concurrent.futures


async def call_async(operation, *args):
    future = concurrent.futures.Future()

    def callback(error, value):
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)

    operation(*args, callback)
    return await future


async def load_profile(user_id):
    user = await call_async(fetch_user, user_id)
    posts = await call_async(fetch_posts, user["blog"])
    return {"name": user["name"], "posts": len(posts)}

