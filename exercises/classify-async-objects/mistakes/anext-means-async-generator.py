# feedback: It has __anext__ like an async generator
import inspect


def classify(obj):
    if inspect.isgenerator(obj):
        return "generator"
    if inspect.iscoroutine(obj):
        return "coroutine"
    if hasattr(obj, "__anext__"):
        return "async generator"
    return "other"
