#!/usr/bin/env bash
# Shared by quickstart.sh and test.sh: system packages (as root), a virtual environment, npm assets.
# Usage: source scripts/setup.sh [EXTRAS]   (EXTRAS e.g. "test")
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"
apt_install() {
    # Install Debian packages when running as root and they are missing; otherwise say what to install.
    local missing=()
    for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "==> apt-get install ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "note: missing Debian packages: ${missing[*]} (run as root or: sudo apt-get install ${missing[*]})" >&2
    fi
}
"$PY" -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
"$PY" -m venv --help >/dev/null 2>&1 && "$PY" -c 'import ensurepip' 2>/dev/null || apt_install python3-venv
command -v npm >/dev/null || apt_install nodejs npm
if [ ! -x .venv/bin/python ]; then
    echo "==> creating .venv"
    "$PY" -m venv .venv
fi
EXTRAS="${1:-}"
echo "==> pip install -e .${EXTRAS:+[$EXTRAS]}"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${EXTRAS:+[$EXTRAS]}"
if [ -f package-lock.json ]; then
    echo "==> npm ci (map assets)"
    npm ci --silent --no-audit --no-fund >/dev/null
fi
export PATH="$ROOT/.venv/bin:$PATH"
