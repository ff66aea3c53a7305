def _running(amounts):
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            amounts[-1:] = []  # empty slice when there is nothing to undo
        else:
            amounts.append(amount)


def totaller():
    return (yield from _running([]))
