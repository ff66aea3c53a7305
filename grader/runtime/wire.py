"""The wire format between the trusted checker and the sandboxed runner.

Frames are a 4-byte big-endian length followed by JSON. Values travel as JSON with type tags, never pickle:
decoding can only ever build plain built-in data or handles, so nothing the runner sends can run code in the
checker. Every non-plain value is tagged with a one-letter list head so tags cannot be confused with data.
"""

import base64
import json
import os

MAX_FRAME_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 200

_SEQUENCE_TAGS = {list: "L", tuple: "T", set: "S", frozenset: "F"}
_SEQUENCE_TYPES = {"L": list, "T": tuple, "S": set, "F": frozenset}


class FrameTooLarge(Exception):
    """A frame announced more bytes than the reader accepts."""


class ValueNotEncodable(Exception):
    """A value is too deep or too large to send."""


def write_frame(fd, message):
    data = json.dumps(message, separators=(",", ":")).encode()
    if len(data) > MAX_FRAME_BYTES:
        raise ValueNotEncodable(f"the value is too large to check ({len(data) // 1024} KB)")
    view = memoryview(len(data).to_bytes(4, "big") + data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def read_exactly(fd, count):
    chunks = []
    while count:
        chunk = os.read(fd, min(count, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)


def read_frame(fd, max_bytes=MAX_FRAME_BYTES):
    """Read one message; None at end of file."""
    header = read_exactly(fd, 4)
    if header is None:
        return None
    size = int.from_bytes(header, "big")
    if size > max_bytes:
        raise FrameTooLarge(size)
    data = read_exactly(fd, size)
    if data is None:
        return None
    return json.loads(data)


def encode(value, reference, depth=0):
    """Tag `value` for JSON; objects that are not plain built-in data go through `reference`.

    Types are checked exactly (`type(v) is int`), so a subclass with a rigged __eq__ never passes as data.
    """
    if depth > MAX_DEPTH:
        raise ValueNotEncodable("the value is nested too deeply to check")
    kind = type(value)
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
        return ["B", base64.b64encode(value).decode()]
    return reference(value)


def decode(node, resolve, depth=0):
    """Inverse of `encode`; tags other than the data ones go to `resolve(tag, fields)`."""
    if depth > MAX_DEPTH:
        raise ValueNotEncodable("the value is nested too deeply to check")
    if type(node) is not list:
        return node
    tag = node[0]
    sequence_type = _SEQUENCE_TYPES.get(tag)
    if sequence_type:
        return sequence_type(decode(item, resolve, depth + 1) for item in node[1:])
    if tag == "D":
        items = node[1:]
        return {decode(items[i], resolve, depth + 1): decode(items[i + 1], resolve, depth + 1)
                for i in range(0, len(items) - 1, 2)}
    if tag == "B":
        return base64.b64decode(node[1])
    return resolve(tag, node[1:])
