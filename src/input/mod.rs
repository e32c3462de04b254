//! Reading an article from a file or standard input: decoding it, and
//! taking the article's text out of Markdown or a saved web page.
//!
//! Text is UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order
//! mark. Anything else is refused with the byte offset of the first bad byte,
//! and so is binary data (a NUL byte). Read [`Decoding::Lossy`], bad UTF-8
//! sequences and unpaired UTF-16 surrogates become U+FFFD instead; binary
//! data is refused all the same. A web page that is not UTF-8 is decoded by
//! the `<meta charset>` it declares.
//!
//! [`InputFormat`] says how the text is read: plain text as it is (its
//! offsets are the file's), Markdown without its markup ([`markdown`]), a web
//! page as its article's text ([`html`]). For the last two the article *is*
//! the extracted text: it is what is analysed and stored, and every offset
//! points into it.

pub mod html;
pub mod markdown;
mod paragraphs;

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
    #[error(
        "{path}: invalid {charset} text (the page declares charset {charset}; --lossy reads it with bad bytes replaced by U+FFFD)"
    )]
    InvalidCharset { path: String, charset: String },
    #[error("no article text found in {path}")]
    NoText { path: String },
}

/// How an input is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// By the extension (.txt, .md, .html ...), else by the content (a page
    /// starts with <!doctype html> or <html>)
    #[default]
    Auto,
    /// Plain text, as it is (offsets are the file's)
    Text,
    /// Markdown, without its markup
    Markdown,
    /// A saved web page: its article's text, without the page around it
    Html,
}

impl InputFormat {
    /// The format a file name's extension says, if it says one.
    ///
    /// `story.HTM` -> HTML; `story.md` -> Markdown; `story.json` -> none.
    pub fn of_file_name(name: &str) -> Option<InputFormat> {
        let (_, ext) = name.rsplit_once('.')?;
        match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(InputFormat::Text),
            "md" | "markdown" | "mdown" | "mkd" => Some(InputFormat::Markdown),
            "html" | "htm" | "xhtml" | "shtml" => Some(InputFormat::Html),
            _ => None,
        }
    }

    /// The format of bytes by their start: HTML when, after a byte-order
    /// mark, white space and comments, they open with `<!doctype html` or
    /// `<html` (any case); text otherwise.
    pub fn sniff(bytes: &[u8]) -> InputFormat {
        // A UTF-16 page: look at its first characters as text.
        let utf16: String;
        let mut b = bytes;
        if let [0xFF, 0xFE, rest @ ..] | [0xFE, 0xFF, rest @ ..] = bytes {
            let unit: Unit = if bytes[0] == 0xFF {
                u16::from_le_bytes
            } else {
                u16::from_be_bytes
            };
            let units = rest.chunks_exact(2).take(1024).map(|c| unit([c[0], c[1]]));
            utf16 = char::decode_utf16(units)
                .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect();
            b = utf16.as_bytes();
        }
        b = b.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(b);
        loop {
            b = b.trim_ascii_start();
            if let Some(rest) = b.strip_prefix(b"<!--") {
                match memchr::memmem::find(rest, b"-->") {
                    Some(end) => b = &rest[end + 3..],
                    None => return InputFormat::Text,
                }
            } else if let Some(rest) = b.strip_prefix(b"<?") {
                match memchr::memchr(b'>', rest) {
                    Some(end) => b = &rest[end + 1..],
                    None => return InputFormat::Text,
                }
            } else {
                break;
            }
        }
        let starts = |prefix: &[u8]| {
            b.len() >= prefix.len() && b[..prefix.len()].eq_ignore_ascii_case(prefix)
        };
        let html_tag = starts(b"<html")
            && b.get(5)
                .is_none_or(|&c| c == b'>' || c == b'/' || c.is_ascii_whitespace());
        if html_tag || starts(b"<!doctype html") {
            InputFormat::Html
        } else {
            InputFormat::Text
        }
    }
}

/// An article's text taken out of Markdown or a web page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// Paragraphs separated by blank lines; headings as `#` lines.
    pub text: String,
    pub title: Option<String>,
}

/// An article's text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The path as given, or `-` for standard input.
    pub source: String,
    /// The article's text: the file's text, or what was extracted from its
    /// Markdown or HTML. Offsets point into this.
    pub text: String,
    /// How it was read (never [`InputFormat::Auto`]).
    pub format: InputFormat,
    /// The title the markup gives (front matter, `og:title`, `<title>` ...).
    pub title: Option<String>,
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
    read_article(arg, decoding, InputFormat::Text)
}

/// Read `arg` (`-` for standard input) as an article in `format`
/// ([`InputFormat::Auto`]: by extension, else by content): its text, or the
/// text taken out of its Markdown or HTML. A page, or a Markdown file that
/// is not blank, that yields no article text (only headings, markup, front
/// matter) is an error.
pub fn read_article(
    arg: &str,
    decoding: Decoding,
    format: InputFormat,
) -> Result<Input, InputError> {
    let bytes = read_bytes(arg)?;
    let label = if arg == "-" { "<stdin>" } else { arg };
    let format = match format {
        InputFormat::Auto => (arg != "-")
            .then(|| {
                Path::new(arg)
                    .file_name()
                    .and_then(|n| n.to_str())
                    .and_then(InputFormat::of_file_name)
            })
            .flatten()
            .unwrap_or_else(|| InputFormat::sniff(&bytes)),
        f => f,
    };
    let text = match format {
        InputFormat::Html => decode_page(&bytes, decoding),
        _ => match decoding {
            Decoding::Strict => decode(&bytes),
            Decoding::Lossy => decode_lossy(&bytes),
        },
    }
    .map_err(|e| e.at(label))?;
    let no_text = || InputError::NoText { path: label.into() };
    let (text, title) = match format {
        InputFormat::Html => {
            let page = html::extract_page(&text).ok_or_else(no_text)?;
            (page.text, page.title)
        }
        InputFormat::Markdown => match markdown::extract_markdown(&text) {
            Some(md) => (md.text, md.title),
            // Blank: an empty article, as for text.
            None if text.trim().is_empty() => (String::new(), None),
            None => return Err(no_text()),
        },
        _ => (text, None),
    };
    Ok(Input {
        source: arg.to_string(),
        text,
        format,
        title,
    })
}

/// The bytes of a file, or of standard input for `-`.
fn read_bytes(arg: &str) -> Result<Vec<u8>, InputError> {
    Ok(if arg == "-" {
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
    })
}

/// Why bytes are not text; [`DecodeError::at`] names the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    InvalidUtf8(usize),
    InvalidUtf16,
    Binary(usize),
    /// Not valid in the encoding the page declares.
    InvalidCharset(&'static encoding_rs::Encoding),
}

impl DecodeError {
    fn at(self, path: &str) -> InputError {
        let path = path.to_string();
        match self {
            DecodeError::InvalidUtf8(offset) => InputError::InvalidUtf8 { path, offset },
            DecodeError::InvalidUtf16 => InputError::InvalidUtf16 { path },
            DecodeError::Binary(offset) => InputError::Binary { path, offset },
            DecodeError::InvalidCharset(encoding) => InputError::InvalidCharset {
                path,
                charset: encoding.name().to_string(),
            },
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

/// Decode a web page's bytes. A byte-order mark decides, else valid UTF-8
/// is UTF-8 (whatever the page declares: a saved page is often re-encoded),
/// else the `<meta charset>` of its first 1024 bytes (`windows-1252`,
/// `iso-8859-2`, `shift_jis` ...), else the rules of [`decode`] and
/// [`decode_lossy`]. Binary data is refused.
///
/// `b"<meta charset=windows-1252>caf\xE9"` -> `"<meta charset=windows-1252>café"`.
pub fn decode_page(bytes: &[u8], decoding: Decoding) -> Result<String, DecodeError> {
    let encoding = match decode(bytes) {
        Err(DecodeError::InvalidUtf8(offset)) => match declared_charset(bytes) {
            Some(encoding) => encoding,
            None if decoding == Decoding::Lossy => return decode_lossy(bytes),
            None => return Err(DecodeError::InvalidUtf8(offset)),
        },
        Err(DecodeError::InvalidUtf16) if decoding == Decoding::Lossy => {
            return decode_lossy(bytes);
        }
        other => return other,
    };
    match decoding {
        Decoding::Strict => encoding
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|text| text.into_owned())
            .ok_or(DecodeError::InvalidCharset(encoding)),
        Decoding::Lossy => Ok(encoding.decode_without_bom_handling(bytes).0.into_owned()),
    }
}

/// The legacy encoding a page's `<meta charset=...>` or `<meta
/// http-equiv=content-type content="...; charset=...">` names in its first
/// 1024 bytes; `None` for none, an unknown label, or UTF-8 and UTF-16 (which
/// a page that is not valid UTF-8 cannot be).
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = memchr::memmem::find(tag, b"charset=") {
            let value = &tag[c + 8..];
            let value = value
                .iter()
                .position(|b| !matches!(b, b'"' | b'\'' | b' '))
                .map_or(&value[value.len()..], |p| &value[p..]);
            let len = value
                .iter()
                .position(|b| {
                    matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace()
                })
                .unwrap_or(value.len());
            let encoding = encoding_rs::Encoding::for_label(&value[..len])?;
            let unicode = encoding == encoding_rs::UTF_8
                || encoding == encoding_rs::UTF_16LE
                || encoding == encoding_rs::UTF_16BE
                || encoding == encoding_rs::REPLACEMENT;
            return (!unicode).then_some(encoding);
        }
        from = end;
    }
    None
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
