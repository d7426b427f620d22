#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian packages as school IT gets them, made from this build tree (cpack needs only the
# install rules: nothing is compiled again), in a throwaway folder:
#   1. cpack builds roomclaim-server and roomclaim;
#   2. lintian checks both: its findings and a summary are printed, any error (E:) fails;
#   3. their control data: version from the changelog, dependencies, conffiles, maintainer scripts;
#   4. dpkg-deb -x unpacks both; every file IT relies on is there and well-formed (manual pages
#      that name every option of --help, icons, desktop entry, AppStream metainfo), and the
#      programs need nothing from the build tree;
#   5. tst_unpacked runs the unpacked programs: the server's --version and a real login over
#      WebSocket against the test PostgreSQL (ROOMCLAIM_TEST_PG), the client with a system-wide
#      configuration beside it (XDG_CONFIG_DIRS).
# usage: package_test.sh BUILD_DIR UNPACKED_TEST_EXECUTABLE
set -euo pipefail

build=${1:?usage: package_test.sh BUILD_DIR UNPACKED_TEST_EXECUTABLE}
unpacked_test=${2:?usage: package_test.sh BUILD_DIR UNPACKED_TEST_EXECUTABLE}

work="$(mktemp -d "${TMPDIR:-/tmp}/roomclaim-packages.XXXXXX")"
trap 'rm -rf "$work"' EXIT
failures=0
step() { printf '\n== %s\n' "$*"; }
fail() {
    printf 'FAIL: %s\n' "$*"
    failures=$((failures + 1))
}
need() {
    command -v "$1" >/dev/null 2>&1 || {
        printf 'FAIL: %s is not installed (apt-get install %s; scripts/lib.sh lists it)\n' "$1" "$2"
        exit 1
    }
}
need cpack cmake
need lintian lintian
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need appstreamcli appstream

# ------------------------------------------------------------------------------- 1. cpack ---
step "cpack -G DEB from $build"
started=$SECONDS
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/packages" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack failed"
    exit 1
fi
server_deb="$(find "$work/packages" -maxdepth 1 -name 'roomclaim-server_*.deb')"
client_deb="$(find "$work/packages" -maxdepth 1 -name 'roomclaim_*.deb')"
if [[ -z $server_deb || -z $client_deb ]]; then
    ls -l "$work/packages"
    fail "cpack did not make both roomclaim-server_*.deb and roomclaim_*.deb"
    exit 1
fi
for deb in "$server_deb" "$client_deb"; do
    printf '%s: %s KiB\n' "$(basename "$deb")" "$(($(stat -c %s "$deb") / 1024))"
done
printf 'cpack took %d s\n' $((SECONDS - started))

# ----------------------------------------------------------------------------- 2. lintian ---
step "lintian"
started=$SECONDS
# Exit status 1 means "tags found" (counted below), 2 a failure of lintian itself.
status=0
lintian --display-info --show-overrides --tag-display-limit 0 "$server_deb" "$client_deb" \
    >"$work/lintian.log" 2>&1 || status=$?
cat "$work/lintian.log"
if ((status > 1)); then
    fail "lintian itself failed (status $status)"
fi
count() { grep -c "^$1: " "$work/lintian.log" || true; }
errors=$(count E)
warnings=$(count W)
printf 'lintian summary: %d errors, %d warnings, %d info, %d pedantic, %d overridden (%d s)\n' \
    "$errors" "$warnings" "$(count I)" "$(count P)" "$(count O)" $((SECONDS - started))
((errors == 0)) || fail "lintian reports $errors errors"

# ------------------------------------------------------------------------ 3. control data ---
step "control data"
changelog_version="$(dpkg-deb --fsys-tarfile "$server_deb" |
    tar -xOf - ./usr/share/doc/roomclaim-server/changelog.Debian.gz | gzip -dc |
    sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p')"
for deb in "$server_deb" "$client_deb"; do
    version="$(dpkg-deb -f "$deb" Version)"
    [[ $version == "$changelog_version" ]] ||
        fail "$(basename "$deb"): version $version, but the changelog's latest entry is $changelog_version"
    maintainer="$(dpkg-deb -f "$deb" Maintainer)"
    [[ $maintainer == *@* && $maintainer != *localhost* ]] ||
        fail "$(basename "$deb"): maintainer '$maintainer' is no address that reaches anyone"
done
depends="$(dpkg-deb -f "$server_deb" Depends)"
printf 'roomclaim-server Depends: %s\n' "$depends"
printf 'roomclaim-server Recommends: %s\n' "$(dpkg-deb -f "$server_deb" Recommends)"
printf 'roomclaim-server Suggests: %s\n' "$(dpkg-deb -f "$server_deb" Suggests)"
printf 'roomclaim Depends: %s\n' "$(dpkg-deb -f "$client_deb" Depends)"
for package in libqt6sql6-psql libsodium libssl3 libqt6websockets6 adduser; do
    [[ $depends == *"$package"* ]] || fail "roomclaim-server does not depend on $package"
done
[[ $(dpkg-deb -f "$server_deb" Suggests) == *postgresql* ]] || fail "roomclaim-server does not suggest postgresql"
[[ $(dpkg-deb -f "$client_deb" Depends) == *qt6-qpa-plugins* ]] || fail "roomclaim does not depend on qt6-qpa-plugins"
dpkg-deb -e "$server_deb" "$work/control-server"
grep -qx /etc/roomclaim/server.conf "$work/control-server/conffiles" ||
    fail "/etc/roomclaim/server.conf is not a conffile"
for script in postinst prerm postrm; do
    [[ -x $work/control-server/$script ]] || fail "roomclaim-server has no executable $script"
done
# Installing must never enable or start the service (it has no database yet).
if grep -vE '^\s*echo ' "$work/control-server/postinst" |
    grep -E '(systemctl|deb-systemd-helper|deb-systemd-invoke)[^#]*\b(enable|start)\b'; then
    fail "postinst enables or starts the service"
fi

# ------------------------------------------------------------------------------ 4. unpack ---
step "dpkg-deb -x into $work/root"
root="$work/root"
dpkg-deb -x "$server_deb" "$root"
dpkg-deb -x "$client_deb" "$root"
expected=(
    usr/bin/roomclaim-server etc/roomclaim/server.conf lib/systemd/system/roomclaim-server.service
    usr/share/man/man8/roomclaim-server.8.gz usr/share/doc/roomclaim-server/copyright
    usr/share/doc/roomclaim-server/changelog.Debian.gz usr/share/lintian/overrides/roomclaim-server
    usr/bin/roomclaim usr/share/man/man1/roomclaim.1.gz usr/share/doc/roomclaim/copyright
    usr/share/doc/roomclaim/changelog.Debian.gz usr/share/applications/org.roomclaim.RoomClaim.desktop
    usr/share/metainfo/org.roomclaim.RoomClaim.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/roomclaim.svg
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x$size/apps/roomclaim.png")
done
for file in "${expected[@]}"; do
    [[ -f $root/$file ]] || fail "missing from the packages: /$file"
done
for size in 16 22 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x$size/apps/roomclaim.png"
    [[ -f $png ]] || continue
    # PNG header: width and height are big-endian 32-bit numbers at offsets 16 and 20.
    dimensions="$(od -An -tu1 -j16 -N8 "$png" | awk '{print $4 + 256 * $3 "x" $8 + 256 * $7}')"
    [[ $dimensions == "${size}x$size" ]] || fail "icon for ${size}x$size is $dimensions"
done
grep -qx 'Icon=roomclaim' "$root/usr/share/applications/org.roomclaim.RoomClaim.desktop" ||
    fail "the desktop entry does not name the icon roomclaim"
desktop-file-validate "$root/usr/share/applications/org.roomclaim.RoomClaim.desktop" ||
    fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.roomclaim.RoomClaim.metainfo.xml" ||
    fail "appstreamcli validate"
grep -q '<launchable type="desktop-id">org.roomclaim.RoomClaim.desktop</launchable>' \
    "$root/usr/share/metainfo/org.roomclaim.RoomClaim.metainfo.xml" ||
    fail "the metainfo does not launch the installed desktop entry"
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    "$root/usr/share/doc/roomclaim/copyright" || fail "copyright is not machine-readable (DEP-5)"

# The manual pages come from --help: every option the program knows is in its page.
manual_names_every_option() {
    local program="$1" page="$2" option text
    # The roff source without its escapes (\- is a hyphen, \fB bold).
    text="$(gzip -dc "$page" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g')"
    while read -r option; do
        grep -qF -- "$option" <<<"$text" || fail "$(basename "$page") does not mention $option"
    done < <(LC_ALL=C.UTF-8 "$program" --help | grep -oE '^ +(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+')
    grep -q '^\.SH OPTIONS' <<<"$text" || fail "$(basename "$page") has no OPTIONS section"
}
manual_names_every_option "$root/usr/bin/roomclaim-server" "$root/usr/share/man/man8/roomclaim-server.8.gz"
manual_names_every_option "$root/usr/bin/roomclaim" "$root/usr/share/man/man1/roomclaim.1.gz"

# Only system libraries: no RPATH into the build tree, nothing unresolved.
for program in "$root/usr/bin/roomclaim-server" "$root/usr/bin/roomclaim"; do
    if LC_ALL=C readelf -d "$program" | grep -E 'RPATH|RUNPATH'; then
        fail "$(basename "$program") carries a library search path"
    fi
    if ldd "$program" | grep -E 'not found|'"$build"; then
        fail "$(basename "$program") needs libraries from outside the system"
    fi
done

# ---------------------------------------------------------------- 5. the unpacked programs ---
step "the unpacked programs (tst_unpacked)"
started=$SECONDS
if ! ROOMCLAIM_TEST_SERVER_EXE="$root/usr/bin/roomclaim-server" \
    ROOMCLAIM_TEST_CLIENT_EXE="$root/usr/bin/roomclaim" "$unpacked_test"; then
    fail "tst_unpacked"
fi
printf 'tst_unpacked took %d s\n' $((SECONDS - started))

printf '\npackage test: %d failures\n' "$failures"
((failures == 0))
