# feedback: pop from empty list
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            amounts.pop()
        else:
            amounts.append(amount)
