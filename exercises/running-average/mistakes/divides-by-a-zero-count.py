# feedback: divided by a count of 0
from itertools import count
def averager():
    total = 0.0
    average = None
    for n in count():
        number = yield average
        total += number
        average = total / n
