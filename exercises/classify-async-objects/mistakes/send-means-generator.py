# feedback: It has __next__ and send() like a generator
import inspect


def classify(obj):
    if inspect.iscoroutine(obj):
        return "coroutine"
    if inspect.isasyncgen(obj):
        return "async generator"
    if hasattr(obj, "send"):
        return "generator"
    return "other"
