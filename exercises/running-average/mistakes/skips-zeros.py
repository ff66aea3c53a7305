# feedback: 0 is a number too
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        number = yield average
        if number:
            total += number
            count += 1
            average = total / count
