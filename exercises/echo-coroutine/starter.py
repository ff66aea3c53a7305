def echo():
    """Once primed, return every value sent in, forever."""
    received = None
    # TODO: loop forever; yield what you received last and store what comes in next.
    raise NotImplementedError("echo is not written yet")


def primed_echo():
    """Return a new echo() that is already primed, ready for send()."""
    # TODO: create an echo, run it to its first yield, return it.
    raise NotImplementedError("primed_echo is not written yet")
