# feedback: it starts one too low
def countdown(n):
    while n > 0:
        n -= 1
        yield n
