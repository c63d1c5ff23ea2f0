#!/usr/bin/env bash
# The Debian packages pos-loyalty needs beyond Python, by purpose.
#   debian-packages.sh run    Qt's X11 (xcb) platform libraries, for the counter window
#   debian-packages.sh test   the above, plus Xvfb, xdotool and openbox for the end-to-end tests,
#                             libzbar0 for the optional pyzbar decoding backend,
#                             poppler-utils (pdftoppm) to scan the printed card's PDF,
#                             tesseract-ocr to read the screenshots of the four languages, and
#                             for tests/packaging: binutils (PyInstaller's objdump, strip),
#                             desktop-file-utils and appstream (the desktop entry and
#                             metainfo validators), systemd (systemd-analyze verify)
# As root with apt-get, missing ones are installed; otherwise the command to run is printed.
set -euo pipefail

qt=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxcb-image0
    libxcb-shape0 libxcb-randr0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
    libdbus-1-3 libglib2.0-0)
e2e=(xvfb xdotool openbox libzbar0 poppler-utils)  # openbox: the kiosk tests' window manager
packaging=(binutils desktop-file-utils appstream systemd)
e2e+=(postgresql)  # the server tests' second store: a cluster of their own (initdb + pg_ctl)
e2e+=(chromium chromium-driver)  # the card page's live messages, in a headless browser (Selenium)
e2e+=(tesseract-ocr)  # reads the counter's screenshot back in each language (tests/gui/test_languages.py)

case "${1:-run}" in
  run) wanted=("${qt[@]}") ;;
  test) wanted=("${qt[@]}" "${e2e[@]}" "${packaging[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

command -v dpkg >/dev/null || exit 0  # not Debian: nothing to check
missing=()
for package in "${wanted[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing Debian packages: ${missing[*]}"
  echo "Install them with: sudo apt-get install ${missing[*]}"
  [ "${1:-run}" = test ] && echo "(without them the end-to-end and packaging tests are skipped)"
fi
