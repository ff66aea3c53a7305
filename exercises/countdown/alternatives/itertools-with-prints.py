from itertools import count, takewhile


def countdown(n):
    print(f"countdown({n}) starts")  # debug output is fine: it is shown, not checked
    for value in takewhile(lambda value: value > 0, count(n, -1)):
        print("yielding", value)
        yield value
