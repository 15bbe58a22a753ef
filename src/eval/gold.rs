//! Scoring one article against a hand-made gold file (the shape of
//! `seed/syria-ceasefire.gold.json`): document-level entities, dates, quotes
//! and not-quotes.

use super::score::{Counts, Prf, match_sets};
use crate::normalize::match_key;
use crate::output::{Analysis, TextSpan};
use serde::{Deserialize, Serialize};

/// A gold entity: a canonical name and its distinct mention strings.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoldEntity {
    /// Canonical name.
    pub name: String,
    /// Distinct mention strings.
    #[serde(default)]
    pub mentions: Vec<String>,
}

/// A gold date.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoldDate {
    /// The text as written.
    pub text: String,
    /// ISO value or null.
    #[serde(default)]
    pub value: Option<String>,
}

/// A gold quote: code-point offsets of the quoted text and the speaker's name.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoldQuote {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// Canonical name of the speaker.
    #[serde(default)]
    pub speaker: Option<String>,
}

/// A span that must not be reported as a quote.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoldSpan {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
}

/// A gold file.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Gold {
    /// Reference date `YYYY-MM-DD`.
    #[serde(default)]
    pub ref_date: Option<String>,
    /// People.
    #[serde(default)]
    pub people: Vec<GoldEntity>,
    /// Places.
    #[serde(default)]
    pub places: Vec<GoldEntity>,
    /// Organizations.
    #[serde(default)]
    pub organizations: Vec<GoldEntity>,
    /// Dates.
    #[serde(default)]
    pub dates: Vec<GoldDate>,
    /// Quotes.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// Spans that are not quotes.
    #[serde(default)]
    pub not_quotes: Vec<GoldSpan>,
}

/// Scores of one entity kind.
#[derive(Clone, Debug, Default, Serialize)]
pub struct EntityScore {
    /// Entity-level scores (an entity matches when its name or a mention
    /// equals the gold name or a gold mention).
    pub entities: Prf,
    /// Matched entities whose set of distinct mention strings equals gold's.
    pub clusters_exact: usize,
    /// Scores over distinct mention strings.
    pub mentions: Prf,
    /// Predicted entities that matched no gold entity (names).
    pub spurious: Vec<String>,
    /// Gold entities that no prediction matched (names).
    pub missed: Vec<String>,
    /// Matched entities whose mentions differ: `name: +extra -missing`.
    pub cluster_errors: Vec<String>,
}

/// Scores of one article.
#[derive(Clone, Debug, Default, Serialize)]
pub struct GoldReport {
    /// People.
    pub people: EntityScore,
    /// Places.
    pub places: EntityScore,
    /// Organizations.
    pub organizations: EntityScore,
    /// Dates matched on their text.
    pub dates_text: Prf,
    /// Dates matched on text and value.
    pub dates_value: Prf,
    /// Quotes matched on exact offsets.
    pub quotes: Prf,
    /// Matched quotes whose speaker is right.
    pub quote_speakers_right: usize,
    /// Predicted quotes overlapping a not-quote span.
    pub not_quote_violations: usize,
}

/// A predicted entity reduced to its name and mention strings.
#[derive(Clone, Debug)]
pub struct PredEntity {
    /// Canonical name.
    pub name: String,
    /// Mentions.
    pub mentions: Vec<String>,
}

impl PredEntity {
    fn from(name: &str, mentions: &[TextSpan]) -> PredEntity {
        PredEntity {
            name: name.to_string(),
            mentions: mentions.iter().map(|m| m.text.clone()).collect(),
        }
    }
}

fn key(s: &str) -> String {
    match_key(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn distinct(v: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = v.into_iter().collect();
    v.sort();
    v.dedup();
    v
}

/// Scores predicted entities against gold entities of one kind.
pub fn score_entities(pred: &[PredEntity], gold: &[GoldEntity]) -> EntityScore {
    let gold_keys: Vec<Vec<String>> = gold
        .iter()
        .map(|g| distinct(std::iter::once(key(&g.name)).chain(g.mentions.iter().map(|m| key(m)))))
        .collect();
    let mut gold_taken = vec![false; gold.len()];
    let mut out = EntityScore::default();
    let mut counts = Counts::default();
    let mut mention_counts = Counts::default();
    for p in pred {
        let pkeys =
            distinct(std::iter::once(key(&p.name)).chain(p.mentions.iter().map(|m| key(m))));
        let hit = (0..gold.len())
            .find(|&i| !gold_taken[i] && pkeys.iter().any(|k| gold_keys[i].contains(k)));
        let pm = distinct(p.mentions.iter().map(|m| key(m)));
        match hit {
            Some(i) => {
                gold_taken[i] = true;
                counts.tp += 1;
                let gm = distinct(gold[i].mentions.iter().map(|m| key(m)));
                let c = match_sets(&pm, &gm);
                mention_counts.add(c);
                if pm == gm {
                    out.clusters_exact += 1;
                } else {
                    let extra: Vec<&String> = pm.iter().filter(|m| !gm.contains(m)).collect();
                    let missing: Vec<&String> = gm.iter().filter(|m| !pm.contains(m)).collect();
                    out.cluster_errors
                        .push(format!("{}: +{:?} -{:?}", gold[i].name, extra, missing));
                }
            }
            None => {
                counts.fp += 1;
                mention_counts.fp += pm.len();
                out.spurious.push(p.name.clone());
            }
        }
    }
    for (i, g) in gold.iter().enumerate() {
        if !gold_taken[i] {
            counts.fn_ += 1;
            mention_counts.fn_ += distinct(g.mentions.iter().map(|m| key(m))).len();
            out.missed.push(g.name.clone());
        }
    }
    out.entities = counts.prf();
    out.mentions = mention_counts.prf();
    out
}

/// Scores an analysis against a gold file.
pub fn score(a: &Analysis, gold: &Gold) -> GoldReport {
    let people: Vec<PredEntity> = a
        .people
        .iter()
        .map(|p| PredEntity::from(&p.name, &p.mentions))
        .collect();
    let places: Vec<PredEntity> = a
        .places
        .iter()
        .map(|p| PredEntity::from(&p.name, &p.mentions))
        .collect();
    let orgs: Vec<PredEntity> = a
        .organizations
        .iter()
        .map(|p| PredEntity::from(&p.name, &p.mentions))
        .collect();

    let pd_text: Vec<String> = a.dates.iter().map(|d| key(&d.text)).collect();
    let gd_text: Vec<String> = gold.dates.iter().map(|d| key(&d.text)).collect();
    let pd_val: Vec<(String, Option<String>)> = a
        .dates
        .iter()
        .map(|d| (key(&d.text), d.value.clone()))
        .collect();
    let gd_val: Vec<(String, Option<String>)> = gold
        .dates
        .iter()
        .map(|d| (key(&d.text), d.value.clone()))
        .collect();

    // Quotes: exact offsets; the speaker is right when its name matches the
    // gold speaker or a mention of the gold entity so named.
    let mut q = Counts::default();
    let mut speakers_right = 0;
    let mut gold_taken = vec![false; gold.quotes.len()];
    let all_gold: Vec<&GoldEntity> = gold
        .people
        .iter()
        .chain(&gold.organizations)
        .chain(&gold.places)
        .collect();
    for pq in &a.quotes {
        let hit = (0..gold.quotes.len()).find(|&i| {
            !gold_taken[i] && gold.quotes[i].start == pq.start && gold.quotes[i].end == pq.end
        });
        match hit {
            Some(i) => {
                gold_taken[i] = true;
                q.tp += 1;
                let gs = gold.quotes[i].speaker.as_deref().map(key);
                let ps = pq.speaker.as_ref().map(|s| key(&s.name));
                let ok = match (gs, ps) {
                    (None, None) => true,
                    (Some(g), Some(p)) => {
                        g == p
                            || all_gold.iter().any(|e| {
                                key(&e.name) == g && e.mentions.iter().any(|m| key(m) == p)
                            })
                    }
                    _ => false,
                };
                if ok {
                    speakers_right += 1;
                }
            }
            None => q.fp += 1,
        }
    }
    q.fn_ = gold_taken.iter().filter(|t| !**t).count();
    let violations = a
        .quotes
        .iter()
        .filter(|pq| {
            gold.not_quotes
                .iter()
                .any(|n| pq.start < n.end && n.start < pq.end)
        })
        .count();

    GoldReport {
        people: score_entities(&people, &gold.people),
        places: score_entities(&places, &gold.places),
        organizations: score_entities(&orgs, &gold.organizations),
        dates_text: match_sets(&pd_text, &gd_text).prf(),
        dates_value: match_sets(&pd_val, &gd_val).prf(),
        quotes: q.prf(),
        quote_speakers_right: speakers_right,
        not_quote_violations: violations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ge(name: &str, mentions: &[&str]) -> GoldEntity {
        GoldEntity {
            name: name.into(),
            mentions: mentions.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn pe(name: &str, mentions: &[&str]) -> PredEntity {
        PredEntity {
            name: name.into(),
            mentions: mentions.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn entity_matching() {
        let gold = vec![
            ge("جون كيري", &["جون كيري", "كيري"]),
            ge("الأمم المتحدة", &["للامم المتحدة"]),
            ge("فيليب هاموند", &["فيليب هاموند", "هاموند"]),
        ];
        let pred = vec![
            // Matched through a mention; cluster exact (hamza folded).
            pe("جون كيري", &["جون كيري", "كيري", "كيري"]),
            // Matched through the name; cluster exact.
            pe("الامم المتحدة", &["للامم المتحدة"]),
            // Spurious.
            pe("أمل", &["أمل"]),
        ];
        let s = score_entities(&pred, &gold);
        assert_eq!(
            (s.entities.tp, s.entities.predicted, s.entities.gold),
            (2, 3, 3)
        );
        assert_eq!(s.clusters_exact, 2);
        assert_eq!(s.spurious, vec!["أمل".to_string()]);
        assert_eq!(s.missed, vec!["فيليب هاموند".to_string()]);
        assert_eq!(
            (s.mentions.tp, s.mentions.predicted, s.mentions.gold),
            (3, 4, 5)
        );
    }

    #[test]
    fn split_cluster_counts_once() {
        let gold = vec![ge("جون كيري", &["جون كيري", "كيري"])];
        let pred = vec![pe("جون كيري", &["جون كيري"]), pe("كيري", &["كيري"])];
        let s = score_entities(&pred, &gold);
        assert_eq!((s.entities.tp, s.entities.predicted), (1, 2));
        assert_eq!(s.clusters_exact, 0);
        assert_eq!(s.cluster_errors.len(), 1);
    }
}
