def fibonacci(seen=[0, 1]):
    i = 0
    while True:
        if i >= len(seen):
            seen.append(seen[-1] + seen[-2])
        yield seen[i]
        i += 1
