# feedback: it stops one early
def countdown(n):
    while n > 1:
        yield n
        n -= 1
