//! The text encodings files know: UTF-8 (and `utf-8-sig`, which writes and skips a byte-order
//! mark), ASCII and Latin-1, with CPython's names, error handlers and error messages. All of them
//! are ASCII-compatible, which the text layer relies on: a newline is the byte `\n` or `\r`
//! whatever the encoding, so lines are found in the bytes before they are decoded.

use crate::objects::PyResult;
use crate::vm::Vm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
}

pub const BOM: &[u8] = b"\xef\xbb\xbf";

impl Codec {
    /// The codec for an encoding name as Python spells it (`UTF8`, `latin_1`, `us-ascii`).
    pub fn lookup(name: &str) -> Option<Codec> {
        let normalized = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        Some(match normalized.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Codec::Utf8,
            "utf-8-sig" | "utf8-sig" => Codec::Utf8Sig,
            "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" => Codec::Ascii,
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" => Codec::Latin1,
            _ => return None,
        })
    }

    /// The codec's own name (`codecs.lookup(name).name`), as the standard streams report it.
    pub fn canonical_name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "iso8859-1",
        }
    }

    /// The name in error messages.
    fn message_name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> crate::objects::PyErr {
    vm.new_exception(
        "LookupError",
        format!("unknown error handler name '{}'", errors),
    )
}

/// Encode `text`. gilt's strings hold no lone surrogates, so UTF-8 never fails.
pub fn encode(vm: &mut Vm, codec: Codec, text: &str, errors: &str) -> PyResult<Vec<u8>> {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => Ok(text.as_bytes().to_vec()),
        Codec::Ascii => {
            crate::objects::str::methods::encode_narrow(vm, text, "ascii", 0x80, errors)
        }
        Codec::Latin1 => {
            crate::objects::str::methods::encode_narrow(vm, text, "latin-1", 0x100, errors)
        }
    }
}

/// Decode `bytes` (all of them: a truncated character at the end is an error, "unexpected end
/// of data"). `surrogateescape` cannot make the lone surrogates CPython makes (gilt's strings are
/// UTF-8), so it decodes as `replace` does.
pub fn decode(vm: &mut Vm, codec: Codec, bytes: &[u8], errors: &str) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(bytes.iter().map(|b| *b as char).collect()),
        Codec::Ascii => {
            if bytes.is_ascii() {
                return Ok(String::from_utf8_lossy(bytes).into_owned());
            }
            let mut out = String::with_capacity(bytes.len());
            for (position, byte) in bytes.iter().enumerate() {
                if byte.is_ascii() {
                    out.push(*byte as char);
                    continue;
                }
                let reason = "ordinal not in range(128)";
                handle_decode_error(
                    vm,
                    codec,
                    bytes,
                    position,
                    position + 1,
                    reason,
                    errors,
                    &mut out,
                )?;
            }
            Ok(out)
        }
        Codec::Utf8 | Codec::Utf8Sig => {
            let mut out = String::with_capacity(bytes.len());
            let mut rest = bytes;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(valid) => {
                        out.push_str(valid);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let start = offset + good;
                        let (length, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => {
                                let lead = rest[good];
                                let invalid_start = matches!(lead, 0x80..=0xc1 | 0xf5..=0xff);
                                if invalid_start {
                                    (n, "invalid start byte")
                                } else {
                                    (n, "invalid continuation byte")
                                }
                            }
                        };
                        handle_decode_error(
                            vm,
                            codec,
                            bytes,
                            start,
                            start + length,
                            reason,
                            errors,
                            &mut out,
                        )?;
                        rest = &rest[good + length..];
                        offset = start + length;
                    }
                }
            }
        }
    }
}

/// Apply the error handler to the undecodable `bytes[start..end]`.
#[allow(clippy::too_many_arguments)]
fn handle_decode_error(
    vm: &mut Vm,
    codec: Codec,
    bytes: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" => {
            let what = if end - start == 1 {
                format!("byte 0x{:02x} in position {}", bytes[start], start)
            } else {
                format!("bytes in position {}-{}", start, end - 1)
            };
            let message = format!(
                "'{}' codec can't decode {}: {}",
                codec.message_name(),
                what,
                reason
            );
            Err(vm.new_exception("UnicodeDecodeError", message))
        }
        "ignore" => Ok(()),
        "replace" | "surrogateescape" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for byte in &bytes[start..end] {
                out.push_str(&format!("\\x{:02x}", byte));
            }
            Ok(())
        }
        other => Err(unknown_handler(vm, other)),
    }
}

/// `decode` of bytes the caller gives up: valid UTF-8 (or ASCII) becomes the string without a
/// copy.
pub fn decode_owned(vm: &mut Vm, codec: Codec, bytes: Vec<u8>, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => match String::from_utf8(bytes) {
            Ok(text) => Ok(text),
            Err(e) => decode(vm, codec, e.as_bytes(), errors),
        },
        Codec::Ascii if bytes.is_ascii() => Ok(String::from_utf8(bytes).unwrap_or_default()),
        _ => decode(vm, codec, &bytes, errors),
    }
}

/// How many bytes the UTF-8 character led by `lead` takes (1 for a byte that cannot lead one,
/// which the decoder then reports).
pub fn utf8_length(lead: u8) -> usize {
    match lead {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => 1,
    }
}
