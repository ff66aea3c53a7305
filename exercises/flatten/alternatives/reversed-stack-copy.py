def flatten(items):
    pending = list(reversed(items))  # a copy: the caller's list is left alone
    while pending:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(reversed(item))
        else:
            yield item
