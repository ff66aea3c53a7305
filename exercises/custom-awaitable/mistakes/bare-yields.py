# feedback: a bare yield or asyncio.sleep(0) only gives other tasks a turn
class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        for _ in range(int(self.seconds * 10)):
            yield  # let the loop run a bit
        return self.value
