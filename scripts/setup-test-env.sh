#!/usr/bin/env bash
# What the tests need from Debian that npm cannot give: chromium (browser tests) and espeak-ng (voice tests).
#   bash scripts/setup-test-env.sh          installs what is missing with apt (as root; idempotent, quiet)
#   bash scripts/setup-test-env.sh --check  installs nothing: one line and exit 1 when something is missing (npm test's pretest)
set -uo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "${1:-}" = "--check" ]; then
  echo "npm test needs ${missing[*]}: run 'sudo bash scripts/setup-test-env.sh' once (apt-get install ${missing[*]})" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-test-env: ${missing[*]} missing and not root, so not installed;" \
    "run: sudo bash scripts/setup-test-env.sh" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-test-env: ${missing[*]} missing and no apt-get here; install them by hand" >&2
  exit 1
fi

echo "setup-test-env: installing ${missing[*]} (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq >/dev/null &&
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
  echo "setup-test-env: apt-get could not install ${missing[*]}" >&2
  exit 1
fi
