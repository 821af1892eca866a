#!/bin/sh
# Start Rechtenwijzer in large type on a kiosk (digibank PC, shared computer).
#
# A program cannot make a terminal's font larger, so this launcher starts the terminal with a
# big font: foot or xterm under a graphical session (for example `cage -- scripts/kiosk-launcher.sh`
# for a single-window kiosk), or the Linux console's 32-pixel Terminus font. The interview
# itself starts in large mode, laid out for 40x12.
#
# Settings (environment): RECHTENWIJZER (the program, default: rechtenwijzer on PATH),
# KIOSK_FONT_SIZE (points for foot/xterm, default 28), and any extra arguments are passed on,
# e.g. `scripts/kiosk-launcher.sh --lang fr --theme contrast-dark`.
set -eu

program="${RECHTENWIJZER:-rechtenwijzer}"
size="${KIOSK_FONT_SIZE:-28}"

if ! command -v "$program" >/dev/null 2>&1; then
    echo "kiosk-launcher: $program not found; install it with 'cargo install --path .' or set RECHTENWIJZER" >&2
    exit 2
fi

if [ -n "${WAYLAND_DISPLAY:-}${DISPLAY:-}" ]; then
    if command -v foot >/dev/null 2>&1; then
        exec foot --font "monospace:size=$size" -- "$program" --large "$@"
    fi
    if command -v xterm >/dev/null 2>&1; then
        exec xterm -fa Monospace -fs "$size" -e "$program" --large "$@"
    fi
    echo "kiosk-launcher: install foot or xterm for a big font" >&2
    exit 2
fi

# The Linux console: the biggest Terminus font from console-setup, then the program.
if [ "${TERM:-}" = "linux" ] && command -v setfont >/dev/null 2>&1; then
    for font in /usr/share/consolefonts/Lat15-TerminusBold32x16.psf.gz /usr/share/consolefonts/Lat15-Terminus32x16.psf.gz; do
        if [ -r "$font" ]; then
            setfont "$font" || true
            break
        fi
    done
fi
exec "$program" --large "$@"
