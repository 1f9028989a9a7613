#!/bin/sh
# Launcher of the frozen crm-desktop: runs the one-folder app next to (or installed with) it.
# The app folder is ./app beside this script, or ~/.local/lib/crm-desktop once installed.
here=$(dirname "$(readlink -f "$0")")
for app in "$here/app" "$here/../lib/crm-desktop"; do
    if [ -x "$app/crm-desktop" ]; then
        exec "$app/crm-desktop" "$@"
    fi
done
echo "crm-desktop: the application folder was not found next to $0" >&2
exit 127
