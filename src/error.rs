//! Typed library errors.

use std::fmt;
use std::path::{Path, PathBuf};

/// What went wrong, independent of which input it happened to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The path does not exist.
    NotFound,
    /// The path exists but may not be read.
    PermissionDenied,
    /// A directory was given where a file was expected.
    IsDirectory,
    /// Any other I/O failure while reading.
    Io,
    /// The input holds no bytes (or only a byte-order mark).
    Empty,
    /// The input looks like binary data (NUL bytes, control characters).
    Binary,
    /// The bytes could not be decoded as text in any supported encoding.
    Undecodable,
    /// The input is larger than the configured limit.
    TooLarge,
    /// A record of a JSON Lines input could not be parsed.
    BadRecord,
    /// An option value is invalid (for example a malformed `--ref-date`).
    InvalidArgument,
}

impl ErrorKind {
    /// Stable snake_case name used in JSON error records.
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::NotFound => "not_found",
            ErrorKind::PermissionDenied => "permission_denied",
            ErrorKind::IsDirectory => "is_directory",
            ErrorKind::Io => "io",
            ErrorKind::Empty => "empty",
            ErrorKind::Binary => "binary",
            ErrorKind::Undecodable => "undecodable",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::BadRecord => "bad_record",
            ErrorKind::InvalidArgument => "invalid_argument",
        }
    }
}

/// A library error: a kind, a human-readable reason and, when known, the path
/// of the input it concerns.
#[derive(Debug, Clone)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    path: Option<PathBuf>,
}

impl Error {
    /// Creates an error of `kind` with a reason.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            path: None,
        }
    }

    /// Attaches the path of the input this error concerns.
    pub fn with_path(mut self, path: impl AsRef<Path>) -> Error {
        self.path = Some(path.as_ref().to_path_buf());
        self
    }

    /// Builds an error from an I/O error while reading `path`.
    pub fn from_io(err: &std::io::Error, path: impl AsRef<Path>) -> Error {
        let kind = match err.kind() {
            std::io::ErrorKind::NotFound => ErrorKind::NotFound,
            std::io::ErrorKind::PermissionDenied => ErrorKind::PermissionDenied,
            std::io::ErrorKind::IsADirectory => ErrorKind::IsDirectory,
            _ => ErrorKind::Io,
        };
        let message = match kind {
            ErrorKind::NotFound => "no such file or directory".to_string(),
            ErrorKind::PermissionDenied => "permission denied".to_string(),
            ErrorKind::IsDirectory => "is a directory".to_string(),
            _ => err.to_string(),
        };
        Error::new(kind, message).with_path(path)
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The reason, without the path.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The input path, when the error concerns one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(p) => write!(f, "{}: {}", p.display(), self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

/// Result alias for this crate.
pub type Result<T> = std::result::Result<T, Error>;
