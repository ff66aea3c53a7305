# feedback: a continue, break or return in a finally block
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
            amounts.append(amount)
        except ValueError:
            if amounts:
                amounts.pop()
        finally:
            continue
