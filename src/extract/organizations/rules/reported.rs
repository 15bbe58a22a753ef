//! A newspaper or another source named in quotation marks as the subject of
//! a reporting verb («وعلمت "الوطن" أن …», «زارت « سيدتي » الفنانة») or as
//! the one told («وقال لـ"الوطن" إن …»): the outlet, whatever its name
//! means as a word (الوطن، الرياض، المدينة، اليوم).

use super::super::lexicon::places;
use super::candidate::{Candidate, canonical_of};
use super::name_after::{enclosed_after, quoted_after};
use super::words::OPEN_QUOTES;
use crate::document::Document;
use crate::extract::people::lexicon::{NameFlags, lexicon as people_lexicon};
use crate::extract::words::is_stopword;

/// Feminine perfect verbs of reporting (matching keys, no proclitic): a
/// newspaper (صحيفة) is their subject. A quotation may follow the speech
/// verbs, so after these the name must be followed by a complementizer, a
/// preposition or a colon.
const SPEECH_VERBS: &[&str] = &[
    "قالت",
    "ذكرت",
    "اضافت",
    "اكدت",
    "اوضحت",
    "كشفت",
    "افادت",
    "نقلت",
    "نشرت",
];

/// Feminine perfect verbs of a reporter's work: finding out, watching,
/// obtaining («وعلمت "الوطن" من مصادر», «حصلت "الوطن" على»).
const WORK_VERBS: &[&str] = &[
    "علمت",
    "رصدت",
    "تابعت",
    "حصلت",
    "تلقت",
    "اطلعت",
    "استطلعت",
    "انفردت",
];

/// Feminine perfect verbs of meeting and visiting: a place may be their
/// object («زارت "الرياض"»), so the name must be none.
const MEETING_VERBS: &[&str] = &["التقت", "زارت", "حاورت", "سالت", "رافقت", "جالت"];

/// Words of saying before «لـ"…"» (matching keys, no proclitic, a pronoun
/// allowed after them): «قال لـ"الوطن"», «في تصريح لـ"الرياض"».
const TELLING_WORDS: &[&str] = &[
    "قال",
    "اكد",
    "اوضح",
    "كشف",
    "ذكر",
    "صرح",
    "افاد",
    "اضاف",
    "شرح",
    "اشار",
    "تصريح",
    "تصريحات",
    "حديث",
];

/// Words after the name that show the verb's report goes on: «أن», «إن»,
/// «بأن», «عن», «في», «من».
const AFTER_REPORT: &[&str] = &["ان", "بان", "عن", "في", "من"];

/// Outlets named in quotation marks after a reporting verb or after «لـ»
/// when told something.
pub fn reported_candidates(doc: &Document) -> Vec<Candidate> {
    let toks = doc.tokens();
    let mut out = Vec::new();
    for j in words_before_marks(doc) {
        let k = doc.token_key(&toks[j]);
        // (Every verb of the lists ends in ت: one test for most words.)
        if !(k.ends_with('ت') || k == "ل") {
            continue;
        }
        let bare = k.strip_prefix(['و', 'ف']).unwrap_or(k);
        let speech = SPEECH_VERBS.contains(&bare);
        let meeting = MEETING_VERBS.contains(&bare);
        let lam = k == "ل";
        if !(speech || meeting || lam || WORK_VERBS.contains(&bare)) {
            continue;
        }
        let Some(range) =
            quoted_after(doc, j, true).or_else(|| enclosed_after(doc, j, true, &['('], &[')']))
        else {
            continue;
        };
        let Some((first, last)) = doc.token_span(&range) else {
            continue;
        };
        if last > first + 2 || !name_like(doc, first, last, meeting) {
            continue;
        }
        // What follows the closing mark: a colon, a comma, or a word.
        let after_gap = &doc.norm()[toks[last].range.end
            ..toks
                .get(last + 1)
                .map_or(doc.norm().len(), |t| t.range.start)];
        let reported = after_gap.contains([':', '،', ','])
            || toks.get(last + 1).is_some_and(|t| {
                t.sentence == toks[last].sentence && AFTER_REPORT.contains(&doc.token_key(t))
            });
        if (speech || lam) && !reported {
            continue;
        }
        // «قال لـ"الوطن"», «في تصريح لـ"الرياض"», «وأكد مصدر لـ"دنيا
        // الرياضة" أن»: told by a speaker.
        let told = (j > 0
            && toks[j - 1].sentence == toks[j].sentence
            && telling(doc.token_key(&toks[j - 1])))
            || toks
                .get(last + 1)
                .is_some_and(|t| matches!(doc.token_key(t), "ان" | "بان"))
            || after_gap.contains(':');
        if lam && !told {
            continue;
        }
        let mut c = Candidate::from_rule(
            range.clone(),
            canonical_of(doc, range, false),
            String::new(),
        );
        // A company or an authority may say something too («وأوضحت "الغذاء
        // والدواء"», «ذكرت "إينوك"»); a reporter's work and what one is
        // told are a newspaper's.
        c.kind = (!speech).then(|| "agency_media".to_string());
        out.push(c);
    }
    out
}

/// The tokens (in text order) followed by an opening quotation mark or
/// parenthesis in the gap before the next token: the only words the rule
/// reads, found by a vectorized search for the marks' bytes (their first
/// byte for «“„‘) instead of a test per token.
fn words_before_marks(doc: &Document) -> Vec<usize> {
    let norm = doc.norm();
    let bytes = norm.as_bytes();
    let toks = doc.tokens();
    let mut out: Vec<usize> = memchr::memchr3_iter(b'"', b'(', 0xC2, bytes)
        .chain(memchr::memchr_iter(0xE2, bytes))
        .filter(|&p| {
            norm.get(p..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| c == '(' || OPEN_QUOTES.contains(&c))
        })
        .filter_map(|p| {
            // The token before the mark, with the next token after it.
            let n = toks.partition_point(|t| t.range.end <= p);
            (n > 0 && toks.get(n).is_some_and(|t| t.range.start > p)).then_some(n - 1)
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// True for a word of saying, with a proclitic و or a pronoun suffix.
fn telling(k: &str) -> bool {
    let k = k.strip_prefix('و').unwrap_or(k);
    TELLING_WORDS.iter().any(|w| {
        k.strip_prefix(w)
            .is_some_and(|rest| matches!(rest, "" | "ه" | "ها" | "هم" | "ت"))
    })
}

/// True when the quoted words may name an outlet: no function word, no
/// person's given name first («وذكرت "زهراء"»), and no place after a verb
/// of visiting.
fn name_like(doc: &Document, first: usize, last: usize, meeting: bool) -> bool {
    let toks = doc.tokens();
    let people = people_lexicon();
    let pl = places();
    let k = doc.token_key(&toks[first]);
    // «الأهلي لـ «مجانينه»»: a noun with a pronoun (his fans) names no
    // outlet.
    let last_text = doc.token_text(&toks[last]);
    !is_stopword(k)
        && !["ه", "ها", "هم", "هن"]
            .iter()
            .any(|s| last_text.ends_with(s))
        && !people.names.get(k).is_some_and(|f| f.has(NameFlags::GIVEN))
        && (first..=last).all(|i| !doc.token_text(&toks[i]).chars().any(|c| c.is_ascii_digit()))
        && !(meeting
            && (pl.is_place(k)
                || pl.is_place(&doc.key()[doc.tokens()[first].range.start..toks[last].range.end])))
}
