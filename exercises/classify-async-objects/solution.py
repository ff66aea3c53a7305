import inspect


def classify(obj):
    """Return "generator", "coroutine", "async generator" or "other"."""
    if inspect.isgenerator(obj):
        return "generator"
    if inspect.iscoroutine(obj):
        return "coroutine"
    if inspect.isasyncgen(obj):
        return "async generator"
    return "other"
