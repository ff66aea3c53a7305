# feedback: as if a 0 had been counted too
def averager():
    total = 0.0
    count = 1
    average = None
    while True:
        number = yield average
        total += number
        count += 1
        average = total / count
