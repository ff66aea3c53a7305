# feedback: no __next__
def drive(coro):
    messages = [message for message in coro]
    return None, messages
