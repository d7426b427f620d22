#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a compressed manual page from a program's own --help and --version (through help2man)
# and the hand-written sections in INCLUDE, so the page can never disagree with the program.
#   make-manpage.sh PROGRAM SECTION INCLUDE OUTPUT.gz
set -e
program=$1 section=$2 include=$3 output=$4
# The page is English whatever the builder's locale, and its date that of the release (from
# the changelog beside this script) unless SOURCE_DATE_EPOCH is set, so builds are reproducible.
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    changelog="$(dirname "$0")/../changelog"
    SOURCE_DATE_EPOCH=$(date -d "$(sed -n 's/^ -- .*>  //p' "$changelog" | head -n 1)" +%s)
    export SOURCE_DATE_EPOCH
fi
# In a sanitized build (scripts/test --sanitize) a leak report at exit is no concern of the page.
LC_ALL=C.UTF-8 LANGUAGE='' QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
    help2man --no-info --section="$section" --include="$include" --output="$output.tmp" "$program"
gzip -n -9 -c "$output.tmp" >"$output"
rm -f "$output.tmp"
