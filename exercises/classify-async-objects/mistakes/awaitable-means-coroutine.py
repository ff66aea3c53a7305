# feedback: not every awaitable is a coroutine
import inspect


def classify(obj):
    if inspect.isgenerator(obj):
        return "generator"
    if inspect.isawaitable(obj):
        return "coroutine"
    if inspect.isasyncgen(obj):
        return "async generator"
    return "other"
