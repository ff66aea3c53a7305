from dataclasses import dataclass


@dataclass
class _State:
    total: float = 0.0
    count: int = 0

    def add(self, x):
        self.total += x
        self.count += 1
        return self.total / self.count


def averager():
    state = _State()
    reply = None
    while True:
        x = yield reply
        reply = state.add(x)
        print("average so far:", reply)
