def countdown(n):
    current = n
    while True:
        if current < 1:
            break
        yield current
        current = current - 1
