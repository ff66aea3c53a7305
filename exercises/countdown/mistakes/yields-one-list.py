# feedback: it yielded the whole countdown as one value
def countdown(n):
    yield list(range(n, 0, -1))
