import functools
import types


@functools.singledispatch
def classify(obj):
    return "other"


@classify.register
def _(obj: types.GeneratorType):
    return "generator"


@classify.register
def _(obj: types.CoroutineType):
    return "coroutine"


@classify.register
def _(obj: types.AsyncGeneratorType):
    return "async generator"
