# feedback: is never reached: every branch of the if/else above it returns
import inspect


def classify(obj):
    if inspect.isgenerator(obj):
        return "generator"
    elif inspect.iscoroutine(obj):
        return "coroutine"
    else:
        return "other"
    if inspect.isasyncgen(obj):
        return "async generator"
