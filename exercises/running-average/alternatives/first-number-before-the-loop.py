def averager():
    number = yield
    total = number
    count = 1
    while True:
        number = yield total / count
        total += number
        count += 1
