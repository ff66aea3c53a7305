# feedback: so the fraction was cut off
def averager():
    total = 0
    count = 0
    average = None
    while True:
        number = int((yield average))
        total += number
        count += 1
        average = total / count
