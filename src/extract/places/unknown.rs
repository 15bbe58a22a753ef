//! Places the gazetteer does not know, made by a head noun: «مدينة X»،
//! «محافظة X»، «بلدة X»، «مخيم X»، «ولاية X». X is one word, or two when
//! the first is a compound-name starter (عين، كفر، دير، بيت …) or an
//! indefinite word followed by a definite one (معرة النعمان).

use super::context::next_token;
use super::demonym::demonym_of_key;
use super::triggers::{exact, trigger};
use crate::document::clitics::is_proclitic_sequence;
use crate::document::{Document, TokenKind};
use crate::extract::words::is_stopword;
use std::ops::Range;

/// First words of compound place names («عين الحلوة», «كفر نبل», «بيت لاهيا»).
const COMPOUND_STARTERS: &[&str] = &[
    "عين",
    "كفر",
    "دير",
    "دار",
    "بيت",
    "تل",
    "جسر",
    "راس",
    "ابو",
    "ام",
    "بني",
    "بير",
    "خان",
    "مرج",
    "سيدي",
    "برج",
    "قلعه",
    "حمام",
    "سوق",
    "باب",
    "ذي",
    "ذات",
    "معره",
    "عرب",
    "نيو",
    "سان",
    "سانت",
    "سانتا",
    "بورت",
    "لوس",
    "لاس",
    "فورت",
    "ريو",
];

/// Dual head nouns (matching keys, without proclitics): «مدينتي X وY».
const DUAL_HEADS: &[&str] = &["مدينتي", "بلدتي", "قريتي", "مخيمي", "محافظتي", "ولايتي"];

/// True when a head word (matching key, proclitics allowed) is a dual head
/// noun that names two places: «بلدتي الفارعة وطلوزة».
pub fn is_dual_head(word_key: &str) -> bool {
    DUAL_HEADS.iter().any(|h| {
        word_key.ends_with(h) && is_proclitic_sequence(&word_key[..word_key.len() - h.len()])
    })
}

/// Plural head nouns (matching keys, without proclitics) that name a list
/// of places: «بلدات كفرنبل وحاس وسرمين»، «قرى X، Y وZ».
const PLURAL_HEADS: &[&str] = &["بلدات", "قري"];

/// True when a head word (matching key, proclitics allowed) is a plural head
/// noun that names a list of places.
pub fn is_plural_head(word_key: &str) -> bool {
    PLURAL_HEADS.iter().any(|h| {
        word_key.ends_with(h) && is_proclitic_sequence(&word_key[..word_key.len() - h.len()])
    })
}

/// True when the word of token `ti` (matching key `word`, without its و)
/// may be an item of a plural head's list: not an imperfect verb («قرى
/// تتميز»، «بلدات يردن»), a word with a pronoun («بلدات غيرها»), nor a
/// common noun that governs the next word: a known place («قرى ساحل
/// حلي») or a nisba adjective («قرى الشريط الحدودي»، «قرى الحد الجنوبي»).
fn list_item_ok(doc: &Document, ti: usize, word: &str, covered: &[bool]) -> bool {
    let tokens = doc.tokens();
    let governs = super::context::next_of(doc, ti).is_some_and(|n| {
        let a = doc.token_key(&tokens[n]);
        // A known place joined by و is the next item («قرى العيص وأملج
        // وبدر»), not a word governed.
        let joined = a.starts_with('و') && super::lexicon::lexicon().readings_of_key(a).is_none();
        (covered[n] && !joined)
            || (word.starts_with("ال")
                && a.starts_with("ال")
                && (a.ends_with('ي') || a.ends_with("يه")))
    });
    !word.starts_with('ي')
        && !word.starts_with("تت")
        && !word.ends_with("ها")
        && !word.ends_with("هم")
        && !governs
}

/// True when the first name after a plural head (byte range `r`) is an
/// item of a list: not a second head («قرى وبلدات ومدن»), not a verb
/// («قرى تتميز»), not a common noun governing the next word.
pub fn plural_first_ok(doc: &Document, r: &Range<usize>, covered: &[bool]) -> bool {
    let tokens = doc.tokens();
    let (Some(first), Some(last)) = (doc.token_at(r.start), doc.token_at(r.end - 1)) else {
        return false;
    };
    let w1 = doc.token_key(&tokens[first]);
    !w1.starts_with('و') && list_item_ok(doc, last, doc.token_key(&tokens[last]), covered)
}

/// The further names of a plural head's list after the first name (ending
/// at byte `end`): one-word items joined by و or by a comma («، Y»), up to
/// eight. Known places already in the list are stepped over; the list ends
/// at the first item that does not look like a name.
pub fn rest_of_list(doc: &Document, end: usize, covered: &[bool]) -> Vec<Range<usize>> {
    let tokens = doc.tokens();
    let mut out = Vec::new();
    let Some(mut ti) = doc.token_at(end.saturating_sub(1)) else {
        return out;
    };
    for _ in 0..8 {
        let Some(t) = tokens.get(ti + 1) else { break };
        if t.sentence != tokens[ti].sentence || t.kind != TokenKind::Word {
            break;
        }
        let gap = doc
            .key()
            .get(tokens[ti].range.end..t.range.start)
            .unwrap_or("");
        let comma = gap.trim() == "،" || gap.trim() == ",";
        if !comma && !gap.chars().all(char::is_whitespace) {
            break;
        }
        let word = doc.token_key(t);
        let (name, skip) = match word.strip_prefix('و') {
            Some(w) => (w, 'و'.len_utf8()),
            None if comma => (word, 0),
            None => break,
        };
        ti += 1;
        if covered[ti] {
            // a known place in the list: step over the rest of its words
            while covered.get(ti + 1) == Some(&true)
                && tokens[ti + 1].sentence == t.sentence
                && doc
                    .key()
                    .get(tokens[ti].range.end..tokens[ti + 1].range.start)
                    .is_some_and(|g| g.chars().all(char::is_whitespace))
            {
                ti += 1;
            }
            continue;
        }
        if name.chars().count() < 3
            || !name_like(name)
            || COMPOUND_STARTERS.contains(&name)
            || !list_item_ok(doc, ti, name, covered)
        {
            break;
        }
        out.push(t.range.start + skip..t.range.end);
    }
    out
}

/// The second name of a dual head's pair: the word joined by و right after
/// the first name (ending at byte `end`), without its و: «وطلوزة» → طلوزة.
pub fn second_of_pair(doc: &Document, end: usize, covered: &[bool]) -> Option<Range<usize>> {
    let tokens = doc.tokens();
    let t = next_token(doc, end)?;
    let w = doc.token_key(&tokens[t]).strip_prefix('و')?;
    (!covered[t]
        && tokens[t].kind == TokenKind::Word
        && w.chars().count() >= 3
        && name_like(w)
        && !derived_past_verb(w))
    .then(|| tokens[t].range.start + 'و'.len_utf8()..tokens[t].range.end)
}

/// A past verb of the forms VII and VIII (انفعل، افتعل: «امتد»، «انتشر»،
/// «اشتد»): after «قريتي X» (also "my village X") the clause goes on with
/// a verb, no second village.
fn derived_past_verb(w: &str) -> bool {
    let c: Vec<char> = w.chars().take(6).collect();
    (4..=5).contains(&c.len()) && c[0] == 'ا' && (c[1] == 'ن' || c[1] != 'ل' && c[2] == 'ت')
}

/// Words after a head noun that are no names (matching keys): verbs of
/// location («مدينة تقع على …»), ordinals and common adjectives («ولاية
/// خامسة» a fifth term, «بلدة أخرى»).
const NOT_NAMES_AFTER_HEAD: &[&str] = &[
    // Elatives describe the head: «منطقة أوسع وأصعب جغرافية», «مدينة أكبر».
    "اوسع",
    "اكبر",
    "اصغر",
    "اكثر",
    "اقل",
    "افضل",
    "اقرب",
    "ابعد",
    "اخطر",
    "اهم",
    "اعلي",
    "ادني",
    "اشد",
    "اجمل",
    "احدث",
    "اقدم",
    // «بمنطقة كورنيش المحضار»: the corniche, a common noun.
    "كورنيش",
    "تقع",
    "يقع",
    "تضم",
    "يضم",
    "تبعد",
    "يبعد",
    "تعد",
    "يعد",
    "تشهد",
    "يشهد",
    "تمتد",
    "يمتد",
    "تطل",
    "يطل",
    "تحتضن",
    "يحتضن",
    "تعتبر",
    "يعتبر",
    "اولي",
    "ثانيه",
    "ثالثه",
    "رابعه",
    "خامسه",
    "سادسه",
    "سابعه",
    "ثامنه",
    "تاسعه",
    "عاشره",
    "اخري",
    "جديده",
    "واحده",
    "كامله",
    "مختلف",
    "شتي",
    "عموم",
    "جميع",
    "كافه",
    // modal verbs: «مثال حي يجب أن …» (a living example)
    "يجب",
    "يمكن",
    "ينبغي",
    "يستحق",
];

/// A preposition with a pronoun pointing back to the head noun (matching
/// keys): «مدينة يعيش فيها».
const RESUMPTIVE: &[&str] = &[
    "فيها",
    "فيه",
    "بها",
    "به",
    "منها",
    "منه",
    "عليها",
    "عليه",
    "اليها",
    "اليه",
];

/// True when a word (matching fold) may be (the start of) a place name.
fn name_like(word: &str) -> bool {
    let chars = word.chars().count();
    chars >= 2
        && !is_stopword(word)
        // «مقاطعة وأنا …» (interrupting, and I …), «ومحافظة بمختلف مناطق»
        && !word
            .strip_prefix(['و', 'ب', 'ل', 'ك', 'ف'])
            .is_some_and(|w| {
                w.chars().count() >= 3 && (is_stopword(w) || NOT_NAMES_AFTER_HEAD.contains(&w))
            })
        // a second noun joined by و: «في كل مدينة وقرية وتجمع سكاني»
        && !word.strip_prefix('و').is_some_and(|w| {
            w.chars().count() >= 4
                && (trigger(w).is_some() || crate::extract::people::morph::common_shape(w))
        })
        && !NOT_NAMES_AFTER_HEAD.contains(&word)
        // a number: «شارع الستين» (Sixty Street), «شارع الأربعين»
        && !number_word(word)
        && word.chars().all(|c| c.is_alphabetic())
        && !word.chars().any(|c| c.is_ascii_alphabetic())
        && trigger(word).is_none()
        && exact(word).is_none()
        && demonym_of_key(word).is_none()
        // nisba adjectives: «مدينة ساحلية», «بلدة حدودية»
        && !(word.ends_with("يه") && chars > 4)
        // an imperfect verb with an object pronoun: «مدينة يقطنها»
        && !(word.starts_with('ي') && word.ends_with("ها") && chars > 4)
        // a feminine past verb of the form تفعّل: «مدينة تميزت» (not تيارت)
        && !(chars == 5
            && word.starts_with('ت')
            && word.ends_with('ت')
            && word.chars().nth(2) != Some('ا'))
        // a verbal noun of the forms VII, VIII and X: «منطقة اشتباك»
        && !(chars >= 6
            && word.starts_with('ا')
            && !word.starts_with("ال")
            && crate::extract::people::morph::common_shape(word))
}

/// True when a definite word (matching fold) is a cardinal or ordinal
/// number of the dates lexicon: «الستين»، «الأربعين» (not «أحد», also
/// Mount Uhud: «شارع أحد»).
fn number_word(word: &str) -> bool {
    use crate::extract::dates::lexicon::{Word, lexicon};
    let Some(bare) = word.strip_prefix("ال") else {
        return false;
    };
    let lex = lexicon();
    lex.exact(word)
        .iter()
        .chain(lex.exact(bare))
        .any(|e| e.second.is_none() && matches!(e.word, Word::Num(..) | Word::Ord(..)))
}

/// The name after a head trigger at token `head`: its byte range in the
/// normalized text, or `None` when the next words do not look like a name.
/// `covered` says which tokens already belong to a gazetteer match. With
/// `indefinite_only` (after a generic head such as منطقة), the name is one
/// indefinite word of at least four letters not ending in ة (a feminine
/// adjective: «منطقة عازلة») nor in a pronoun: «منطقة بيكول».
pub fn name_after_head(
    doc: &Document,
    head: usize,
    covered: &[bool],
    indefinite_only: bool,
) -> Option<Range<usize>> {
    let tokens = doc.tokens();
    let first = next_token(doc, tokens.get(head)?.range.end)?;
    if covered[first] || tokens[first].kind != TokenKind::Word {
        return None;
    }
    let w1 = doc.token_key(&tokens[first]);
    // A preposition with an article after the head («مدينة بالتاريخ»،
    // «مدينة للسياحة»): not its name.
    if !name_like(w1) || w1.starts_with("بال") || w1.starts_with("لل") {
        return None;
    }
    let mut range = tokens[first].range.clone();
    // «لبلدة تصدر فيها صحيفتان»: an imperfect verb of a relative clause
    // whose preposition and pronoun point back to the head.
    if w1.starts_with(['ي', 'ت', 'ن'])
        && next_token(doc, range.end)
            .is_some_and(|n| RESUMPTIVE.contains(&doc.token_key(&tokens[n])))
    {
        return None;
    }
    if indefinite_only {
        let text = doc.token_text(&tokens[first]);
        let chars = w1.chars().count();
        // an imperfect verb: «منطقة يحظر فيها الطيران»
        let verb = w1.starts_with(['ي', 'ت', 'ن']) && chars <= 5;
        let ok = !w1.starts_with("ال")
            && chars >= 4
            && !verb
            && !text.ends_with(['ة', 'ه'])
            && !w1.ends_with("ها")
            && !w1.ends_with("هم")
            // a nisba adjective: «نهر موسمي» (not «بوداي»)
            && !(w1.ends_with('ي') && !w1.ends_with("اي") && chars >= 5)
            // a common noun described by a nisba adjective: «منطقة رسوم صخرية»
            && !next_token(doc, range.end).is_some_and(|n| {
                let a = doc.token_key(&tokens[n]);
                let chars = a.chars().count();
                !a.starts_with("ال")
                    && !a.starts_with('و')
                    && ((a.ends_with("يه") && chars >= 4) || (a.ends_with('ي') && chars >= 5))
            });
        return ok.then_some(range);
    }
    if let Some(second) = next_token(doc, range.end) {
        let w2 = doc.token_key(&tokens[second]);
        let starter = COMPOUND_STARTERS.contains(&w1);
        let genitive = !w1.starts_with("ال") && w2.starts_with("ال") && w2.chars().count() > 3;
        if !covered[second]
            && tokens[second].kind == TokenKind::Word
            && (starter || genitive)
            && name_like(w2)
        {
            range.end = tokens[second].range.end;
        } else if starter {
            return None;
        } else if w2.starts_with("ال") && w2.ends_with("يه") && !covered[second] {
            // «مدينة زايد الرياضية»: a facility, not a town.
            return None;
        }
    }
    Some(range)
}

/// The name a head noun introduces in quotation marks: «مدينة "ترينتون"»،
/// «منطقة "تيمبافاتي"» (one to three name-like words, nothing else inside
/// the quotes).
pub fn quoted_after_head(doc: &Document, head: usize, covered: &[bool]) -> Option<Range<usize>> {
    const OPEN: [char; 4] = ['"', '«', '“', '\''];
    const CLOSE: [char; 4] = ['"', '»', '”', '\''];
    let tokens = doc.tokens();
    let key = doc.key();
    let h = tokens.get(head)?;
    let after = key.get(h.range.end..)?;
    let inner = after.trim_start().strip_prefix(OPEN)?;
    let start = key.len() - inner.trim_start().len();
    let first = tokens.partition_point(|t| t.range.start < start);
    let mut range: Option<Range<usize>> = None;
    for t in first..(first + 3).min(tokens.len()) {
        let tok = &tokens[t];
        if tok.sentence != h.sentence || covered[t] || tok.kind != TokenKind::Word {
            return None;
        }
        let gap = key.get(range.as_ref().map_or(start, |r| r.end)..tok.range.start)?;
        if !gap.chars().all(char::is_whitespace) || !name_like(doc.token_key(tok)) {
            return None;
        }
        let r = range.get_or_insert(tok.range.clone());
        r.end = tok.range.end;
        if key[r.end..].trim_start().starts_with(CLOSE) {
            return range;
        }
    }
    None
}
