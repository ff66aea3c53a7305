# feedback: not the functions
import inspect


def classify(obj):
    if inspect.isgeneratorfunction(obj):
        return "generator"
    if inspect.iscoroutinefunction(obj):
        return "coroutine"
    if inspect.isasyncgenfunction(obj):
        return "async generator"
    return "other"
