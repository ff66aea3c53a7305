# feedback: as if the amounts were kept in a set
def totaller():
    amounts = set()
    last = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            if last:
                amounts.discard(last.pop())
        else:
            amounts.add(amount)
            last.append(amount)
