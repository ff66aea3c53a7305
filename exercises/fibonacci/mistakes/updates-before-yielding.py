# feedback: the first value yielded must be 0
def fibonacci():
    a, b = 0, 1
    while True:
        a, b = b, a + b
        yield a
