# feedback: your except block ends the coroutine
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            if amounts:
                amounts.pop()
            return sum(amounts)
        else:
            amounts.append(amount)
