# feedback: keep the try inside the loop
def totaller():
    amounts = []
    try:
        while True:
            amount = yield sum(amounts)
            amounts.append(amount)
    except ValueError:
        if amounts:
            amounts.pop()
        yield sum(amounts)
