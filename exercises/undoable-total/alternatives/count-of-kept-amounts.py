def totaller():
    """Amounts stay in the list; `kept` says how many of them still count."""
    amounts = []
    kept = 0
    while True:
        try:
            amount = yield sum(amounts[:kept])
        except ValueError:
            kept = max(kept - 1, 0)
            continue
        del amounts[kept:]
        amounts.append(amount)
        kept += 1
