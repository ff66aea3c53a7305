# feedback: only ValueError means undo
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except Exception:
            if amounts:
                amounts.pop()
        else:
            amounts.append(amount)
