# feedback: a default argument such as numbers=[]
def averager(numbers=[]):
    answer = None
    while True:
        numbers.append((yield answer))
        answer = sum(numbers) / len(numbers)
