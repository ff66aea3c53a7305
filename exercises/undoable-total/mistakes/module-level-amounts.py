# feedback: the amounts live outside the call
amounts = []


def totaller():
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            if amounts:
                amounts.pop()
        else:
            amounts.append(amount)
