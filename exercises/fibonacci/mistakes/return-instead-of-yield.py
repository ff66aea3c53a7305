# feedback: return hands back one value
def fibonacci():
    a, b = 0, 1
    while True:
        return a
        a, b = b, a + b
