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
