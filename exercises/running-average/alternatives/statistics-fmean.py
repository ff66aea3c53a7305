from statistics import fmean


def averager():
    numbers = []
    answer = None
    while True:
        numbers.append((yield answer))
        answer = fmean(numbers)
