import functools

def logged(gen):
    @functools.wraps(gen)
    def wrapper(*args):
        print("starting", gen.__name__, args)
        yield from gen(*args)
    return wrapper

@logged
def countdown(n):
    for i in reversed(range(1, n + 1)):
        yield i
