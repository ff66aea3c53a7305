"""Memory a process can hold without mapping it, which RLIMIT_AS never counts: SysV shared memory (a segment lives on
after shmdt, so attach / fill / detach repeats without bound), SysV message queues and memfds. Where no cgroup counts
a run's memory (GRADER_ISOLATION=rlimits) these held many times the run's memory limit (640 MB of shm and 384 MB of
memfds in one 256 MB process, found in review), so the seccomp filter refuses them under every configuration."""

import unittest

from grader import sandbox
from grader.tests.sandbox_case import SandboxTestCase

PROBE = """
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
def result(name, value):
    print(name, 'allowed' if value >= 0 else 'refused ' + os.strerror(ctypes.get_errno()), flush=True)
result('shmget', libc.shmget(0, ctypes.c_size_t(1 << 20), 0o1600))
result('msgget', libc.msgget(0, 0o1600))
result('semget', libc.semget(0, 1, 0o1600))
try:
    os.memfd_create('probe')
    print('memfd_create allowed')
except OSError as error:
    print('memfd_create refused', error.strerror)
libc.syscall.restype = ctypes.c_long
result('memfd_secret', libc.syscall(ctypes.c_long(447), ctypes.c_long(0)))
# ctypes callbacks need executable trampolines (libffi falls back to a memfd only where it cannot map them).
callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int)(lambda value: value * 2)
print('callback', callback(21))
# POSIX shared memory lives in the run's size-capped /dev/shm and still works.
from multiprocessing import shared_memory
block = shared_memory.SharedMemory(create=True, size=4096)
block.buf[0] = 7
print('posix shm', block.buf[0])
block.close(); block.unlink()
"""


class UnmappedMemory(SandboxTestCase):
    def test_memory_outside_the_address_space_is_refused(self):
        outcome, output = sandbox.run_python(self.launcher, PROBE, sandbox.Limits(wall_seconds=10))
        for name in ("shmget", "msgget", "semget", "memfd_create", "memfd_secret"):
            self.assertIn(f"{name} refused", output, output)
        self.assertIn("callback 42", output)
        self.assertIn("posix shm 7", output)
        self.assertEqual(outcome.status, "OK", (outcome, output))


if __name__ == "__main__":
    unittest.main()
