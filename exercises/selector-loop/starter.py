import selectors


def run_selector_loop(tasks):
    ...
