# feedback: keeps its count outside the call
current = None
def countdown(n):
    global current
    if current is None:
        current = n
    while current > 0:
        yield current
        current -= 1
