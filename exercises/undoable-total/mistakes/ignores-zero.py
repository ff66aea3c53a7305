# feedback: 0 is an amount too
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            if amounts:
                amounts.pop()
        else:
            if amount:
                amounts.append(amount)
