import json
import math
import os
import unittest

from grader.runtime import wire


def by_reference(value):
    return ["H", id(value)]


def no_references(tag, fields):
    raise AssertionError(f"unexpected tag {tag}")


class WireTest(unittest.TestCase):
    def roundtrip(self, value):
        return wire.decode(wire.encode(value, by_reference), no_references)

    def test_plain_data_comes_back_equal_and_with_exact_types(self):
        value = {"a": [1, 2.5, None, True], (1, "x"): {frozenset({1}), b"\x00\xff"}, "s": {3}, "empty": ()}
        back = self.roundtrip(value)
        self.assertEqual(back, value)
        self.assertIs(type(back[(1, "x")]), set)
        self.assertIs(type(back["empty"]), tuple)

    def test_tags_cannot_be_confused_with_data(self):
        self.assertEqual(self.roundtrip(["H", 1, "x"]), ["H", 1, "x"])
        self.assertEqual(self.roundtrip({"L": ["D"]}), {"L": ["D"]})

    def test_a_subclass_with_a_rigged_eq_is_never_sent_as_data(self):
        class Equal(list):
            def __eq__(self, other):
                return True

        class Number(int):
            pass

        for value in (Equal([1]), Number(3), object()):
            self.assertEqual(wire.encode(value, by_reference), ["H", id(value)])

    def test_too_deep_values_are_refused(self):
        value = []
        for _ in range(wire.MAX_DEPTH + 5):
            value = [value]
        with self.assertRaises(wire.ValueNotEncodable):
            wire.encode(value, by_reference)

    def test_huge_strings_are_refused_before_copying(self):
        with self.assertRaises(wire.ValueNotEncodable):
            wire.encode(["x" * (wire.MAX_FRAME_BYTES + 1)], by_reference)

    def test_answers_are_standard_json(self):
        message = {"value": ["L", 1, -2.5, float("inf"), "é\n\"", None, True, ["D", "k", 10 ** 30]]}
        self.assertEqual(json.loads(wire.to_json(message)), message)
        self.assertTrue(math.isnan(json.loads(wire.to_json(float("nan")))))

    def test_frames_roundtrip_through_a_pipe(self):
        read_fd, write_fd = os.pipe()
        try:
            os.write(write_fd, wire.request_bytes({"op": "load", "code": "x = 1"}))
            self.assertEqual(wire.read_request(read_fd), {"op": "load", "code": "x = 1"})
            wire.write_answer(write_fd, {"ready": True})
            size = int.from_bytes(wire.read_exactly(read_fd, 4), "big")
            self.assertEqual(json.loads(wire.read_exactly(read_fd, size)), {"ready": True})
        finally:
            os.close(read_fd)
            os.close(write_fd)


if __name__ == "__main__":
    unittest.main()
