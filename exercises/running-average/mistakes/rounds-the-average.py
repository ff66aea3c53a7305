# feedback: without round()
def averager():
    total, count, average = 0, 0, None
    while True:
        number = yield average
        total += number
        count += 1
        average = round(total / count, 2)
