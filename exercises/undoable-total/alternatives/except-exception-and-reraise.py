def totaller():
    amounts = []
    while True:
        try:
            amount = yield sum(amounts)
        except Exception as error:
            if not isinstance(error, ValueError):
                raise  # anything but ValueError goes back out
            if amounts:
                del amounts[-1]
            continue
        amounts.append(amount)
