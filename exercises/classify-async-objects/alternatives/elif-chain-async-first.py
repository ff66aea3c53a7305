from inspect import isasyncgen, iscoroutine, isgenerator


def classify(obj) -> str:
    kind = "other"
    if isasyncgen(obj):
        kind = "async generator"
    elif iscoroutine(obj):
        kind = "coroutine"
    elif isgenerator(obj):
        kind = "generator"
    return kind
