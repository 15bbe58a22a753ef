//! Where the shared evaluation data is: `$NEWSX_DATA_DIR`, else
//! `../shared/data` beside the crate, else two levels up (a git worktree).
//! Tests that read it skip with a message when it is absent.

use std::path::PathBuf;

/// The shared data directory, or `None` (with a message on stderr saying
/// the test skips) when it is absent.
pub fn shared_data() -> Option<PathBuf> {
    let root = env!("CARGO_MANIFEST_DIR");
    let found = std::env::var_os("NEWSX_DATA_DIR")
        .map(PathBuf::from)
        .into_iter()
        .chain([
            PathBuf::from(format!("{root}/../shared/data")),
            PathBuf::from(format!("{root}/../../shared/data")),
        ])
        .find(|p| p.is_dir());
    if found.is_none() {
        eprintln!("skipping: ../shared/data not found (set NEWSX_DATA_DIR)");
    }
    found
}
