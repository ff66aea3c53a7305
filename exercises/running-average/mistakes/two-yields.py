# feedback: every send should return the new average
def averager():
    total = 0.0
    count = 0
    while True:
        number = yield
        total += number
        count += 1
        yield total / count
