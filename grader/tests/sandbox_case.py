"""The base of the grader tests that run real sandboxes: one launcher per test class, as this host's settings
(GRADER_ISOLATION, GRADER_DRIVER) choose it, closed when the class is done."""

import unittest

from grader import sandbox


class SandboxTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.launcher, cls.why_no_cgroup = sandbox.choose_launcher()

    @classmethod
    def tearDownClass(cls):
        cls.launcher.close()
        super().tearDownClass()
