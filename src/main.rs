//! The `claimtrack` binary: all behaviour lives in the library.

fn main() {
    std::process::exit(claimtrack::cli::run(std::env::args_os()));
}
