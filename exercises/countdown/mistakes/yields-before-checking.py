# feedback: yields n once before checking it
def countdown(n):
    yield n
    while n > 1:
        n -= 1
        yield n
