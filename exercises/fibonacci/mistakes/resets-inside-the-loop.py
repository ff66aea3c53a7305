# feedback: written once, before the loop
def fibonacci():
    while True:
        a, b = 0, 1
        yield a
        a, b = b, a + b
