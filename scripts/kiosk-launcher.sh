#!/bin/sh
# Start Rechtenwijzer in large type on a kiosk (digibank PC, shared computer).
#
# A program cannot make a terminal's font larger, so this launcher starts the terminal with a
# big font: foot or xterm under a graphical session (for example `cage -- scripts/kiosk-launcher.sh`
# for a single-window kiosk), or the Linux console's 32-pixel Terminus font (Uni3: Latin,
# Romanian and Cyrillic letters). The interview
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

# The Linux console: the biggest Terminus font of console-setup whose character set (Uni3)
# covers Latin with the Romanian, Polish and Turkish letters and Cyrillic (Ukrainian); the
# program marks the languages it cannot show (Arabic) in its language list. KIOSK_CONSOLE_FONTS
# is the folder of console fonts (default /usr/share/consolefonts).
if [ "${TERM:-}" = "linux" ] && command -v setfont >/dev/null 2>&1; then
    fonts="${KIOSK_CONSOLE_FONTS:-/usr/share/consolefonts}"
    for name in Uni3-TerminusBold32x16 Uni3-Terminus32x16 Uni3-TerminusBold28x14 Uni3-Terminus24x12; do
        if [ -r "$fonts/$name.psf.gz" ]; then
            setfont "$fonts/$name.psf.gz" || true
            break
        fi
    done
fi
exec "$program" --large "$@"
