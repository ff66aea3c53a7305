from fractions import Fraction

def averager():
    """Exact running mean, handed out as a float."""
    total = Fraction(0)
    count = 0
    answer = None
    while True:
        value = yield answer
        total += Fraction(value)
        count += 1
        answer = float(total / count)
