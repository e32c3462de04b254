//! Training and validating the check-worthiness model: reading the labelled
//! data, stochastic gradient descent on the logistic loss, the ranking
//! measures of the CLEF CheckThat! lab, and calibration.
//!
//! Nothing here reads files: `examples/train.rs` reads the data and writes
//! the model file. Everything is deterministic: shuffles come from a seeded
//! generator, and folds are independent of the order they run in.

use rayon::prelude::*;
use serde::Deserialize;

use super::Signals;
use super::features::{Dense, N_DENSE, featurize};
use super::model::{PRIOR_BIAS, Parts, Weights, combine, prior};

/// One labelled sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub text: String,
    pub label: bool,
}

/// A debate or speech: its sentences in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debate {
    pub name: String,
    pub sentences: Vec<Labelled>,
}

/// A line of the training data that does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {why}")]
pub struct DataError {
    pub line: usize,
    pub why: String,
}

/// Read a CLEF-2019 task 1 file: `line <TAB> speaker <TAB> sentence <TAB>
/// label` per line. The speaker is dropped: at run time nobody knows it.
///
/// `"1\tHOLT\tGood evening.\t0\n"` -> one sentence, labelled 0.
pub fn parse_clef(name: &str, text: &str) -> Result<Debate, DataError> {
    let mut sentences = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let error = |why: &str| DataError {
            line: n + 1,
            why: why.to_string(),
        };
        let fields: Vec<&str> = line.split('\t').collect();
        let [_, _, sentence, label] = fields[..] else {
            return Err(error(&format!("{} fields, want 4", fields.len())));
        };
        let label = match label.trim() {
            "0" => false,
            "1" => true,
            other => return Err(error(&format!("label {other:?}, want 0 or 1"))),
        };
        sentences.push(Labelled {
            text: sentence.to_string(),
            label,
        });
    }
    Ok(Debate {
        name: name.to_string(),
        sentences,
    })
}

/// Read ClaimBuster's JSON Lines: `{"sentence_id": .., "text": .., "label": 0|1}`.
pub fn parse_claimbuster(text: &str) -> Result<Vec<Labelled>, DataError> {
    #[derive(Deserialize)]
    struct Line {
        text: String,
        label: u8,
    }
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let error = |why: String| DataError { line: n + 1, why };
        let l: Line = serde_json::from_str(line).map_err(|e| error(e.to_string()))?;
        if l.label > 1 {
            return Err(error(format!("label {}, want 0 or 1", l.label)));
        }
        out.push(Labelled {
            text: l.text,
            label: l.label == 1,
        });
    }
    Ok(out)
}

/// A sentence as the trainer sees it: its hashed features and named ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub hashes: Vec<u64>,
    pub dense: Dense,
    pub label: bool,
}

impl Example {
    /// Featurize a labelled sentence, with the signals `claimtrack score`
    /// would find in it as a line of its own.
    pub fn new(s: &Labelled) -> Example {
        Example::with_signals(s, crate::analysis::signals_of(&s.text))
    }

    /// Featurize with given signals.
    pub fn with_signals(s: &Labelled, signals: Signals) -> Example {
        let mut hashes = Vec::new();
        let dense = featurize(&s.text, signals, |f| hashes.push(f.hash));
        Example {
            hashes,
            dense,
            label: s.label,
        }
    }
}

/// A document's examples, in order; neighbours give context.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub name: String,
    pub examples: Vec<Example>,
}

impl Document {
    pub fn new(d: &Debate) -> Document {
        Document {
            name: d.name.clone(),
            examples: d.sentences.iter().map(Example::new).collect(),
        }
    }
}

/// The settings of one training run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Config {
    /// The own n-gram table has `2^bits` slots.
    pub bits: u32,
    /// Each context table has `2^ctx_bits` slots.
    pub ctx_bits: u32,
    /// Whether the neighbours' features count.
    pub context: bool,
    /// Whether the neighbours' n-grams count, or only their named features.
    pub context_words: bool,
    /// The step of the context weights, as a share of `rate`.
    pub context_rate: f32,
    pub epochs: usize,
    /// AdaGrad's base step.
    pub rate: f32,
    /// L2 penalty, applied to the weights a step touches.
    pub l2: f32,
    /// The weight of a check-worthy debate sentence (others weigh 1).
    pub positive_weight: f32,
    /// The weight of an extra sentence without context (ClaimBuster).
    pub extra_weight: f32,
    /// Whether hashed weights are divided by the square root of their
    /// number in a sentence.
    pub norm: bool,
    /// Models trained on different shuffles and averaged.
    pub bags: usize,
    /// How much of the hand-set weights ([`super::model::PRIOR`]) to add to
    /// the trained ones.
    pub prior: f32,
    pub seed: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bits: 18,
            ctx_bits: 16,
            context: false,
            context_words: true,
            context_rate: 1.0,
            epochs: 8,
            rate: 0.3,
            l2: 1e-5,
            positive_weight: 4.0,
            extra_weight: 1.0,
            bags: 1,
            norm: true,
            prior: 0.5,
            seed: 20_261_124,
        }
    }
}

/// A small, seeded generator (xorshift64*), for shuffles.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Shuffle in place (Fisher-Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// AdaGrad state for one weight vector.
struct Adagrad {
    sums: Vec<f32>,
}

impl Adagrad {
    fn new(len: usize) -> Self {
        Adagrad {
            sums: vec![1e-6; len],
        }
    }
    #[inline]
    fn step(&mut self, w: &mut [f32], i: usize, g: f32, rate: f32, l2: f32) {
        let g = g + l2 * w[i];
        self.sums[i] += g * g;
        w[i] -= rate * g / self.sums[i].sqrt();
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// The own and context parts of one example under `w`.
fn parts_of(w: &Weights<f32>, e: &Example, context: bool) -> Parts {
    let dot = |a: &Dense, b: &Dense| a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>();
    let k = w.norm_of(e.hashes.len());
    let mut p = Parts {
        own: k * e.hashes.iter().map(|&h| w.words.get(h)).sum::<f32>(),
        ..Parts::default()
    };
    p.own += dot(&e.dense, &w.dense);
    if context {
        p.as_prev = dot(&e.dense, &w.dense_prev);
        p.as_next = dot(&e.dense, &w.dense_next);
        for &h in &e.hashes {
            p.as_prev += k * w.prev.get(h);
            p.as_next += k * w.next.get(h);
        }
    }
    p
}

/// All-zero weights for `c`: without context, the context tables are
/// left with a single slot (they stay zero).
fn empty(c: &Config) -> Weights<f32> {
    let mut w = Weights::zeros(c.bits, if c.context { c.ctx_bits } else { 1 });
    w.norm = c.norm;
    w
}

/// Train one model with one shuffle seed.
fn train_once(docs: &[&Document], extra: &[&Example], c: &Config, seed: u64) -> Weights<f32> {
    let mut w = empty(c);
    let mut g_words = Adagrad::new(w.words.values.len());
    let mut g_prev = Adagrad::new(w.prev.values.len());
    let mut g_next = Adagrad::new(w.next.values.len());
    let mut g_dense = Adagrad::new(N_DENSE * 3 + 1);
    // (document, example) pairs; extra sentences are document `docs.len()`.
    let mut order: Vec<(u32, u32)> = docs
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| (0..doc.examples.len()).map(move |i| (d as u32, i as u32)))
        .chain((0..extra.len()).map(|i| (docs.len() as u32, i as u32)))
        .collect();
    let mut rng = Rng::new(seed);
    let bias_slot = N_DENSE * 3;
    let ctx_rate = c.rate * c.context_rate;
    for _ in 0..c.epochs {
        rng.shuffle(&mut order);
        for &(d, i) in &order {
            let (d, i) = (d as usize, i as usize);
            let (own, before, after, weight) = match docs.get(d) {
                Some(doc) => {
                    let e = &doc.examples[i];
                    let before = i.checked_sub(1).map(|j| &doc.examples[j]);
                    let after = doc.examples.get(i + 1);
                    let weight = if e.label { c.positive_weight } else { 1.0 };
                    (e, before, after, weight)
                }
                None => (extra[i], None, None, c.extra_weight),
            };
            let ctx = c.context;
            let mut z = w.bias + parts_of(&w, own, false).own;
            if ctx {
                z += before.map_or(0.0, |b| parts_of(&w, b, true).as_prev);
                z += after.map_or(0.0, |a| parts_of(&w, a, true).as_next);
            }
            let y = if own.label { 1.0 } else { 0.0 };
            let g = (sigmoid(z) - y) * weight;
            // The bias is not penalized.
            g_dense.sums[bias_slot] += g * g;
            w.bias -= c.rate * g / g_dense.sums[bias_slot].sqrt();
            let k = w.norm_of(own.hashes.len());
            for &h in &own.hashes {
                let s = w.words.slot(h);
                g_words.step(&mut w.words.values, s, g * k, c.rate, c.l2);
            }
            let mut dense = [0.0; N_DENSE * 3];
            dense[..N_DENSE].copy_from_slice(&w.dense);
            dense[N_DENSE..2 * N_DENSE].copy_from_slice(&w.dense_prev);
            dense[2 * N_DENSE..].copy_from_slice(&w.dense_next);
            for (k, &x) in own.dense.iter().enumerate() {
                if x != 0.0 {
                    g_dense.step(&mut dense, k, g * x, c.rate, c.l2);
                }
            }
            if ctx {
                if let Some(b) = before {
                    let k = w.norm_of(b.hashes.len());
                    for &h in b.hashes.iter().filter(|_| c.context_words) {
                        let s = w.prev.slot(h);
                        g_prev.step(&mut w.prev.values, s, g * k, ctx_rate, c.l2);
                    }
                    for (k, &x) in b.dense.iter().enumerate() {
                        if x != 0.0 {
                            g_dense.step(&mut dense, N_DENSE + k, g * x, ctx_rate, c.l2);
                        }
                    }
                }
                if let Some(a) = after {
                    let k = w.norm_of(a.hashes.len());
                    for &h in a.hashes.iter().filter(|_| c.context_words) {
                        let s = w.next.slot(h);
                        g_next.step(&mut w.next.values, s, g * k, ctx_rate, c.l2);
                    }
                    for (k, &x) in a.dense.iter().enumerate() {
                        if x != 0.0 {
                            g_dense.step(&mut dense, 2 * N_DENSE + k, g * x, ctx_rate, c.l2);
                        }
                    }
                }
            }
            w.dense.copy_from_slice(&dense[..N_DENSE]);
            w.dense_prev.copy_from_slice(&dense[N_DENSE..2 * N_DENSE]);
            w.dense_next.copy_from_slice(&dense[2 * N_DENSE..]);
        }
    }
    w
}

/// Train on `docs` and the context-free `extra` sentences: `bags` models on
/// different shuffles, averaged (still one linear model).
pub fn train(docs: &[&Document], extra: &[&Example], c: &Config) -> Weights<f32> {
    let bags = c.bags.max(1);
    let mut sum = empty(c);
    for b in 0..bags {
        let w = train_once(docs, extra, c, c.seed.wrapping_add(b as u64 * 7919));
        sum.bias += w.bias;
        for (s, v) in [
            (&mut sum.words.values, &w.words.values),
            (&mut sum.prev.values, &w.prev.values),
            (&mut sum.next.values, &w.next.values),
        ] {
            for (s, v) in s.iter_mut().zip(v) {
                *s += v;
            }
        }
        for (s, v) in [
            (&mut sum.dense, &w.dense),
            (&mut sum.dense_prev, &w.dense_prev),
            (&mut sum.dense_next, &w.dense_next),
        ] {
            for (s, v) in s.iter_mut().zip(v) {
                *s += v;
            }
        }
    }
    let k = 1.0 / bags as f32;
    sum.bias *= k;
    for t in [&mut sum.words, &mut sum.prev, &mut sum.next] {
        t.values.iter_mut().for_each(|v| *v *= k);
    }
    for d in [&mut sum.dense, &mut sum.dense_prev, &mut sum.dense_next] {
        d.iter_mut().for_each(|v| *v *= k);
    }
    sum.bias += c.prior * PRIOR_BIAS;
    for (w, p) in sum.dense.iter_mut().zip(prior()) {
        *w += c.prior * p;
    }
    sum
}

/// The log-odds `w` gives each example of a document.
pub fn logits(w: &Weights<f32>, doc: &Document, context: bool) -> Vec<f32> {
    let parts: Vec<Parts> = doc
        .examples
        .iter()
        .map(|e| parts_of(w, e, context))
        .collect();
    combine(w.bias, &parts)
}

/// The lab's measures for one ranked document.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Ranking {
    /// Average precision.
    pub ap: f64,
    /// Precision among the first 5 and 10.
    pub p5: f64,
    pub p10: f64,
    /// Precision among the first R, R the number of check-worthy sentences.
    pub r_precision: f64,
}

impl Ranking {
    /// Rank by score, highest first (ties in document order), and measure.
    pub fn of(scores: &[f32], labels: &[bool]) -> Ranking {
        let mut order: Vec<usize> = (0..scores.len()).collect();
        order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        let relevant = labels.iter().filter(|&&l| l).count();
        if relevant == 0 {
            return Ranking::default();
        }
        let mut hits = 0usize;
        let mut ap = 0.0;
        let at = |k: usize, hits: usize| hits as f64 / k as f64;
        let (mut p5, mut p10, mut rp) = (0.0, 0.0, 0.0);
        for (rank, &i) in order.iter().enumerate() {
            let k = rank + 1;
            if labels[i] {
                hits += 1;
                ap += at(k, hits);
            }
            if k == 5 {
                p5 = at(5, hits);
            }
            if k == 10 {
                p10 = at(10, hits);
            }
            if k == relevant {
                rp = at(k, hits);
            }
        }
        // Shorter documents: precision over all of it.
        let n = order.len();
        if n < 5 {
            p5 = hits as f64 / 5.0;
        }
        if n < 10 {
            p10 = hits as f64 / 10.0;
        }
        Ranking {
            ap: ap / relevant as f64,
            p5,
            p10,
            r_precision: rp,
        }
    }

    /// The mean of each measure.
    pub fn mean(all: &[Ranking]) -> Ranking {
        let n = all.len().max(1) as f64;
        let sum = |f: fn(&Ranking) -> f64| all.iter().map(f).sum::<f64>() / n;
        Ranking {
            ap: sum(|r| r.ap),
            p5: sum(|r| r.p5),
            p10: sum(|r| r.p10),
            r_precision: sum(|r| r.r_precision),
        }
    }
}

/// A sentence folded for spotting the same sentence in two data sets:
/// letters and digits only, lower-cased.
pub fn fold_text(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// One held-out document's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Fold {
    pub name: String,
    pub ranking: Ranking,
    /// The held-out log-odds of each sentence, in order.
    pub logits: Vec<f32>,
}

/// Leave-one-document-out validation: for each document, train on the
/// others (and on the extra sentences, minus any that also occur in the
/// held-out document) and rank the held-out one.
pub fn cross_validate(
    docs: &[Document],
    texts: &[Vec<String>],
    extra: &[Example],
    extra_texts: &[String],
    c: &Config,
) -> Vec<Fold> {
    (0..docs.len())
        .into_par_iter()
        .map(|held| {
            let train_docs: Vec<&Document> = docs
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != held)
                .map(|(_, d)| d)
                .collect();
            let held_texts: std::collections::HashSet<&str> =
                texts[held].iter().map(String::as_str).collect();
            let train_extra: Vec<&Example> = extra
                .iter()
                .zip(extra_texts)
                .filter(|(_, t)| !held_texts.contains(t.as_str()))
                .map(|(e, _)| e)
                .collect();
            let w = train(&train_docs, &train_extra, c);
            let doc = &docs[held];
            let logits = logits(&w, doc, c.context);
            let labels: Vec<bool> = doc.examples.iter().map(|e| e.label).collect();
            Fold {
                name: doc.name.clone(),
                ranking: Ranking::of(&logits, &labels),
                logits,
            }
        })
        .collect()
}

/// Fit `sigmoid(a * z + b)` to labelled log-odds, the two classes weighted
/// to count equally: 0.5 then sits where a sentence is as likely
/// check-worthy as not under equal priors. Newton's method on (a, b).
pub fn calibrate(logits: &[f32], labels: &[bool]) -> (f32, f32) {
    let pos = labels.iter().filter(|&&l| l).count().max(1) as f64;
    let neg = labels.iter().filter(|&&l| !l).count().max(1) as f64;
    let weight = |l: bool| if l { 0.5 / pos } else { 0.5 / neg };
    let loss = |a: f64, b: f64| {
        logits
            .iter()
            .zip(labels)
            .map(|(&z, &l)| {
                let m = a * f64::from(z) + b;
                // -log sigmoid(+-m), computed without overflow.
                let m = if l { m } else { -m };
                weight(l) * (m.abs() - m) / 2.0 + weight(l) * (-m.abs()).exp().ln_1p()
            })
            .sum::<f64>()
    };
    let (mut a, mut b) = (1.0f64, 0.0f64);
    let mut current = loss(a, b);
    for _ in 0..100 {
        let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for (&z, &l) in logits.iter().zip(labels) {
            let z = f64::from(z);
            let w = weight(l);
            let p = 1.0 / (1.0 + (-(a * z + b)).exp());
            let r = p - if l { 1.0 } else { 0.0 };
            ga += w * r * z;
            gb += w * r;
            let s = w * p * (1.0 - p);
            haa += s * z * z;
            hab += s * z;
            hbb += s;
        }
        // A touch of damping keeps the step defined on separable data.
        haa += 1e-9;
        hbb += 1e-9;
        let det = haa * hbb - hab * hab;
        if det.abs() < 1e-24 {
            break;
        }
        let da = (hbb * ga - hab * gb) / det;
        let db = (haa * gb - hab * ga) / det;
        // Halve the step until the loss goes down.
        let mut t = 1.0;
        let mut improved = false;
        while t > 1e-6 {
            let (na, nb) = (a - t * da, b - t * db);
            let l = loss(na, nb);
            if l < current {
                (a, b, current) = (na, nb, l);
                improved = true;
                break;
            }
            t /= 2.0;
        }
        if !improved || (t * (da.abs() + db.abs())) < 1e-10 {
            break;
        }
    }
    (a as f32, b as f32)
}
