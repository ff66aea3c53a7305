# feedback: crashed with RecursionError
def fibonacci(a=0, b=1):
    yield a
    yield from fibonacci(b, a + b)
