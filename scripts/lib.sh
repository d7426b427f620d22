# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Helpers shared by scripts/test and scripts/demo. Source this file; do not run it.
#
#   rc_install_packages            install missing Debian build/runtime packages
#   rc_build [builddir]            configure (once) and build with CMake + Ninja
#   rc_pg_start DATADIR PORT [DB]  start (or reuse) a private PostgreSQL cluster;
#                                  exports RC_PG_PORT, RC_PG_DATADIR, RC_PG_SOCKDIR
#   rc_pg_stop DATADIR             stop that cluster (quiet if it is not running)
#   rc_port_in_use PORT            true if something listens on 127.0.0.1:PORT
#   rc_find_free_port PORT         print PORT or the next free port after it
#
# Environment knobs:
#   RC_SKIP_INSTALL=1     do not check/install packages
#   RC_BUILD_JOBS=N       parallel build jobs (default 2)
#   RC_PG_BINDIR=DIR      PostgreSQL binaries (default: highest /usr/lib/postgresql/*/bin)
#   RC_PG_EXTRA_OPTS=...  extra server options passed to "pg_ctl -o" (e.g. "-c fsync=off")

if [[ -n ${RC_LIB_LOADED:-} ]]; then
    return 0
fi
RC_LIB_LOADED=1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

RC_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-private-dev qt6-websockets-dev libqt6sql6-psql libsodium-dev libssl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    postgresql postgresql-contrib
    xvfb xauth fonts-dejavu-core qt6-translations-l10n
    dpkg-dev lintian help2man desktop-file-utils appstream
)

rc_log() { printf '[roomclaim] %s\n' "$*" >&2; }
rc_die() { printf '[roomclaim] error: %s\n' "$*" >&2; return 1; }

# ---------------------------------------------------------------- packages ---

rc_install_packages() {
    if [[ -n ${RC_SKIP_INSTALL:-} ]]; then
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        rc_log "dpkg-query not found (not a Debian system?); skipping package installation"
        return 0
    fi
    local pkg status
    local -a missing=()
    for pkg in "${RC_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
        if [[ $status != "install ok installed" ]]; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi

    local -a sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null 2>&1 ||
            rc_die "missing packages (${missing[*]}) and not root and no sudo available" || return 1
        sudo=(sudo)
    fi
    rc_log "installing packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q ||
        rc_die "apt-get update failed" || return 1
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}" ||
        rc_die "apt-get install failed" || return 1
}

# ------------------------------------------------------------------- build ---

rc_build() {
    local builddir="${1:-$ROOT/build}"
    local jobs="${RC_BUILD_JOBS:-2}"
    if [[ ! -f $builddir/CMakeCache.txt ]]; then
        cmake -S "$ROOT" -B "$builddir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo || return 1
    elif [[ ! -f $builddir/build.ninja && ! -f $builddir/Makefile ]]; then
        # A previous configure did not finish; re-run it with the cached settings.
        cmake -S "$ROOT" -B "$builddir" || return 1
    fi
    cmake --build "$builddir" -j"$jobs" || return 1
}

# ------------------------------------------------------------------- ports ---

# True (0) if something accepts/listens on TCP 127.0.0.1:PORT (or any address).
rc_port_in_use() {
    local port="$1" out
    if command -v ss >/dev/null 2>&1 && out="$(ss -Hltn "sport = :$port" 2>/dev/null)"; then
        [[ -n $out ]]
        return
    fi
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

rc_find_free_port() {
    local port="$1" i
    for ((i = 0; i < 200; i++)); do
        if ! rc_port_in_use "$port"; then
            printf '%s\n' "$port"
            return 0
        fi
        port=$((port + 1))
    done
    rc_die "no free TCP port found starting at $1"
}

# Poll until 127.0.0.1:PORT accepts a connection. rc_wait_for_port PORT [SECONDS] [PID]
# If PID is given and that process dies, give up early.
rc_wait_for_port() {
    local port="$1" secs="${2:-30}" pid="${3:-}" i
    for ((i = 0; i < secs * 5; i++)); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then
            return 1
        fi
        sleep 0.2
    done
    return 1
}

# -------------------------------------------------------------- PostgreSQL ---

# Quote a string for /bin/sh (pg_ctl passes -o through the shell).
_rc_sh_quote() {
    local s="$1" q="'\\''"
    printf "'%s'" "${s//\'/$q}"
}

# Run a command as the PostgreSQL OS user: "postgres" when we are root (the
# server refuses to run as root), otherwise the current user. Runs from / so
# that an unreadable current directory does not bother initdb/pg_ctl/psql.
_rc_pg_as() {
    if ((EUID == 0)); then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

# Directory with initdb/pg_ctl/psql; prefers the major version a cluster was made with.
_rc_pg_bindir() {
    local datadir="${1:-}" ver dir
    if [[ -n ${RC_PG_BINDIR:-} ]]; then
        printf '%s\n' "$RC_PG_BINDIR"
        return 0
    fi
    if [[ -n $datadir && -r $datadir/PG_VERSION ]]; then
        ver="$(<"$datadir/PG_VERSION")"
        if [[ -x /usr/lib/postgresql/$ver/bin/pg_ctl ]]; then
            printf '%s\n' "/usr/lib/postgresql/$ver/bin"
            return 0
        fi
    fi
    dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null |
        sort -V | tail -n 1)"
    if [[ -n $dir && -x $dir/pg_ctl ]]; then
        printf '%s\n' "$dir"
        return 0
    fi
    if command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"
        return 0
    fi
    rc_die "PostgreSQL server binaries not found (install postgresql)"
}

_rc_abspath() {
    local p="$1"
    while [[ $p == */ && $p != / ]]; do p="${p%/}"; done
    [[ $p == /* ]] || p="$PWD/$p"
    printf '%s\n' "$p"
}

# Print the directory that really holds the cluster for the requested DATADIR.
# Normally that is DATADIR itself; when the postgres user cannot reach DATADIR
# (e.g. the repository lives under /root) the cluster lives in a temp dir whose
# path is recorded in "DATADIR.location". With "create", set that up as needed.
_rc_pg_real_datadir() {
    local want="$1" create="${2:-}" loc real
    loc="$want.location"
    if [[ -f $loc ]]; then
        real="$(<"$loc")"
        if [[ -n $real && -d $real ]]; then
            printf '%s\n' "$real"
            return 0
        fi
        [[ $create == create ]] || { printf '%s\n' "$want"; return 0; }
        rm -f "$loc"
    fi
    if [[ -d $want || $create != create ]]; then
        printf '%s\n' "$want"
        return 0
    fi

    # Create a fresh data directory that the server user can own and reach.
    mkdir -p "$(dirname "$want")" || return 1
    if ((EUID != 0)); then
        mkdir -m 700 "$want" || return 1
        printf '%s\n' "$want"
        return 0
    fi
    id postgres >/dev/null 2>&1 || rc_die "user 'postgres' does not exist (install postgresql)" || return 1
    mkdir -m 700 "$want" || return 1
    chown postgres:postgres "$want" || return 1
    if _rc_pg_as test -x "$want" -a -w "$want"; then
        printf '%s\n' "$want"
        return 0
    fi
    rmdir "$want"
    real="$(mktemp -d "${TMPDIR:-/tmp}/roomclaim-pg.XXXXXX")" || return 1
    chmod 700 "$real" && chown postgres:postgres "$real" || return 1
    if ! _rc_pg_as test -x "$real" -a -w "$real"; then
        rmdir "$real"
        rc_die "user postgres can reach neither $want nor a temp dir" || return 1
    fi
    printf '%s\n' "$real" >"$loc"
    rc_log "postgres cannot reach $want; cluster lives in $real (see $loc)"
    printf '%s\n' "$real"
}

# Line N of DATADIR/postmaster.pid (4 = port, 5 = socket directory).
_rc_pg_pidfile_line() {
    local file="$1/postmaster.pid" n="$2"
    [[ -r $file ]] || return 1
    sed -n "${n}p" "$file"
}

_rc_pg_running() {
    local bindir="$1" datadir="$2"
    [[ -f $datadir/PG_VERSION ]] || return 1
    _rc_pg_as "$bindir/pg_ctl" -D "$datadir" status >/dev/null 2>&1
}

# psql as the cluster superuser over the Unix socket. Extra args follow.
_rc_pg_psql() {
    _rc_pg_as "$RC_PG_BINDIR_USED/psql" -X -q -v ON_ERROR_STOP=1 \
        -h "$RC_PG_SOCKDIR" -p "$RC_PG_PORT" -U postgres "$@"
}

rc_pg_start() {
    local want="${1:?usage: rc_pg_start DATADIR PORT [DATABASE]}"
    local port="${2:?usage: rc_pg_start DATADIR PORT [DATABASE]}"
    local db="${3:-}"
    local datadir bindir sockdir free

    want="$(_rc_abspath "$want")"
    datadir="$(_rc_pg_real_datadir "$want" create)" || return 1
    bindir="$(_rc_pg_bindir "$datadir")" || return 1

    # A cluster made by another user (e.g. a non-root run) must belong to postgres.
    if ((EUID == 0)) && [[ $(stat -c %U "$datadir") != postgres ]]; then
        chown -R postgres:postgres "$datadir" || return 1
    fi

    if [[ ! -f $datadir/PG_VERSION ]]; then
        if [[ -n $(ls -A "$datadir") ]]; then
            rc_die "$datadir exists, is not empty and holds no PostgreSQL cluster; remove it" || return 1
        fi
        rc_log "initialising PostgreSQL cluster in $datadir"
        _rc_pg_as "$bindir/initdb" -D "$datadir" -U postgres -E UTF8 --locale=C \
            --auth-local=trust --auth-host=scram-sha-256 >"$datadir.initdb.log" 2>&1 || {
            cat "$datadir.initdb.log" >&2
            rc_die "initdb failed"
            return 1
        }
        rm -f "$datadir.initdb.log"
    elif [[ -x /usr/lib/postgresql/$(<"$datadir/PG_VERSION")/bin/pg_ctl || -n ${RC_PG_BINDIR:-} ]]; then
        :
    else
        rc_die "$datadir was made by PostgreSQL $(<"$datadir/PG_VERSION"), which is not installed; remove it" || return 1
    fi

    if _rc_pg_running "$bindir" "$datadir"; then
        port="$(_rc_pg_pidfile_line "$datadir" 4)"
        sockdir="$(_rc_pg_pidfile_line "$datadir" 5)"
        rc_log "reusing PostgreSQL already running on $datadir (port $port)"
    else
        free="$(rc_find_free_port "$port")" || return 1
        if [[ $free != "$port" ]]; then
            rc_log "port $port is taken; using $free for PostgreSQL"
            port="$free"
        fi
        # Unix socket paths are limited to ~107 bytes; use a short temp dir if needed.
        sockdir="$datadir/socket"
        if ((${#sockdir} + 20 > 100)); then
            sockdir="$(mktemp -d "/tmp/rcpgsock.XXXXXX")" || return 1
        else
            mkdir -p "$sockdir" || return 1
        fi
        chmod 700 "$sockdir"
        if ((EUID == 0)); then
            chown postgres:postgres "$sockdir" || return 1
        fi
        local opts
        opts="-p $port -k $(_rc_sh_quote "$sockdir") -c listen_addresses=127.0.0.1"
        opts+=" ${RC_PG_EXTRA_OPTS:-}"
        if ! _rc_pg_as "$bindir/pg_ctl" -D "$datadir" -l "$datadir/log" -w -t 60 \
            -o "$opts" start >/dev/null; then
            tail -n 30 "$datadir/log" >&2 || true
            rc_die "PostgreSQL failed to start (log: $datadir/log)"
            return 1
        fi
        rc_log "PostgreSQL started: $datadir, 127.0.0.1:$port"
    fi

    export RC_PG_PORT="$port" RC_PG_DATADIR="$datadir" RC_PG_SOCKDIR="$sockdir"
    RC_PG_BINDIR_USED="$bindir"

    _rc_pg_psql -d postgres <<'SQL' || { rc_die "could not create role roomclaim"; return 1; }
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'roomclaim') THEN
    CREATE ROLE roomclaim;
  END IF;
END
$$;
ALTER ROLE roomclaim LOGIN CREATEDB PASSWORD 'roomclaim';
SQL

    if [[ -n $db ]]; then
        local exists
        exists="$(_rc_pg_psql -d postgres -tA -v db="$db" <<'SQL'
SELECT 1 FROM pg_database WHERE datname = :'db';
SQL
        )" || return 1
        if [[ -z $exists ]]; then
            _rc_pg_psql -d postgres -v db="$db" <<'SQL' || { rc_die "could not create database $db"; return 1; }
CREATE DATABASE :"db" OWNER roomclaim;
SQL
            rc_log "created database $db"
        fi
    fi
}

rc_pg_stop() {
    local want="${1:?usage: rc_pg_stop DATADIR}" datadir bindir sockdir
    want="$(_rc_abspath "$want")"
    datadir="$(_rc_pg_real_datadir "$want")" || return 0
    [[ -f $datadir/PG_VERSION ]] || return 0
    bindir="$(_rc_pg_bindir "$datadir")" || return 0
    _rc_pg_running "$bindir" "$datadir" || return 0
    sockdir="$(_rc_pg_pidfile_line "$datadir" 5 || true)"
    _rc_pg_as "$bindir/pg_ctl" -D "$datadir" -m fast -w -t 60 stop >/dev/null 2>&1 || {
        rc_log "warning: could not stop PostgreSQL on $datadir"
        return 0
    }
    if [[ $sockdir == /tmp/rcpgsock.* ]]; then
        rm -rf "$sockdir"
    fi
}
