//! The subject of a sentence's main verb, for speech with no subject of
//! its own: a participle (مؤكدا، مبينا أن …), pro-drop after a sentence
//! without a cue, and honorific pronouns (سموه، معاليه) that stand for the
//! person spoken of.

use super::entities::EntityKind;
use super::phrase::Scan;
use crate::output::Speaker;

/// Honorific pronouns that stand for a person spoken of (matching keys):
/// «سموه» (his highness), «معاليه» (his excellency) …
pub const HONORIFICS: &[&str] = &[
    "سموه",
    "سموها",
    "معاليه",
    "معاليها",
    "سعادته",
    "سعادتها",
    "فضيلته",
    "سماحته",
    "فخامته",
    "جلالته",
    "دولته",
];

/// Indefinite words that begin an honorific title («صاحب السمو الشيخ»,
/// «سمو الشيخ», «معالي الوزير»), as matching keys.
const HONORIFIC_TITLES: &[&str] = &[
    "صاحب",
    "صاحبه",
    "سمو",
    "معالي",
    "فضيله",
    "سماحه",
    "فخامه",
    "دوله",
    "خادم",
];

/// True when a speaker is a person or organization entity (ids `p…`,
/// `o…`), not a place or unlinked words.
pub fn names_person_or_body(s: &Speaker) -> bool {
    s.id.as_deref().is_some_and(|id| id.starts_with(['p', 'o']))
}

/// Words that may open a sentence before its main verb («من جانبه
/// استعرض …», «بعد ذلك ألقى …»), as matching keys.
const OPENERS: &[&[&str]] = &[
    &["من", "جانب", "اخر"],
    &["من", "جهه", "اخري"],
    &["الي", "ذلك"],
    &["في", "غضون", "ذلك"],
    &["من", "جانبه"],
    &["من", "جانبها"],
    &["من", "جهته"],
    &["من", "جهتها"],
    &["من", "ناحيته"],
    &["من", "ناحيتها"],
    &["بدوره"],
    &["بدورها"],
    &["بعد", "ذلك"],
    &["عقب", "ذلك"],
    &["ثم"],
    &["كما"],
    &["وقد"],
    &["قد"],
];

/// The person named at token `k`, or after one definite title word there
/// («المهندس»), ending before token `end`.
fn person_after_office_place<'s>(
    scan: &'s Scan,
    k: usize,
    end: usize,
) -> Option<&'s super::entities::MentionRef<'s>> {
    let toks = scan.doc.tokens();
    let person = |k: usize| {
        (k < toks.len() && scan.gap(k - 1, k).trim().is_empty())
            .then(|| scan.ents.starting_at(k))
            .flatten()
            .filter(|m| m.kind == EntityKind::Person && m.last < end)
    };
    person(k).or_else(|| {
        (k < toks.len() && scan.key(k).starts_with("ال") && scan.ents.starting_at(k).is_none())
            .then(|| person(k + 1))
            .flatten()
    })
}

/// The subject of sentence `sentence`, searched before token `t`: a person
/// or organization named right after the sentence's first verb, titles
/// included («من جانبه استعرض رئيس المنظمة الدكتور بندر … مبينا أن»:
/// بندر), or a person opening the sentence. Returns the mention's first
/// token, the speaker and its kind. With `definite_titles`, only definite
/// words (titles: «الأمير», «النائب المعارض») may come between the verb and
/// the name: a sentence without a cue names people in other roles too
/// («ظهرت دعوات البنعلي»).
pub fn main_subject(
    scan: &Scan,
    sentence: usize,
    t: usize,
    definite_titles: bool,
) -> Option<(usize, Speaker, EntityKind)> {
    let s = &scan.doc.sentences()[sentence];
    let mut v = s.first_token;
    // A dateline: «سبق- جدة: ثمن السفير …».
    if let Some(k) = (v + 1..(v + 5).min(t)).find(|&k| scan.gap(k - 1, k).contains(':')) {
        v = k;
    }
    if let Some(o) = OPENERS
        .iter()
        .find(|o| v + o.len() < t && o.iter().enumerate().all(|(i, w)| scan.key(v + i) == *w))
    {
        v += o.len();
    }
    // A short prepositional phrase before a comma: «وفي طهران، دافع الرئيس
    // حسن روحاني …، مؤكدا».
    if matches!(scan.key(v), "في" | "وفي")
        && let Some(k) = (v + 2..(v + 5).min(t)).find(|&k| scan.gap(k - 1, k).contains(['،', ',']))
    {
        v = k;
    }
    // «الأمير فلان افتتح …، مؤكدا»: a person before the verb, after
    // definite title words only.
    let mut k = v;
    while k < t && k < v + 4 {
        if let Some(m) = scan.ents.starting_at(k).filter(|m| m.last < t) {
            // Not a byline («عيسى الحربي- سبق- الرياض: …»).
            let plain = m.last + 1 >= scan.doc.tokens().len()
                || scan.gap(m.last, m.last + 1).trim().is_empty();
            return (m.kind == EntityKind::Person && plain).then(|| (m.first, m.speaker(), m.kind));
        }
        if !scan.key(k).starts_with("ال") {
            break;
        }
        k += 1;
    }
    if v + 1 >= t {
        return None;
    }
    let verb = scan.key(v);
    // The verb has no article and is no particle or preposition; the word
    // after it no preposition («وأشاد بجهود الأمير نايف»: an object).
    let after = scan.key(v + 1);
    if verb.starts_with("ال")
        || scan.lex.is_complementizer(verb)
        // «عبر» is "via" and "expressed": a verb before an honorific title
        // («عبر صاحب السمو الشيخ …»).
        || (scan.lex.is_boundary(verb) && !HONORIFIC_TITLES.contains(&after))
        || (after.starts_with(['ب', 'ل']) && scan.ents.starting_at(v + 1).is_none())
    {
        return None;
    }
    let phrase = scan.phrase(v + 1, true);
    if phrase.end > t {
        return None;
    }
    // The subject follows the verb, after title words only: no preposition
    // («ورفع سمو رئيس الهيئة التهنئة لخادم الحرمين الملك سلمان»: an
    // object) and no more than a few words. A place is no subject here
    // («وقد اكتشفته اليونان ممثلا»).
    let mut body = None;
    let mut words = 0;
    let mut k = phrase.start;
    while k < phrase.end {
        if let Some(m) = scan.ents.starting_at(k) {
            // «لمنظمة الأمم المتحدة»: a name after a preposition.
            let tok = &scan.doc.tokens()[k];
            if scan.doc.span(tok.range.clone()).start < m.mention.start
                && scan.key(k).starts_with(['ب', 'ل'])
            {
                // Save the place of an office, then the holder's title
                // and name: «رئيس مجلس إدارة الغرفة بأبها المهندس عبدالله
                // المبطى».
                let holder = (m.kind == EntityKind::Place && words > 0)
                    .then(|| person_after_office_place(scan, m.last + 1, t))
                    .flatten();
                if let Some(p) = holder {
                    return Some((p.first, p.speaker(), p.kind));
                }
                break;
            }
            match m.kind {
                EntityKind::Person => return Some((m.first, m.speaker(), m.kind)),
                EntityKind::Organization => body = body.or(Some(m)),
                EntityKind::Place => {}
            }
            k = m.last + 1;
            continue;
        }
        words += 1;
        // «وأوصت الشركة جميع دول المجلس …»: a quantifier begins the object.
        if words > 6
            || matches!(
                scan.key(k),
                "جميع" | "كل" | "كافه" | "بعض" | "معظم" | "مختلف" | "عموم"
            )
            || scan.key(k).starts_with(['ب', 'ل'])
            || (definite_titles
                && !scan.key(k).starts_with("ال")
                && !HONORIFIC_TITLES.contains(&scan.key(k)))
        {
            break;
        }
        k += 1;
    }
    body.map(|m| (m.first, m.speaker(), m.kind))
}
