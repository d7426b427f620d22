#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders roomclaim.svg to the hicolor PNG sizes committed beside it. Run after editing the SVG
# (needs rsvg-convert from librsvg2-bin); the build only copies the PNGs, so it needs no renderer.
set -e
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" roomclaim.svg -o "hicolor/${size}x${size}/apps/roomclaim.png"
done
