import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds, self.value = seconds, value

    def __await__(self):
        task = asyncio.ensure_future(asyncio.sleep(self.seconds, result=self.value))
        return task.__await__()
