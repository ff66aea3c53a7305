def averager():
    seen: list[float] = []
    reply = "ready"  # what priming returns does not matter
    while True:
        seen.append((yield reply))
        reply = sum(seen) / len(seen)
