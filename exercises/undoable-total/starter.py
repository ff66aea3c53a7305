def totaller():
    """Running total of the amounts sent in; a ValueError thrown in undoes the most recent amount."""
    amounts = []
    while True:
        # TODO: yield the total and receive an amount; if a ValueError is thrown in, undo the last amount.
        raise NotImplementedError("totaller is not written yet")
