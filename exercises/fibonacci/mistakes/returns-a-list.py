# feedback: a list could never hold all of them
def fibonacci():
    numbers = [0, 1]
    while len(numbers) < 500:
        numbers.append(numbers[-1] + numbers[-2])
    return numbers
