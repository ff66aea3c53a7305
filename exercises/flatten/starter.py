def flatten(items):
    """Yield every non-list element of a nested list, in order."""
    for item in items:
        # TODO: if item is a list, yield everything flatten(item) yields; otherwise yield item itself.
        raise NotImplementedError("flatten is not written yet")
