import types

KINDS = {
    types.GeneratorType: "generator",
    types.CoroutineType: "coroutine",
    types.AsyncGeneratorType: "async generator",
}


def classify(obj: object) -> str:
    return KINDS.get(type(obj), "other")
