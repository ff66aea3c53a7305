# feedback: a generator yields values one at a time
def countdown(n):
    return list(range(n, 0, -1))
