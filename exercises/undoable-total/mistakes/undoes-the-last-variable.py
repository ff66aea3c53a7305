# feedback: the total went below 0
def totaller():
    total = 0
    while True:
        try:
            amount = yield total
            total += amount
        except ValueError:
            total -= amount
