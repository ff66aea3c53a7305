# feedback: expected a list (the prompt asks for (value, messages) with messages a list)
def drive(coro):
    messages = ()
    while True:
        try:
            messages += (coro.send(None),)
        except StopIteration as stop:
            return stop.value, messages
