# feedback: so it is a generator function
def drive(coro):
    messages = []
    value = yield from coro.__await__()
    return value, messages
