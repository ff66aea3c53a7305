import inspect


def classify(obj):
    checks = [("async generator", inspect.isasyncgen), ("coroutine", inspect.iscoroutine),
              ("generator", inspect.isgenerator)]
    for name, check in checks:
        if check(obj):
            print(f"{obj!r} is a {name}")
            return name
    return "other"
