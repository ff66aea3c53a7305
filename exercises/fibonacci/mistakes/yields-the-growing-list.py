# feedback: each value is a list of the numbers so far
def fibonacci():
    numbers = [0, 1]
    while True:
        yield numbers
        numbers.append(numbers[-1] + numbers[-2])
