#!/usr/bin/env python3
"""Whether two PNG files hold the same pixels, whatever their filters and compression differ in.

Usage: png-pixels.py A.png B.png — exit 0 when the decoded pixels are identical, 1 when not.
Decodes with zlib only (the standard library), so the check does not depend on an image library
that might itself be the thing being changed. Handles the 8-bit, non-interlaced truecolour and
truecolour-with-alpha images the renderer writes.
"""
import struct
import sys
import zlib


def pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    position, idat, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        sys.exit(f"{path}: only 8-bit non-interlaced RGB(A) is handled")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    out = bytearray(height * stride)
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                row[i] = (row[i] + row[i - channels]) & 0xFF
        elif kind == 2:
            row = bytearray((a + b) & 0xFF for a, b in zip(row, previous))
        elif kind == 3:
            for i in range(stride):
                left = row[i - channels] if i >= channels else 0
                row[i] = (row[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = row[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                predictor = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                row[i] = (row[i] + predictor) & 0xFF
        elif kind != 0:
            sys.exit(f"{path}: unknown filter {kind} in row {y}")
        out[y * stride:(y + 1) * stride] = row
        previous = row
    return (width, height, channels), bytes(out)


def filtered(path):
    """The header and the decompressed, still filtered scanlines: equal ones mean equal pixels."""
    data, position, parts = open(path, "rb").read(), 8, []
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        if kind in (b"IHDR", b"IDAT"):
            parts.append((kind, data[position + 8:position + 8 + length]))
        position += 12 + length
    header = [body for kind, body in parts if kind == b"IHDR"]
    return header, zlib.decompress(b"".join(body for kind, body in parts if kind == b"IDAT"))


if __name__ == "__main__":
    if filtered(sys.argv[1]) == filtered(sys.argv[2]):
        sys.exit(0)
    a, b = pixels(sys.argv[1]), pixels(sys.argv[2])
    sys.exit(0 if a == b else 1)
