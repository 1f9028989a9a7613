#!/bin/sh
# Install crm-desktop for the current user (no root needed), into ~/.local:
#   ~/.local/lib/crm-desktop/                       the application
#   ~/.local/bin/crm-desktop                        the launcher (commands: crm-desktop --help)
#   ~/.local/share/applications/crm-desktop.desktop the menu entry
#   ~/.local/share/icons/hicolor/.../crm-desktop.*  the icon
# PREFIX=/some/where ./install.sh installs elsewhere. Re-running it upgrades in place.
# Your data (database, backups) lives elsewhere and is never touched by install or uninstall.
set -eu
src=$(dirname "$(readlink -f "$0")")
prefix=${PREFIX:-$HOME/.local}
lib="$prefix/lib/crm-desktop"
bin="$prefix/bin"
apps="$prefix/share/applications"
icons="$prefix/share/icons/hicolor"

if [ ! -x "$src/app/crm-desktop" ]; then
    echo "install.sh: $src/app/crm-desktop is missing; run me from the unpacked tarball" >&2
    exit 1
fi
mkdir -p "$prefix/lib" "$bin" "$apps" "$icons/scalable/apps" "$icons/256x256/apps"
# Copy to a fresh folder first, then swap: an interrupted upgrade leaves the old app working.
rm -rf "$lib.new"
cp -R "$src/app" "$lib.new"
rm -rf "$lib"
mv "$lib.new" "$lib"
install -m 755 "$src/crm-desktop" "$bin/crm-desktop"
install -m 644 "$src/crm-desktop.svg" "$icons/scalable/apps/crm-desktop.svg"
install -m 644 "$src/crm-desktop.png" "$icons/256x256/apps/crm-desktop.png"
sed "s|^Exec=crm-desktop|Exec=\"$bin/crm-desktop\"|" "$src/crm-desktop.desktop" \
    > "$apps/crm-desktop.desktop"
chmod 644 "$apps/crm-desktop.desktop"
install -m 755 "$src/uninstall.sh" "$lib/uninstall.sh"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true

echo "crm-desktop installed in $lib"
echo "Start it from your applications menu, or run: $bin/crm-desktop"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "(add $bin to your PATH to type just 'crm-desktop')" ;;
esac
