//! Reading an article from a file or standard input, and decoding it.
//!
//! Text is UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order
//! mark. Anything else is refused with the byte offset of the first bad byte,
//! and so is binary data (a NUL byte). Read [`Decoding::Lossy`], bad UTF-8
//! sequences and unpaired UTF-16 surrogates become U+FFFD instead; binary
//! data is refused all the same.

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
    #[error(
        "{path}: invalid UTF-8 at byte {offset} (--lossy reads it with bad bytes replaced by U+FFFD)"
    )]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: invalid UTF-16 text (--lossy reads it with bad units replaced by U+FFFD)")]
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

/// How bytes that are not text are treated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Decoding {
    /// Refuse them, saying where they are.
    #[default]
    Strict,
    /// Replace each bad sequence with U+FFFD (binary data is still refused).
    Lossy,
}

/// Read `arg` (`-` for standard input) as text, refusing bytes that are not
/// text.
pub fn read_input(arg: &str) -> Result<Input, InputError> {
    read_input_as(arg, Decoding::Strict)
}

/// Read `arg` (`-` for standard input) as text, decoded as `decoding` says.
pub fn read_input_as(arg: &str, decoding: Decoding) -> Result<Input, InputError> {
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
    let text = match decoding {
        Decoding::Strict => decode(&bytes),
        Decoding::Lossy => decode_lossy(&bytes),
    }
    .map_err(|e| e.at(label))?;
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

/// Decode an article's bytes, replacing what is not text with U+FFFD: each
/// invalid UTF-8 sequence, each unpaired UTF-16 surrogate, and a last odd
/// byte of UTF-16. Binary data (a NUL) is refused as by [`decode`].
///
/// `b"caf\xE9"` -> `"caf\u{FFFD}"`.
pub fn decode_lossy(bytes: &[u8]) -> Result<String, DecodeError> {
    match decode(bytes) {
        Err(DecodeError::InvalidUtf8(_)) => {
            let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
            Ok(String::from_utf8_lossy(body).into_owned())
        }
        Err(DecodeError::InvalidUtf16) => {
            let (rest, unit): (&[u8], Unit) = match bytes {
                [0xFF, 0xFE, rest @ ..] => (rest, u16::from_le_bytes),
                [_, _, rest @ ..] => (rest, u16::from_be_bytes),
                _ => (&[], u16::from_be_bytes),
            };
            utf16_text(rest, unit, true)
        }
        other => other,
    }
}

/// Reads one UTF-16 code unit from its two bytes (little- or big-endian).
type Unit = fn([u8; 2]) -> u16;

fn decode_utf16(bytes: &[u8], unit: Unit) -> Result<String, DecodeError> {
    utf16_text(bytes, unit, false)
}

/// UTF-16 code units to text; `lossy` replaces unpaired surrogates and an odd
/// last byte with U+FFFD, else they are an error.
fn utf16_text(bytes: &[u8], unit: Unit, lossy: bool) -> Result<String, DecodeError> {
    let odd = !bytes.len().is_multiple_of(2);
    if odd && !lossy {
        return Err(DecodeError::InvalidUtf16);
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(bytes.len());
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(_) if lossy => text.push(char::REPLACEMENT_CHARACTER),
            Err(_) => return Err(DecodeError::InvalidUtf16),
        }
    }
    if odd {
        text.push(char::REPLACEMENT_CHARACTER);
    }
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
    fn lossy_replaces_bad_bytes_and_still_refuses_binary() {
        assert_eq!(decode_lossy(b"caf\xE9 ok").unwrap(), "caf\u{FFFD} ok");
        assert_eq!(decode_lossy(b"\xEF\xBB\xBFa\xFFb").unwrap(), "a\u{FFFD}b");
        assert_eq!(decode_lossy(b"plain").unwrap(), "plain");
        assert_eq!(decode_lossy(b"a\xFF\0"), Err(DecodeError::Binary(2)));
        // A lone high surrogate, then an odd last byte.
        assert_eq!(
            decode_lossy(&[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x42]).unwrap(),
            "\u{FFFD}A\u{FFFD}"
        );
        assert_eq!(
            decode_lossy(&[0xFE, 0xFF, 0xDC, 0x00, 0x00, 0x41]).unwrap(),
            "\u{FFFD}A"
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
