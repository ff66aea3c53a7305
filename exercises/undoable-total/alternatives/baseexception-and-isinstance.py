def totaller():
    amounts = []
    total = 0
    while True:
        try:
            amount = yield total
        except BaseException as thrown:
            if not isinstance(thrown, ValueError):
                raise  # KeyError, GeneratorExit, ... are not undos
            print(f"undo requested: {thrown!r}")
            if len(amounts) > 0:
                total -= amounts.pop()
            continue
        amounts.append(amount)
        total += amount
