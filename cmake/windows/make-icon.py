#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes cmake/windows/roomclaim.ico, the teacher client's Windows icon (program file, start menu,
# "Apps & features"), from the PNGs the Debian package installs in the hicolor theme, so both
# show the same pictures. Run it again after changing those PNGs:
#   python3 cmake/windows/make-icon.py
# Every size is stored as PNG inside the .ico, which Windows reads since Vista.
import pathlib
import struct

root = pathlib.Path(__file__).resolve().parents[2]
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [
    (root / f"resources/packaging/icons/hicolor/{n}x{n}/apps/roomclaim.png").read_bytes()
    for n in sizes
]
for n, png in zip(sizes, images):
    width, height = struct.unpack(">II", png[16:24])
    if png[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) != (n, n):
        raise SystemExit(f"make-icon: the {n}x{n} picture is not a {n}x{n} PNG")

header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
offset = len(header) + 16 * len(images)
entries = b""
for n, png in zip(sizes, images):
    # width and height 0 mean 256; no palette; 1 plane; 32 bits per pixel
    entries += struct.pack("<BBBBHHII", n % 256, n % 256, 0, 0, 1, 32, len(png), offset)
    offset += len(png)
out = root / "cmake/windows/roomclaim.ico"
out.write_bytes(header + entries + b"".join(images))
print(f"wrote {out.relative_to(root)}: {len(images)} sizes, {out.stat().st_size} bytes")
