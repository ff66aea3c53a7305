# feedback: exactly as written (all lower case
import types


def classify(obj):
    if isinstance(obj, types.GeneratorType):
        return "Generator"
    if isinstance(obj, types.CoroutineType):
        return "Coroutine"
    if isinstance(obj, types.AsyncGeneratorType):
        return "Async generator"
    return "Other"
