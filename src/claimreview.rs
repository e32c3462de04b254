//! Verdicts as schema.org `ClaimReview` JSON-LD, the markup fact-checkers
//! publish so that search engines and fact-check aggregators can show them.
//!
//! One [`ClaimReview`] per claim with a published verdict ([`rating`]): the
//! claim's text, who made it ([`classify_speaker`]), where and when it
//! appeared, the verdict on a fixed numeric scale with its name, the
//! reviewing organization ([`Publisher`]), the review's URL
//! ([`ReviewUrl`]) and the date of the verdict (from the claim's log).
//! Pure: no I/O; the CLI reads the store and prints.

use serde::Serialize;

use crate::store::model::{Article, ArticleFile, ClaimRecord, LogEvent, Status};

/// The JSON-LD context of every object.
pub const CONTEXT: &str = "https://schema.org";
/// The lowest value of the rating scale: `false`.
pub const WORST_RATING: u8 = 1;
/// The highest value of the rating scale: `verified`.
pub const BEST_RATING: u8 = 5;

/// The published verdict of a status: its value on the scale
/// [`WORST_RATING`]..=[`BEST_RATING`] and its name, or `None` for a status
/// that is not a verdict to publish.
///
/// | status | ratingValue | alternateName |
/// | --- | --- | --- |
/// | `false` | 1 | False |
/// | `misleading` | 2 | Misleading |
/// | `unverifiable` | 3 | Unverifiable |
/// | `verified` | 5 | True |
/// | `unverified`, `in-review`, `needs-recheck` | not exported | |
///
/// The scale is schema.org's default (1 worst, 5 best), so a reader that
/// ignores `worstRating` and `bestRating` still reads it right. 3, the
/// middle, is "shown neither true nor false"; 4 is free for a "mostly true"
/// verdict should the store ever get one. `in-review` is a verdict not yet
/// reached and `needs-recheck` one made on words the article no longer
/// says: neither is published.
pub fn rating(status: Status) -> Option<(u8, &'static str)> {
    match status {
        Status::False => Some((1, "False")),
        Status::Misleading => Some((2, "Misleading")),
        Status::Unverifiable => Some((3, "Unverifiable")),
        Status::Verified => Some((5, "True")),
        Status::Unverified | Status::InReview | Status::NeedsRecheck => None,
    }
}

/// Whether a speaker reads as a person or as an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthorKind {
    Person,
    Organization,
}

impl AuthorKind {
    fn schema_type(self) -> &'static str {
        match self {
            AuthorKind::Person => "Person",
            AuthorKind::Organization => "Organization",
        }
    }
}

/// Lower-case name particles that a person's name may hold.
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "le",
    "van", "von",
];

/// Words that make a name an organization's (compared in lower case).
const ORGANIZATION_WORDS: &[&str] = &[
    "administration",
    "agency",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "center",
    "centre",
    "coalition",
    "commission",
    "committee",
    "company",
    "congress",
    "corporation",
    "council",
    "court",
    "department",
    "embassy",
    "federation",
    "forces",
    "foundation",
    "government",
    "group",
    "inc",
    "inc.",
    "institute",
    "kremlin",
    "ltd",
    "ltd.",
    "military",
    "ministry",
    "nations",
    "navy",
    "network",
    "news",
    "office",
    "officials",
    "organisation",
    "organization",
    "parliament",
    "party",
    "pentagon",
    "police",
    "powers",
    "press",
    "republic",
    "senate",
    "service",
    "states",
    "union",
    "university",
];

/// Whether a speaker is a person or an organization, by a simple rule on the
/// name as the article gives it: a **person** is two to four words, each
/// capitalized (`Vladimir Putin`, `Jean-Luc Picard`, `John F. Kennedy`) or a
/// name particle (`Saad al-Hadithi`, `Ursula von der Leyen`), none of them
/// an acronym (`AFP`, `U.S.`) or an organization word (`ministry`,
/// `police`, `officials`, ...). Anything else is an **organization**: one
/// word (`Washington`, `Reuters`, `Iraq`), a phrase (`Western powers`, `The
/// Pentagon`, `Washington and its allies`), an acronym. A one-word surname
/// (`Putin`) is taken for an organization: the rule cannot tell it from a
/// place, and the speaker finder gives the fullest name the article uses.
///
/// `"Samantha Power"` -> person; `"The Pentagon"` -> organization.
pub fn classify_speaker(name: &str) -> AuthorKind {
    let words: Vec<&str> = name.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) {
        return AuthorKind::Organization;
    }
    let person = words.iter().all(|word| {
        let lower = word.to_lowercase();
        if ORGANIZATION_WORDS.contains(&lower.as_str()) {
            return false;
        }
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
            return false; // an acronym: AFP, U.S., NATO
        }
        // `al-Hadithi`: a particle joined to a capitalized name.
        let word = match word.split_once('-') {
            Some((particle, rest)) if NAME_PARTICLES.contains(&particle) => rest,
            _ => word,
        };
        word.chars().next().is_some_and(char::is_uppercase)
            || NAME_PARTICLES.contains(&lower.as_str())
    });
    // A name does not start with a particle: `de facto ...`.
    let starts_with_particle = NAME_PARTICLES.contains(&words[0]);
    if person && !starts_with_particle {
        AuthorKind::Person
    } else {
        AuthorKind::Organization
    }
}

/// The reviewing organization: the author of every review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    pub name: String,
    /// An absolute http(s) URL ([`check_url`]).
    pub url: String,
}

/// Whether `url` is an absolute `http://` or `https://` URL with a host and
/// no white space; the reason when it is not.
pub fn check_url(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("it does not start with https:// or http://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        return Err("it has no host".into());
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("it holds white space".into());
    }
    Ok(())
}

/// How each review's URL is made: a template in which `{article}` and `{id}`
/// stand for the article id and the claim id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewUrl {
    template: String,
}

impl ReviewUrl {
    /// The placeholders a template may use.
    pub const PLACEHOLDERS: [&'static str; 2] = ["{article}", "{id}"];

    /// A template, checked: it holds `{id}` (each review gets its own URL),
    /// no other `{...}`, and makes an absolute http(s) URL.
    pub fn new(template: &str) -> Result<ReviewUrl, String> {
        let mut rest = template;
        while let Some(open) = rest.find(['{', '}']) {
            let tail = &rest[open..];
            let Some(placeholder) = Self::PLACEHOLDERS.iter().find(|p| tail.starts_with(**p))
            else {
                let end = tail.find('}').map_or(tail.len(), |i| i + 1);
                return Err(format!(
                    "`{}` is not a placeholder; use {} and {}",
                    &tail[..end],
                    Self::PLACEHOLDERS[0],
                    Self::PLACEHOLDERS[1]
                ));
            };
            rest = &tail[placeholder.len()..];
        }
        if !template.contains("{id}") {
            return Err("it has no {id}, so every review would get the same URL".into());
        }
        let url = ReviewUrl {
            template: template.to_string(),
        };
        check_url(&url.make("article", "claim"))?;
        Ok(url)
    }

    /// The default: the publisher's URL with the anchor `#ARTICLE-ID` (any
    /// anchor the publisher's URL has is replaced).
    pub fn anchored(publisher: &Publisher) -> ReviewUrl {
        let base = publisher.url.split('#').next().unwrap_or(&publisher.url);
        // `https://example.org` has an empty path: write it `/`.
        let slash = match base.split_once("://") {
            Some((_, rest)) if !rest.contains(['/', '?']) => "/",
            _ => "",
        };
        ReviewUrl {
            template: format!("{base}{slash}#{{article}}-{{id}}"),
        }
    }

    /// The URL of the review of claim `id` of article `article`.
    pub fn make(&self, article: &str, id: &str) -> String {
        self.template
            .replace("{article}", article)
            .replace("{id}", id)
    }
}

/// A schema.org `ClaimReview`, in the order Google's documentation lists the
/// properties.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimReview {
    #[serde(rename = "@context")]
    pub context: &'static str,
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// The review's URL.
    pub url: String,
    #[serde(rename = "claimReviewed")]
    pub claim_reviewed: String,
    #[serde(rename = "itemReviewed")]
    pub item_reviewed: Claim,
    /// The reviewing organization.
    pub author: Organization,
    #[serde(rename = "reviewRating")]
    pub review_rating: Rating,
    /// When the verdict was recorded (RFC 3339), from the claim's log.
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    pub date_published: Option<String>,
}

/// The claim reviewed: a schema.org `Claim`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// Who made the claim; absent when the article names nobody.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<Author>,
    /// When the claim first appeared: the date the revision it first
    /// appeared in was recorded.
    #[serde(rename = "datePublished")]
    pub date_published: String,
    pub appearance: Appearance,
}

/// A `Person` or an `Organization`, by [`classify_speaker`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Author {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub name: String,
}

/// The article the claim appeared in: a `CreativeWork`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Appearance {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub headline: String,
    /// The revision's source, when it is a web address (a local path is
    /// nobody else's business).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The reviewing organization: an `Organization`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Organization {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub name: String,
    pub url: String,
}

/// The verdict: a `Rating` on the scale of [`rating`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rating {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    #[serde(rename = "ratingValue")]
    pub rating_value: u8,
    #[serde(rename = "bestRating")]
    pub best_rating: u8,
    #[serde(rename = "worstRating")]
    pub worst_rating: u8,
    #[serde(rename = "alternateName")]
    pub alternate_name: &'static str,
    pub name: &'static str,
}

/// The review of one claim of `file`, or `None` when its status is not a
/// verdict to publish ([`rating`]).
pub fn review(
    file: &ArticleFile,
    claim: &ClaimRecord,
    publisher: &Publisher,
    url: &ReviewUrl,
) -> Option<ClaimReview> {
    let (value, name) = rating(claim.status)?;
    let article = &file.article;
    Some(ClaimReview {
        context: CONTEXT,
        kind: "ClaimReview",
        url: url.make(&article.id, &claim.id),
        claim_reviewed: one_line(&claim.text),
        item_reviewed: Claim {
            kind: "Claim",
            author: claim.speaker.as_deref().map(|speaker| Author {
                kind: classify_speaker(speaker).schema_type(),
                name: one_line(speaker),
            }),
            date_published: recorded_at(article, claim.first_seen),
            appearance: Appearance {
                kind: "CreativeWork",
                headline: one_line(&article.title),
                url: source_url(article, claim.last_seen),
            },
        },
        author: Organization {
            kind: "Organization",
            name: publisher.name.clone(),
            url: publisher.url.clone(),
        },
        review_rating: Rating {
            kind: "Rating",
            rating_value: value,
            best_rating: BEST_RATING,
            worst_rating: WORST_RATING,
            alternate_name: name,
            name,
        },
        date_published: verdict_date(claim),
    })
}

/// When the claim got its current status: the last `status` entry of its log
/// that set it. `None` for a hand-made record without one.
pub fn verdict_date(claim: &ClaimRecord) -> Option<String> {
    claim
        .log
        .iter()
        .rev()
        .find(|e| e.event == LogEvent::Status && e.to.as_deref() == Some(claim.status.as_str()))
        .map(|e| e.at.to_string())
}

/// When revision `n` was recorded (the latest revision's date when `n` is
/// not recorded).
fn recorded_at(article: &Article, n: u32) -> String {
    article
        .revisions
        .iter()
        .find(|r| r.revision == n)
        .or(article.revisions.last())
        .map(|r| r.recorded_at.to_string())
        .unwrap_or_default()
}

/// Revision `n`'s source, when it is a web address.
fn source_url(article: &Article, n: u32) -> Option<String> {
    let revision = article.revisions.iter().find(|r| r.revision == n)?;
    check_url(&revision.source)
        .is_ok()
        .then(|| revision.source.clone())
}

/// `text` with every run of white space (a quote's paragraph break) one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_a_place_on_the_scale_or_is_not_published() {
        let mut values = Vec::new();
        for status in Status::ALL {
            match rating(status) {
                Some((value, name)) => {
                    assert!((WORST_RATING..=BEST_RATING).contains(&value), "{status:?}");
                    assert!(status.is_verdict(), "{status:?}");
                    assert!(!name.is_empty());
                    values.push(value);
                }
                None => assert!(!status.is_verdict(), "{status:?}"),
            }
        }
        let mut unique = values.clone();
        unique.dedup();
        assert_eq!(values.len(), 4);
        assert_eq!(unique.len(), values.len(), "one value per verdict");
        assert_eq!(rating(Status::False), Some((WORST_RATING, "False")));
        assert_eq!(rating(Status::Verified), Some((BEST_RATING, "True")));
    }

    #[test]
    fn speakers_are_people_or_organizations() {
        for person in [
            "Vladimir Putin",
            "Samantha Power",
            "Saad al-Hadithi",
            "John F. Kennedy",
            "Ursula von der Leyen",
            "Jean-Luc Picard",
            "Hassan Rouhani",
            "Seán Ó Fearghaíl",
        ] {
            assert_eq!(classify_speaker(person), AuthorKind::Person, "{person}");
        }
        for organization in [
            "Washington",
            "Iraq",
            "Putin",
            "Western powers",
            "The Pentagon",
            "Washington and its allies",
            "the clerk",
            "AFP",
            "U.S. officials",
            "Ministry of Defence",
            "United Nations",
            "Reuters News Agency",
            "de facto rulers",
            "",
            "A Very Long Name Of Five Words",
        ] {
            assert_eq!(
                classify_speaker(organization),
                AuthorKind::Organization,
                "{organization}"
            );
        }
    }

    #[test]
    fn review_urls_come_from_a_checked_template() {
        let url = ReviewUrl::new("https://example.org/checks/{article}#claim-{id}").unwrap();
        assert_eq!(
            url.make("putin", "k7q2m9"),
            "https://example.org/checks/putin#claim-k7q2m9"
        );
        for bad in [
            "https://example.org/checks",
            "https://example.org/{article}/{slug}#{id}",
            "https://example.org/{id",
            "https://example.org/}{id}",
            "example.org/{id}",
            "https:///{id}",
            "https://example.org/a b/{id}",
        ] {
            assert!(ReviewUrl::new(bad).is_err(), "{bad}");
        }
        let publisher = Publisher {
            name: "Example Daily".into(),
            url: "https://example.org/#top".into(),
        };
        assert_eq!(
            ReviewUrl::anchored(&publisher).make("putin", "k7q2m9"),
            "https://example.org/#putin-k7q2m9"
        );
        for (home, review) in [
            ("https://example.org", "https://example.org/#a-b"),
            (
                "https://example.org/checks",
                "https://example.org/checks#a-b",
            ),
            ("https://example.org?x=1", "https://example.org?x=1#a-b"),
        ] {
            let publisher = Publisher {
                name: "Example Daily".into(),
                url: home.into(),
            };
            assert_eq!(ReviewUrl::anchored(&publisher).make("a", "b"), review);
        }
    }

    #[test]
    fn urls_are_absolute_web_addresses() {
        assert!(check_url("https://example.org").is_ok());
        assert!(check_url("http://example.org/a?b#c").is_ok());
        for bad in [
            "",
            "example.org",
            "ftp://example.org",
            "https://",
            "https://a b",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
    }
}
