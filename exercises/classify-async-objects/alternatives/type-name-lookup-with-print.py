NAMES = {"generator": "generator", "coroutine": "coroutine", "async_generator": "async generator"}


def classify(obj):
    kind = NAMES.get(type(obj).__name__, "other")
    print(f"classify: {type(obj).__name__} -> {kind}")
    return kind
