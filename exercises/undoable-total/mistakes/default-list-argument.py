# feedback: a default argument such as amounts=[]
def totaller(amounts=[]):
    while True:
        try:
            amount = yield sum(amounts)
        except ValueError:
            if amounts:
                amounts.pop()
        else:
            amounts.append(amount)
