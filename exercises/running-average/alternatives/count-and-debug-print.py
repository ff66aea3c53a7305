from itertools import count


def averager():
    total = 0
    average = 0.0
    for n in count(1):
        number = yield average
        total = total + number
        average = total / n
        print(f"after {n} numbers the average is {average}")
