# feedback: caught it and finished quietly
def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            if amounts:
                amounts.pop()
        except Exception:
            return
        else:
            amounts.append(amount)
