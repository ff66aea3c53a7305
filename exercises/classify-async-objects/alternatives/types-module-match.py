import types


def classify(obj):
    match obj:
        case types.GeneratorType():
            return "generator"
        case types.CoroutineType():
            return "coroutine"
        case types.AsyncGeneratorType():
            return "async generator"
        case _:
            return "other"
