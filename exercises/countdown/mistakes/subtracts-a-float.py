# feedback: not by subtracting a float
def countdown(n):
    while n > 0:
        yield n
        n = n - 1.0
