# feedback: the most recent amount
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            if amounts:
                amounts.pop(0)
        else:
            amounts.append(amount)
