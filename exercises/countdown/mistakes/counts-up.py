# feedback: count down
def countdown(n):
    for value in range(1, n + 1):
        yield value
