# feedback: statistics.mean keep whole averages
import statistics
def averager():
    numbers = []
    answer = None
    while True:
        numbers.append((yield answer))
        answer = statistics.mean(numbers)
