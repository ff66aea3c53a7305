# feedback: catch ValueError around the yield
def totaller():
    amounts = []
    while True:
        amount = yield sum(amounts)
        amounts.append(amount)
