//! Quotations in marks: telling names, titles and scare quotes from
//! quotations, the kind (`direct` or `partial`), and the governing cue.

use super::cues::{Cue, CueKind, Cues};
use super::entities::EntityKind;
use super::lexicon::FrameKind;
use super::marks::Marked;
use super::phrase::{Scan, Stop};
use crate::document::TokenKind;
use crate::document::clitics::splits;
use crate::output::Speaker;
use std::ops::Range;

/// Most words a quoted name or title may have.
pub const MAX_NAME_WORDS: usize = 6;

/// Most words of a scare quote: a quotation this short needs a speech cue.
pub const MAX_SCARE_WORDS: usize = 3;

/// How far (tokens) a cue may be from a quotation of at most
/// [`MAX_SCARE_WORDS`] words that it governs.
pub const MAX_SCARE_DISTANCE: usize = 20;

/// How far (tokens) a cue may be from a quotation of at most
/// [`MAX_SCARE_WORDS`] words with no complementizer, colon or preposition
/// between them.
pub const MAX_UNTIED_SCARE_DISTANCE: usize = 8;

/// How far back (tokens) a governing cue is looked for.
pub const MAX_CUE_DISTANCE: usize = 60;

/// Prepositions (matching keys) that make the quotation after them a
/// fragment of the reporter's sentence (دعا إلى «…»، تحدث عن «…»).
const PREPOSITIONS: &[&str] = &[
    "الي", "علي", "عن", "من", "في", "مع", "حول", "بشان", "لدي", "منذ", "عبر", "بين", "نحو", "ضد",
    "بعد", "قبل",
];

/// Why a quoted span is not a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotQuote {
    /// A known entity's name, or a short span after a name head (وكالة، تنظيم).
    Name,
    /// A few words in marks that nobody is said to say.
    Scare,
    /// No letters inside.
    Empty,
}

/// A quotation in marks, before output.
#[derive(Clone, Debug)]
pub struct MarkedQuote {
    /// Byte range of the text inside the marks (trimmed).
    pub inner: Range<usize>,
    /// `direct` or `partial`.
    pub kind: &'static str,
    /// Byte range of the cue, if any.
    pub cue: Option<Range<usize>>,
    /// The speaker, if any.
    pub speaker: Option<Speaker>,
    /// Rule name.
    pub rule: String,
    /// Confidence.
    pub confidence: f32,
}

/// Tokens `[first, end)` inside a byte range.
fn tokens_in(scan: &Scan, r: &Range<usize>) -> (usize, usize) {
    let toks = scan.doc.tokens();
    let first = toks.partition_point(|t| t.range.end <= r.start);
    let end = toks.partition_point(|t| t.range.start < r.end);
    (first, end.max(first))
}

/// The token right before byte `pos` in the same sentence as token `after`,
/// if only spaces and marks separate them.
fn token_before(scan: &Scan, pos: usize, after: usize) -> Option<usize> {
    let toks = scan.doc.tokens();
    let i = toks
        .partition_point(|t| t.range.end <= pos)
        .checked_sub(1)?;
    (after >= toks.len() || toks[i].sentence == toks[after].sentence).then_some(i)
}

fn is_name_head(scan: &Scan, t: usize) -> bool {
    let key = scan.key(t);
    // The head in construct state, with و/ب/ل in front but no article:
    // «وكالة "…"», «لصحيفة «…»»; «الوزارة "…"» is a speaker and a quotation.
    for s in splits(key) {
        if !s.prefix.ends_with("ال") && !s.lam_lam && frame_at_word(scan, s.stem) {
            return true;
        }
    }
    // Two-word heads (يعرف ب، المعروف ب) end with a proclitic: «المعروف بـ"…"».
    if key == "ب" && t > 0 {
        let prev = scan.key(t - 1);
        return scan
            .lex
            .frames_starting(prev)
            .any(|f| f.kind == FrameKind::NameHead && f.words.len() == 2 && f.words[1] == "ب");
    }
    false
}

/// The most words the title of a work in marks has after its head
/// ([`WORK_HEADS`]).
pub const MAX_WORK_TITLE_WORDS: usize = 14;

/// Heads that name a written, filmed or sung work, or its title (matching
/// keys): the words in marks after them are the title.
const WORK_HEADS: &[&str] = &[
    "كتاب",
    "روايه",
    "ديوان",
    "فيلم",
    "مسلسل",
    "اغنيه",
    "مسرحيه",
    "قصيده",
    "بعنوان",
    "عنوان",
];

/// True when token `t` is a head of [`WORK_HEADS`] in construct, also after
/// و/ب/ل/ف («بكتاب "…"»).
fn work_head(scan: &Scan, t: usize) -> bool {
    splits(scan.key(t))
        .any(|s| !s.prefix.ends_with("ال") && !s.lam_lam && WORK_HEADS.contains(&s.stem))
}

/// A name head with the article («الملتقى», «والبرنامج»).
fn definite_name_head(scan: &Scan, t: usize) -> bool {
    splits(scan.key(t)).any(|s| s.prefix.ends_with("ال") && frame_at_word(scan, s.stem))
}

fn frame_at_word(scan: &Scan, word: &str) -> bool {
    scan.lex
        .frames_starting(word)
        .any(|f| f.kind == FrameKind::NameHead && f.words.len() == 1)
}

/// The trimmed inner byte range of a quoted span and its tokens `[first, end)`.
fn inner_of(scan: &Scan, m: &Marked) -> (Range<usize>, usize, usize) {
    let raw = &scan.doc.norm()[m.inner.clone()];
    let lead = raw.len() - raw.trim_start().len();
    let inner = m.inner.start + lead..m.inner.start + lead + raw.trim().len();
    let (first, end) = tokens_in(scan, &inner);
    (inner, first, end)
}

/// Whether a quoted span is a name or title (a known entity's name, or a
/// short span right after a name head such as وكالة، تنظيم، برنامج، بعنوان,
/// or after the preposition لـ), or holds no word. Needs no cue, so it runs
/// before cues are looked for.
pub fn name_or_empty(scan: &Scan, m: &Marked) -> Option<NotQuote> {
    let (inner, first, end) = inner_of(scan, m);
    let words = end - first;
    if words == 0 {
        return Some(NotQuote::Empty);
    }
    let norm = scan.doc.norm();
    let text = &norm[inner.clone()];
    // Web addresses, and short spans with no Arabic letter (names, titles).
    if text.contains("://") || text.contains("www.") {
        return Some(NotQuote::Name);
    }
    if words <= MAX_NAME_WORDS && !text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        return Some(NotQuote::Name);
    }
    if words <= MAX_NAME_WORDS && scan.ents.is_name(text) {
        return Some(NotQuote::Name);
    }
    // «طائرات «إف 16»»، «هاتف «آيفون 6»»: a model name, a word or two and
    // a number.
    if (2..=3).contains(&words) && model_name(scan, first, end, text) {
        return Some(NotQuote::Name);
    }
    if words <= 4 {
        let key: Vec<&str> = (first..end).map(|t| scan.key(t)).collect();
        if scan.lex.is_formula(&key.join(" ")) {
            return Some(NotQuote::Name);
        }
    }
    // «"برنامج خلافة الغازي"»، «إعلان القاهرة»: a short span that opens
    // with a name head in construct and holds a definite word names a
    // programme, a declaration, a campaign («اتفاق شامل وثابت» is a
    // phrase, «مجموعة من المسلحين» too).
    if (2..=4).contains(&words)
        && is_name_head(scan, first)
        && (first + 1..end).any(|k| scan.key(k).starts_with("ال") || scan.key(k).starts_with("وال"))
        && (first + 1..end).all(|k| {
            scan.verb_at(k).is_none() && !matches!(scan.key(k), "من" | "في" | "علي" | "الي" | "عن")
        })
        && !text.contains(['.', '،', ',', '؟', '?', '!', ':'])
    {
        return Some(NotQuote::Name);
    }
    if let Some(b) = token_before(scan, m.open.start, first) {
        let gap_ok = norm[scan.doc.tokens()[b].range.end..m.open.start]
            .trim()
            .is_empty();
        if gap_ok && words <= MAX_NAME_WORDS && (is_name_head(scan, b) || scan.key(b) == "ل") {
            return Some(NotQuote::Name);
        }
        // «في كتاب “دراسات تصحيحية في مفاهيم الجهاد والحسبة والحكم على
        // الناس”»: the title of a work may be longer, one phrase without
        // punctuation.
        if gap_ok
            && words <= MAX_WORK_TITLE_WORDS
            && work_head(scan, b)
            && !text.contains(['.', '،', ',', '؟', '?', '!', ':', '؛'])
        {
            return Some(NotQuote::Name);
        }
        // «محلل لدى «ستاندرد تشارترد»»: the place of work.
        if gap_ok && words <= 3 && scan.key(b) == "لدي" {
            return Some(NotQuote::Name);
        }
        // «في حوار مع "الوطن"», «في تصريحات إلى "…"»: the medium.
        if gap_ok
            && words <= 3
            && b > 0
            && matches!(scan.key(b), "مع" | "الي" | "ل")
            && scan.lex.is_media_setting(scan.key(b - 1))
        {
            return Some(NotQuote::Name);
        }
        // A single word two or three words after a head, past its adjectives
        // («موقع التواصل الاجتماعي “تويتر”»).
        let toks = scan.doc.tokens();
        if gap_ok && words == 1 {
            for h in [b.checked_sub(1), b.checked_sub(2)].into_iter().flatten() {
                if toks[h].sentence == toks[b].sentence && is_name_head(scan, h) {
                    return Some(NotQuote::Name);
                }
            }
        }
        // A name of a few words after a head with its definite adjectives,
        // the head with or without the article («افتتح الملتقى العلمي الأول
        // «أمن وسلامة الآثار»»), unless a verb says the head speaks («وقالت
        // الوكالة الرسمية «…»»).
        // Words after a preposition are rather a phrase («تنفيذ الاتفاق
        // النووي «بشكل صحيح»»).
        // So are indefinite accusatives («عقد الوزراء “اجتماعا تنسيقيا”»).
        let phrase_like = scan.key(first).starts_with(['ب', 'ل', 'ك'])
            || (words >= 2 && (first..end).all(|k| scan.key(k).ends_with('ا')));
        if gap_ok && words <= MAX_NAME_WORDS && !phrase_like {
            for h in [b.checked_sub(1), b.checked_sub(2)].into_iter().flatten() {
                let adjectives = (h + 1..=b).all(|k| {
                    scan.key(k).starts_with("ال") && !matches!(scan.key(k), "الان" | "اليوم")
                });
                let spoken = h > 0 && scan.verb_at(h - 1).is_some();
                // «وزراء مجلس التعاون الخليجي “اجتماعا تنسيقيا”»: the head
                // is part of a name already.
                let named = scan.ents.ending_at(b).is_some();
                if toks[h].sentence == toks[b].sentence
                    && adjectives
                    && !spoken
                    && !named
                    && (is_name_head(scan, h) || definite_name_head(scan, h))
                {
                    return Some(NotQuote::Name);
                }
            }
        }
    }
    // «الكردستاني» و«داعش»: short spans in marks joined by و or a comma
    // are a list of names or terms.
    if words <= 3
        && (coordinated(norm, m.close.as_ref().map_or(m.inner.end, |c| c.end), true)
            || coordinated(norm, m.open.start, false))
    {
        return Some(NotQuote::Name);
    }
    None
}

/// Words that begin a sentence rather than a model name («هذا رقم 5»).
const SENTENCE_WORDS: &[&str] = &[
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هو",
    "هي",
    "انا",
    "نحن",
    "انت",
    "لا",
    "لم",
    "لن",
    "قد",
    "ما",
    "من",
    "كل",
    "رقم",
    "عدد",
    "نحو",
    "حوالي",
    "فقط",
    "مع",
    "في",
    "علي",
    "الي",
    "عن",
];

/// True when tokens `[first, end)` (text `text`) are words without the
/// article, no verb, then a whole number: «إف 16»، «آيفون 6».
fn model_name(scan: &Scan, first: usize, end: usize, text: &str) -> bool {
    let toks = scan.doc.tokens();
    toks[end - 1].kind == TokenKind::Number
        && scan.key(end - 1).chars().all(|c| c.is_ascii_digit())
        && (first..end - 1).all(|k| {
            toks[k].kind == TokenKind::Word
                && !scan.key(k).starts_with("ال")
                && scan.verb_at(k).is_none()
                && !SENTENCE_WORDS.contains(&scan.key(k))
        })
        && !text.contains(['.', '،', ',', '؟', '?', '!', ':', '%'])
}

/// Whether another quotation mark follows `pos` (or precedes it when
/// `forward` is false) with only و, a comma or spaces between.
fn coordinated(norm: &str, pos: usize, forward: bool) -> bool {
    let piece: Box<dyn Iterator<Item = char>> = if forward {
        Box::new(norm[pos..].chars())
    } else {
        Box::new(norm[..pos].chars().rev())
    };
    let mut seen_joiner = false;
    for c in piece.take(6) {
        match c {
            ' ' => {}
            'و' | '،' | ',' => seen_joiner = true,
            c if super::phrase::is_mark(c) => return seen_joiner,
            _ => return false,
        }
    }
    false
}

/// Classifies a quoted span. `closed` is false for an unclosed mark, which
/// is kept only when a cue governs it; a closed pair has been through
/// [`name_or_empty`] already (before the cues were looked for), which is
/// not repeated here.
pub fn classify(
    scan: &Scan,
    cues: &Cues,
    m: &Marked,
    closed: bool,
) -> Result<MarkedQuote, NotQuote> {
    let norm = scan.doc.norm();
    if !closed && let Some(not) = name_or_empty(scan, m) {
        return Err(not);
    }
    let (inner, first, end) = inner_of(scan, m);
    let words = end - first;
    // An unclosed mark whose extent holds other marks: the marks are broken.
    if !closed && norm[inner.clone()].chars().any(super::phrase::is_mark) {
        return Err(NotQuote::Scare);
    }
    let before = token_before(scan, m.open.start, first);
    let colon_before =
        before.is_some_and(|b| norm[scan.doc.tokens()[b].range.end..m.open.start].contains(':'));
    // One word in marks is a name or a term, unless it is an adverb or an
    // accusative (“قريبا”) or stands alone after a colon («لا»).
    if words == 1 && !colon_before && !scan.key(first).ends_with('ا') {
        return Err(NotQuote::Scare);
    }

    // The governing cue: the nearest cue before the mark in the sentence.
    let mut governing: Option<&Cue> = None;
    let mut qawl: Option<usize> = None;
    if let Some(b) = before {
        let mut sentence = scan.doc.tokens()[b].sentence;
        let stop = b.saturating_sub(MAX_CUE_DISTANCE);
        let mut k = b + 1;
        while k > stop {
            k -= 1;
            if scan.doc.tokens()[k].sentence != sentence {
                // «(د.ب.أ)»: a full stop inside an abbreviation ends no sentence.
                let g = scan.gap(k, k + 1);
                if !g.contains('.') || g.chars().any(char::is_whitespace) {
                    break;
                }
                sentence = scan.doc.tokens()[k].sentence;
            }
            if scan.inside[k] {
                continue;
            }
            if scan.lex.is_pronoun_quote(scan.key(k)) {
                qawl = Some(k);
                break;
            }
            if let Some(c) = cues.at(k) {
                governing = Some(c);
                break;
            }
        }
    }
    let factor = if closed { 1.0 } else { 0.5 };
    let out = |kind: &'static str,
               cue: Option<Range<usize>>,
               speaker: Option<Speaker>,
               rule: &str,
               conf: f32| {
        Ok(MarkedQuote {
            inner: inner.clone(),
            kind,
            cue,
            confidence: if speaker.is_some() {
                conf * factor
            } else {
                0.0
            },
            speaker,
            rule: rule.to_string(),
        })
    };
    // … عن فلان قوله: «…»
    if let Some(q) = qawl {
        let speaker = scan.qawl_speaker(q);
        let r = scan.doc.tokens()[q].range.clone();
        return out("direct", Some(r), speaker, "qawluhu", 0.85);
    }
    // A frame after the quotation in the sentence wins over a farther cue
    // before it («قال مصدر إن «…» مما أثار «…» …، بحسب أحد الصحافيين»).
    let after_close = m.close.as_ref().map(|c| {
        let toks = scan.doc.tokens();
        toks.partition_point(|t| t.range.start < c.end)
    });
    let forward = match (after_close, end.checked_sub(1)) {
        (Some(a), Some(last)) => frame_after(scan, cues, a, scan.doc.tokens()[last].sentence),
        _ => None,
    };
    if let Some((f, dist)) = forward {
        let back_dist = governing.map_or(usize::MAX, |c| {
            before.map_or(0, |b| b.saturating_sub(c.token))
        });
        // A pronoun frame (على حد قوله) names nobody new: the cue before wins.
        let explicit = matches!(
            f.rule,
            "subject_entity" | "subject_name" | "title_coreference"
        );
        // The complement of the cue before it, right after its «أن» or
        // colon, is that cue's: a frame after it names the medium
        // («وأوضحت سامسونج أن «…»، طبقا لما ورد بوكالة …»).
        let complement = governing.is_some()
            && (colon_before || before.is_some_and(|b| scan.lex.is_complementizer(scan.key(b))));
        // A few words in marks far before the frame are a name or a term
        // of the sentence («افتتحت الحملة "المطبخ الإنتاجي التدريبي"
        // المخصص … وفقاً لتقديرات المفوضية»), not what the frame cites.
        let short_and_far = words <= MAX_SCARE_WORDS && dist > 2;
        if dist < back_dist
            && f.speaker.is_some()
            && (explicit || governing.is_none())
            && !complement
            && !short_and_far
        {
            let kind = if before.is_none() {
                "direct"
            } else {
                "partial"
            };
            return out(
                kind,
                Some(f.range.clone()),
                f.speaker.clone(),
                &format!("{}_frame_after", f.rule),
                f.confidence,
            );
        }
    }
    if let Some(c) = governing {
        let b = before.unwrap_or(c.token);
        // A short span in marks right after the verb, in the subject
        // position, names the speaker («وأشاد "الشريف" بـ…»).
        // So does one that ends the speaker phrase after a frame or verb
        // («بحسب "تداول"»، «ذكرت محطة «سي بي إس نيوز»»).
        let ends_phrase = b == c.token || (c.phrase.stop == Stop::Mark && c.phrase.end == first);
        if words <= MAX_SCARE_WORDS && ends_phrase && !colon_before && !ends_sentence(scan, m, end)
        {
            return Err(NotQuote::Name);
        }
        let comp = match c.phrase.stop {
            Stop::Complementizer(k) => Some(k),
            _ => (c.phrase.end..b + 1).find(|&k| scan.lex.is_complementizer(scan.key(k))),
        };
        let key_b = scan.key(b);
        let prep_before = b > c.token
            && b >= c.phrase.end
            && (PREPOSITIONS.contains(&key_b)
                || scan.lex.is_complementizer(key_b)
                || key_b.chars().count() == 1);
        // A term in marks far from any cue is the writer's, not a quotation;
        // so is one that no complementizer, colon or preposition ties to a
        // cue a few words back («منوها بدعم … وتهيئة «الحارة الحجازية»»).
        let distance = b.saturating_sub(c.token);
        let tied = comp.is_some() || colon_before || prep_before;
        if words <= MAX_SCARE_WORDS
            && (distance > MAX_SCARE_DISTANCE || (distance > MAX_UNTIED_SCARE_DISTANCE && !tied))
        {
            return Err(NotQuote::Scare);
        }
        let kind = if colon_before {
            "direct"
        } else {
            match comp {
                Some(k) if k == b && words > 2 && ends_clause(scan, cues, m, end) => "direct",
                Some(_) => "partial",
                None if prep_before => "partial",
                None => "direct",
            }
        };
        return out(
            kind,
            Some(c.range.clone()),
            c.speaker.clone(),
            c.rule,
            c.confidence,
        );
    }
    if !closed {
        return Err(NotQuote::Scare);
    }
    // «…»، قال فلان: the verb right after the closing mark, or after هكذا
    // («“…” هكذا قال فلان»).
    if let (Some(close), Some(a)) = (&m.close, after_close) {
        let toks = scan.doc.tokens();
        let verb = if a + 1 < toks.len()
            && matches!(scan.key(a), "هكذا" | "وهكذا")
            && toks[a + 1].sentence == toks[a].sentence
        {
            a + 1
        } else {
            a
        };
        if a < toks.len()
            && (words > MAX_SCARE_WORDS || before.is_none())
            && norm[close.end..toks[a].range.start]
                .chars()
                .all(|c| c == ' ' || matches!(c, '،' | ',' | '-'))
            && let Some(c) = cues.at(verb).filter(|c| c.kind == CueKind::Verb)
        {
            return out(
                "direct",
                Some(c.range.clone()),
                c.speaker.clone(),
                &format!("{}_after_quote", c.rule),
                c.confidence,
            );
        }
    }
    // «“…”. هذا ما قالته حفصة دوابشة»: the person named after «هذا ما»
    // and a verb of speech.
    if let Some(a) = after_close
        && words > MAX_SCARE_WORDS
        && let Some(speaker) = named_after_quote(scan, a)
    {
        return out("direct", None, Some(speaker), "named_after_quote", 0.7);
    }
    // Speaker: «…» (a heading's colon)
    if colon_before
        && words > MAX_SCARE_WORDS
        && let Some(b) = before
    {
        let toks = scan.doc.tokens();
        let s = &scan.doc.sentences()[toks[b].sentence];
        if b + 1 - s.first_token <= 6 {
            // «تم تعريفه على أنه: "…"»: words ending in a complementizer or
            // a boundary word name no one.
            let names_no_one =
                scan.lex.is_complementizer(scan.key(b)) || scan.lex.is_boundary(scan.key(b));
            let entity = scan.ents.ending_at(b);
            // «وبيّن: "…"»، «وواصل: "…"»: one word with the conjunction و
            // opening the sentence is a verb whose subject was named before.
            if entity.is_none() && conjoined_word(scan, b, s.first_token) {
                return match cues.previous_speaker(first).cloned() {
                    Some(speaker) => out("direct", None, Some(speaker), "continuation", 0.5),
                    None => out("direct", None, None, "none", 0.0),
                };
            }
            let speaker = entity
                .map(|m| m.speaker())
                .or_else(|| (!names_no_one).then(|| scan.heuristic(s.first_token, b + 1)));
            return out("direct", None, speaker, "colon", 0.7);
        }
    }
    // A whole sentence in marks with no cue continues the previous speaker;
    // anything else without a cue is a term, a title or a name.
    let starts_sentence = before.is_none();
    if words <= MAX_SCARE_WORDS || !starts_sentence || !ends_sentence(scan, m, end) {
        return Err(NotQuote::Scare);
    }
    // A whole utterance with no cue: the speaker of the previous reported speech.
    // Nobody to attribute it to, or a heading: a title, not a quotation.
    let in_title = scan.doc.title().is_some_and(|t| t.contains(&inner.start));
    match cues.previous_speaker(first).cloned() {
        Some(speaker) if !in_title => out("direct", None, Some(speaker), "continuation", 0.5),
        _ => Err(NotQuote::Scare),
    }
}

/// The person named at token `a` + 3 when tokens `a`.. read «هذا ما» and
/// a verb of speech («هذا ما قالته حفصة دوابشة»، «هكذا ما قاله …»).
fn named_after_quote(scan: &Scan, a: usize) -> Option<Speaker> {
    let toks = scan.doc.tokens();
    if a + 3 >= toks.len()
        || !matches!(scan.key(a), "هذا" | "وهذا" | "ذلك" | "وذلك")
        || scan.key(a + 1) != "ما"
        || (a..a + 3).any(|k| toks[k].sentence != toks[a + 3].sentence)
    {
        return None;
    }
    scan.verb_at(a + 2)?;
    scan.ents
        .starting_at(a + 3)
        .filter(|m| m.kind == EntityKind::Person)
        .map(|m| m.speaker())
}

/// Whether the quotation ends its sentence, or is followed by a comma or
/// by another cue («…”، مشيرا إلى …»): the quoted clause is complete.
fn ends_clause(scan: &Scan, cues: &Cues, m: &Marked, end: usize) -> bool {
    if ends_sentence(scan, m, end) {
        return true;
    }
    let Some(close) = &m.close else { return false };
    let toks = scan.doc.tokens();
    let next = toks.partition_point(|t| t.range.start < close.end);
    let gap = &scan.doc.norm()[close.end..toks.get(next).map_or(close.end, |t| t.range.start)];
    gap.contains('،') || gap.contains(',') || cues.at(next).is_some()
}

fn ends_sentence(scan: &Scan, m: &Marked, end: usize) -> bool {
    let Some(close) = &m.close else { return true };
    let toks = scan.doc.tokens();
    let next = toks.partition_point(|t| t.range.start < close.end);
    next >= toks.len() || end == 0 || toks[next].sentence != toks[end - 1].sentence
}

/// The attribution frame after a quotation in its sentence («…» …، بحسب
/// فلان), with its distance in tokens.
fn frame_after<'c>(
    scan: &Scan,
    cues: &'c Cues,
    from: usize,
    sentence: usize,
) -> Option<(&'c Cue, usize)> {
    let toks = scan.doc.tokens();
    let last = (from + MAX_CUE_DISTANCE).min(toks.len());
    for (k, tok) in toks.iter().enumerate().take(last).skip(from) {
        if tok.sentence != sentence || scan.inside[k] {
            return None;
        }
        if let Some(c) = cues.at(k) {
            return (c.kind == CueKind::Frame).then_some((c, k - from));
        }
    }
    None
}

/// True when token `b` is the only word of its sentence (from `first`), a
/// word of four letters or more beginning with the conjunction و and no
/// known name (وليد، وائل): a verb («وبيّن»، «وواصل») whose subject was
/// named before.
fn conjoined_word(scan: &Scan, b: usize, first: usize) -> bool {
    let key = scan.key(b);
    b == first
        && key.starts_with('و')
        && key.chars().count() >= 4
        && !crate::extract::people::lexicon::lexicon()
            .names
            .contains_key(key)
}
