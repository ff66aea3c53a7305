import inspect


def drive(gen, values):
    ...


def pairs(iterable):
    ...
