#!/bin/sh
# Install the one-folder bundle (`make dist`) on a Linux till, as root:
#
#   sudo packaging/linux/install.sh [BUNDLE]      BUNDLE defaults to dist/pos-loyalty
#
# The bundle goes to /opt/pos-loyalty (replaced whole, so an update leaves no stale
# files), the command to /usr/local/bin/pos-loyalty (a link), and the desktop entry,
# icons and AppStream metainfo under /usr/local/share, where menus and software
# centres look. DESTDIR=/some/root installs into a staging tree instead (packagers,
# tests). To remove: rm -r /opt/pos-loyalty /usr/local/bin/pos-loyalty
#   /usr/local/share/{applications,metainfo}/io.github.pos_loyalty.PosLoyalty.*
#   /usr/local/share/icons/hicolor/*/apps/io.github.pos_loyalty.PosLoyalty.*
set -eu

bundle=${1:-dist/pos-loyalty}
root=${DESTDIR:-}
opt=$root/opt/pos-loyalty
share=$root/usr/local/share

if [ ! -x "$bundle/pos-loyalty" ] || [ ! -d "$bundle/share" ]; then
  echo "error: there is no bundle at $bundle; build it with: make dist" >&2
  exit 1
fi

mkdir -p "$root/opt" "$root/usr/local/bin" "$share"
rm -rf "$opt.new"
cp -a "$bundle" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"
# The link's target is where the program runs from, wherever DESTDIR staged it.
ln -sfn /opt/pos-loyalty/pos-loyalty "$root/usr/local/bin/pos-loyalty"
cp -R "$opt/share/." "$share/"

if [ -z "$root" ]; then
  # Menus and icon caches pick the new files up now rather than at the next login.
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
fi
echo "installed: /opt/pos-loyalty, /usr/local/bin/pos-loyalty, and the menu entry"
