#!/usr/bin/env bash
# Runs before the tests (npm test): the browser tests drive Debian's Chromium,
# never a downloaded browser. When it is missing, install it as CI does, or stop
# at once with the one command that does.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, which is not a browser that can run. Unset it to use Debian's Chromium." >&2
  exit 1
fi
packages="chromium fonts-dejavu-core"
if command -v apt-get >/dev/null 2>&1; then
  run=""
  if [ "$(id -u)" != 0 ]; then
    if sudo -n true 2>/dev/null; then run="sudo -n"; else run="none"; fi
  fi
  if [ "$run" != "none" ]; then
    echo "The browser tests need Debian's Chromium: installing it (apt-get install $packages)…"
    $run apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $run apt-get install -y -qq $packages >/dev/null
    [ -x "$browser" ] && exit 0
  fi
fi
echo "The browser tests need Debian's Chromium at $browser. Install it, then run npm test again:" >&2
echo "  sudo apt-get install -y $packages" >&2
exit 1
