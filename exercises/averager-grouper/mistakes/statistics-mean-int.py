# feedback: statistics.mean and // keep whole numbers as int
import statistics

def averager():
    numbers = []
    while True:
        number = yield
        if number is None:
            break
        numbers.append(number)
    return statistics.mean(numbers) if numbers else None


def grouper(results, key):
    while True:
        results[key] = yield from averager()
