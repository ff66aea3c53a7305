# feedback: as if only the last amount were remembered
def totaller():
    total = 0
    last = 0
    while True:
        try:
            amount = yield total
        except ValueError:
            total -= last
            last = 0
        else:
            total += amount
            last = amount
