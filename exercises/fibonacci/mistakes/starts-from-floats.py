# feedback: fibonacci yields floats
def fibonacci():
    a, b = 0.0, 1.0
    while True:
        yield a
        a, b = b, a + b
