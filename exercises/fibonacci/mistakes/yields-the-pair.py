# feedback: not the pair
def fibonacci():
    a, b = 0, 1
    while True:
        yield a, b
        a, b = b, a + b
