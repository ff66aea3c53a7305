# feedback: it should go on forever
def fibonacci():
    a, b = 0, 1
    for _ in range(20):
        yield a
        a, b = b, a + b
