//! Finds the system liblouis through pkg-config and records where its tables are.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let library = match pkg_config::Config::new().atleast_version("3.20").probe("liblouis") {
        Ok(library) => library,
        Err(error) => {
            eprintln!("liblouis not found ({error}); run scripts/setup, which installs liblouis-dev");
            std::process::exit(1);
        }
    };
    let tables = pkg_config::get_variable("liblouis", "tablesdir").unwrap_or_default();
    println!("cargo:rustc-env=LIBLOUIS_TABLES_DIR={tables}");
    println!("cargo:rustc-env=LIBLOUIS_PKG_VERSION={}", library.version);
}
