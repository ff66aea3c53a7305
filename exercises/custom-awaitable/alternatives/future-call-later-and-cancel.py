import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        handle = loop.call_later(self.seconds, future.set_result, self.value)
        try:
            return (yield from future)
        finally:
            handle.cancel()
