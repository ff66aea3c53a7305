import asyncio


class Delay:
    """Awaiting Delay(seconds, value) waits `seconds`, then gives `value`."""

    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        return (yield from asyncio.sleep(self.seconds, self.value).__await__())
