# feedback: A function is not the object it makes
import inspect


def classify(obj):
    if inspect.isgeneratorfunction(obj) or inspect.isgenerator(obj):
        return "generator"
    if inspect.iscoroutinefunction(obj) or inspect.iscoroutine(obj):
        return "coroutine"
    if inspect.isasyncgenfunction(obj) or inspect.isasyncgen(obj):
        return "async generator"
    return "other"
