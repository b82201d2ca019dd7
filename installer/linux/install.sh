#!/bin/sh
# Install PeerDesk for you alone, without root: run ./install.sh in the unpacked folder.
# Remove it again with:  ~/.local/lib/peerdesk/install.sh --uninstall
#
# Where things go (nothing outside your home folder is touched):
#   the app                        ~/.local/lib/peerdesk/
#   the command                    ~/.local/bin/peerdesk
#   menu entry, file type, icons   ~/.local/share/applications, mime, icons
#                                  ($XDG_DATA_HOME instead of ~/.local/share when it is set)
# Your program files, and PeerDesk's backups and logs in ~/.local/share/PeerDesk, are
# yours: neither installing nor removing PeerDesk changes them.
set -eu

APP_ID=peerdesk
MIME_TYPE=application/x-peerdesk
DATA_HOME=${XDG_DATA_HOME:-"$HOME/.local/share"}
CONFIG_HOME=${XDG_CONFIG_HOME:-"$HOME/.config"}
APP_DIR="$HOME/.local/lib/$APP_ID"
BIN_DIR="$HOME/.local/bin"
MANIFEST=installed-files.txt # in APP_DIR: what was put outside it, to remove on uninstall
HERE=$(cd "$(dirname "$0")" && pwd)

say() { printf '%s\n' "$*"; }
fail() {
    printf 'install.sh: %s\n' "$*" >&2
    exit 1
}

# Tell the desktop about the menu entry, the file type and the icons. Each tool is
# optional: without them the desktop notices at the next log-in.
refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$DATA_HOME/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$DATA_HOME/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

# A path for a desktop entry's Exec line: in double quotes, with ", `, $ and \ escaped.
exec_quoted() {
    printf '"%s"' "$(printf '%s' "$1" | sed 's/[\\"`$]/\\&/g')"
}

# A string to put on the right of a sed s||| command as it is.
sed_literal() {
    printf '%s' "$1" | sed 's/[\\|&]/\\&/g'
}

uninstall() {
    [ -d "$APP_DIR" ] || fail "PeerDesk is not installed in $APP_DIR."
    if [ -f "$APP_DIR/$MANIFEST" ]; then
        while IFS= read -r path; do
            case "$path" in
            "$BIN_DIR/$APP_ID")
                # Only our own link: a peerdesk command installed another way stays.
                if [ -L "$path" ] && [ "$(readlink "$path")" = "$APP_DIR/$APP_ID" ]; then
                    rm -f "$path"
                fi
                ;;
            "$HOME"/*) rm -f "$path" ;;
            esac
        done <"$APP_DIR/$MANIFEST"
    fi
    if [ -f "$CONFIG_HOME/mimeapps.list" ]; then
        # The default-application line install.sh added; the user's other choices stay.
        sed -i "\\|^$MIME_TYPE=$APP_ID.desktop;\\{0,1\\}\$|d" "$CONFIG_HOME/mimeapps.list" || true
    fi
    rm -rf "$APP_DIR"
    refresh
    say "PeerDesk is removed. Your program files, backups and logs are kept."
}

do_install() {
    [ -x "$HERE/$APP_ID" ] && [ -d "$HERE/_internal" ] ||
        fail "run install.sh from the unpacked PeerDesk folder (no $APP_ID app beside it)."
    mkdir -p "$(dirname "$APP_DIR")" "$BIN_DIR" "$DATA_HOME/applications" \
        "$DATA_HOME/mime/packages"

    # The app folder: copied beside the old one first, then swapped in, so a failed
    # copy (a full disk) leaves the installed version as it was.
    if [ "$HERE" != "$APP_DIR" ]; then
        new="$APP_DIR.new-$$"
        old="$APP_DIR.old-$$"
        trap 'rm -rf "$new"' EXIT
        rm -rf "$new"
        cp -R -P "$HERE" "$new"
        if [ -e "$APP_DIR" ]; then
            mv "$APP_DIR" "$old"
        fi
        mv "$new" "$APP_DIR"
        rm -rf "$old"
        trap - EXIT
    fi

    exe="$APP_DIR/$APP_ID"
    : >"$APP_DIR/$MANIFEST"
    remember() { printf '%s\n' "$1" >>"$APP_DIR/$MANIFEST"; }

    # The command, unless another peerdesk command is there already.
    link="$BIN_DIR/$APP_ID"
    if [ -L "$link" ] || [ ! -e "$link" ]; then
        ln -sfn "$exe" "$link"
        remember "$link"
    else
        say "Left $link as it is (it is not PeerDesk's link); run $exe instead."
    fi

    # The menu entry, starting the installed app on a double-clicked file.
    entry="$DATA_HOME/applications/$APP_ID.desktop"
    sed -e "s|^Exec=.*|Exec=$(sed_literal "$(exec_quoted "$exe")") %f|" \
        -e "s|^TryExec=.*|TryExec=$(sed_literal "$exe")|" \
        "$APP_DIR/share/applications/$APP_ID.desktop" >"$entry"
    remember "$entry"

    # The .peerdesk file type.
    cp "$APP_DIR/share/mime/packages/$APP_ID.xml" "$DATA_HOME/mime/packages/$APP_ID.xml"
    remember "$DATA_HOME/mime/packages/$APP_ID.xml"

    # The icons of the app and of its files.
    (cd "$APP_DIR/share" && find icons -type f) | while IFS= read -r icon; do
        mkdir -p "$(dirname "$DATA_HOME/$icon")"
        cp "$APP_DIR/share/$icon" "$DATA_HOME/$icon"
        remember "$DATA_HOME/$icon"
    done

    refresh
    # PeerDesk opens .peerdesk files when they are double-clicked.
    if command -v xdg-mime >/dev/null 2>&1; then
        xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" >/dev/null 2>&1 || true
    fi

    say "PeerDesk is installed in $APP_DIR."
    say "Start it from your applications menu, by double-clicking a .peerdesk file, or with:"
    say "  $link"
    case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) say "($BIN_DIR is not on your PATH, so type the whole path above, or add it.)" ;;
    esac
    say "To remove PeerDesk: $APP_DIR/install.sh --uninstall"
}

case "${1:-}" in
"") do_install ;;
--uninstall) uninstall ;;
-h | --help)
    sed -n '2,11s/^# \{0,1\}//p' "$0"
    ;;
*) fail "unknown option $1 (use --uninstall to remove PeerDesk, or nothing to install it)" ;;
esac
