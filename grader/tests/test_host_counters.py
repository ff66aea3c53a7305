"""Host-wide counters that move with what other gradings do (free pages by order, open files, inodes, dentries, the
host root's key quota) are a side channel on them, as /proc/stat and /proc/meminfo are: masked like those (found in
review: /proc/buddyinfo showed the host's free memory although /proc/meminfo was masked)."""

import unittest

from grader import sandbox
from grader.tests.sandbox_case import SandboxTestCase

COUNTERS = ("buddyinfo", "key-users", "sys/fs/file-nr", "sys/fs/inode-nr", "sys/fs/dentry-state")


class HostCounters(SandboxTestCase):
    def test_host_wide_counters_are_masked(self):
        code = ("for name in %r:\n"
                "    try:\n"
                "        print(name, repr(open('/proc/' + name).read()))\n"
                "    except OSError as error:\n"
                "        print(name, 'unreadable', error.errno)\n" % (COUNTERS,))
        _, output = sandbox.run_python(self.launcher, code, sandbox.Limits(wall_seconds=10))
        lines = dict(line.split(" ", 1) for line in output.splitlines())
        for name in COUNTERS:
            self.assertIn(name, lines, output)
            self.assertTrue(lines[name] == "''" or lines[name].startswith("unreadable"), (name, lines[name]))


if __name__ == "__main__":
    unittest.main()
