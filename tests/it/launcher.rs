//! The kiosk launcher starts the program in large mode and passes on its arguments.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

#[test]
fn the_launcher_starts_large_mode_with_the_given_arguments() {
    let dir = std::env::temp_dir().join(format!("rechtenwijzer-launcher-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fake = dir.join("fake-rechtenwijzer");
    std::fs::write(&fake, "#!/bin/sh\necho \"started with: $*\"\n").unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let output = Command::new("sh")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/kiosk-launcher.sh"))
        .args(["--lang", "fr"])
        .env("RECHTENWIJZER", &fake)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("TERM", "xterm")
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "started with: --large --lang fr");
    let missing = Command::new("sh")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/kiosk-launcher.sh"))
        .env("RECHTENWIJZER", "/no/such/program")
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cargo install --path ."));
}

#[test]
fn on_the_linux_console_the_launcher_loads_a_terminus_font_with_cyrillic_and_romanian() {
    let dir = std::env::temp_dir().join(format!("rechtenwijzer-launcher-console-{}", std::process::id()));
    let fonts = dir.join("fonts");
    std::fs::create_dir_all(&fonts).unwrap();
    // A fake program and a fake setfont that says which font it was given.
    let fake = dir.join("fake-rechtenwijzer");
    std::fs::write(&fake, "#!/bin/sh\necho \"started with: $*\"\n").unwrap();
    let setfont = dir.join("setfont");
    std::fs::write(&setfont, "#!/bin/sh\necho \"font: $1\"\n").unwrap();
    for file in [&fake, &setfont] {
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    for name in ["Lat15-TerminusBold32x16", "Uni3-Terminus24x12", "Uni3-TerminusBold32x16"] {
        std::fs::write(fonts.join(format!("{name}.psf.gz")), "").unwrap();
    }
    let output = Command::new("sh")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/kiosk-launcher.sh"))
        .env("RECHTENWIJZER", &fake)
        .env("KIOSK_CONSOLE_FONTS", &fonts)
        .env("PATH", format!("{}:{}", dir.display(), std::env::var("PATH").unwrap_or_default()))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("TERM", "linux")
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains("Uni3-TerminusBold32x16.psf.gz"), "{out}");
    assert!(out.trim_end().ends_with("started with: --large"), "{out}");
}
