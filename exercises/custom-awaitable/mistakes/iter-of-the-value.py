# feedback: must not hand out the value
class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        return iter([self.value])
