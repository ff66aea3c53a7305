# feedback: only generator objects are generators
import inspect


def classify(obj):
    if inspect.iscoroutine(obj):
        return "coroutine"
    if inspect.isasyncgen(obj):
        return "async generator"
    if hasattr(obj, "__next__"):
        return "generator"
    return "other"
