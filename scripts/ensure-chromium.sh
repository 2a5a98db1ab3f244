#!/usr/bin/env bash
# Makes sure Debian's chromium is installed: the browser tests drive /usr/bin/chromium
# through Playwright (Playwright's own browser download is not possible here).
set -euo pipefail
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium is missing: installing Debian's chromium with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
cat >&2 <<MSG
Debian's chromium is not installed and this user cannot install it.
Run, as root:

    sudo apt-get update && sudo apt-get install -y chromium

then run the command again.
MSG
exit 1
