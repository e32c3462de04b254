//! The trained check-worthiness model: a linear model over a sentence's
//! features and its neighbours', its file format, and its explanations.
//!
//! A sentence's log-odds are the bias, plus the weights of its own hashed
//! n-grams (their sum divided by the square root of their number) and
//! named features, plus context weights for the n-grams and named features
//! of the sentence before and the sentence after. (The shipped model has
//! no context weights: on the debates they lowered the validated MAP; its
//! context tables are one zero slot each, which scoring skips.) A
//! calibration (`scale * logit + shift`) maps that to the product's score,
//! so that 0.5 is the point where a sentence is as likely check-worthy as
//! not when both kinds are equally common (see `examples/train.rs`).
//!
//! Scoring a document is one pass over its bytes with no allocation per
//! word ([`Model::values`]); [`Model::explained`] also keeps each
//! sentence's strongest n-grams either way and names them.
//!
//! The weights ship in `src/score/checkworthy.bin` ([`Model::from_bytes`]):
//! a magic string, the format and feature versions, the table sizes, then
//! the weights, hashed ones as 16-bit integers with one scale per table,
//! and a checksum.

use std::borrow::Cow;

use super::features::{self, Dense, Gram, Hashed, N_DENSE, Named};
use super::{Reason, Score, Signals, Unit};

/// The file starts with these bytes.
pub const MAGIC: &[u8; 8] = b"CTRKCWM\0";
/// The layout of the file; bump when it changes.
pub const FORMAT: u32 = 1;

/// One table of hashed weights, with the scale that turns a stored value
/// into log-odds (1 for the `f32` tables of training).
#[derive(Debug, Clone, PartialEq)]
pub struct Table<T> {
    pub bits: u32,
    pub scale: f32,
    pub values: Vec<T>,
}

/// A stored weight, and what a sentence's weights add up in: the shipped
/// model's `i16` in an `i64`, exactly, scaled once per sentence instead of
/// converted and scaled for every n-gram; training's `f32` in an `f32`.
pub trait Stored: Copy + Default + Into<f32> {
    type Sum: Copy + Default + std::ops::AddAssign;
    fn widen(self) -> Self::Sum;
    fn sum_f32(sum: Self::Sum) -> f32;
}

impl Stored for i16 {
    type Sum = i64;
    #[inline]
    fn widen(self) -> i64 {
        i64::from(self)
    }
    #[inline]
    fn sum_f32(sum: i64) -> f32 {
        sum as f32
    }
}

impl Stored for f32 {
    type Sum = f32;
    #[inline]
    fn widen(self) -> f32 {
        self
    }
    #[inline]
    fn sum_f32(sum: f32) -> f32 {
        sum
    }
}

impl<T: Stored> Table<T> {
    /// An all-zero table of `2^bits` slots.
    pub fn zeros(bits: u32) -> Self {
        Table {
            bits,
            scale: 1.0,
            values: vec![T::default(); 1 << bits],
        }
    }

    /// The slot of a feature hash: its top bits.
    #[inline]
    pub fn slot(&self, hash: u64) -> usize {
        (hash >> (64 - self.bits)) as usize
    }

    /// The weight of a feature hash, in log-odds.
    #[inline]
    pub fn get(&self, hash: u64) -> f32 {
        self.stored(hash).into() * self.scale
    }

    /// The weight of a feature hash as stored (times `scale`: log-odds).
    #[inline]
    pub fn stored(&self, hash: u64) -> T {
        self.values
            .get(self.slot(hash))
            .copied()
            .unwrap_or_default()
    }
}

/// All the weights of the model. Training holds them as `f32`, the shipped
/// model as `i16`.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights<T> {
    pub bias: f32,
    /// Whether a sentence's hashed weights are summed and divided by the
    /// square root of their number (else just summed).
    pub norm: bool,
    /// The sentence's own n-grams.
    pub words: Table<T>,
    /// The n-grams of the sentence before.
    pub prev: Table<T>,
    /// The n-grams of the sentence after.
    pub next: Table<T>,
    pub dense: Dense,
    pub dense_prev: Dense,
    pub dense_next: Dense,
}

impl Weights<f32> {
    /// All-zero weights with tables of `2^bits` and `2^ctx_bits` slots.
    pub fn zeros(bits: u32, ctx_bits: u32) -> Self {
        Weights {
            bias: 0.0,
            norm: true,
            words: Table::zeros(bits),
            prev: Table::zeros(ctx_bits),
            next: Table::zeros(ctx_bits),
            dense: [0.0; N_DENSE],
            dense_prev: [0.0; N_DENSE],
            dense_next: [0.0; N_DENSE],
        }
    }
}

/// The hand-set weights of claimtrack's first scorer ([`super::HandScorer`])
/// over the named features, in log-odds: what a news desk knows and a
/// debate transcript can hardly teach (attribution is rare in a debate, a
/// dependent clause on its own is common in speech). Training adds them,
/// times `Config::prior`, to the weights it learns.
pub const PRIOR: &[(&str, f32)] = &[
    ("states a figure", 2.4),
    ("dated event", 0.4),
    ("attributed to a source", 1.8),
    ("direct quotation", 0.6),
    ("names people, places or bodies", 1.4),
    ("asserts a fact", 1.0),
    ("plan, intention or forecast", -2.2),
    ("reported plan or forecast", -1.0),
    ("then a plan or forecast", -0.8),
    ("comparison or ranking", 0.5),
    ("first-person opinion", -0.6),
    ("question", -1.8),
    ("fragment: a dependent clause alone", -2.5),
    ("too short to check", -1.2),
];

/// The hand-set scorer's bias.
pub const PRIOR_BIAS: f32 = -0.9;

/// [`PRIOR`] as a vector over the named features.
pub fn prior() -> Dense {
    let mut d = [0.0; N_DENSE];
    for (name, w) in PRIOR {
        if let Some(k) = features::DENSE.iter().position(|n| n == name) {
            d[k] = *w;
        }
    }
    d
}

/// The size, in bits, of the shipped model's own n-gram table (and what
/// training makes by default), which scoring is specialized for.
const SHIPPED_BITS: u32 = 18;

/// What one sentence adds to its own log-odds and to its neighbours'.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Parts {
    /// To its own (without the bias).
    pub own: f32,
    /// To the sentence after it, as that sentence's previous one.
    pub as_prev: f32,
    /// To the sentence before it, as that sentence's next one.
    pub as_next: f32,
}

impl<T: Stored> Weights<T> {
    /// The parts of one sentence, each hashed feature handed to `each` with
    /// its own weight.
    #[inline]
    pub fn parts(
        &self,
        text: &str,
        signals: Signals,
        each: impl FnMut(Hashed, f32),
    ) -> (Parts, Dense) {
        let (p, named) = self.parts_in(self.context(), text, signals, each);
        (p, named.dense())
    }

    /// Whether any context weight can move a score. Without context the
    /// context tables are one or two zero slots and the named context
    /// weights zeros, and a sentence's parts for its neighbours stay 0.
    pub fn context(&self) -> bool {
        self.prev.bits > 1
            || self.next.bits > 1
            || self
                .dense_prev
                .iter()
                .chain(&self.dense_next)
                .any(|&w| w != 0.0)
    }

    /// Whether the context tables have weights to read.
    fn tables(&self) -> bool {
        self.prev.bits > 1 || self.next.bits > 1
    }

    /// The own table as an array of [`SHIPPED_BITS`] slots, if it is one and
    /// there are no context tables: the path of its own that
    /// [`Weights::parts_in`] takes.
    fn shipped(&self) -> Option<&[T; 1 << SHIPPED_BITS]> {
        match <&[T; 1 << SHIPPED_BITS]>::try_from(&self.words.values[..]) {
            Ok(slots) if !self.tables() && self.words.bits == SHIPPED_BITS => Some(slots),
            _ => None,
        }
    }

    /// [`Weights::parts`], told [`Weights::context`], with the named
    /// features as [`Named`].
    ///
    /// A model with the shipped table size and no context tables takes a
    /// path of its own: a slot is then the top [`SHIPPED_BITS`] bits of a
    /// hash into an array of that many slots, which needs neither the
    /// shift nor the bounds check that a table of any size pays for every
    /// n-gram, nor the test for context tables. Same weights, same sums.
    /// Either way a sentence's own weights are summed as stored and scaled
    /// once ([`Stored`]).
    #[inline]
    fn parts_in(
        &self,
        context: bool,
        text: &str,
        signals: Signals,
        each: impl FnMut(Hashed, f32),
    ) -> (Parts, Named) {
        let scale = self.words.scale;
        match self.shipped() {
            Some(slots) => self.parts_by(
                context,
                text,
                signals,
                |hash| slots[(hash >> (64 - SHIPPED_BITS)) as usize],
                scale,
                false,
                each,
            ),
            None => self.parts_by(
                context,
                text,
                signals,
                |hash| self.words.stored(hash),
                scale,
                self.tables(),
                each,
            ),
        }
    }

    /// [`Weights::parts_in`] with the own weight of a hash from `weight`
    /// (as stored, times `scale` in log-odds), and the context tables read
    /// only if `tables`.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)] // one caller, two paths
    fn parts_by(
        &self,
        context: bool,
        text: &str,
        signals: Signals,
        weight: impl Fn(u64) -> T,
        scale: f32,
        tables: bool,
        mut each: impl FnMut(Hashed, f32),
    ) -> (Parts, Named) {
        let mut p = Parts::default();
        let mut own = T::Sum::default();
        // How many hashed features there are is what the scan counts.
        let named = features::scan(text, signals, |f| {
            let w = weight(f.hash);
            own += w.widen();
            if tables {
                p.as_prev += self.prev.get(f.hash);
                p.as_next += self.next.get(f.hash);
            }
            each(f, w.into() * scale);
        });
        let k = self.norm_of(named.hashed);
        p.own = T::sum_f32(own) * scale * k;
        p.own += named.dot(&self.dense);
        if context {
            p.as_prev *= k;
            p.as_next *= k;
            p.as_prev += named.dot(&self.dense_prev);
            p.as_next += named.dot(&self.dense_next);
        }
        (p, named)
    }

    /// What each hashed weight of a sentence with `n` of them counts for.
    #[inline]
    pub fn norm_of(&self, n: usize) -> f32 {
        match self.norm {
            true => 1.0 / (n.max(1) as f32).sqrt(),
            false => 1.0,
        }
    }

    /// The parts of every unit of a document, in order: [`Weights::parts_in`]
    /// with its path chosen once for the document, not for every sentence.
    fn all_parts(&self, units: &[Unit<'_>]) -> Vec<Parts> {
        let context = self.context();
        let scale = self.words.scale;
        match self.shipped() {
            Some(slots) => units
                .iter()
                .map(|u| {
                    let weight = |hash| slots[(hash >> (64 - SHIPPED_BITS)) as usize];
                    let no = |_, _| {};
                    self.parts_by(context, u.text, u.signals, weight, scale, false, no)
                        .0
                })
                .collect(),
            None => {
                let tables = self.tables();
                units
                    .iter()
                    .map(|u| {
                        let weight = |hash| self.words.stored(hash);
                        let no = |_, _| {};
                        self.parts_by(context, u.text, u.signals, weight, scale, tables, no)
                            .0
                    })
                    .collect()
            }
        }
    }

    /// The raw log-odds of every unit of a document, in order.
    pub fn logits(&self, units: &[Unit<'_>]) -> Vec<f32> {
        combine(self.bias, &self.all_parts(units))
    }
}

/// Each unit's log-odds from its own part and its neighbours'.
pub fn combine(bias: f32, parts: &[Parts]) -> Vec<f32> {
    (0..parts.len()).map(|i| logit(bias, parts, i)).collect()
}

/// Unit `i`'s log-odds from its own part and its neighbours'.
#[inline]
fn logit(bias: f32, parts: &[Parts], i: usize) -> f32 {
    let before = i.checked_sub(1).map_or(0.0, |j| parts[j].as_prev);
    let after = parts.get(i + 1).map_or(0.0, |p| p.as_next);
    bias + parts[i].own + before + after
}

/// The shipped model: weights and the calibration of their output.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub weights: Weights<i16>,
    /// `score = sigmoid(scale * logit + shift)`.
    pub scale: f32,
    pub shift: f32,
}

/// Why a model file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    #[error("not a claimtrack model file")]
    Magic,
    #[error("model file format {0}, this build reads {FORMAT}")]
    Format(u32),
    #[error("model trained on features version {0}, this build has {current}", current = features::VERSION)]
    Features(u32),
    #[error("model file is truncated or has extra bytes")]
    Size,
    #[error("model file checksum does not match")]
    Checksum,
}

/// FNV-1a over the bytes: enough to catch a damaged or half-written file.
fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Round `table` to 16-bit integers with one scale.
fn quantize(table: &Table<f32>) -> Table<i16> {
    let max = table.values.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
    Table {
        bits: table.bits,
        scale: scale * table.scale,
        values: table
            .values
            .iter()
            .map(|v| (v / scale).round().clamp(-32767.0, 32767.0) as i16)
            .collect(),
    }
}

/// Reads the file's fields in order.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let (head, rest) = self
            .bytes
            .split_first_chunk::<N>()
            .ok_or(ModelError::Size)?;
        self.bytes = rest;
        Ok(*head)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        self.take().map(u32::from_le_bytes)
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        self.take().map(f32::from_le_bytes)
    }
    fn dense(&mut self) -> Result<Dense, ModelError> {
        let mut d = [0.0; N_DENSE];
        for v in &mut d {
            *v = self.f32()?;
        }
        Ok(d)
    }
    fn table(&mut self, bits: u32, scale: f32) -> Result<Table<i16>, ModelError> {
        let len = 1usize << bits;
        let (head, rest) = self
            .bytes
            .split_at_checked(len * 2)
            .ok_or(ModelError::Size)?;
        self.bytes = rest;
        Ok(Table {
            bits,
            scale,
            values: head
                .chunks_exact(2)
                .map(|c| i16::from_le_bytes([c[0], c[1]]))
                .collect(),
        })
    }
}

impl Model {
    /// The shipped model from trained weights and a calibration.
    pub fn new(weights: &Weights<f32>, scale: f32, shift: f32) -> Model {
        let words = quantize(&weights.words);
        // The two context tables share a scale.
        let mut both = weights.prev.clone();
        both.values.extend_from_slice(&weights.next.values);
        let ctx = quantize(&both);
        let half = weights.prev.values.len();
        let table = |values: &[i16]| Table {
            bits: weights.prev.bits,
            scale: ctx.scale,
            values: values.to_vec(),
        };
        Model {
            weights: Weights {
                bias: weights.bias,
                norm: weights.norm,
                words,
                prev: table(&ctx.values[..half]),
                next: table(&ctx.values[half..]),
                dense: weights.dense,
                dense_prev: weights.dense_prev,
                dense_next: weights.dense_next,
            },
            scale,
            shift,
        }
    }

    /// The model as the bytes of a model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let w = &self.weights;
        let mut out = Vec::with_capacity(64 + 2 * (w.words.values.len() + 2 * w.prev.values.len()));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        out.extend_from_slice(&features::VERSION.to_le_bytes());
        out.extend_from_slice(&(N_DENSE as u32).to_le_bytes());
        out.extend_from_slice(&w.words.bits.to_le_bytes());
        out.extend_from_slice(&w.prev.bits.to_le_bytes());
        out.extend_from_slice(&u32::from(w.norm).to_le_bytes());
        for f in [w.bias, self.scale, self.shift, w.words.scale, w.prev.scale] {
            out.extend_from_slice(&f.to_le_bytes());
        }
        for d in [&w.dense, &w.dense_prev, &w.dense_next] {
            for f in d {
                out.extend_from_slice(&f.to_le_bytes());
            }
        }
        for t in [&w.words, &w.prev, &w.next] {
            for v in &t.values {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Read a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let (body, sum) = bytes.split_last_chunk::<4>().ok_or(ModelError::Size)?;
        if !bytes.starts_with(MAGIC) {
            return Err(ModelError::Magic);
        }
        let mut r = Reader {
            bytes: &body[MAGIC.len()..],
        };
        let format = r.u32()?;
        if format != FORMAT {
            return Err(ModelError::Format(format));
        }
        let version = r.u32()?;
        if version != features::VERSION || r.u32()? != N_DENSE as u32 {
            return Err(ModelError::Features(version));
        }
        if checksum(body) != u32::from_le_bytes(*sum) {
            return Err(ModelError::Checksum);
        }
        let bits = r.u32()?;
        let ctx_bits = r.u32()?;
        let norm = r.u32()? != 0;
        if !(1..=28).contains(&bits) || !(1..=28).contains(&ctx_bits) {
            return Err(ModelError::Size);
        }
        let [bias, scale, shift, words_scale, ctx_scale] =
            [r.f32()?, r.f32()?, r.f32()?, r.f32()?, r.f32()?];
        let (dense, dense_prev, dense_next) = (r.dense()?, r.dense()?, r.dense()?);
        let words = r.table(bits, words_scale)?;
        let prev = r.table(ctx_bits, ctx_scale)?;
        let next = r.table(ctx_bits, ctx_scale)?;
        if !r.bytes.is_empty() {
            return Err(ModelError::Size);
        }
        Ok(Model {
            weights: Weights {
                bias,
                norm,
                words,
                prev,
                next,
                dense,
                dense_prev,
                dense_next,
            },
            scale,
            shift,
        })
    }

    /// The calibrated score of a raw logit.
    #[inline]
    pub fn calibrate(&self, logit: f32) -> f64 {
        let z = f64::from(self.scale * logit + self.shift);
        1.0 / (1.0 + (-z).exp())
    }

    /// The scores of a document's units, in order, without explanations.
    pub fn values(&self, units: &[Unit<'_>]) -> Vec<f64> {
        let parts = self.weights.all_parts(units);
        let bias = self.weights.bias;
        (0..parts.len())
            .map(|i| self.calibrate(logit(bias, &parts, i)))
            .collect()
    }

    /// The scores of a document's units, each with the features that moved
    /// it most: named features, the strongest n-grams either way, and the
    /// neighbouring sentences.
    pub fn explained(&self, units: &[Unit<'_>]) -> Vec<Score> {
        let mut tops = Vec::with_capacity(units.len());
        let mut parts = Vec::with_capacity(units.len());
        let mut denses = Vec::with_capacity(units.len());
        let context = self.weights.context();
        for u in units {
            // The strongest n-grams, offered as they stream by: what each
            // counts for (the same for all of a sentence's) is known after.
            let mut top = Top::default();
            let (p, named) = self.weights.parts_in(context, u.text, u.signals, |f, w| {
                top.offer(f, w);
            });
            top.norm = self.weights.norm_of(named.hashed);
            tops.push(top);
            parts.push(p);
            denses.push(named.dense());
        }
        let logits = combine(self.weights.bias, &parts);
        let s = self.scale;
        (0..units.len())
            .map(|i| {
                let mut reasons = Vec::with_capacity(12);
                let mut add = |feature: Cow<'static, str>, weight: f32| {
                    let weight = f64::from(s * weight);
                    if weight.abs() >= 0.05 {
                        reasons.push(Reason { feature, weight });
                    }
                };
                for (k, name) in features::DENSE.iter().enumerate() {
                    if denses[i][k] != 0.0 {
                        add(Cow::Borrowed(name), denses[i][k] * self.weights.dense[k]);
                    }
                }
                for (f, w) in tops[i].picked() {
                    add(Cow::Owned(label(units[i].text, f)), w);
                }
                if i > 0 {
                    add(Cow::Borrowed("the sentence before"), parts[i - 1].as_prev);
                }
                if let Some(p) = parts.get(i + 1) {
                    add(Cow::Borrowed("the sentence after"), p.as_next);
                }
                reasons.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
                Score {
                    value: self.calibrate(logits[i]),
                    reasons,
                }
            })
            .collect()
    }
}

/// How many n-grams an explanation names on either side.
const TOP: usize = 3;

/// The n-grams with the largest weights either way, kept as they stream by.
#[derive(Default)]
struct Top {
    up: [(Option<Hashed>, f32); TOP],
    down: [(Option<Hashed>, f32); TOP],
    /// What each weight counts for in this sentence.
    norm: f32,
    /// The smallest weight kept on either side (0 while a slot is free).
    floor_up: f32,
    floor_down: f32,
}

impl Top {
    #[inline]
    fn offer(&mut self, f: Hashed, w: f32) {
        let (list, floor) = if w > 0.0 {
            (&mut self.up, &mut self.floor_up)
        } else if w < 0.0 {
            (&mut self.down, &mut self.floor_down)
        } else {
            return;
        };
        if w.abs() < *floor {
            return;
        }
        // A repeated n-gram ("to ... to") is one entry with both weights.
        if let Some(e) = list
            .iter_mut()
            .find(|e| e.0.is_some_and(|g| g.hash == f.hash))
        {
            e.1 += w;
        } else {
            // The weakest kept entry (slots hold weight 0 while empty).
            let mut weakest = 0;
            for k in 1..TOP {
                if list[k].1.abs() < list[weakest].1.abs() {
                    weakest = k;
                }
            }
            if w.abs() > list[weakest].1.abs() {
                list[weakest] = (Some(f), w);
            }
        }
        // The least a new entry on this side must reach.
        *floor = list.iter().fold(f32::MAX, |m, e| m.min(e.1.abs()));
    }

    fn picked(&self) -> impl Iterator<Item = (Hashed, f32)> + '_ {
        self.up
            .iter()
            .chain(&self.down)
            .filter_map(|&(f, w)| f.map(|f| (f, w * self.norm)))
    }
}

/// How an explanation names an n-gram: `word "killed"`.
fn label(text: &str, f: Hashed) -> String {
    let words = text.get(f.start as usize..f.end as usize).unwrap_or("");
    let kind = match f.gram {
        Gram::Word => "word",
        Gram::Words => "words",
        Gram::Opens => "opens with",
        Gram::Ends => "ends with",
    };
    let mut out = String::with_capacity(kind.len() + words.len() + 3);
    out.push_str(kind);
    out.push_str(" \"");
    // White space inside a bigram (a line break, a run of spaces) as one space.
    let mut space = false;
    for c in words.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every part and every n-gram weight of `text`, by the path `parts_in`
    /// picks and by the one for a table of any size.
    fn both_paths(w: &Weights<i16>, text: &str, signals: Signals) {
        let (mut fast, mut slow) = (Vec::new(), Vec::new());
        let a = w.parts_in(w.context(), text, signals, |f, x| fast.push((f, x)));
        let b = w.parts_by(
            w.context(),
            text,
            signals,
            |hash| w.words.stored(hash),
            w.words.scale,
            w.tables(),
            |f, x| slow.push((f, x)),
        );
        assert_eq!((a, fast), (b, slow), "{text:?}");
    }

    #[test]
    fn the_shipped_size_path_weighs_as_any_table() {
        let model = crate::score::builtin_model().unwrap();
        let w = &model.weights;
        // Else the path under test is not the one the shipped model takes.
        assert_eq!(w.words.bits, SHIPPED_BITS);
        assert!(w.prev.bits <= 1 && w.next.bits <= 1);
        for (signals, text) in crate::score::corpus_texts() {
            for line in text.lines() {
                both_paths(w, line, signals);
            }
        }
        // A table of another size takes the general path, with the same sums.
        let mut other = w.clone();
        other.words.bits = SHIPPED_BITS - 1;
        other.words.values.truncate(1 << (SHIPPED_BITS - 1));
        both_paths(&other, "So Ford is leaving, he said.", Signals::default());
    }
}
