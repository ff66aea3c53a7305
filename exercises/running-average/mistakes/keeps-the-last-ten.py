# feedback: forgets old numbers
from collections import deque

def averager():
    recent = deque(maxlen=10)
    average = None
    while True:
        recent.append((yield average))
        average = sum(recent) / len(recent)
