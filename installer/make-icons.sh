#!/usr/bin/env bash
# Draws the application icon with ImageMagick and writes it in the sizes each platform wants:
# PNGs for Linux and the README (assets/), a multi-size .ico for Windows, and the iconset that
# macOS's iconutil turns into an .icns (run `iconutil -c icns` on a Mac; see README).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p assets installer/windows installer/macos/IntentWorkbench.iconset
big=assets/icon-1024.png
convert -size 1024x1024 xc:none \
  -fill '#0b5cad' -draw 'roundrectangle 64,64 960,960 180,180' \
  -fill '#1f7fe0' -draw 'roundrectangle 64,64 960,620 180,180' \
  -stroke '#ffffff' -strokewidth 56 -fill none \
  -draw 'polyline 220,720 400,560 540,640 800,330' \
  -fill '#ffd33d' -stroke none -draw 'circle 800,330 800,402' \
  -fill '#ffffff' -draw 'circle 220,720 220,752' -draw 'circle 400,560 400,592' -draw 'circle 540,640 540,672' \
  "$big"
for size in 16 32 48 64 128 256 512; do
  convert "$big" -resize ${size}x${size} "assets/icon-$size.png"
done
convert assets/icon-16.png assets/icon-32.png assets/icon-48.png assets/icon-64.png assets/icon-128.png \
  assets/icon-256.png installer/windows/intent-workbench.ico
for size in 16 32 128 256 512; do
  convert "$big" -resize ${size}x${size} "installer/macos/IntentWorkbench.iconset/icon_${size}x${size}.png"
  convert "$big" -resize $((size * 2))x$((size * 2)) "installer/macos/IntentWorkbench.iconset/icon_${size}x${size}@2x.png"
done
cp assets/icon-512.png installer/linux/intent-workbench.png
echo "icons written"
