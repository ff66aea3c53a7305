import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        loop.call_at(loop.time() + self.seconds, future.set_result, self.value)
        return future.__await__()
