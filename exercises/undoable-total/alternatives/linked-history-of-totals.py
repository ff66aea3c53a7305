def totaller():
    """Each entry is (total, previous entry): undoing steps back to the previous one."""
    state = (0, None)
    while True:
        total, previous = state
        try:
            amount = yield total
        except ValueError:
            if previous is not None:
                state = previous
        else:
            state = (total + amount, state)
