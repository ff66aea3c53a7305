# feedback: the average of all the numbers
def averager():
    average = None
    while True:
        number = yield average
        average = float(number) if average is None else (average + number) / 2
