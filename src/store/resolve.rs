//! Finding a claim from what a checker types: `ARTICLE/ID`, `ID`, or a unique
//! prefix of the id.

use super::{Loaded, Store, StoreError};

/// How many near misses an unknown reference lists.
const CANDIDATES: usize = 3;

/// Resolves a claim reference to `(article id, claim id)` across the store.
///
/// Accepted: `ARTICLE/ID`, `ARTICLE/PREFIX`, `ID` and `PREFIX` (a prefix of a
/// claim id), case-insensitively. An exact id wins over longer ids it is a
/// prefix of. Errors: [`StoreError::UnknownClaim`] with the closest few
/// claims, [`StoreError::AmbiguousClaim`] with every match (as
/// `article/id`); a store file that does not load is reported as such.
pub fn resolve_claim(store: &Store, reference: &str) -> Result<(String, String), StoreError> {
    let (loaded, index) = find_claim(store, reference)?;
    let id = loaded.file.claims[index].id.clone();
    Ok((loaded.file.article.id, id))
}

/// Like [`resolve_claim`], returning the article's file as loaded and the
/// claim's index in it: what a command that edits the claim needs, without
/// loading the file a second time.
pub fn find_claim(store: &Store, reference: &str) -> Result<(Loaded, usize), StoreError> {
    let wanted = reference.trim().to_lowercase();
    let (article, id) = match wanted.split_once('/') {
        Some((a, i)) => (Some(a), i),
        None => (None, wanted.as_str()),
    };

    // Every (article, claim id) that could match, and the files they are in.
    let mut all: Vec<(String, String)> = Vec::new();
    let mut files: Vec<Loaded> = Vec::new();
    let ids = match article {
        Some(a) if store.contains(a) => vec![a.to_string()],
        _ => store.article_ids()?,
    };
    // A file that does not load must not hide the claims of the others; its
    // error is reported only when nothing else matches.
    let mut broken: Option<StoreError> = None;
    for a in ids {
        match store.load(&a) {
            Ok(loaded) => {
                for c in &loaded.file.claims {
                    all.push((a.clone(), c.id.clone()));
                }
                files.push(loaded);
            }
            Err(e) => {
                broken.get_or_insert(e);
            }
        }
    }

    let in_article = |a: &str| article.is_none_or(|want| want == a);
    if !id.is_empty() {
        let mut matches: Vec<&(String, String)> = all
            .iter()
            .filter(|(a, c)| in_article(a) && c == id)
            .collect();
        if matches.is_empty() {
            matches = all
                .iter()
                .filter(|(a, c)| in_article(a) && c.starts_with(id))
                .collect();
        }
        match matches.as_slice() {
            [(a, c)] => {
                let found = files
                    .into_iter()
                    .find(|f| &f.file.article.id == a)
                    .and_then(|f| {
                        let index = f.file.claims.iter().position(|claim| &claim.id == c)?;
                        Some((f, index))
                    });
                if let Some(found) = found {
                    return Ok(found);
                }
                return Err(StoreError::UnknownClaim {
                    reference: reference.to_string(),
                    candidates: Vec::new(),
                });
            }
            [] => {}
            many => {
                let mut candidates: Vec<String> =
                    many.iter().map(|(a, c)| format!("{a}/{c}")).collect();
                candidates.sort();
                return Err(StoreError::AmbiguousClaim {
                    reference: reference.to_string(),
                    candidates,
                });
            }
        }
    }

    if let Some(e) = broken {
        return Err(e);
    }
    let mut scored: Vec<(usize, String)> = all
        .iter()
        .map(|(a, c)| {
            let full = format!("{a}/{c}");
            let d = if article.is_some() {
                distance(&wanted, &full)
            } else {
                distance(id, c)
            };
            (d, full)
        })
        .collect();
    scored.sort();
    Err(StoreError::UnknownClaim {
        reference: reference.to_string(),
        candidates: scored
            .into_iter()
            .take(CANDIDATES)
            .map(|(_, s)| s)
            .collect(),
    })
}

/// Levenshtein distance in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::distance;

    #[test]
    fn levenshtein() {
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("k7q2m9", "k7q2m9"), 0);
        assert_eq!(distance("k7q2n9", "k7q2m9"), 1);
    }
}
