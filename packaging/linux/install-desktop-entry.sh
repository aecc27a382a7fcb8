#!/bin/sh
# Put Appraisal Desk in this user's applications menu (and take it out with --remove).
# Run it from the unpacked folder: ./appraisal-desk/install-desktop-entry.sh
# It writes the menu entry and the icon under ~/.local/share; the app itself stays where it was
# unpacked, and the data folder (~/.local/share/AppraisalDesk) is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$share/applications/appraisal-desk.desktop"
png="$share/icons/hicolor/256x256/apps/appraisal-desk.png"
svg="$share/icons/hicolor/scalable/apps/appraisal-desk.svg"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$png" "$svg"
  echo "Removed Appraisal Desk from the menu (its data folder is kept)."
else
  if [ ! -x "$here/appraisal-desk" ]; then
    echo "error: $here/appraisal-desk not found: run this script from the unpacked folder" >&2
    exit 2
  fi
  icons="$here/_internal/resources/icons"
  mkdir -p "$(dirname "$entry")" "$(dirname "$png")" "$(dirname "$svg")"
  cp "$icons/appraisal-desk-256.png" "$png"
  cp "$icons/appraisal-desk.svg" "$svg"
  # The menu starts the app where it was unpacked (quoted: the path may hold spaces).
  sed "s|^Exec=.*|Exec=\"$here/appraisal-desk\"|" "$here/appraisal-desk.desktop" > "$entry"
  chmod 644 "$entry"
  echo "Added Appraisal Desk to the menu ($entry)."
fi
command -v update-desktop-database >/dev/null 2>&1 && \
  update-desktop-database -q "$share/applications" || true
