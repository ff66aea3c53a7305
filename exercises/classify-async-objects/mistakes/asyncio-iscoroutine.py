# feedback: asyncio.iscoroutine still says True for generators
import asyncio, inspect

def classify(obj):
    if inspect.isasyncgen(obj):
        return "async generator"
    if asyncio.iscoroutine(obj):
        return "coroutine"
    if inspect.isgenerator(obj):
        return "generator"
    return "other"
