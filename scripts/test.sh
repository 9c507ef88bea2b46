#!/usr/bin/env bash
# Install the test dependencies (and, as root, the browser and database the tests use) and run the whole suite.
set -euo pipefail
source "$(dirname "$0")/setup.sh" test
apt_install chromium
echo "==> ruff"
.venv/bin/ruff check src tests bench
echo "==> mypy"
.venv/bin/mypy
echo "==> pytest"
.venv/bin/python -m pytest -q "$@"
