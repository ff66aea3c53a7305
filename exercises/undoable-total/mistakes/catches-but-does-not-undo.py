# feedback: the total did not change
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            print("undo!")
        else:
            amounts.append(amount)
