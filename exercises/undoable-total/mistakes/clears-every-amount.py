# feedback: everything was undone
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            amounts.clear()
        else:
            amounts.append(amount)
