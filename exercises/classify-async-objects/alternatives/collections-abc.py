import collections.abc as abc

def classify(obj):
    if isinstance(obj, abc.Generator):
        return "generator"
    if isinstance(obj, abc.Coroutine):
        return "coroutine"
    if isinstance(obj, abc.AsyncGenerator):
        return "async generator"
    return "other"
