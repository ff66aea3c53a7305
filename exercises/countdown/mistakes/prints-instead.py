# feedback: printed the values instead of yielding them
def countdown(n):
    while n > 0:
        print(n)
        n -= 1
