# feedback: matches both
def classify(obj):
    text = repr(obj)
    if "generator" in text:
        return "generator"
    if "coroutine" in text:
        return "coroutine"
    if "async_generator" in text:
        return "async generator"
    return "other"
