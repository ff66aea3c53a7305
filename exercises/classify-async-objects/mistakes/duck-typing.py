# feedback: coroutine objects have send() too
def classify(obj):
    if hasattr(obj, "send") and hasattr(obj, "throw"):
        return "generator"
    if hasattr(obj, "asend"):
        return "async generator"
    if hasattr(obj, "__await__"):
        return "coroutine"
    return "other"
