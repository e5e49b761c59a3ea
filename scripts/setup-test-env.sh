#!/usr/bin/env bash
# Installs what the tests need from Debian and npm cannot give: chromium (browser tests) and espeak-ng (voice tests). Idempotent, quiet.
set -uo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-test-env: ${missing[*]} missing and not root, so not installed;" \
    "run: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-test-env: ${missing[*]} missing and no apt-get here; install them by hand" >&2
  exit 0
fi

echo "setup-test-env: installing ${missing[*]} (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq >/dev/null &&
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
  echo "setup-test-env: apt-get could not install ${missing[*]}; the tests that need them will say so" >&2
fi
exit 0
