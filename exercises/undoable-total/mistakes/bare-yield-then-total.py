# feedback: the yield that priming reaches hands out nothing
def totaller():
    amounts = []
    while True:
        try:
            amount = yield
        except ValueError:
            if amounts:
                amounts.pop()
        else:
            amounts.append(amount)
        yield sum(amounts)
