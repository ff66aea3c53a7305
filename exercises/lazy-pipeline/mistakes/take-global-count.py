# feedback: keeps its count outside the call
def naturals():
    n = 1
    while True:
        yield n
        n += 1


def evens(numbers):
    for number in numbers:
        if number % 2 == 0:
            yield number


count = 0

def take(n, items):
    global count
    for item in items:
        if count == n:
            return
        yield item
        count += 1
        if count == n:
            return
