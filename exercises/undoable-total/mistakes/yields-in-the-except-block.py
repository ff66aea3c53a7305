# feedback: Your except block has a yield of its own
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            if amounts:
                amounts.pop()
            yield sum(amounts)
        else:
            amounts.append(amount)
