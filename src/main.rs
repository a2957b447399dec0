//! The `ballot-access` command; everything happens in the library's `cli`.

fn main() {
    std::process::exit(ballot_access::cli::main());
}
