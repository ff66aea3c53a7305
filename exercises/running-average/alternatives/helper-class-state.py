class Stats:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def add(self, number):
        self.total += number
        self.count += 1
        return self.total / self.count


def averager():
    stats = Stats()
    number = yield
    while True:
        number = yield stats.add(number)
