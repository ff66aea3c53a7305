# feedback: reaches its end without return gives None
import inspect


def classify(obj):
    if inspect.isgenerator(obj):
        return "generator"
    if inspect.iscoroutine(obj):
        return "coroutine"
    if inspect.isasyncgen(obj):
        return "async generator"
