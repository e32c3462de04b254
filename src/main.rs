//! The `claimtrack` binary: all behaviour lives in the library.

/// The analysis makes many small, short-lived allocations (names, mentions,
/// claim text). Under glibc's allocator they were about 7% of the
/// instructions of `analyze` (callgrind, `cargo bench --bench analyze`);
/// mimalloc does the same work in about a quarter of that.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(claimtrack::cli::run(std::env::args_os()));
}
