# feedback: each averager keeps its own numbers
total = 0.0
count = 0


def averager():
    global total, count
    average = None
    while True:
        number = yield average
        total += number
        count += 1
        average = total / count
