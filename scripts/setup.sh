#!/bin/sh
# Set up EthicsDesk from this checkout: Debian libraries (when run as root on Debian), a virtual
# environment in .venv, and the program with its test tools. Safe to run again.
set -eu
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    pkgs=$(grep -v '^#' scripts/debian-packages.txt | tr '\n' ' ')
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
echo "EthicsDesk is set up: .venv/bin/ethicsdesk"
