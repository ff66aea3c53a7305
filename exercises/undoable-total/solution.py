def totaller():
    """Running total of the amounts sent in; a ValueError thrown in undoes the most recent amount."""
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            if amounts:
                amounts.pop()
        else:
            amounts.append(amount)
