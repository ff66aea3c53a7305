# feedback: what a computation with floats does
from itertools import count
def fibonacci():
    phi = (1 + 5 ** 0.5) / 2
    for n in count():
        yield round(phi ** n / 5 ** 0.5)
