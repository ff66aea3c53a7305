# feedback: run_until_complete() starts the loop
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        loop = asyncio.get_event_loop()
        value = loop.run_until_complete(asyncio.sleep(self.seconds, self.value))
        return iter([]) if value is None else (yield value)
