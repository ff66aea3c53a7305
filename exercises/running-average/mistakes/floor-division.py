# feedback: use / (true division), not //
def averager():
    total = 0
    count = 0
    average = None
    while True:
        number = yield average
        total += number
        count += 1
        average = total // count
