//! The name right after a head: a known organization («قناة الجزيرة»), a
//! word and a field («شركة وقاية للتأمين»), a proper name («شركة
//! موتورولا»), or a name in quotation marks («وكالة “فرانس برس”»).

use super::super::lexicon::{orgs, places};
use super::candidate::{Candidate, canonical_of, mention_start};
use super::field::{lam_field, word_before_field};
use super::heads::HeadAt;
use super::lookup::{lam_before, lexicon_at};
use super::words::{
    CLOSE_QUOTES, FIELD_NAMED_KINDS, FOREIGN_CONNECTIVES, OPEN_QUOTES, PLACE_NAMED_HEADS,
    VERBAL_HEADS, any_numeric, common_noun, ends_complements, indefinite_adjective, latin_word,
    letter_run, short_imperfect, verb_or_participle, verb_shape,
};
use crate::document::Document;
use crate::extract::people::lexicon::{NameFlags, lexicon as people_lexicon};
use crate::extract::words::{clean_gap, is_definite, is_stopword};
use std::ops::Range;

/// The byte range of a name in quotation marks right after token `last`
/// (at most six words, in one sentence, also joined by hyphens); with
/// `short`, at most four words and no number.
pub(super) fn quoted_after(doc: &Document, last: usize, short: bool) -> Option<Range<usize>> {
    enclosed_after(doc, last, short, OPEN_QUOTES, CLOSE_QUOTES)
}

/// The byte range of a short name in parentheses right after token `last`
/// (at most four words, no number): «شركة (كامبل سوب)».
pub(super) fn parenthesized_after(doc: &Document, last: usize) -> Option<Range<usize>> {
    let range = enclosed_after(doc, last, true, &['('], &[')'])?;
    // «بورصة ( في تركيا )»: a place or a demonym in parentheses says
    // where, it names no company.
    let pl = places();
    let toks = doc.tokens();
    let (first, last) = doc.token_span(&range)?;
    (first..=last)
        .all(|j| {
            let k = doc.token_key(&toks[j]);
            let bare = k.strip_prefix(['و', 'ب', 'ل', 'ف']).unwrap_or(k);
            !pl.is_place(k) && !pl.is_demonym(k) && !pl.is_place(bare)
        })
        .then_some(range)
}

pub(super) fn enclosed_after(
    doc: &Document,
    last: usize,
    short: bool,
    open: &[char],
    close: &[char],
) -> Option<Range<usize>> {
    let toks = doc.tokens();
    let next = toks.get(last + 1)?;
    let gap = &doc.norm()[toks[last].range.end..next.range.start];
    if !(gap.trim().chars().count() == 1 && gap.contains(open)) {
        return None;
    }
    let mut j = last + 1;
    while j < toks.len() && j < last + 7 && toks[j].sentence == toks[last].sentence {
        let after = toks.get(j + 1).map_or(doc.norm().len(), |t| t.range.start);
        let g = &doc.norm()[toks[j].range.end..after];
        if g.contains(close) {
            let fits = !short
                || (j < last + 5
                    && toks[last + 1..=j]
                        .iter()
                        .all(|t| t.kind == crate::document::TokenKind::Word));
            return fits.then(|| next.range.start..toks[j].range.end);
        }
        // (A hyphen inside the name: «نقابة "أيه إف إل-سي آي أو"».)
        if !g.chars().all(|c| c.is_whitespace() || c == '-') {
            return None;
        }
        j += 1;
    }
    None
}

/// What comes right after a head.
pub(super) enum NameAfter {
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
pub(super) fn name_right_after(doc: &Document, lexicon: &[Candidate], h: &HeadAt) -> NameAfter {
    let lex = orgs();
    let pl = places();
    let people_lex = people_lexicon();
    let toks = doc.tokens();
    let (m, kind, first, last) = (h.m, h.kind, h.first, h.last);
    let (head_key, head_words, definite_head, keep_head) = (h.key, h.words, h.definite, h.keep);
    let next = last + 1;
    // A proper name right after the head: «شركة موتورولا».
    let place_begins = |j: usize| {
        crate::extract::places::is_place_head(doc.token_key(&toks[j]))
            && toks
                .get(j + 1)
                .is_some_and(|n| pl.is_place(doc.token_key(n)))
    };
    let proper = |j: usize| {
        let k = doc.token_key(&toks[j]);
        // (The cheapest tests first: most words after a head are definite.)
        // (A single letter is an abbreviation: «مجموعة د. سليمان».)
        if is_definite(k) || k.starts_with('و') || k.chars().nth(1).is_none() {
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
            // noun of the form تفعيل or a common noun is a prepositional
            // phrase: «بكل», «بالمعنى», «بتندوف», «فريق بتسجيل لاعبين»,
            // «مسجد بمقر قوات الطوارئ».
            && !bare_b.is_some_and(|r| {
                is_stopword(r)
                    || (r.starts_with("ال") && is_definite(r))
                    || pl.is_place(r)
                    || common_noun(r)
                    || taf3il(r)
            })
            && !verb_or_participle(k)
            // «حكومة إقليم كردستان»: a place's head before a known place
            // begins the place, no name of the body («حكومة إقليم زابل»
            // stays).
            && !place_begins(j)
            && !any_numeric(k)
            && !pl.is_demonym(k)
            && !pl.is_place(k)
            && !lex.heads_single.contains_key(k)
            && !people_lex.particles.contains_key(k)
            && !common_noun(k)
            && !indefinite_adjective(k)
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
            // «أمانة وبلدية [ليصل] بذلك مجموع»: ل and a short imperfect
            // verb (so that it reaches) after a government's head.
            && !(kind == "government"
                && k.strip_prefix('ل').is_some_and(|r| {
                    r.starts_with(['ي', 'ت']) && (3..=4).contains(&r.chars().count())
                }))
            // Last: the word-shape test and the original text (read for
            // tanween) are the costliest.
            && !verb_shape(k)
            // An indefinite word with tanween («رئيسًا», «مستشارًا»).
            && !doc.nunated(toks[j].range.clone())
            // An accusative broken plural: «مؤسسة اسباير زون [أطفالا]».
            && !accusative_plural(k)
    };
    // The words `j` and `j + 1` make a known place: «بيونغ يانغ».
    let place_of_two = |j: usize| {
        let (a, b) = (doc.token_key(&toks[j]), doc.token_key(&toks[j + 1]));
        let mut pair = String::with_capacity(a.len() + b.len() + 1);
        pair.push_str(a);
        pair.push(' ');
        pair.push_str(b);
        pl.is_place(&pair)
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
    // A known organization right after the head: «قناة الجزيرة»; not an
    // ambiguous one-word name that a proper word continues: «شركة أكس
    // جت» is no «إكس».
    let continued = |c: &Candidate| {
        c.ambiguous
            && doc.token_at(c.range.end.saturating_sub(1)) == Some(next)
            && proper(next)
            && toks
                .get(next + 1)
                .is_some_and(|t| t.sentence == toks[next].sentence)
            && clean_gap(doc, next, next + 1)
            && lexicon_at(doc, lexicon, next + 1).is_none()
            && proper(next + 1)
            && continues(next + 1)
            && !short_imperfect(doc.token_key(&toks[next + 1]))
            && latin_word(doc, next + 1) == latin_word(doc, next)
    };
    if let Some(c) = lexicon_at(doc, lexicon, next)
        .filter(|c| !lam_before(doc, next, c))
        .filter(|c| !continued(c))
    {
        // A definite head is whole; a known name that begins with an
        // indefinite word after it is another body: «الأمانة العامة
        // [محكمة العدل الدولية]» (a list), «الاتحاد الدولي [فيفا]».
        if definite_head && !is_definite(doc.token_key(&toks[next])) {
            return NameAfter::None;
        }
        if !keep_head {
            return NameAfter::Drop;
        }
        let (start, _) = mention_start(doc, &m.range, &m.name, false);
        return NameAfter::Found(Candidate {
            range: start..c.range.end,
            ..c.clone()
        });
    }
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
        // «تحت قيادة جوارديولا», «في قيادة ثلاث مدن»: leadership takes its
        // holder or its object after it, no body's name; «مديرية لودر»,
        // «بمديرية عبس في»: a district (Yemen's), while a directorate is
        // named by a definite word («مديرية الدفاع المدني») or a field and
        // its place («مديرية سجون منطقة حائل»).
        && head_key != "قياده"
        && (head_key != "مديريه"
            || toks.get(next + 1).is_some_and(|t| {
                t.sentence == toks[next].sentence
                    && clean_gap(doc, next, next + 1)
                    && (pl.is_place(doc.token_key(t))
                        || crate::extract::places::is_place_head(doc.token_key(t)))
            }))
        // «قوة» with a proclitic before an indefinite word is the noun
        // (strength, power): «كقوة عظمى», «وقوة باذلين أرواحهم», «وقوة جرّ
        // خلفي»; written «قوه» before a name, the Chinese name Guo («قوه
        // جيان»). A force is named by definite words («قوة الطوارئ»), a
        // known name or a name in marks; «نقاط قوة بايدو» keeps the
        // company.
        && !(head_key == "قوه" && (m.has_prefix() || doc.norm()[m.name.clone()].ends_with('ه')))
        && toks[next].sentence == toks[last].sentence
        && let Some(first_end) = letter_run(doc, next)
            .or_else(|| (proper(next) && continues(next) && !adjective(next)).then_some(next))
    {
        // (An abbreviation spelled with letters' names is the name's
        // first word: «شركة آر آي بي بي», «بنك جيه بي مورجان»; its words
        // are function words or too short for the proper-name test.)
        let mut end = first_end;
        while end + 1 < toks.len()
            && end < first_end + 2
            && toks[end + 1].sentence == toks[next].sentence
            && clean_gap(doc, end, end + 1)
            && ((proper(end + 1)
                && continues(end + 1)
                && !short_imperfect(doc.token_key(&toks[end + 1])))
                // A place of two words goes on the name, though its
                // second word looks like a verb: «جامعة بيونغ يانغ» (not
                // a definite word: «حكومة كوريا الجنوبية», «منتخب ساحل
                // العاج» are the place's, no name after the head).
                || (keep_head
                    && !is_definite(doc.token_key(&toks[end + 1]))
                    && place_of_two(end)))
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
        // A place's head and a place after the name belong to it:
        // «مجلس شباب منطقة عسير».
        if toks
            .get(end + 2)
            .is_some_and(|t| t.sentence == toks[next].sentence)
            && clean_gap(doc, end, end + 1)
            && clean_gap(doc, end + 1, end + 2)
            && place_begins(end + 1)
            // The head itself, no proclitic: «مركز أبوحماد [بمحافظة]
            // الشرقية» is a place in another.
            && {
                let k = doc.token_key(&toks[end + 1]);
                !k.starts_with(['ب', 'ل', 'ك', 'ف']) && (!k.starts_with('و') || k.starts_with("ولايه"))
            }
        {
            end += 2;
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
        // «نادي اسي ميلان», «فريق أس روما»: a club's foreign word
        // before a city is the club's name with its city.
        if kind == "club"
            && !coach
            && end == first_end
            && toks
                .get(end + 1)
                .is_some_and(|t| t.sentence == toks[next].sentence)
            && clean_gap(doc, end, end + 1)
            && pl.is_place(doc.token_key(&toks[end + 1]))
        {
            end += 1;
        }
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
            let keep_head = keep_head
                || field_end.is_some()
                || (PLACE_NAMED_HEADS.contains(&head_key)
                    && lexicon
                        .binary_search_by_key(&toks[next].range.start, |c| c.range.start)
                        .is_err());
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

/// True for an accusative indefinite broken plural of the form أفعالا
/// (matching key: «اطفالا», «اموالا»), which no name ends with.
fn accusative_plural(k: &str) -> bool {
    let c: Vec<char> = k.chars().collect();
    c.len() == 6 && c[0] == 'ا' && c[3] == 'ا' && c[5] == 'ا' && !"اوي".contains(c[1])
}

/// True for a verbal noun of the form تفعيل (تسجيل، تقديم، تطوير).
fn taf3il(k: &str) -> bool {
    let c: [Option<char>; 6] = {
        let mut it = k.chars();
        std::array::from_fn(|_| it.next())
    };
    c[0] == Some('ت') && c[3] == Some('ي') && c[4].is_some() && c[5].is_none()
}
