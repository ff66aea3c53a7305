# feedback: rather than only reading the last one
def totaller():
    total = 0
    history = []
    while True:
        try:
            amount = yield total
        except ValueError:
            if history:
                total -= history[-1]
        else:
            history.append(amount)
            total += amount
