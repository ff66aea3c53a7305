def naturals():
    value = 1
    try:
        while True:
            yield value
            value += 1
    finally:
        print("naturals stopped at", value)


def evens(numbers):
    for number in numbers:
        if number % 2 == 0:
            yield number


def take(n, items):
    yielded = 0
    if yielded == n:
        return
    try:
        for item in items:
            yield item
            yielded += 1
            if yielded == n:
                return
    finally:
        print(f"take gave {yielded} of {n}")
