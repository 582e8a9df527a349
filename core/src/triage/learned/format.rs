//! The model file: a versioned binary format.
//!
//! ```text
//! magic      16 bytes  "CAREDESK-TRIAGE\n"
//! kind        1 byte   1 = topic and priority model, 2 = language identifier
//! version     4 bytes  FORMAT_VERSION, little-endian like every number below
//! length      8 bytes  of the payload
//! checksum    8 bytes  FNV-1a 64 of the payload
//! payload:
//!   labels: count u32, then per label its UTF-8 length u32 and bytes
//!   languages: the same
//!   flags u8 (bit 0: a priority head, bit 1: fall back to the built-in model)
//!   bits u8, heads u8, per head: classes u32, temperature f32
//!   bias: width × f32
//!   weights: 2^bits × width × f16 (IEEE half precision)
//! ```
//!
//! Weights are stored as half-precision floats (the model keeps them rounded
//! so, after training, so that a loaded model equals the saved one). The
//! format is a handful of lengths and arrays of numbers; writing it here keeps
//! it exact and needs no serialisation crate.

use half::f16;

use super::linear::{Head, Linear};
use crate::error::{Error, Result};

const MAGIC: &[u8; 16] = b"CAREDESK-TRIAGE\n";
/// The version of the model file format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// What a model file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Topics = 1,
    Languages = 2,
}

/// The parts of a model file.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Parts {
    pub labels: Vec<String>,
    pub languages: Vec<String>,
    pub flags: u8,
    pub linear: Linear,
}

/// Rounds every weight to half precision, as the file will store it.
pub(crate) fn round_to_stored(linear: &mut Linear) {
    for w in &mut linear.weights {
        *w = f16::from_f32(*w).to_f32();
    }
}

fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Writes a model file.
pub(crate) fn write(kind: Kind, parts: &Parts) -> Vec<u8> {
    let l = &parts.linear;
    let mut p = Vec::with_capacity(l.weights.len() * 2 + 4096);
    for list in [&parts.labels, &parts.languages] {
        p.extend_from_slice(&(list.len() as u32).to_le_bytes());
        for s in list.iter() {
            p.extend_from_slice(&(s.len() as u32).to_le_bytes());
            p.extend_from_slice(s.as_bytes());
        }
    }
    p.push(parts.flags);
    p.push(l.bits as u8);
    p.push(l.heads.len() as u8);
    for h in &l.heads {
        p.extend_from_slice(&(h.classes as u32).to_le_bytes());
        p.extend_from_slice(&h.temperature.to_le_bytes());
    }
    for b in &l.bias {
        p.extend_from_slice(&b.to_le_bytes());
    }
    for w in &l.weights {
        p.extend_from_slice(&f16::from_f32(*w).to_le_bytes());
    }
    let mut out = Vec::with_capacity(p.len() + 37);
    out.extend_from_slice(MAGIC);
    out.push(kind as u8);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(p.len() as u64).to_le_bytes());
    out.extend_from_slice(&fnv64(&p).to_le_bytes());
    out.extend_from_slice(&p);
    out
}

fn corrupt(problem: impl Into<String>) -> Error {
    Error::TriageModelFile {
        field: "model".into(),
        problem: problem.into(),
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8]> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end.ok_or_else(|| corrupt(format!("truncated in {what}")))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }
    fn u8(&mut self, what: &str) -> Result<u8> {
        Ok(self.take(1, what)?[0])
    }
    fn u32(&mut self, what: &str) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4, what)?.try_into().unwrap()))
    }
    fn f32(&mut self, what: &str) -> Result<f32> {
        let v = f32::from_le_bytes(self.take(4, what)?.try_into().unwrap());
        if v.is_finite() {
            Ok(v)
        } else {
            Err(corrupt(format!("{what} is not a finite number")))
        }
    }
    fn strings(&mut self, what: &str) -> Result<Vec<String>> {
        let n = self.u32(what)? as usize;
        if n > 10_000 {
            return Err(corrupt(format!("{what}: {n} entries")));
        }
        (0..n)
            .map(|_| {
                let len = self.u32(what)? as usize;
                let raw = self.take(len, what)?;
                String::from_utf8(raw.to_vec()).map_err(|_| corrupt(format!("{what}: not UTF-8")))
            })
            .collect()
    }
}

/// Reads a model file of `kind`.
///
/// # Errors
/// `triage.model_version` for a file of another format version;
/// `triage.model_file` for anything else that is not a whole, intact model
/// file of this kind (with what is wrong).
pub(crate) fn read(bytes: &[u8], kind: Kind) -> Result<Parts> {
    if bytes.len() < 37 || &bytes[..16] != MAGIC {
        return Err(corrupt("not a caredesk triage model file"));
    }
    let mut r = Reader { bytes, at: 16 };
    let found = r.u8("kind")?;
    if found != kind as u8 {
        return Err(corrupt(format!(
            "a model of kind {found}, expected {} ({})",
            kind as u8,
            match kind {
                Kind::Topics => "topics and priority",
                Kind::Languages => "languages",
            }
        )));
    }
    let version = r.u32("version")?;
    if version != FORMAT_VERSION {
        return Err(Error::TriageModelVersion {
            field: "model".into(),
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    let length = u64::from_le_bytes(r.take(8, "length")?.try_into().unwrap());
    let checksum = u64::from_le_bytes(r.take(8, "checksum")?.try_into().unwrap());
    let payload = &bytes[r.at..];
    if payload.len() as u64 != length {
        return Err(corrupt(format!(
            "truncated or padded: the payload is {} bytes, the header says {length}",
            payload.len()
        )));
    }
    if fnv64(payload) != checksum {
        return Err(corrupt("the checksum does not match: the file is damaged"));
    }
    let mut r = Reader {
        bytes: payload,
        at: 0,
    };
    let labels = r.strings("labels")?;
    let languages = r.strings("languages")?;
    let flags = r.u8("flags")?;
    let bits = u32::from(r.u8("bits")?);
    if !(8..=24).contains(&bits) {
        return Err(corrupt(format!("{bits} hash bits")));
    }
    let n_heads = r.u8("heads")? as usize;
    let mut heads = Vec::with_capacity(n_heads);
    let mut width = 0usize;
    for _ in 0..n_heads {
        let classes = r.u32("head classes")? as usize;
        let temperature = r.f32("head temperature")?;
        if classes > 100_000 || temperature <= 0.0 {
            return Err(corrupt("a head out of range"));
        }
        heads.push(Head {
            offset: width,
            classes,
            temperature,
        });
        width += classes;
    }
    let bias = (0..width)
        .map(|_| r.f32("bias"))
        .collect::<Result<Vec<_>>>()?;
    let count = (1usize << bits)
        .checked_mul(width)
        .ok_or_else(|| corrupt("size"))?;
    let raw = r.take(count * 2, "weights")?;
    if r.at != payload.len() {
        return Err(corrupt("bytes left over after the weights"));
    }
    let weights = raw
        .chunks_exact(2)
        .map(|c| f16::from_le_bytes([c[0], c[1]]).to_f32())
        .collect::<Vec<_>>();
    if weights.iter().any(|w| !w.is_finite()) {
        return Err(corrupt("a weight is not a finite number"));
    }
    Ok(Parts {
        labels,
        languages,
        flags,
        linear: Linear {
            bits,
            heads,
            width,
            weights,
            bias,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Parts {
        let mut linear = Linear::zeros(8, &[2, 4]);
        linear.weights[3] = 0.5;
        linear.bias[1] = -0.25;
        linear.heads[0].temperature = 1.5;
        Parts {
            labels: vec!["a".into(), "b".into()],
            languages: vec!["en".into()],
            flags: 3,
            linear,
        }
    }

    #[test]
    fn round_trips_and_refuses_damage() {
        let bytes = write(Kind::Topics, &sample());
        assert_eq!(read(&bytes, Kind::Topics).unwrap(), sample());
        let e = read(&bytes[..bytes.len() - 1], Kind::Topics).unwrap_err();
        assert_eq!(e.code(), "triage.model_file");
        assert!(e.to_string().contains("truncated"), "{e}");
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(
            read(&flipped, Kind::Topics)
                .unwrap_err()
                .to_string()
                .contains("checksum")
        );
        let mut other = bytes.clone();
        other[17..21].copy_from_slice(&99u32.to_le_bytes());
        let e = read(&other, Kind::Topics).unwrap_err();
        assert_eq!(e.code(), "triage.model_version");
        assert_eq!(
            read(&bytes, Kind::Languages).unwrap_err().code(),
            "triage.model_file"
        );
        assert_eq!(
            read(b"hello", Kind::Topics).unwrap_err().code(),
            "triage.model_file"
        );
    }
}
