# feedback: removing an amount by its value
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            if amounts:
                amounts.remove(amounts[-1])
        else:
            amounts.append(amount)
