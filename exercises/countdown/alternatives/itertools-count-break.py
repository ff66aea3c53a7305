import itertools

def countdown(n):
    for i in itertools.count(n, -1):
        if i <= 0:
            break
        yield i
