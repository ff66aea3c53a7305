# feedback: call_at takes a reading of the loop's clock
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        loop.call_at(self.seconds, future.set_result, self.value)
        return (yield from future)
