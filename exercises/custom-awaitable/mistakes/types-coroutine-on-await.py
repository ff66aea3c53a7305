# feedback: @types.coroutine marks a generator as a coroutine
import asyncio
import types


class Delay:
    def __init__(self, seconds, value):
        self.seconds, self.value = seconds, value

    @types.coroutine
    def __await__(self):
        # types.coroutine lets a plain generator yield from a native coroutine
        return (yield from asyncio.sleep(self.seconds, self.value))
