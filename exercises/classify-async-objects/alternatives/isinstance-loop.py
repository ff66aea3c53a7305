import types


def classify(obj):
    for kind, cls in (("generator", types.GeneratorType),
                      ("coroutine", types.CoroutineType),
                      ("async generator", types.AsyncGeneratorType)):
        if isinstance(obj, cls):
            return kind
    return "other"
