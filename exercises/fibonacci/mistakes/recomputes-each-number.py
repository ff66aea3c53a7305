# feedback: computed from scratch
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def fibonacci():
    n = 0
    while True:
        yield fib(n)
        n += 1
