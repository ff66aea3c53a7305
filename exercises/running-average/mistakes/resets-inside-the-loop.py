# feedback: each answer is just the number sent
def averager():
    average = None
    while True:
        total = 0.0
        count = 0
        number = yield average
        total += number
        count += 1
        average = total / count
