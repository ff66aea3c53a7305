# feedback: those are strings
def countdown(n):
    for i in range(n, 0, -1):
        yield str(i)
