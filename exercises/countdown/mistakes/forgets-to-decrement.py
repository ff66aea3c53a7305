# feedback: so n never changes
def countdown(n):
    while n > 0:
        yield n
