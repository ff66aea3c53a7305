# feedback: the coroutine finished when 0 was sent
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            if amounts:
                amounts.pop()
            continue
        if not amount:
            break
        amounts.append(amount)
