def totaller():
    """Keep every total so far; undoing goes back to the one before."""
    totals = [0]
    while True:
        try:
            amount = yield totals[-1]
        except ValueError:
            if len(totals) > 1:
                totals.pop()
        else:
            totals.append(totals[-1] + amount)
