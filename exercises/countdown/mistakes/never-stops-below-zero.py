# feedback: countdown(-3) should yield nothing
def countdown(n):
    while n != 0:
        yield n
        n -= 1
