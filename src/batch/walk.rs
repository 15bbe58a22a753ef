//! Expanding the inputs of a run: paths as given (files, `-`), folders walked
//! recursively in sorted order, lazily, so that a huge tree is never held in
//! memory.
//!
//! In folders, entries are visited in byte order of their names (so the run
//! order is that of the sorted paths); files whose name starts with `.` and
//! hidden folders are skipped unless asked; `--glob` patterns filter the
//! files found in folders (a pattern without `/` matches the file name, one
//! with `/` the path below the folder). Symbolic links are followed; a link
//! that leads back to one of its own ancestors is skipped with a notice.

use crate::error::{Error, ErrorKind};
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::path::{Path, PathBuf};

/// One input of a run.
#[derive(Debug)]
pub enum Item {
    /// A file to read (`-` is standard input).
    Path(PathBuf),
    /// An entry of a folder that could not be visited.
    Failed(PathBuf, Error),
}

/// How folders are walked.
#[derive(Debug, Default, Clone)]
pub struct WalkOptions {
    /// Patterns matched against file names (no `/` in the pattern).
    names: Option<GlobSet>,
    /// Patterns matched against the path below the folder.
    paths: Option<GlobSet>,
    /// Visit hidden files and folders (names starting with `.`).
    pub hidden: bool,
}

impl WalkOptions {
    /// Builds the options from `--glob` patterns and `--hidden`.
    pub fn new(globs: &[String], hidden: bool) -> Result<WalkOptions, Error> {
        let mut names = GlobSetBuilder::new();
        let mut paths = GlobSetBuilder::new();
        let (mut n_names, mut n_paths) = (0, 0);
        for g in globs {
            let glob = Glob::new(g).map_err(|e| {
                Error::new(ErrorKind::InvalidArgument, format!("bad --glob {g:?}: {e}"))
            })?;
            if g.contains('/') {
                paths.add(glob);
                n_paths += 1;
            } else {
                names.add(glob);
                n_names += 1;
            }
        }
        let build = |b: GlobSetBuilder, n: usize| -> Result<Option<GlobSet>, Error> {
            if n == 0 {
                return Ok(None);
            }
            b.build()
                .map(Some)
                .map_err(|e| Error::new(ErrorKind::InvalidArgument, format!("bad --glob: {e}")))
        };
        Ok(WalkOptions {
            names: build(names, n_names)?,
            paths: build(paths, n_paths)?,
            hidden,
        })
    }

    /// Whether a file found at `rel` (relative to its folder) is selected.
    pub fn selects(&self, rel: &Path) -> bool {
        if self.names.is_none() && self.paths.is_none() {
            return true;
        }
        let name_ok = match (&self.names, rel.file_name()) {
            (Some(set), Some(name)) => set.is_match(name),
            _ => false,
        };
        name_ok || self.paths.as_ref().is_some_and(|set| set.is_match(rel))
    }
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0 && entry.file_name().as_encoded_bytes().first() == Some(&b'.')
}

/// A folder walk that skips hidden entries (or not).
type Walk = walkdir::FilterEntry<walkdir::IntoIter, fn(&walkdir::DirEntry) -> bool>;

/// The inputs behind a sequence of paths, lazily.
pub struct Inputs<I> {
    roots: I,
    opts: WalkOptions,
    walk: Option<(PathBuf, Walk)>,
    notice: Box<dyn FnMut(&str) + Send>,
}

/// Expands `roots` (files, `-`, folders) into the inputs of a run. `notice`
/// receives the messages about what is skipped (symlink loops).
pub fn inputs<I: Iterator<Item = PathBuf>>(
    roots: I,
    opts: WalkOptions,
    notice: Box<dyn FnMut(&str) + Send>,
) -> Inputs<I> {
    Inputs {
        roots,
        opts,
        walk: None,
        notice,
    }
}

impl<I: Iterator<Item = PathBuf>> Iterator for Inputs<I> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some((root, walk)) = &mut self.walk {
                match walk.next() {
                    Some(Ok(entry)) => {
                        if entry.file_type().is_dir() {
                            continue;
                        }
                        let rel = entry.path().strip_prefix(&*root).unwrap_or(entry.path());
                        if self.opts.selects(rel) {
                            return Some(Item::Path(entry.into_path()));
                        }
                        continue;
                    }
                    Some(Err(err)) => {
                        let path = err.path().unwrap_or(root).to_path_buf();
                        if err.loop_ancestor().is_some() {
                            (self.notice)(&format!(
                                "{}: skipping a symbolic link loop",
                                path.display()
                            ));
                            continue;
                        }
                        let e = match err.io_error() {
                            Some(io) => Error::from_io(io, &path),
                            None => Error::new(ErrorKind::Io, err.to_string()).with_path(&path),
                        };
                        return Some(Item::Failed(path, e));
                    }
                    None => self.walk = None,
                }
            }
            let root = self.roots.next()?;
            if root.as_os_str() != "-" && root.is_dir() {
                let filter: fn(&walkdir::DirEntry) -> bool = if self.opts.hidden {
                    |_| true
                } else {
                    |e| !is_hidden(e)
                };
                let walk = walkdir::WalkDir::new(&root)
                    .follow_links(true)
                    // Siblings' paths are their folder's path, `/` and their
                    // names: compared whole, they are in the order of their
                    // names (byte order), without taking each name out of its
                    // path again at every comparison (`Path::file_name`).
                    .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
                    .into_iter()
                    .filter_entry(filter);
                self.walk = Some((root, walk));
                continue;
            }
            return Some(Item::Path(root));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_select_files() {
        let cases: &[(&[&str], &str, bool)] = &[
            (&[], "a/b.txt", true),
            (&["*.txt"], "a/b.txt", true),
            (&["*.txt"], "a/b.html", false),
            (&["*.txt", "*.htm?"], "b.html", true),
            (&["a/*.txt"], "a/b.txt", true),
            (&["a/*.txt"], "c/b.txt", false),
            (&["**/2015/*"], "x/2015/b", true),
        ];
        for (globs, path, want) in cases {
            let globs: Vec<String> = globs.iter().map(|s| s.to_string()).collect();
            let opts = WalkOptions::new(&globs, false).unwrap();
            assert_eq!(opts.selects(Path::new(path)), *want, "{globs:?} {path}");
        }
        assert!(WalkOptions::new(&["a[".to_string()], false).is_err());
    }

    #[test]
    fn siblings_come_in_the_byte_order_of_their_names() {
        let dir = tempfile::tempdir().unwrap();
        let names = [
            "a", "a.txt", "a-b", "ab", "a b", "B", "b", "ب", "بب", "ا", "0", "00", "1.txt", "~x",
        ];
        for sub in ["", "sub/", "sub/deeper/"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
            for n in names {
                std::fs::write(dir.path().join(format!("{sub}{n}")), "x").unwrap();
            }
        }
        let opts = WalkOptions::new(&[], false).unwrap();
        let got: Vec<PathBuf> = inputs(
            vec![dir.path().to_path_buf()].into_iter(),
            opts,
            Box::new(|_| {}),
        )
        .map(|i| match i {
            Item::Path(p) => p.strip_prefix(dir.path()).unwrap().to_path_buf(),
            Item::Failed(p, e) => panic!("{p:?}: {e}"),
        })
        .collect();
        // Each folder's entries by name, a folder's own before its next sibling.
        let mut sorted: Vec<&str> = names.iter().copied().chain(["sub"]).collect();
        sorted.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        let mut want = Vec::new();
        for n in &sorted {
            if *n == "sub" {
                let mut inner: Vec<&str> = names.iter().copied().chain(["deeper"]).collect();
                inner.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
                for m in inner {
                    if m == "deeper" {
                        for k in names
                            .iter()
                            .copied()
                            .collect::<std::collections::BTreeSet<_>>()
                        {
                            want.push(PathBuf::from(format!("sub/deeper/{k}")));
                        }
                    } else {
                        want.push(PathBuf::from(format!("sub/{m}")));
                    }
                }
            } else {
                want.push(PathBuf::from(n));
            }
        }
        assert_eq!(got, want);
    }

    #[test]
    fn walks_sorted_skipping_hidden_and_loops() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("b/c")).unwrap();
        std::fs::create_dir_all(d.join(".git")).unwrap();
        for f in [
            "b/c/z.txt",
            "b/a.txt",
            "a.txt",
            ".hidden.txt",
            ".git/x.txt",
            "b.html",
        ] {
            std::fs::write(d.join(f), "x").unwrap();
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink(d.join("b"), d.join("b/c/loop")).unwrap();
        let run = |hidden: bool, globs: &[&str]| -> Vec<String> {
            let globs: Vec<String> = globs.iter().map(|s| s.to_string()).collect();
            let opts = WalkOptions::new(&globs, hidden).unwrap();
            let roots = vec![d.to_path_buf(), PathBuf::from("-")].into_iter();
            inputs(roots, opts, Box::new(|_| {}))
                .map(|i| match i {
                    Item::Path(p) => p
                        .strip_prefix(d)
                        .unwrap_or(&p)
                        .to_string_lossy()
                        .into_owned(),
                    Item::Failed(p, e) => format!("failed {} {e}", p.display()),
                })
                .collect()
        };
        assert_eq!(
            run(false, &[]),
            ["a.txt", "b/a.txt", "b/c/z.txt", "b.html", "-"]
        );
        assert_eq!(
            run(true, &["*.txt"]),
            [
                ".git/x.txt",
                ".hidden.txt",
                "a.txt",
                "b/a.txt",
                "b/c/z.txt",
                "-"
            ]
        );
    }
}
