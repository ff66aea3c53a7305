# feedback: with a space: 'async generator'
import inspect


def classify(obj):
    if inspect.isgenerator(obj):
        return "generator"
    if inspect.iscoroutine(obj):
        return "coroutine"
    if inspect.isasyncgen(obj):
        return "async_generator"
    return "other"
