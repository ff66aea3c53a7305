def fibonacci():
    yield 0
    yield 1
    prev, cur = 0, 1
    while True:
        prev, cur = cur, prev + cur
        yield cur
