//! Rebuild when content or messages change: they are embedded in the binary, and a file added
//! to a folder would otherwise go unnoticed.

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
}
