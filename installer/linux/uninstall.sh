#!/bin/sh
# Remove crm-desktop installed by install.sh (same PREFIX, default ~/.local).
# Your data is kept: the database and its backups stay in ~/.local/share/crm-desktop
# (delete that folder yourself if you really want them gone).
set -eu
prefix=${PREFIX:-$HOME/.local}
rm -rf "$prefix/lib/crm-desktop" "$prefix/lib/crm-desktop.new"
rm -f "$prefix/bin/crm-desktop" \
    "$prefix/share/applications/crm-desktop.desktop" \
    "$prefix/share/icons/hicolor/scalable/apps/crm-desktop.svg" \
    "$prefix/share/icons/hicolor/256x256/apps/crm-desktop.png"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$prefix/share/applications" || true
echo "crm-desktop removed from $prefix. Your data was kept (see the README: where data lives)."
