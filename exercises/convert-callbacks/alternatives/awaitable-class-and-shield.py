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



class CallbackResult:
    """An awaitable filled in by a callback."""

    def __init__(self):
        self.future = asyncio.get_running_loop().create_future()

    def __call__(self, error, value):
        if not self.future.done():
            if error is None:
                self.future.set_result(value)
            else:
                self.future.set_exception(error)

    def __await__(self):
        return self.future.__await__()


async def call_async(operation, *args):
    result = CallbackResult()
    operation(*args, result)
    return await asyncio.shield(result.future)


async def load_profile(user_id: int) -> dict:
    user: dict = await asyncio.create_task(call_async(fetch_user, user_id))
    posts: list = await asyncio.create_task(call_async(fetch_posts, user["blog"]))
    print("loaded", user["name"], len(posts))
    return {"name": user["name"], "posts": len(posts)}
