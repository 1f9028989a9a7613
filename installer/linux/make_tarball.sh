#!/bin/sh
# Pack the PyInstaller one-folder build into crm-desktop-<version>-linux-<arch>.tar.gz.
#   installer/linux/make_tarball.sh VERSION  (from the repository root, after PyInstaller;
#   `make installer` runs everything in order)
# Reads dist/crm-desktop/ and build/icons/; writes dist/crm-desktop-<version>-linux-<arch>.tar.gz.
set -eu
version=$1
arch=$(uname -m)
here=$(dirname "$(readlink -f "$0")")
root=$(dirname "$(dirname "$here")")
name="crm-desktop-$version-linux-$arch"
stage="$root/build/tarball/$name"

[ -x "$root/dist/crm-desktop/crm-desktop" ] || { echo "no dist/crm-desktop: run PyInstaller first" >&2; exit 1; }
rm -rf "$root/build/tarball"
mkdir -p "$stage"
cp -R "$root/dist/crm-desktop" "$stage/app"
install -m 755 "$here/crm-desktop.sh" "$stage/crm-desktop"
install -m 755 "$here/install.sh" "$here/uninstall.sh" "$stage/"
install -m 644 "$here/crm-desktop.desktop" "$stage/"
install -m 644 "$root/resources/icons/app.svg" "$stage/crm-desktop.svg"
install -m 644 "$root/build/icons/crm-desktop-256.png" "$stage/crm-desktop.png"
cat > "$stage/README.txt" <<TXT
crm-desktop $version for Linux ($arch)

Try it without installing:   ./crm-desktop
Install for your user:       ./install.sh      (menu entry + ~/.local/bin/crm-desktop)
Uninstall:                   ~/.local/lib/crm-desktop/uninstall.sh   (your data is kept)
Check that it works:         ./crm-desktop --self-test

Your data: ~/.local/share/crm-desktop/crm.sqlite3, daily backups in
~/.local/share/crm-desktop/backups/. Back up now: crm-desktop backup --out FILE
TXT
# Reproducible-ish archive: sorted names, no owner, the version's files only.
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$root/build/tarball" \
    -czf "$root/dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz ($(du -h "$root/dist/$name.tar.gz" | cut -f1))"
