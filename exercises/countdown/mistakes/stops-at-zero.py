# feedback: the countdown stops at 1
def countdown(n):
    while n >= 0:
        yield n
        n -= 1
