def make_stepper():
    state = [0, 1]
    def step():
        value = state[0]
        state[0], state[1] = state[1], state[0] + state[1]
        return value
    return step


def fibonacci():
    step = make_stepper()
    while True:
        yield step()
