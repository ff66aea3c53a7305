def fibonacci():
    pair = (0, 1)
    while True:
        yield pair[0]
        pair = (pair[1], pair[0] + pair[1])
