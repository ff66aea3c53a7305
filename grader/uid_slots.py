"""One unprivileged uid pair per grading slot, so no two concurrent runs ever share a uid.

As Jobe gives each of its grading slots a user of its own (`jobe00`, `jobe01`, ...), each checker process claims a
slot for its whole life with a file lock the kernel releases when the process dies, and its runs alternate between
the slot's two uids (the next run's prewarmed sandbox starts while the current one runs). With a uid per run,
RLIMIT_NPROC caps each run on its own even where no cgroup counts its processes, and one run can never signal or
inspect another. The uids need no /etc/passwd entry: nothing in the sandbox looks names up.
"""

import fcntl
import os

from grader.config import setting

LOCK_DIR = "/run/pygrade-grader-slots"
DEFAULT_UID_BASE = 2_000_000_000
SLOTS = 512


class UidSlot:
    """A claimed slot: `next_uid()` alternates between its two uids."""

    def __init__(self, index, base, lock_fd):
        self.index = index
        self.uids = (base + 2 * index, base + 2 * index + 1)
        self.lock_fd = lock_fd
        self.turn = 0

    def next_uid(self):
        uid = self.uids[self.turn]
        self.turn ^= 1
        return uid


class NoFreeSlot(Exception):
    pass


def claim_uid_slot():
    """Claim the first free slot (root only: the lock folder is root's); the lock lives as long as this process."""
    base = int(setting("GRADER_UID_BASE", str(DEFAULT_UID_BASE)))
    os.makedirs(LOCK_DIR, mode=0o700, exist_ok=True)
    stat = os.stat(LOCK_DIR)
    if stat.st_uid != 0 or stat.st_mode & 0o022:
        raise NoFreeSlot(f"{LOCK_DIR} must be owned by root and writable only by it")
    for index in range(SLOTS):
        fd = os.open(os.path.join(LOCK_DIR, f"slot-{index}.lock"), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        return UidSlot(index, base, fd)
    raise NoFreeSlot(f"all {SLOTS} grading uid slots are taken")
