"""The grader's settings: environment variables the Node side passes through to the checker (see README)."""

import os

ISOLATION_MODES = ("auto", "cgroup", "rlimits")


def setting(name, default=None):
    value = os.environ.get(name, "")
    return value if value != "" else default


def isolation_mode():
    mode = setting("GRADER_ISOLATION", "auto")
    if mode not in ISOLATION_MODES:
        raise ValueError(f"GRADER_ISOLATION must be one of {', '.join(ISOLATION_MODES)}, not {mode!r}")
    return mode
