#!/usr/bin/env bash
# Builds the .deb, installs it with dpkg, starts the installed launcher under Xvfb, waits for the
# window on the sample data, takes a screenshot, trains the sample data with the installed
# command line, and removes the package again. Needs root (dpkg) and, from Debian's packages,
# xvfb, x11-utils and imagemagick. Takes a few minutes.
#
#   sudo installer/check-installed.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/installed-check}
mkdir -p "$out"
for tool in xvfb-run xwininfo import dpkg; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install xvfb x11-utils imagemagick"; exit 2; }
done

if [[ -z ${SKIP_BUILD:-} ]]; then
  mvn -B -q -Pinstaller package -DskipTests
fi
deb=$(ls target/installer/*.deb | head -1)
package=$(dpkg-deb -f "$deb" Package)
echo "installing $deb ($(du -h "$deb" | cut -f1))"
dpkg -i "$deb" >"$out/dpkg-install.log"
trap 'dpkg -r "$package" >"$out/dpkg-remove.log" 2>&1 || true' EXIT
launcher=$(dpkg -L "$package" | grep -E '/bin/[^/]+$' | head -1)
echo "launcher: $launcher"
dpkg -L "$package" | grep -E '\.desktop$' | sed 's/^/desktop entry: /'

# A fresh home, so that the check sees what a new user sees, and what the app writes there
# (Java takes the home folder from the user database, so it is also passed as user.home).
home=$(mktemp -d)
export HOME=$home JAVA_TOOL_OPTIONS="-Duser.home=$home"
xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
  "$1" >"$2/window.log" 2>&1 & pid=$!
  for i in $(seq 1 60); do
    sleep 0.5
    if xwininfo -root -tree | grep -qi "\"intent workbench[^\"]*\""; then
      sleep 6; import -window root "$2/installed-window.png"; echo "window open after $((i / 2)) s"
      kill $pid; exit 0
    fi
  done
  kill $pid; echo "no window within 30 s"; exit 1' _ "$launcher" "$out"

"$launcher" train "$home/.local/share/intent-workbench/sample/shopper-sessions.csv" \
  --out "$home/model.zip" --quiet 2>&1 | grep -v JAVA_TOOL_OPTIONS | tee "$out/installed-train.txt"
echo "the app wrote, in a fresh home:"
(cd "$home" && find . -maxdepth 4 | sort | sed 's/^/  /')
echo "screenshot: $out/installed-window.png"
