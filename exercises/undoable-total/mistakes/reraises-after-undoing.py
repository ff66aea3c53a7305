# feedback: then raises it again
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            if amounts:
                amounts.pop()
            raise
        else:
            amounts.append(amount)
