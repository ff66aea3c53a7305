import inspect


def classify(obj):
    """Return "generator", "coroutine", "async generator" or "other"."""
    return "other"
