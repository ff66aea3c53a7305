# feedback: your except block ends the coroutine
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            try:
                amounts.pop()
            except IndexError:
                return
        else:
            amounts.append(amount)
