# feedback: not every awaitable is a coroutine
import collections.abc as abc


def classify(obj):
    if isinstance(obj, abc.AsyncIterator):
        return "async generator"
    if isinstance(obj, abc.Awaitable):
        return "coroutine"
    if isinstance(obj, abc.Iterator):
        return "generator"
    return "other"
