//! Head words with their complements: «وزارة الخارجية الروسية», «شركة
//! وقاية للتأمين», «وكالة “فرانس برس”», short ministry names.

use super::super::lexicon::{orgs, places};
use super::super::place_context::PlaceContext;
use super::candidate::{Candidate, canonical_of, mention_start};
use super::clubs::sports_context;
use super::names::quoted;
use super::words::{
    ANAPHOR_HEADS, BANK_HEADS, CLOSE_QUOTES, CLUB_HEADS, CULTURAL_CLUB_ADJECTIVES,
    DESCRIPTIVE_KINDS, FACILITY_HEADS, FIELD_NAMED_KINDS, FIELD_NOUNS, FOREIGN_CONNECTIVES,
    GOVERNMENT_KINDS, INSTITUTIONAL_ADJECTIVES, KEEP_HEADS, MINISTER_WORDS, NAME_HEADS,
    OPEN_QUOTES, POLITICAL_WORDS, RELATION_WORDS, RULER_TITLES, TIME_WORDS, VENUE_WORDS,
    VERBAL_HEADS, WEAK_HEADS, clause_adjective, common_noun, complement_disagrees,
    construct_verb_or_adjective, disagrees, ends_complements, is_nisba, latin_word,
    noun_after_adjective, short_imperfect, verb_or_participle, verb_shape, year_after,
};
use crate::document::Document;
use crate::extract::people::lexicon::{NameFlags, lexicon as people_lexicon};
use crate::extract::words::{clean_gap, entry_key, is_definite, is_stopword, lookup_stem};
use crate::lexicon::LexMatch;
use std::cell::OnceCell;
use std::ops::Range;

/// True when a head match is definite (الحكومة، للمجلس).
pub(super) fn head_is_definite(doc: &Document, m: &LexMatch) -> bool {
    doc.key()[m.name.clone()].starts_with("ال") || lex_head_definite(doc, &m.name)
}

/// True when token `j` is «الخاص ب» / «الخاصة ب» (concerning); after a
/// complement it qualifies the noun before the name: «قرار وزارة العمل
/// الخاص بتحصيل» (but «المحكمة الخاصة بلبنان»).
pub(super) fn concerning(doc: &Document, j: usize) -> bool {
    let toks = doc.tokens();
    matches!(doc.token_key(&toks[j]), "الخاص" | "الخاصه")
        && toks
            .get(j + 1)
            .is_some_and(|t| doc.token_key(t).starts_with('ب'))
}

/// True when token `j` may be the one-word name before a field: a word,
/// indefinite, no function word nor general adjective or verb, no
/// participle or plural, no pronoun suffix, no tanween («شركة جديدةً
/// للتأمين»).
pub(super) fn word_before_field(doc: &Document, j: usize) -> bool {
    let toks = doc.tokens();
    let t = &toks[j];
    let k = doc.token_key(t);
    let text = doc.token_text(t);
    // A participle describes the company: «شركة متخصصة», «شركة مستقلة».
    let participle = (k.starts_with("مت") || k.starts_with("مست")) && k.ends_with('ه');
    // A plural counts what the head groups: «مجموعة انتقادات للمشروع».
    let plural = k.ends_with("ات");
    t.kind == crate::document::TokenKind::Word
        && k.chars().count() >= 3
        && !participle
        && !plural
        && !k.starts_with("ال")
        && !k.starts_with('ل')
        && !is_stopword(k)
        && !super::super::lexicon::general_non_nouns().contains(k)
        && !places().is_demonym(k)
        && !["ه", "ها", "هم", "هما"].iter().any(|s| text.ends_with(s))
        && !doc.nunated(t.range.clone())
}

/// The last token of a field right after token `j`: لل + a definite noun
/// and its definite adjectives or coordinated nouns («للتكنولوجيا», «للعلوم
/// والتقنية»), or ل + an indefinite noun + a definite one.
pub(super) fn lam_field(doc: &Document, j: usize) -> Option<usize> {
    let toks = doc.tokens();
    let t = toks.get(j + 1)?;
    let k = doc.token_key(t);
    if !(k.starts_with("لل") && clean_gap(doc, j, j + 1) && t.sentence == toks[j].sentence) {
        return field_complement(doc, j);
    }
    let mut end = j + 1;
    while let Some(n) = toks.get(end + 1) {
        let nk = doc.token_key(n);
        let word = nk.strip_prefix('و').unwrap_or(nk);
        if n.sentence != t.sentence || !clean_gap(doc, end, end + 1) || !plain_definite(word) {
            break;
        }
        end += 1;
    }
    Some(end)
}

/// The last token of a field complement right after token `j`: ل + an
/// indefinite noun + a definite one («لكرة القدم», «لحقوق الإنسان»); not ل
/// + an imperfect verb («ليكون الرابع»), nor a time («لصيف العام»).
pub(super) fn field_complement(doc: &Document, j: usize) -> Option<usize> {
    let toks = doc.tokens();
    let a = toks.get(j + 1)?;
    // «لشركات صناعة السيارات», «لمكافحة غسل الأموال»: a second indefinite
    // noun in construct before the definite one.
    let second_noun = |t: usize| {
        toks.get(t).is_some_and(|tok| {
            let k = doc.token_key(tok);
            tok.kind == crate::document::TokenKind::Word
                && tok.sentence == a.sentence
                && clean_gap(doc, t - 1, t)
                && k.chars().count() >= 3
                && !k.starts_with(['ا', 'ل', 'و', 'ب', 'ف'])
                && !is_stopword(k)
                && !TIME_WORDS.contains(&k)
                && !super::super::lexicon::general_non_nouns().contains(k)
                && !verb_or_participle(k)
                && !doc.nunated(tok.range.clone())
        })
    };
    let def = if toks
        .get(j + 2)
        .is_some_and(|t| doc.token_key(t).starts_with("ال"))
        || !second_noun(j + 2)
    {
        j + 2
    } else {
        j + 3
    };
    let b = toks.get(def)?;
    let (ka, kb) = (doc.token_key(a), doc.token_key(b));
    let ok = clean_gap(doc, j, j + 1)
        && clean_gap(doc, def - 1, def)
        && a.sentence == b.sentence
        && ka.starts_with('ل')
        && !ka.starts_with("لل")
        && !ka.starts_with("لي")
        && !ka.starts_with("ال")
        && ka.chars().count() >= 4
        && !is_stopword(ka)
        // «لهذا الموسم»: ل + a function word.
        && !is_stopword(&ka['ل'.len_utf8()..])
        && kb.starts_with("ال")
        && is_definite(kb)
        && !is_stopword(kb)
        // «جامعة هارفارد لصيف العام الحالي»: a time, not a field.
        && !TIME_WORDS.contains(&kb);
    if !ok {
        return None;
    }
    // The field's adjectives: «لذوي الاحتياجات الخاصة».
    let mut end = def;
    while let Some(n) = toks.get(end + 1) {
        let nk = doc.token_key(n);
        if end >= def + 2
            || n.sentence != b.sentence
            || !clean_gap(doc, end, end + 1)
            // Feminine: fields are plurals or feminine nouns, and a
            // masculine adjective is the head's («مؤشر … لمناخ الأعمال
            // الرئيسي»).
            || !(nk == "الخاصه" || (is_nisba(nk) && nk.ends_with("يه")))
            || places().is_demonym(nk)
            || ends_complements(nk)
        {
            break;
        }
        end += 1;
    }
    Some(end)
}

/// True when the document names the ministry of a field in full: «وزارة
/// الثقافة» or «وزير الثقافة» for the field key «الثقافه».
/// `after` holds the byte offsets right after each «وزارة »، «وزير »،
/// «وزيرة » of the matching text, found on the first call for a document.
pub(super) fn names_ministry_in_full(
    doc: &Document,
    field: &str,
    after: &OnceCell<Vec<usize>>,
) -> bool {
    let key = doc.key();
    after
        .get_or_init(|| {
            // From each «ز» (a rare letter, found by its last byte), the
            // «و» before it and the rest of the three words after it.
            let mut at = Vec::new();
            for (i, z) in key.match_indices('ز') {
                if !key[..i].ends_with('و') {
                    continue;
                }
                let after = i + z.len();
                for rest in ["اره ", "ير ", "يره "] {
                    if key[after..].starts_with(rest) {
                        at.push(after + rest.len());
                    }
                }
            }
            at
        })
        .iter()
        .any(|&p| key[p..].starts_with(field))
}

/// True when a head match is a word of a phrase, not the head of a body:
/// «بقيادة فلان» (led by), «على هيئة فوتون» (in the form of), a short
/// ministry name after «وزير» or a field noun («وسائل الإعلام
/// اليابانية»), or as the adjective of a definite noun («السياسة الخارجية
/// السعودية»), and an abstract field («الثقافة الأميركية») where the
/// document does not name the ministry in full.
fn head_in_phrase(
    doc: &Document,
    m: &LexMatch,
    head_key: &str,
    ministry: bool,
    minister_words: &OnceCell<Vec<usize>>,
) -> bool {
    let toks = doc.tokens();
    let lex = orgs();
    let Some(first) = doc.token_at(m.range.start) else {
        return true;
    };
    // «بقيادة فلان», «برئاسة فلان»: led by, chaired by; «بقوة»: strongly.
    if m.has_prefix()
        && doc.key()[m.range.start..m.name.start].ends_with('ب')
        && matches!(head_key, "قياده" | "رياسه" | "قوه")
    {
        return true;
    }
    // «التي تجمع نجوم المسرح», «ستجمع»: the verb (gathers), not a
    // gathering.
    if head_key == "تجمع" && m.has_prefix() && doc.key()[m.range.start..m.name.start].ends_with('س')
    {
        return true;
    }
    if head_key == "تجمع"
        && !m.has_prefix()
        && first > 0
        && clean_gap(doc, first - 1, first)
        && matches!(
            doc.token_key(&toks[first - 1]),
            "التي" | "الذي" | "اللتين" | "اللذين" | "لا" | "لم" | "لن" | "قد" | "ما"
        )
    {
        return true;
    }
    // «على هيئة فوتون»: in the form of.
    if head_key == "هييه"
        && !m.has_prefix()
        && first > 0
        && clean_gap(doc, first - 1, first)
        && doc.token_key(&toks[first - 1]) == "علي"
    {
        return true;
    }
    if ministry && first > 0 {
        let prev = doc.token_key(&toks[first - 1]);
        let minister = lookup_stem(prev, |s| MINISTER_WORDS.contains(&s).then_some(()));
        // «وسائل الإعلام اليابانية», «شركات النفط الأمريكية»: the field
        // of a noun, not a ministry.
        let field_of = lookup_stem(prev, |s| FIELD_NOUNS.contains(&s).then_some(()));
        if (minister.is_some() || field_of.is_some()) && clean_gap(doc, first - 1, first) {
            return true;
        }
        // After a definite noun the word is its adjective or complement:
        // «السياسة الخارجية السعودية», «الأسواق المالية الأمريكية».
        if (prev.starts_with("ال") || prev.starts_with("لل"))
            && toks[first - 1].sentence == toks[first].sentence
            && clean_gap(doc, first - 1, first)
        {
            return true;
        }
    }
    // «الثقافة الأميركية» is American culture unless the document names
    // the ministry in full.
    if ministry
        && lex.head_needs_full_name.get(m.entry as usize) == Some(&true)
        && !names_ministry_in_full(doc, head_key, minister_words)
    {
        return true;
    }
    false
}

/// The byte range of a name in quotation marks right after token `last`
/// (at most six words, in one sentence); with `short`, at most four words
/// and no number.
fn quoted_after(doc: &Document, last: usize, short: bool) -> Option<Range<usize>> {
    let toks = doc.tokens();
    let next = toks.get(last + 1)?;
    let gap = &doc.norm()[toks[last].range.end..next.range.start];
    if !(gap.trim().chars().count() == 1 && gap.contains(OPEN_QUOTES)) {
        return None;
    }
    let mut j = last + 1;
    while j < toks.len() && j < last + 7 && toks[j].sentence == toks[last].sentence {
        let after = toks.get(j + 1).map_or(doc.norm().len(), |t| t.range.start);
        let g = &doc.norm()[toks[j].range.end..after];
        if g.contains(CLOSE_QUOTES) {
            let fits = !short
                || (j < last + 5
                    && toks[last + 1..=j]
                        .iter()
                        .all(|t| t.kind == crate::document::TokenKind::Word));
            return fits.then(|| next.range.start..toks[j].range.end);
        }
        if !g.chars().all(char::is_whitespace) {
            return None;
        }
        j += 1;
    }
    None
}

/// A head match and what the head-candidate rules know of it.
struct HeadAt<'a> {
    m: &'a LexMatch,
    kind: &'a str,
    first: usize,
    last: usize,
    /// The head's key, its article restored after a fused لل.
    key: &'a str,
    /// Words in the head.
    words: usize,
    /// Whether the head is definite.
    definite: bool,
    /// Whether the head stays in the mention before a name.
    keep: bool,
}

/// What comes right after a head.
enum NameAfter {
    /// A name: a known organization or a proper name («قناة الجزيرة»,
    /// «شركة موتورولا», «شركة وقاية للتأمين»).
    Found(Candidate),
    /// A known name that stands alone without the head: no candidate.
    Drop,
    /// No name: the complements decide.
    None,
}

/// The name right after a head: a known organization, a word and a field,
/// or a proper name (with its connectives and field).
fn name_right_after(doc: &Document, lexicon: &[Candidate], h: &HeadAt) -> NameAfter {
    let lex = orgs();
    let pl = places();
    let people_lex = people_lexicon();
    let toks = doc.tokens();
    let (m, kind, first, last) = (h.m, h.kind, h.first, h.last);
    let (head_key, head_words, definite_head, keep_head) = (h.key, h.words, h.definite, h.keep);
    let next = last + 1;
    // A known organization right after the head: «قناة الجزيرة».
    if let Some(c) = lexicon_at(doc, lexicon, next).filter(|c| !lam_before(doc, next, c)) {
        if !keep_head {
            return NameAfter::Drop;
        }
        let (start, _) = mention_start(doc, &m.range, &m.name, false);
        return NameAfter::Found(Candidate {
            range: start..c.range.end,
            ..c.clone()
        });
    }
    // A proper name right after the head: «شركة موتورولا».
    let proper = |j: usize| {
        let k = doc.token_key(&toks[j]);
        // An indefinite word with tanween («رئيسًا», «مستشارًا»).
        if doc.nunated(toks[j].range.clone()) {
            return false;
        }
        // A general word of the people lexicon's list (صغير، أكثر،
        // أخرى …), by the hash of the whole token.
        let general = doc
            .token_splits(j)
            .iter()
            .find(|s| s.cut == 0)
            .is_some_and(|s| people_lex.not_names.contains_key(&s.hash));
        // A proclitic ب before a function word: «بقوة بكل».
        let bare_b = k.strip_prefix('ب').filter(|r| r.chars().count() >= 2);
        !general
            && !is_stopword(k)
            // ب + a function word, a definite word, a place or a verbal
            // noun of the form تفعيل is a prepositional phrase: «بكل»,
            // «بالمعنى», «بتندوف», «فريق بتسجيل لاعبين».
            && !bare_b.is_some_and(|r| {
                is_stopword(r)
                    || (r.starts_with("ال") && is_definite(r))
                    || pl.is_place(r)
                    || taf3il(r)
            })
            && !verb_or_participle(k)
            && !is_definite(k)
            && !k.starts_with('و')
            && !k.chars().any(|c| c.is_numeric())
            && !pl.is_demonym(k)
            && !pl.is_place(k)
            && !lex.heads_single.contains_key(k)
            && !people_lex.particles.contains_key(k)
            && !common_noun(k)
            && !people_lex
                .names
                .get(k)
                .is_some_and(|f| f.has(NameFlags::GIVEN))
            // «إدارة كلينتون», «مكتب أولمرت»: a person's office.
            && !(kind == "government"
                && people_lex
                    .names
                    .get(k)
                    .is_some_and(|f| f.has(NameFlags::FAMILY) && f.has(NameFlags::FOREIGN)))
            && !["ه", "ها", "هم", "هما"].iter().any(|s| k.ends_with(s))
            // Last: the word-shape test is the costliest.
            && !verb_shape(k)
    };
    // Not a prepositional phrase (ل and a consonant: «لحشد») nor a
    // word with «نا» or «كم» (our, your): «تنظيم داعش لحشد شبابنا»,
    // «أسهمنا». Foreign names end in «ينا»/«ونا» (فيستينا، بولترونا).
    let continues = |j: usize| {
        let k = doc.token_key(&toks[j]);
        let lam = k
            .strip_prefix('ل')
            .and_then(|r| r.chars().next())
            .is_some_and(|c| !matches!(c, 'ا' | 'و' | 'ي'));
        let ours = k
            .strip_suffix("نا")
            .and_then(|r| r.chars().next_back())
            .is_some_and(|c| !matches!(c, 'ي' | 'و'));
        !lam && !ours && !k.ends_with("كم")
    };
    // A known name already holds the head and this word, and the
    // name alone would drop the head: «تنظيم داعش» (بانفجار …).
    let before = lexicon.partition_point(|c| c.range.start <= toks[first].range.start);
    let known_end = lexicon[..before]
        .iter()
        .rev()
        .take(2)
        .map(|c| c.range.end)
        .filter(|&e| e >= toks[next].range.end)
        .max();
    // An indefinite feminine nisba adjective describes the head:
    // «صحيفة إلكترونية», «جمعية خيرية».
    let adjective = |j: usize| {
        let k = doc.token_key(&toks[j]);
        k.ends_with("يه") && k.chars().count() >= 5
    };
    // A head of several words ending in a definite one is a whole
    // name: «مجلس الوزراء» (بإنشاء …), «مجلس الشورى» (سيعقد …).
    let complete_head = head_words > 1
        && head_key
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with("ال"));
    // A word and a field after a company's head is a name even when
    // the word is also a common noun: «شركة وقاية للتأمين», «شركة
    // أمانة للتأمين التعاوني».
    if !definite_head
        && !complete_head
        && FIELD_NAMED_KINDS.contains(&kind)
        && word_before_field(doc, next)
        // «وقاية», «رعاية»: nouns in -اية, no nisba adjectives.
        && (!adjective(next) || doc.token_key(&toks[next]).ends_with("ايه"))
        && let Some(end) = lam_field(doc, next).filter(|&e| {
            let field = doc.token_key(&toks[next + 1]);
            // «مجموعة بسيطة للغاية»: «very», no field.
            e > next && field.starts_with("لل") && field != "للغايه"
        })
    {
        let start = mention_start(doc, &m.range, &m.name, false).0;
        let range = start..toks[end].range.end;
        let canonical = canonical_of(doc, range.clone(), false);
        return NameAfter::Found(Candidate::from_rule(range, canonical, h.kind.to_string()));
    }
    // A verbal noun's object is no name: «تنظيم دخول وخروج المشاركين»,
    // «تنظيم برنامج تدريبي» (the known movements are in the lexicon:
    // «حركة حماس»).
    if !definite_head
        && !complete_head
        && !VERBAL_HEADS.contains(&head_key)
        && proper(next)
        && continues(next)
        && !adjective(next)
        && toks[next].sentence == toks[last].sentence
    {
        let mut end = next;
        while end + 1 < toks.len()
            && end < next + 2
            && toks[end + 1].sentence == toks[next].sentence
            && clean_gap(doc, end, end + 1)
            && proper(end + 1)
            && continues(end + 1)
            && !short_imperfect(doc.token_key(&toks[end + 1]))
            // «شركة هانيويل HoneyWell»: a Latin spelling after an
            // Arabic name is an alias, not the name's next word.
            && latin_word(doc, end + 1) == latin_word(doc, next)
        {
            end += 1;
        }
        // A foreign name's connective and the word after it, which
        // may be a place: «بنك أوف أميركا», «جونسون آند جونسون».
        let connective = |j: usize| {
            j + 1 < toks.len()
                && toks[j + 1].sentence == toks[next].sentence
                && FOREIGN_CONNECTIVES.contains(&doc.token_key(&toks[j]))
                && clean_gap(doc, j, j + 1)
        };
        loop {
            if connective(end) {
                end += 1;
            } else if clean_gap(doc, end, end + 1) && connective(end + 1) {
                end += 2;
            } else {
                break;
            }
        }
        // A common noun in construct with a definite word («قوة حفظ
        // السلام») is no name; a demonym may follow a name.
        let construct = end + 1 < toks.len()
            && clean_gap(doc, end, end + 1)
            && doc.token_key(&toks[end + 1]).starts_with("ال")
            && !pl.is_demonym(doc.token_key(&toks[end + 1]))
            && !ends_complements(doc.token_key(&toks[end + 1]));
        // «فريق مورينيو»: a coach's team, no club's name.
        let coach = kind == "club"
            && end == next
            && people_lex
                .names
                .get(doc.token_key(&toks[next]))
                .is_some_and(|f| f.has(NameFlags::FAMILY) && f.has(NameFlags::FOREIGN));
        if !(coach || (construct && end == next)) {
            // The field of a body named after a person or a place:
            // «معهد ماساشوستس للتكنولوجيا»; the head stays.
            let field_end = lam_field(doc, end);
            // A known name already holds the head and this word; what
            // follows it is the sentence's («تنظيم داعش عظيم للغاية»),
            // unless the known name reaches into the field: «صندوق أوبك
            // للتنمية» (الدولية).
            if known_end.is_some_and(|e| field_end.is_none() || e <= toks[end].range.end) {
                return NameAfter::Drop;
            }
            let keep_head = keep_head || field_end.is_some();
            let end = field_end.unwrap_or(end);
            let start = if keep_head {
                mention_start(doc, &m.range, &m.name, false).0
            } else {
                toks[next].range.start
            };
            let range = start..toks[end].range.end;
            let canonical = canonical_of(doc, range.clone(), false);
            return NameAfter::Found(Candidate::from_rule(range, canonical, h.kind.to_string()));
        }
    }
    NameAfter::None
}

/// Head-word candidates; `lexicon` are the lexicon candidates (a head right
/// before one of them only decides whether the head is part of the name).
pub fn head_candidates(
    doc: &Document,
    heads: &[LexMatch],
    lexicon: &[Candidate],
    pctx: &PlaceContext,
    sports: &mut Option<bool>,
) -> Vec<Candidate> {
    let lex = orgs();
    let pl = places();
    let people_lex = people_lexicon();
    let toks = doc.tokens();
    let mut out = Vec::new();
    // See `names_ministry_in_full`.
    let minister_words = OnceCell::new();
    for m in heads.iter().cloned() {
        let Some(kind) = lex.head_kinds.get(m.entry as usize) else {
            continue;
        };
        let (Some(first), Some(last)) = (
            doc.token_at(m.range.start),
            doc.token_at(m.range.end.saturating_sub(1)),
        ) else {
            continue;
        };
        // A counted head is a common noun: «أسهم 26 شركة».
        if first > 0
            && clean_gap(doc, first - 1, first)
            && toks[first - 1].kind == crate::document::TokenKind::Number
        {
            continue;
        }
        // The head's own key, its article restored after a fused لل
        // («للبنك» → البنك).
        let head_owned;
        let head_key = match doc.key()[m.name.clone()].strip_prefix('ل') {
            Some(rest) if lex_head_definite(doc, &m.name) => {
                head_owned = format!("ال{rest}");
                head_owned.as_str()
            }
            _ => &doc.key()[m.name.clone()],
        };
        // «لمصلحة» (in favour of): no authority.
        if head_key == "مصلحه"
            && m.has_prefix()
            && doc.key()[m.range.start..m.name.start].contains('ل')
        {
            continue;
        }
        // «نادى البعض»: the verb (called for), not «نادي» (club).
        if head_key == "نادي" && doc.norm()[m.name.clone()].ends_with('ى') {
            continue;
        }
        let head_words = head_key.split_whitespace().count();
        let definite_head = head_is_definite(doc, &m);
        let ministry = kind == "ministry_short";
        if head_in_phrase(doc, &m, head_key, ministry, &minister_words) {
            continue;
        }
        // «جهاز» + a name is a device («جهاز “كيندل”», «جهاز سامسونج»); the
        // apparatus of a state takes definite complements only («جهاز
        // الأمن الوطني»).
        let device = head_key == "جهاز";
        // «سهم «سابك»»: a company only with a name in marks.
        let in_marks_only = kind == "company_in_marks";
        // A name in quotation marks right after the head: «وكالة “فرانس برس”»;
        // not after a definite head, which is whole («دستور الوكالة
        // «موظفين دوليين …»»). A share's name is a short name, no phrase with
        // a number («أسهم "ما تسوى 3 ريالات"»).
        // «ديوان «فصل في الجحيم»»: a collection of poems, no court.
        let poems = head_key == "ديوان";
        if !ministry
            && !device
            && !definite_head
            && !poems
            && let Some(range) = quoted_after(doc, last, in_marks_only)
        {
            let canonical = entry_key(&doc.key()[range.clone()]);
            let kind = if in_marks_only { "company" } else { kind };
            out.push(Candidate::from_rule(range, canonical, kind.to_string()));
            continue;
        }
        if in_marks_only {
            continue;
        }
        let keep_head = head_words > 1 || KEEP_HEADS.contains(&head_key);
        if !ministry && !device && last + 1 < toks.len() && clean_gap(doc, last, last + 1) {
            let h = HeadAt {
                m: &m,
                kind,
                first,
                last,
                key: head_key,
                words: head_words,
                definite: definite_head,
                keep: keep_head,
            };
            match name_right_after(doc, lexicon, &h) {
                NameAfter::Found(c) => {
                    out.push(c);
                    continue;
                }
                NameAfter::Drop => continue,
                NameAfter::None => {}
            }
        }
        // Complements: definite nouns/adjectives, demonyms, a place (لسوريا).
        let mut end = last;
        let mut n = 0;
        let mut cc: Option<String> = None;
        let mut has_country = false;
        let mut institutional = false;
        let mut field = false;
        let mut indefinite = false;
        // Named after a person: «جامعة السلطان قابوس», «مستشفى الملك فيصل».
        let mut person_named = false;
        // A place of several words in construct: «جماعة أنصار بيت المقدس».
        let mut construct_place = false;
        // A demonym or a multi-word head with the body's field: «الرابطة
        // الألمانية لصناعة النفط», «الهيئة العامة للتأمين الصحي».
        let mut named_field = false;
        while n < 6 {
            let j = end + 1;
            if j >= toks.len() || toks[j].sentence != toks[last].sentence || !clean_gap(doc, end, j)
            {
                break;
            }
            let k = doc.token_key(&toks[j]);
            if n == 0
                && !definite_head
                && !ministry
                && let Some(e) = ruler_name(doc, j)
            {
                person_named = true;
                end = e;
                n += 1;
                continue;
            }
            // A known organization after the complements is another one:
            // «الأمانة العامة [للجامعة العربية]»; but after a noun in
            // construct it is the noun's complement and inside the name:
            // «بعثة مراقبي الأمم المتحدة العسكريين».
            if let Some(c) = lexicon_at(doc, lexicon, j) {
                let construct_noun =
                    n == 1 && end == last + 1 && !doc.token_key(&toks[end]).starts_with("ال");
                // Not a club («بعثة أندية الحزم والرائد»: several clubs).
                if construct_noun
                    && c.kind.as_deref() != Some("club")
                    && !lam_before(doc, j, c)
                    && c.range.start == toks[j].range.start
                    && let Some(e) = doc.token_at(c.range.end.saturating_sub(1))
                    && toks[e].sentence == toks[j].sentence
                {
                    end = e;
                    n += 1;
                    continue;
                }
                if n > 0 || lam_before(doc, j, c) {
                    break;
                }
            }
            // A person's title ends the name: «مجلس إدارتها المهندس …»; so
            // does «التابع» (affiliated to another body).
            if is_stopword(k)
                || RELATION_WORDS.contains(&k)
                || (n > 0 && concerning(doc, j))
                || (n > 0 && ends_complements(k))
                || clause_adjective(k)
                || (TIME_WORDS.contains(&k) && (k != "العام" || year_after(doc, j)))
                || k.chars().all(|c| c.is_numeric())
                // A kinship title that is also a city («جدة»: grandmother,
                // Jeddah) is the city here: «أمانة جدة».
                || (people_lex.single_titles.contains(k) && pctx.place_of_token(j).is_none())
                || ["ها", "هم", "هما"].iter().any(|s| k.ends_with(s))
            {
                break;
            }
            if let Some(d) = pl.demonym(k) {
                if ministry && n == 0 && d.gender_number != "f.sg" {
                    break;
                }
                // A demonym right after a definite head that does not agree
                // with it qualifies the noun before the head: «رئيس الحكومة
                // الإيطالي» (the Italian prime minister), «باسم الحزب
                // الباكستانيين». (After an indefinite head it is a genitive,
                // a country's name: «منتخب السعودية».)
                if n == 0 && definite_head && !ministry && disagrees(head_key, d.gender_number) {
                    break;
                }
                // After complements, a demonym that agrees neither with the
                // head nor with any complement qualifies a noun before the
                // name: «نائب مستشار وزارة الخارجية [الأمريكي]».
                if n > 0
                    && disagrees(head_key, d.gender_number)
                    && (last + 1..=end)
                        .all(|c| complement_disagrees(doc.token_key(&toks[c]), d.gender_number))
                {
                    break;
                }
                // An indefinite head with an indefinite demonym is a
                // description of some body, no entity: «شركة صينية»,
                // «قوات إثيوبية».
                if n == 0 && !definite_head && !k.starts_with("ال") {
                    indefinite = true;
                    break;
                }
                cc.get_or_insert_with(|| d.cc.to_string());
                has_country = true;
                end = j;
                n += 1;
                // A demonym ends the name: «المنتخب الإنجليزي» (للفوز …),
                // except before the field of a body: «الاتحاد الكويتي لكرة
                // القدم», «المعهد الاتحادي السويسري للتقانة».
                // A team's demonym takes no لل word: «المنتخب الإنجليزي للفوز».
                let field_end = if kind == "club" {
                    field_complement(doc, j)
                } else {
                    lam_field(doc, j)
                };
                // An agency's field too: «الوكالة الأمريكية للتنمية الدولية».
                if !ministry
                    && (!GOVERNMENT_KINDS.contains(&kind.as_str())
                        || ANAPHOR_HEADS.contains(&head_key))
                    && let Some(e) = field_end
                {
                    end = e;
                    named_field = true;
                }
                break;
            }
            // A ministry takes a demonym only: «الثقافة الجديدة» is no
            // ministry of the town El Jadida.
            if ministry {
                break;
            }
            if let Some((_, pcc)) = pctx.place_of_token(j) {
                // «مصلحة اليمن»: the interest of a country, no authority.
                if n == 0 && head_key == "مصلحه" {
                    indefinite = true;
                    break;
                }
                if !pcc.is_empty() {
                    cc.get_or_insert_with(|| pcc.to_string());
                }
                has_country = true;
                end = j;
                n += 1;
                // An institutional adjective of the head after the place:
                // «مصرف قطر المركزي», «جامعة عمان الأهلية», «مصرف اسكتلندا
                // الملكي».
                if !ministry
                    && toks.get(j + 1).is_some_and(|t| {
                        let a = doc.token_key(t);
                        t.sentence == toks[j].sentence
                            && clean_gap(doc, j, j + 1)
                            && (INSTITUTIONAL_ADJECTIVES.contains(&a)
                                || matches!(a, "الاهلي" | "الاهليه" | "الملكي" | "الملكيه"))
                            && !pl.is_demonym(a)
                            && !TIME_WORDS.contains(&a)
                    })
                {
                    end = j + 1;
                }
                // A company's or a body's field after its place: «شركة النيل
                // للطيران», «مركز جدة للمعارض» (not a government's: «بلدية
                // الخبر للمواطنين»).
                if !GOVERNMENT_KINDS.contains(&kind.as_str())
                    && toks
                        .get(end + 1)
                        .is_some_and(|t| doc.token_key(t).starts_with("لل"))
                    && let Some(e) = lam_field(doc, end)
                    && toks[e].sentence == toks[j].sentence
                {
                    end = e;
                    named_field = true;
                }
                break;
            }
            if ministry {
                break;
            }
            // A definite head after the complements is an apposition:
            // «حزب العمال [الحزب الحاكم]».
            if n > 0
                && doc.token_key(&toks[end]).starts_with("ال")
                && let Some(bare) = k.strip_prefix("ال")
                && lex.heads_single.contains_key(k)
                && lex.heads_single.contains_key(bare)
            {
                break;
            }
            // Another body's head after the complements begins that body:
            // «وزارة المالية [للمؤسسة العامة للتقاعد]».
            if n > 0
                && let Some(rest) = k.strip_prefix("لل")
                && lex
                    .heads_single
                    .get(&format!("ال{rest}"))
                    .and_then(|&h| lex.head_kinds.get(h as usize))
                    .is_some_and(|kind| !GOVERNMENT_KINDS.contains(&kind.as_str()))
            {
                break;
            }
            // «وكيل وزارة العمل للتفتيش», «وزارة الإسكان للدراسات»: a field
            // after a ministry's complements is a deputy minister's, not the
            // ministry's.
            if head_key == "وزاره" && k.starts_with("لل") {
                break;
            }
            let definite_plain =
                k.starts_with("ال") || (k.starts_with("لل") && (n > 0 || head_words > 1));
            if definite_plain && is_definite(k) {
                // After a relational adjective the construct chain is closed:
                // a plain noun then begins the clause («مسؤولي وزارة الشؤون
                // الاجتماعية [التعامل] بجدية»); more adjectives go on.
                if n > 0
                    && noun_after_adjective(
                        doc.token_key(&toks[end]),
                        doc.token_text(&toks[end]),
                        k,
                    )
                {
                    break;
                }
                if n == 0 && INSTITUTIONAL_ADJECTIVES.contains(&k) {
                    institutional = true;
                }
                if k.starts_with("لل") && institutional {
                    field = true;
                }
                // «الهيئة العامة للتأمين الصحي»: a multi-word head's field.
                if k.starts_with("لل") && head_words > 1 {
                    named_field = true;
                }
                end = j;
                n += 1;
                continue;
            }
            // A coordinated definite noun after a definite complement:
            // «هيئة التحقيق والادعاء العام», «وزارة الاقتصاد والتجارة».
            if n > 0
                && !ministry
                && let Some(c) = k.strip_prefix('و')
                && c.starts_with("ال")
                && is_definite(c)
                && !is_stopword(c)
                && !TIME_WORDS.contains(&c)
                && (!lex.heads_single.contains_key(c)
                    || lex.ministry_bare.contains_key(&c["ال".len()..]))
                && !pl.is_demonym(c)
                // «الاتحاد الدولي للشرطة والعقيد …»: a person's title.
                && !people_lex.single_titles.contains(c)
                // «وزارة المالية والهيئة العامة …»: another body's
                // multi-word head.
                && !head_starts_in(heads, &toks[j].range)
                // Not a plural of people in the nominative, which no
                // genitive complement is: «مناهج وزارة التعليم [والمعلمون]»
                // (but «خدمة الإسلام والمسلمين», «الأمن والتعاون»).
                && !(c.ends_with("ون")
                    && (c.starts_with("الم") || c.ends_with("يون"))
                    && c.chars().count() >= 7)
                && pctx.place_of_token(j).is_none()
                // Also after a field: «الإدارة العامة للعلاقات والإعلام».
                && {
                    let e = doc.token_key(&toks[end]);
                    e.starts_with("ال") || e.starts_with("لل")
                }
                // «وزارة الإسكان والجهات المعنية»: other bodies.
                && !toks
                    .get(j + 1)
                    .is_some_and(|t| clean_gap(doc, j, j + 1) && ends_complements(doc.token_key(t)))
            {
                end = j;
                n += 1;
                continue;
            }
            // «بعثة فريق الأهلي»: a head before another body's head and
            // name belongs to that body; it names none of its own.
            if n == 0
                && lex.heads_single.contains_key(k)
                && lexicon_at(doc, lexicon, j + 1).is_some()
            {
                break;
            }
            // «المنظمة العربية لحقوق الإنسان», «المؤسسة العامة لتحلية
            // المياه»: a definite head's institutional adjective (its own
            // last word or the first complement) before a field of ل + a
            // noun in construct names the body; not a government's («الحكومة
            // المركزية لتعزيز …»), nor ل + a place («الاتحاد الأوروبي
            // لإيران»).
            if end == last + n
                && n <= 1
                && (n == 1 || head_words > 1)
                && head_key.starts_with("ال")
                && INSTITUTIONAL_ADJECTIVES.contains(&doc.token_key(&toks[end]))
                // «برامج الاتحاد الخليجية لهذا الموسم»: the adjective
                // qualifies another noun.
                && !(n == 1 && {
                    let a = doc.token_key(&toks[end]);
                    disagrees(head_key, if a.ends_with('ه') { "f.sg" } else { "m.sg" })
                })
                && !(head_words == 1 && GOVERNMENT_KINDS.contains(&kind.as_str()))
                && pctx.place_of_token(j).is_none()
                && let Some(e) = field_complement(doc, end)
                && toks[e].sentence == toks[last].sentence
            {
                end = e;
                n += 1;
                field = true;
                named_field = true;
                // «المديرية العامة لقوى الأمن الداخلي», «الرئاسة العامة لشؤون
                // المسجد الحرام»: a definite adjective that cannot agree with
                // the head qualifies the field's noun.
                while let Some(t) = toks.get(end + 1) {
                    let a = doc.token_key(t);
                    if t.sentence != toks[end].sentence
                        || !clean_gap(doc, end, end + 1)
                        || !plain_definite(a)
                        || lex.heads_single.contains_key(a)
                        || !disagrees(head_key, if a.ends_with('ه') { "f.sg" } else { "m.sg" })
                    {
                        break;
                    }
                    end += 1;
                }
                // «لعلوم الفضاء والفلك»: a coordinated noun of the field.
                if toks
                    .get(end + 1)
                    .is_some_and(|t| doc.token_key(t).starts_with("وال"))
                {
                    continue;
                }
                break;
            }
            // Construct state: «هيئة تحرير الشام».
            let next_definite = toks.get(j + 1).is_some_and(|t| {
                let nk = doc.token_key(t);
                clean_gap(doc, j, j + 1)
                    && nk.starts_with("ال")
                    && is_definite(nk)
                    && !is_stopword(nk)
                    && !ends_complements(nk)
            });
            // A word with ل is a prepositional phrase, not a construct noun
            // («قوة لحفظ السلام»).
            let construct = n == 0
                && head_words == 1
                && !head_key.starts_with("ال")
                && !k.starts_with(['و', 'ل'])
                // «جماعة بالمعنى المتعارف»: a prepositional phrase (not a
                // foreign name in كال: «صحيفة كالكاليست الاقتصادية»).
                && (!k.starts_with("بال") || !is_definite(k))
                && !construct_verb_or_adjective(k);
            if construct && next_definite {
                end = j;
                n += 1;
                continue;
            }
            // «جماعة أنصار بيت المقدس»: a place of several words in
            // construct names the body (not a facility's head: «مركز احتجاز
            // طرابلس»).
            if construct
                && !FACILITY_HEADS.contains(&head_key)
                // Not another head or a place's head («أمين صندوق اتحاد
                // أميركا الجنوبية», «بلدية محافظة …»), nor an adjective.
                && !lex.heads_single.contains_key(k)
                && !crate::extract::places::is_place_head(k)
                && !k.ends_with("يه")
                && clean_gap(doc, j, j + 1)
                && !doc.token_key(&toks[j + 1]).starts_with('ل')
                && let Some(e) = pctx.place_starting_at(j + 1).filter(|&e| e > j + 1)
                && toks[e].sentence == toks[j].sentence
            {
                end = e;
                n += 2;
                has_country = true;
                construct_place = true;
                break;
            }
            break;
        }
        // «البنك التجاري»; not an adjective of another noun («متطلبات البنك
        // الرأسمالية»).
        let bank_name = BANK_HEADS.contains(&head_key) && n == 1 && {
            let a = doc.token_key(&toks[end]);
            is_nisba(a) && !disagrees(head_key, if a.ends_with('ه') { "f.sg" } else { "m.sg" })
        };
        let ok = if ministry {
            has_country
        } else if head_words >= 2
            && head_key
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with("ال"))
        {
            true
        } else if head_key.starts_with("ال") {
            has_country || (field && !GOVERNMENT_KINDS.contains(&kind.as_str())) || bank_name
        } else {
            n >= 1
        };
        // A head that is also a common noun (حركة motion, قوة strength,
        // مركز centre …) needs a relational adjective, a demonym or a place
        // at the end of its complements: «حركة المقاومة الإسلامية» yes,
        // «حركة القمر» no.
        // A market with a country is an economy («سوق السيارات الصينية»,
        // «سوق دبي»), not a body: it needs a relational adjective or a field.
        let market = head_key == "سوق";
        if ok
            && !ministry
            && !person_named
            && head_words == 1
            && WEAK_HEADS.contains(&head_key)
            && (!has_country || market)
        {
            let nisba =
                end > last && is_nisba(doc.token_key(&toks[end])) && !(market && has_country);
            // A club's head with one definite name in a sports article:
            // «فريق الجزيرة».
            let club = kind == "club"
                && end == last + 1
                && *sports.get_or_insert_with(|| sports_context(doc));
            // «غرفة الصناعة والتجارة»: a chamber of commerce, not a room.
            let chamber = head_key == "غرفه"
                && (last + 1..=end).any(|j| {
                    let k = doc.token_key(&toks[j]);
                    matches!(k.strip_prefix('و').unwrap_or(k), "التجاره" | "الصناعه")
                });
            if !nisba && !field && !club && !chamber {
                continue;
            }
        }
        if !ok || indefinite {
            continue;
        }
        // «حركة» and «تنظيم» with common nouns are a motion or an activity
        // whatever their adjectives («حركة الصادرات المصرية», «الحركة العامة
        // للسوق»): a body needs a political word («حركة المقاومة
        // الإسلامية»), a person or a place in construct.
        if VERBAL_HEADS.contains(&head_key) && !person_named && !construct_place {
            // «حركة نور الدين الزنكي»: named after a person.
            let given_name = end > last
                && people_lex
                    .names
                    .get(doc.token_key(&toks[last + 1]))
                    .is_some_and(|f| f.has(NameFlags::GIVEN));
            let political =
                (last + 1..=end).any(|j| POLITICAL_WORDS.contains(&doc.token_key(&toks[j])));
            if !given_name && !political {
                continue;
            }
        }
        // «تنظيم روسيا لحدث», «جبهة لحج», «موقع فوردو»: a head that is
        // also a verbal noun or a place noun, with a bare place, is a phrase,
        // no body (unlike «غرفة الرياض», «قوة القدس»).
        if head_words == 1
            && matches!(head_key, "تنظيم" | "موقع" | "جبهه" | "تجمع")
            && end == last + 1
            && !definite_head
            && pctx.place_of_token(end).is_some()
        {
            continue;
        }
        // «الشركة القطرية», «المؤسسة الفرنسية»: the body of a kind that a
        // country has many of, named by its demonym alone, stands for one
        // named earlier; it is no entity of its own.
        if head_words == 1
            && end == last + 1
            && has_country
            && ANAPHOR_HEADS.contains(&head_key)
            && pl.is_demonym(doc.token_key(&toks[end]))
        {
            continue;
        }
        // A known name is complete: «مجلس الأمن» (الأسبوع المقبل).
        let from = lexicon.partition_point(|c| c.range.start < toks[first].range.start);
        if lexicon[from..]
            .iter()
            .take_while(|c| c.range.start < toks[first].range.end)
            .any(|c| {
                !c.ambiguous && c.range.end >= m.range.end && c.range.end < toks[end].range.end
            })
        {
            continue;
        }
        // «نادي جدة الأدبي» (Jeddah's literary club): a cultural club named
        // by a city is the whole phrase, not the city.
        if head_words == 1
            && matches!(head_key, "نادي" | "النادي")
            && end == last + 1
            && pctx.place_of_token(end).is_some_and(|(p, _)| p == 0)
            && let Some(a) = toks.get(end + 1).filter(|t| {
                t.sentence == toks[end].sentence
                    && clean_gap(doc, end, end + 1)
                    && CULTURAL_CLUB_ADJECTIVES.contains(&doc.token_key(t))
            })
        {
            out.push(whole_phrase(doc, &m, definite_head, a.range.end, cc, kind));
            continue;
        }
        // After a medium's or club's head the name alone, without a
        // demonym: «صحيفة الأهرام» → الأهرام، «نادي الظفرة الإماراتي» → الظفرة.
        // «نادي دبي للصحافة»: a club with a field is named by the whole
        // phrase, its head kept.
        if head_key == "نادي" && named_field && pctx.place_of_token(last + 1).is_some() {
            out.push(whole_phrase(
                doc,
                &m,
                definite_head,
                toks[end].range.end,
                cc,
                kind,
            ));
            continue;
        }
        if !ministry && head_words == 1 && NAME_HEADS.contains(&head_key) && end > last {
            let mut name_end = end;
            // «النادي البرتغالي لبطاقة اللاعب»: a demonym first describes
            // the head; what follows is no name. «فريق العاصمة الفرنسية»: a
            // venue word names a place, the club is only described.
            if pl.is_demonym(doc.token_key(&toks[last + 1]))
                || VENUE_WORDS.contains(&doc.token_key(&toks[last + 1]))
            {
                continue;
            }
            if pl.is_demonym(doc.token_key(&toks[name_end])) {
                // «النادي الإسباني»: a description, no name.
                if name_end == last + 1 {
                    continue;
                }
                name_end -= 1;
            }
            // A club's head with one unknown definite word and no demonym
            // (the known clubs were taken from the lexicon): «فريق الطوارئ»
            // is a team of some work, no body; «نادي الصحافة» is a club
            // named by its whole phrase.
            if end == last + 1 && !has_country && CLUB_HEADS.contains(&head_key) {
                if head_key != "نادي" {
                    continue;
                }
                out.push(whole_phrase(doc, &m, false, toks[end].range.end, cc, kind));
                continue;
            }
            let range = toks[last + 1].range.start..toks[name_end].range.end;
            let canonical = canonical_of(doc, range.clone(), false);
            out.push(Candidate {
                cc,
                ..Candidate::from_rule(range, canonical, kind.clone())
            });
            continue;
        }
        let head_definite = head_key.starts_with("ال") || lex_head_definite(doc, &m.name);
        let (start, lam_lam) = mention_start(doc, &m.range, &m.name, head_definite);
        let range = start..toks[end].range.end;
        let out_kind = if ministry || head_key == "وزاره" {
            "ministry".to_string()
        } else {
            kind.clone()
        };
        let canonical = canonical_of(doc, range.clone(), lam_lam);
        let named = (field && !has_country)
            || bank_name
            || person_named
            || named_field
            || (!head_key.starts_with("ال")
                && !DESCRIPTIVE_KINDS.contains(&kind.as_str())
                && !FACILITY_HEADS.contains(&head_key))
            || quoted(doc, &range);
        // A description with no country is no entity («مجلس الإدارة»,
        // «إدارة الأعمال», «شركات الطيران»), except a ministry or an
        // institution named by a multi-word head («مجلس الوزراء»).
        if !named && !has_country && head_words == 1 && head_key != "وزاره" {
            continue;
        }
        out.push(Candidate {
            cc,
            named,
            ..Candidate::from_rule(range, canonical, out_kind)
        });
    }
    out
}

/// True for a verbal noun of the form تفعيل (تسجيل، تقديم، تطوير).
fn taf3il(k: &str) -> bool {
    let c: [Option<char>; 6] = {
        let mut it = k.chars();
        std::array::from_fn(|_| it.next())
    };
    c[0] == Some('ت') && c[3] == Some('ي') && c[4].is_some() && c[5].is_none()
}

/// A named organization from the head `m` to byte `end`, the head kept:
/// «نادي جدة الأدبي», «نادي الصحافة».
fn whole_phrase(
    doc: &Document,
    m: &LexMatch,
    definite_head: bool,
    end: usize,
    cc: Option<String>,
    kind: &str,
) -> Candidate {
    let (start, lam_lam) = mention_start(doc, &m.range, &m.name, definite_head);
    let range = start..end;
    let canonical = canonical_of(doc, range.clone(), lam_lam);
    Candidate {
        cc,
        named: true,
        ..Candidate::from_rule(range, canonical, kind.to_string())
    }
}

/// The last token of a ruler's title and name starting at token `j` («الملك
/// فيصل», «الملك عبدالله بن عبدالعزيز»), if token `j` is such a title and a
/// name follows it.
pub(super) fn ruler_name(doc: &Document, j: usize) -> Option<usize> {
    let toks = doc.tokens();
    if !RULER_TITLES.contains(&doc.token_key(toks.get(j)?)) {
        return None;
    }
    let name = |t: usize| {
        toks.get(t).is_some_and(|tok| {
            let k = doc.token_key(tok);
            tok.sentence == toks[j].sentence
                && clean_gap(doc, t - 1, t)
                && tok.kind == crate::document::TokenKind::Word
                && !k.starts_with("ال")
                && !is_stopword(k)
                && !k.starts_with(['و', 'ب', 'ل'])
                && !verb_or_participle(k)
        })
    };
    if !name(j + 1) {
        return None;
    }
    let mut end = j + 1;
    // «بن عبدالعزيز»: up to two generations.
    for _ in 0..2 {
        let is_bin = toks
            .get(end + 1)
            .is_some_and(|t| matches!(doc.token_key(t), "بن" | "ابن"));
        if is_bin && name(end + 2) {
            end += 2;
        } else {
            break;
        }
    }
    Some(end)
}

/// The first lexicon candidate (sorted by start) that starts in token `t`.
pub(super) fn lexicon_at<'a>(
    doc: &Document,
    lexicon: &'a [Candidate],
    t: usize,
) -> Option<&'a Candidate> {
    let r = &doc.tokens().get(t)?.range;
    let i = lexicon.partition_point(|c| c.range.start < r.start);
    lexicon.get(i).filter(|c| c.range.start < r.end)
}

/// True when a lexicon candidate at token `t` has a ل proclitic
/// («للجامعة العربية», «لحركة حماس»): after a head, it names another body.
pub(super) fn lam_before(doc: &Document, t: usize, c: &Candidate) -> bool {
    let tok = &doc.tokens()[t];
    let k = doc.token_key(tok);
    k.starts_with('ل') && (c.range.start > tok.range.start || k.starts_with("لل"))
}

/// True when a head was matched as the لل form of a definite head.
pub(super) fn lex_head_definite(doc: &Document, name: &Range<usize>) -> bool {
    let k = &doc.key()[name.clone()];
    k.starts_with('ل')
        && !k.starts_with("ال")
        && name.start >= 1
        && doc.key()[..name.start].ends_with('ل')
}

/// True when a head of several words begins in a token («والهيئة العامة»;
/// `heads` sorted by start).
fn head_starts_in(heads: &[LexMatch], token: &Range<usize>) -> bool {
    let i = heads.partition_point(|h| h.range.start < token.start);
    heads
        .get(i)
        .is_some_and(|h| h.range.start < token.end && h.range.end > token.end)
}

/// A definite word that may go on a name as its adjective or complement:
/// not a function word, a time word, a word that ends the complements, a
/// relation word («مركز ينبع الدولي للمعارض [التابع] لها»), a demonym, nor
/// a person's title («… الخيرية الأستاذ فلان»).
fn plain_definite(word: &str) -> bool {
    word.starts_with("ال")
        && is_definite(word)
        && !is_stopword(word)
        && !TIME_WORDS.contains(&word)
        && !ends_complements(word)
        && !RELATION_WORDS.contains(&word)
        && !places().is_demonym(word)
        && !people_lexicon().single_titles.contains(word)
}
