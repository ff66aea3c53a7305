"""The wire format between the trusted checker and the sandboxed runner.

Frames are a 4-byte big-endian length and a body. Answers (runner -> checker) are JSON with type tags, never
pickle or marshal: decoding can only ever build plain built-in data or handles, so nothing the runner sends can
run code in, or crash, the checker. Every non-plain value is a list headed by a one-letter tag, so tags cannot be
confused with data. Requests (checker -> runner) are marshal, trusted by construction.
"""

import binascii
import marshal
import os
from _json import encode_basestring_ascii as _json_string

MAX_FRAME_BYTES = 16 * 1024 * 1024
# Parsing costs the checker memory per item, not per byte: a frame of 16 MB of `[],` is 5.5 million lists (~400 MB
# in the checker, outside every sandbox limit). The checker counts the frame's separators and openers (a cheap,
# conservative count: commas inside strings count too) and refuses a frame with more than this before parsing it.
MAX_FRAME_ITEMS = 1_000_000
MAX_DEPTH = 200
# Distinct keys that hash alike make building a set or dict quadratic (ints k * (2**61 - 1) all hash to 0): the
# checker refuses a collection with more than this many keys of one hash before building it.
MAX_KEYS_PER_HASH = 64

_SEQUENCE_TAGS = {list: "L", tuple: "T", set: "S", frozenset: "F"}
_SEQUENCE_TYPES = {"L": list, "T": tuple, "S": set, "F": frozenset}
_INFINITY = float("inf")


class ValueNotEncodable(Exception):
    """A value is too deep or too large to send."""


def to_json(value, depth=0):
    """JSON text for plain messages; written out here because importing `json` costs the runner ~10 ms."""
    if depth > MAX_DEPTH + 10:
        raise ValueNotEncodable("the value is nested too deeply to check")
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    kind = type(value)
    if kind is str:
        return _json_string(value)
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        if value != value:
            return "NaN"
        if value in (_INFINITY, -_INFINITY):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    if kind is list or kind is tuple:
        return "[" + ",".join([to_json(item, depth + 1) for item in value]) + "]"
    if kind is dict:
        return "{" + ",".join([_json_string(str(key)) + ":" + to_json(item, depth + 1)
                               for key, item in value.items()]) + "}"
    raise ValueNotEncodable(f"cannot send a {kind.__name__}")


def _write_all(fd, data):
    os.write(fd, len(data).to_bytes(4, "big"))
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def frame_items(data):
    """An upper bound of the JSON items in `data`, counted without parsing it."""
    return data.count(b",") + data.count(b"[") + data.count(b"{")


def write_answer(fd, message):
    """Runner -> checker: JSON, because the checker must never unmarshal what untrusted code wrote."""
    data = to_json(message).encode()
    if len(data) > MAX_FRAME_BYTES:
        raise ValueNotEncodable(f"the value is too large to check ({len(data) // 1024} KB)")
    if frame_items(data) > MAX_FRAME_ITEMS:
        raise ValueNotEncodable(f"the value has too many items to check (more than {MAX_FRAME_ITEMS:,})")
    _write_all(fd, data)


def request_bytes(message):
    """Checker -> runner: marshal, which is fast and safe here because the trusted side wrote it."""
    data = marshal.dumps(message)
    return len(data).to_bytes(4, "big") + data


def read_exactly(fd, count):
    chunks = []
    while count:
        chunk = os.read(fd, min(count, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)


def read_request(fd):
    """One request from the checker; None at end of file."""
    header = read_exactly(fd, 4)
    if header is None:
        return None
    data = read_exactly(fd, int.from_bytes(header, "big"))
    return None if data is None else marshal.loads(data)


def encode(value, reference, depth=0):
    """Tag `value` for JSON; objects that are not plain built-in data go through `reference`.

    Types are checked exactly (`type(v) is int`), so a subclass with a rigged __eq__ never passes as data.
    """
    if depth > MAX_DEPTH:
        raise ValueNotEncodable("the value is nested too deeply to check")
    kind = type(value)
    if (kind is str or kind is bytes) and len(value) > MAX_FRAME_BYTES:
        # Refuse before copying: escaping and framing a huge string would multiply it in memory.
        raise ValueNotEncodable(f"the value is too large to check ({len(value) // 1024} KB)")
    if value is None or kind is bool or kind is str or kind is int or kind is float:
        return value
    tag = _SEQUENCE_TAGS.get(kind)
    if tag:
        return [tag, *[encode(item, reference, depth + 1) for item in value]]
    if kind is dict:
        flat = ["D"]
        for key, item in value.items():
            flat.append(encode(key, reference, depth + 1))
            flat.append(encode(item, reference, depth + 1))
        return flat
    if kind is bytes:
        return ["B", binascii.b2a_base64(value, newline=False).decode()]
    return reference(value)


def _check_hash_spread(keys):
    counts = {}
    for key in keys:
        digest = hash(key)
        seen = counts.get(digest, 0) + 1
        if seen > MAX_KEYS_PER_HASH:
            raise ValueNotEncodable(f"a set or dict of {len(keys)} values, more than {MAX_KEYS_PER_HASH} of them "
                                    "with the same hash, is too costly to check")
        counts[digest] = seen


def decode(node, resolve, depth=0):
    """Inverse of `encode`; tags other than the data ones go to `resolve(tag, fields)`."""
    if depth > MAX_DEPTH:
        raise ValueNotEncodable("the value is nested too deeply to check")
    if type(node) is not list:
        return node
    tag = node[0]
    sequence_type = _SEQUENCE_TYPES.get(tag)
    if sequence_type:
        items = [decode(item, resolve, depth + 1) for item in node[1:]]
        if sequence_type is set or sequence_type is frozenset:
            _check_hash_spread(items)
        return sequence_type(items)
    if tag == "D":
        items = node[1:]
        keys = [decode(items[i], resolve, depth + 1) for i in range(0, len(items) - 1, 2)]
        _check_hash_spread(keys)
        return dict(zip(keys, [decode(items[i], resolve, depth + 1) for i in range(1, len(items), 2)]))
    if tag == "B":
        return binascii.a2b_base64(node[1])
    return resolve(tag, node[1:])
