def totaller():
    total = 0
    history = []
    while True:
        try:
            amount = yield total
        except ValueError:
            total -= history.pop() if history else 0
        else:
            history.append(amount)
            total += amount
