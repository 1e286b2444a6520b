#!/usr/bin/env python3
"""Draws the Teams app icons (color.png 192x192, outline.png 32x32) with the standard library only.

The output is deterministic: run it again and the committed PNGs do not change.
    python3 deploymentTemplates/teams/generate-icons.py [OUT_DIR]
OUT_DIR defaults to the folder of this script (next to manifest.json).

The picture is a speech bubble with three dots (a conversation). The color icon is a white bubble on the accent
colour of manifest.json; the outline icon is the same bubble drawn as a white line on a transparent background, as
Teams requires for outline icons.
"""
import math
import os
import struct
import sys
import zlib

ACCENT = (0x5B, 0x3F, 0x95)  # keep equal to "accentColor" in manifest.json
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4  # supersampling per axis, for smooth edges


def rounded_rectangle_distance(x, y, left, top, right, bottom, radius):
    """Signed distance from (x, y) to a rounded rectangle: negative inside."""
    cx, cy = (left + right) / 2, (top + bottom) / 2
    hx, hy = (right - left) / 2 - radius, (bottom - top) / 2 - radius
    qx, qy = abs(x - cx) - hx, abs(y - cy) - hy
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    inside = min(max(qx, qy), 0.0)
    return outside + inside - radius


def inside_triangle(x, y, a, b, c):
    """True when (x, y) lies inside the triangle a, b, c."""
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    negative = d1 < 0 or d2 < 0 or d3 < 0
    positive = d1 > 0 or d2 > 0 or d3 > 0
    return not (negative and positive)


class Bubble:
    """A speech bubble with a tail and three dots, in a unit square scaled to the icon size."""

    def __init__(self, size):
        s = size / 32.0
        self.box = (4 * s, 5 * s, 28 * s, 22 * s, 5 * s)
        self.tail = ((8.5 * s, 20 * s), (14.5 * s, 20 * s), (7 * s, 27.5 * s))
        self.dots = [(x * s, 13.5 * s) for x in (10.5, 16, 21.5)]
        self.dot_radius = 1.9 * s
        self.stroke = 2.0 * s

    def edge_distance(self, x, y):
        left, top, right, bottom, radius = self.box
        return rounded_rectangle_distance(x, y, left, top, right, bottom, radius)

    def in_body(self, x, y):
        return self.edge_distance(x, y) <= 0 or inside_triangle(x, y, *self.tail)

    def in_dot(self, x, y):
        return any(math.hypot(x - dx, y - dy) <= self.dot_radius for dx, dy in self.dots)

    def in_outline(self, x, y):
        """The bubble's edge as a line of the stroke width, plus the dots."""
        if self.in_dot(x, y):
            return True
        return self.in_body(x, y) and self.edge_distance(x, y) >= -self.stroke


def coverage(size, test):
    """Fraction of each pixel covered by the shape, row by row."""
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            hits = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    if test(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES):
                        hits += 1
            row.append(hits / (SAMPLES * SAMPLES))
        rows.append(row)
    return rows


def blend(under, over, amount):
    return tuple(round(u + (o - u) * amount) for u, o in zip(under, over))


def png(width, height, color_type, rows):
    """A PNG file of 8-bit samples; each row is a bytes object without its filter byte."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def color_icon(size=192):
    bubble = Bubble(size)
    body = coverage(size, bubble.in_body)
    dots = coverage(size, bubble.in_dot)
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            pixel = blend(ACCENT, WHITE, body[y][x])
            pixel = blend(pixel, ACCENT, dots[y][x])
            row.extend(pixel)
        rows.append(bytes(row))
    return png(size, size, 2, rows)


def outline_icon(size=32):
    bubble = Bubble(size)
    line = coverage(size, bubble.in_outline)
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            row.extend(WHITE + (round(255 * line[y][x]),))
        rows.append(bytes(row))
    return png(size, size, 6, rows)


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for name, data in (("color.png", color_icon()), ("outline.png", outline_icon())):
        with open(os.path.join(out_dir, name), "wb") as handle:
            handle.write(data)


if __name__ == "__main__":
    main()
