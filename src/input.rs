//! Reading an article from a file or standard input, and decoding it.
//!
//! Text is UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order
//! mark. Anything else is refused with the byte offset of the first bad byte,
//! and so is binary data (a NUL byte).

use std::io::Read;
use std::path::Path;

use thiserror::Error;

/// Why an input could not be read as text.
#[derive(Debug, Error)]
pub enum InputError {
    #[error("{path}: no such file")]
    Missing { path: String },
    #[error("{path}: is a directory, not a file")]
    Directory { path: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: invalid UTF-8 at byte {offset}")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: invalid UTF-16 text")]
    InvalidUtf16 { path: String },
    #[error("{path}: binary data (NUL byte at byte {offset}), not an article")]
    Binary { path: String, offset: usize },
}

/// An article's text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The path as given, or `-` for standard input.
    pub source: String,
    pub text: String,
}

impl Input {
    /// The file name without directories, or `None` for standard input.
    pub fn file_name(&self) -> Option<&str> {
        if self.source == "-" {
            return None;
        }
        Path::new(&self.source).file_name().and_then(|n| n.to_str())
    }
}

/// Read `arg` (`-` for standard input) as text.
pub fn read_input(arg: &str) -> Result<Input, InputError> {
    let bytes = if arg == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(|source| InputError::Io {
                path: "<stdin>".into(),
                source,
            })?;
        buf
    } else {
        let path = Path::new(arg);
        if path.is_dir() {
            return Err(InputError::Directory { path: arg.into() });
        }
        std::fs::read(path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => InputError::Missing { path: arg.into() },
            _ => InputError::Io {
                path: arg.into(),
                source,
            },
        })?
    };
    let label = if arg == "-" { "<stdin>" } else { arg };
    let text = decode(&bytes).map_err(|e| e.at(label))?;
    Ok(Input {
        source: arg.to_string(),
        text,
    })
}

/// Why bytes are not text; [`DecodeError::at`] names the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    InvalidUtf8(usize),
    InvalidUtf16,
    Binary(usize),
}

impl DecodeError {
    fn at(self, path: &str) -> InputError {
        let path = path.to_string();
        match self {
            DecodeError::InvalidUtf8(offset) => InputError::InvalidUtf8 { path, offset },
            DecodeError::InvalidUtf16 => InputError::InvalidUtf16 { path },
            DecodeError::Binary(offset) => InputError::Binary { path, offset },
        }
    }
}

/// Decode an article's bytes.
///
/// `b"\xEF\xBB\xBFHi"` -> `"Hi"`; `b"a\0b"` -> binary at byte 1.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    let (body, bom) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => (rest, 3),
        None => (bytes, 0),
    };
    if let Some(nul) = memchr::memchr(0, body) {
        return Err(DecodeError::Binary(nul + bom));
    }
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => Err(DecodeError::InvalidUtf8(e.valid_up_to() + bom)),
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::InvalidUtf16);
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let text: String = char::decode_utf16(units)
        .collect::<Result<_, _>>()
        .map_err(|_| DecodeError::InvalidUtf16)?;
    if let Some(nul) = text.find('\0') {
        return Err(DecodeError::Binary(nul));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"Hello").unwrap(), "Hello");
        assert_eq!(decode(b"\xEF\xBB\xBFHello").unwrap(), "Hello");
    }

    #[test]
    fn invalid_utf8_says_where() {
        assert_eq!(decode(b"abc\xFFdef"), Err(DecodeError::InvalidUtf8(3)));
        assert_eq!(
            decode(b"\xEF\xBB\xBFab\xC3"),
            Err(DecodeError::InvalidUtf8(5))
        );
    }

    #[test]
    fn nul_means_binary() {
        assert_eq!(decode(b"ab\0cd"), Err(DecodeError::Binary(2)));
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&le).unwrap(), "Hé");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hé".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(decode(&be).unwrap(), "Hé");
        assert_eq!(decode(&[0xFF, 0xFE, 0x41]), Err(DecodeError::InvalidUtf16));
    }
}
