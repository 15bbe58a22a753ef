//! The date vocabulary (`lexicons/dates.tsv`): month names of every family,
//! Hijri months, weekdays, day words, number words, units, modifiers, …
//! loaded once and looked up per token, with Arabic proclitics stripped.

use crate::document::token_splits::{ALL_CLASSES, TokenSplit, word_hash};
use crate::extract::word_class::DATE_WORD;
use crate::extract::words::FastMap;
use crate::lexicon::{WordHashSet, tsv_rows};
use crate::normalize::match_key;

use std::sync::OnceLock;

/// A time unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Second.
    Second,
    /// Minute.
    Minute,
    /// Hour.
    Hour,
    /// Day.
    Day,
    /// Week.
    Week,
    /// Month.
    Month,
    /// Year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "s" => Unit::Second,
            "min" => Unit::Minute,
            "h" => Unit::Hour,
            "d" => Unit::Day,
            "w" => Unit::Week,
            "m" => Unit::Month,
            "y" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        })
    }

    /// The grain name used in the output (`day`, `week`, …).
    pub fn grain(self) -> &'static str {
        match self {
            Unit::Second => "second",
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Year => "year",
            Unit::Decade => "decade",
            Unit::Century => "century",
        }
    }
}

/// What a word means to the date grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    /// A month; `hijri` for the Islamic calendar; `amb` when the name is
    /// also a common word and needs a day, year or «شهر» next to it.
    Month {
        /// Month number 1–12.
        month: u32,
        /// Hijri month.
        hijri: bool,
        /// Ambiguous name.
        amb: bool,
    },
    /// ISO weekday (Monday = 1).
    Weekday(u32),
    /// Day offset from the reference date (أمس = -1).
    DayWord(i64),
    /// «الليلة».
    Tonight,
    /// Cardinal number word; `teen` when it starts 11–19 (أحد عشر);
    /// value 0 for «بضعة».
    Num(u32, bool),
    /// Ordinal (الخامس); `teen` as for [`Word::Num`].
    Ord(u32, bool),
    /// Indefinite unit with the count its form carries: None for the
    /// singular, Some(2) for duals, Some(0) for plurals.
    Unit(Unit, Option<u32>),
    /// Definite singular unit (الأسبوع).
    UnitDef(Unit),
    /// Definite plural unit (الأيام).
    UnitPl(Unit),
    /// Definite dual unit (العامين).
    UnitDual(Unit),
    /// A decade of the 1900s (السبعينيات → 197).
    Decade(u32),
    /// Modifier: -1 past, 0 current, 1 future; `vague` (الأخيرة).
    Mod(i64, bool),
    /// Frequency adverb with its ISO period.
    Set(&'static str),
    /// Edge of a period: `start`, `mid`, `end`.
    Edge(&'static str),
    /// Part of day (TIMEX3 code MO, MI, AF, EV, NI).
    Part(&'static str),
    /// Era marker: true for Hijri.
    Era(bool),
    /// Minutes added to a clock hour (والنصف).
    Frac(u32),
    /// A season (TIMEX3 SP, SU, FA, WI).
    Season(&'static str),
    /// A vague reference to the present or past (TimeML `PRESENT_REF`,
    /// `PAST_REF`): «الآن»، «حاليا»، «مؤخرا»، «في الوقت الراهن».
    RefAdv(&'static str),
    /// A part of a year: `H` (النصف, a half) or `Q` (الربع, a quarter).
    YearPart(char),
    /// The first day of the month named next: «أول يوليو»، «غرة رمضان»;
    /// `hijri` when it may stand before a Hijri month too («غرة», not «أول»:
    /// «أول رمضان» may be someone's first Ramadan).
    FirstDay {
        /// May name the first day of a Hijri month.
        hijri: bool,
    },
    /// A grammar word a rule can start with (من، بين، قبل، منذ، عام …).
    Trigger,
}

/// A lexicon entry: a word, possibly needing a second token.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Matching key of the second token, for two-word names (كانون الثاني).
    pub second: Option<String>,
    /// Its meaning.
    pub word: Word,
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

fn parse_word(class: &str, value: &str, flags: &str) -> Option<Word> {
    let n = || value.parse::<i64>().ok();
    Some(match class {
        "gmonth" | "hmonth" => Word::Month {
            month: u32::try_from(n()?).ok()?,
            hijri: class == "hmonth",
            amb: flags == "amb",
        },
        "weekday" => Word::Weekday(u32::try_from(n()?).ok()?),
        "dayword" => Word::DayWord(n()?),
        "tonight" => Word::Tonight,
        "num" => Word::Num(u32::try_from(n()?).ok()?, flags == "teen"),
        "ord" => Word::Ord(u32::try_from(n()?).ok()?, flags == "teen"),
        "unit" => {
            let (u, c) = value.split_once(':').unwrap_or((value, ""));
            let count = if flags == "pl" {
                Some(0)
            } else {
                c.parse().ok()
            };
            Word::Unit(Unit::parse(u)?, count)
        }
        "unitdef" => Word::UnitDef(Unit::parse(value)?),
        "unitpl" => Word::UnitPl(Unit::parse(value)?),
        "unitdual" => Word::UnitDual(Unit::parse(value)?),
        "decade" => Word::Decade(u32::try_from(n()?).ok()?),
        "mod" => Word::Mod(n()?, flags == "vague"),
        "set" => Word::Set(leak(value)),
        "edge" => Word::Edge(leak(value)),
        "part" => Word::Part(leak(value)),
        "era" => Word::Era(value == "hijri"),
        "frac" => Word::Frac(u32::try_from(n()?).ok()?),
        "season" => Word::Season(leak(value)),
        "refadv" => Word::RefAdv(leak(value)),
        "yearpart" => Word::YearPart(value.chars().next()?),
        "first" => Word::FirstDay {
            hijri: value == "any",
        },
        _ => return None,
    })
}

/// The loaded vocabulary: matching key of a first token → entries.
#[derive(Debug, Default)]
pub struct Lexicon {
    map: FastMap<String, Vec<Entry>>,
    /// [`word_hash`] of every first word of the map: a token none of whose
    /// proclitic splits hashes into it has no entry.
    words: WordHashSet,
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut lex = Lexicon::default();
        for row in tsv_rows(include_str!("../../../lexicons/dates.tsv")) {
            let (Some(form), Some(class)) = (row.first(), row.get(1)) else {
                continue;
            };
            let value = row.get(2).copied().unwrap_or("");
            let flags = row.get(3).copied().unwrap_or("");
            let Some(word) = parse_word(class, value, flags) else {
                continue;
            };
            let key = match_key(form);
            let mut parts = key.split_whitespace();
            let Some(first) = parts.next() else { continue };
            let second = parts.next().map(str::to_string);
            // Longer names («أول من أمس») are read by the grammar itself:
            // their first two words alone («أول من») mean nothing.
            if parts.next().is_some() {
                continue;
            }
            let entry = Entry { second, word };
            // «للعام» = ل + العام with the article's alef dropped.
            if let Some(rest) = first.strip_prefix("ال")
                && rest.chars().count() >= 2
                && !rest.starts_with('ل')
            {
                lex.map
                    .entry(format!("#ل{rest}"))
                    .or_default()
                    .push(entry.clone());
            }
            lex.map.entry(first.to_string()).or_default().push(entry);
        }
        for w in super::grammar::TRIGGERS {
            lex.map.entry((*w).to_string()).or_default().push(Entry {
                second: None,
                word: Word::Trigger,
            });
        }
        lex.words = lex
            .map
            .keys()
            .filter(|k| !k.starts_with('#'))
            .map(|k| word_hash(k))
            .collect();
        lex
    }

    /// False when [`Lexicon::lookup`] finds nothing for a token with these
    /// proclitic splits ([`crate::document::Document::token_splits`]): no
    /// split's stem is a first word of the vocabulary. A token too short to
    /// have splits may still have entries.
    pub fn may_have_entries(&self, splits: &[TokenSplit]) -> bool {
        // The word-class table registers exactly these stems under
        // DATE_WORD: a split it has classified needs no second look-up.
        splits.is_empty()
            || splits.iter().any(|s| {
                s.may_be(DATE_WORD) && (s.classes != ALL_CLASSES || self.words.contains(&s.hash))
            })
    }

    /// [`word_hash`] of every first word of the vocabulary, for
    /// [`crate::extract::word_class`].
    pub fn word_hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.words.iter().copied()
    }

    /// [`word_hash`] of every key [`Lexicon::is_month`] is true for.
    pub fn month_hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.map
            .iter()
            .filter(|(_, entries)| entries.iter().any(|e| matches!(e.word, Word::Month { .. })))
            .map(|(k, _)| word_hash(k))
    }

    /// True when `key` (a matching key) is a month name of either calendar
    /// (one word: «نيسان», «رمضان»).
    pub fn is_month(&self, key: &str) -> bool {
        self.exact(key)
            .iter()
            .any(|e| matches!(e.word, Word::Month { .. }))
    }

    /// Entries whose first word is exactly `key`.
    pub fn exact(&self, key: &str) -> &[Entry] {
        self.map.get(key).map_or(&[], Vec::as_slice)
    }

    /// Entries for a token key, trying the word as is, then without
    /// proclitics (و ف, then ب ل ك, and لل). Returns the byte length of
    /// the stripped prefix and the entries.
    pub fn lookup(&self, key: &str) -> (usize, &[Entry]) {
        let found = self.exact(key);
        if !found.is_empty() {
            return (0, found);
        }
        let mut off = 0;
        for (i, set) in [&['و', 'ف'][..], &['ب', 'ل', 'ك'][..]].iter().enumerate() {
            let rest = &key[off..];
            let Some(c) = rest.chars().next() else { break };
            if !set.contains(&c) {
                continue;
            }
            off += c.len_utf8();
            let stem = &key[off..];
            if stem.chars().count() < 2 {
                break;
            }
            let found = self.exact(stem);
            if !found.is_empty() {
                return (off, found);
            }
            if i == 1 && c == 'ل' && stem.starts_with('ل') {
                let mut k = String::with_capacity(stem.len() + 1);
                k.push('#');
                k.push_str(stem);
                if let Some(v) = self.map.get(&k) {
                    // The entry's own article starts at the second ل.
                    return (off - c.len_utf8(), v);
                }
            }
        }
        (0, &[])
    }
}

/// The vocabulary, loaded on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}
