//! The speaker phrase after a speech verb or an attribution frame: the words
//! up to the first boundary (a preposition, a complementizer, a time word,
//! punctuation or a quotation mark), and the entity mentions inside it.

use super::entities::{EntityIndex, EntityKind, MentionRef};
use super::lexicon::{FrameKind, QuoteLexicon, Verb};
use crate::document::{Document, TokenKind};
use crate::extract::word_class::{QUOTE_BOUNDARY, QUOTE_CUE};
use crate::normalize::match_key;
use crate::output::{Speaker, TextSpan};

/// A preposition with a pronoun naming whom a speaker addresses
/// (matching keys).
const ADDRESSEES: &[&str] = &["لي", "لنا", "له", "لها", "لهم", "لهما", "لك", "لكم"];

/// The press as an addressee after ل (matching keys without that ل):
/// «للصحافيين»، «للصحفيين»، «للإعلاميين»، «للصحافة».
const ADDRESSED_PRESS: &[&str] = &["لصحافيين", "لصحفيين", "لاعلاميين", "لصحافه"];

/// Media a speaker talks to («قال لصحيفة …»), as matching keys.
pub(super) const ADDRESSED_MEDIA: &[&str] = &[
    "صحيفه",
    "جريده",
    "مجله",
    "قناه",
    "وكاله",
    "موقع",
    "وسايل",
    "اذاعه",
    "تلفزيون",
    "محطه",
    // «وقال لبرنامج «واجه الصحافة»» (the show he spoke to).
    "برنامج",
];

/// Titles that take their complement with «على» («المشرف على …»), as
/// matching keys.
const SUPERVISOR: &[&str] = &["المشرف", "مشرف", "المشرفه", "مشرفه", "القايم", "القايمه"];

/// Nouns of what is said («عبارة، مقولة، جملة»), as matching keys; also
/// with a possessive pronoun ([`is_utterance`]).
const UTTERANCES: &[&str] = &[
    "عباره",
    "عبارات",
    "كلمه",
    "كلمات",
    "جمله",
    "مقوله",
    "مقولات",
    "حكمه",
    "شعار",
    "نصيحه",
    "وصيه",
];

/// True when matching key `key` is a noun of [`UTTERANCES`], bare or with a
/// possessive pronoun (ه، ها، هم، ي): «عبارته»، «كلمتها». The ة of a
/// noun before a pronoun is written ت.
fn is_utterance(key: &str) -> bool {
    if UTTERANCES.contains(&key) {
        return true;
    }
    ["هم", "ها", "ه", "ي"].iter().any(|p| {
        key.strip_suffix(p).is_some_and(|stem| {
            // («عبارت» + ه is «عباره» + the pronoun: compared without a
            // new string.)
            let feminine = stem
                .strip_suffix('ت')
                .is_some_and(|s| UTTERANCES.iter().any(|u| u.strip_suffix('ه') == Some(s)));
            feminine || UTTERANCES.contains(&stem)
        })
    })
}

/// Documents and reports a medium may be the author of («تقرير لصحيفة
/// …»), as matching keys without the article.
const DOCUMENTS: &[&str] = &[
    "تقرير",
    "تقارير",
    "تحليل",
    "احصاييه",
    "احصاءات",
    "مقال",
    "مقاله",
    "بيان",
    "دراسه",
    "افتتاحيه",
    "استطلاع",
    "تحقيق",
    "تغريده",
    "حديث",
    "مقابله",
    "تصريح",
    "تصريحات",
    "رساله",
    "خبر",
];

/// True when matching key `key` is a document, with or without the article.
fn is_document(key: &str) -> bool {
    DOCUMENTS.contains(&key.strip_prefix("ال").unwrap_or(key))
}

/// Nouns of manner that ب makes an adverbial after a speech verb («قال
/// بلهجة …», «قال بصوت هامس»), as matching keys.
const MANNER_NOUNS: &[&str] = &[
    "لهجه",
    "صوت",
    "لغه",
    "طريقه",
    "نبره",
    "اسي",
    "خبث",
    "هدوء",
    "حزن",
    "غضب",
    "حسره",
    "مراره",
    "سخريه",
    "ثقه",
    "حماس",
    "قوله",
];

/// Kin and family nouns in construct (matching keys): before a name they
/// make the relative the speaker, not the one named.
const KIN: &[&str] = &[
    "عايله",
    "اسره",
    "ذوي",
    "اقارب",
    "نجل",
    "ابنه",
    "ابنت",
    "زوجه",
    "زوج",
    "شقيق",
    "شقيقه",
    "اخ",
    "اخت",
    "والد",
    "والده",
    "ارمله",
    "عم",
    "خال",
    "حفيد",
    "حفيده",
];

/// Longest speaker phrase, in tokens.
pub const MAX_PHRASE_TOKENS: usize = 10;

/// What ended a speaker phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// A complementizer (أن، إن، بأن …) at this token.
    Complementizer(usize),
    /// A colon.
    Colon,
    /// An opening quotation mark (or a token inside a quotation).
    Mark,
    /// Other punctuation (comma, full stop …).
    Punct,
    /// A boundary word (خلال، في، الذي …) or another speech verb at this token.
    Boundary(usize),
    /// The end of the sentence or of the phrase length.
    End,
}

/// Shared read-only state of one document's analysis.
pub struct Scan<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The quote lexicons.
    pub lex: &'a QuoteLexicon,
    /// Entity mentions by token.
    pub ents: &'a EntityIndex<'a>,
    /// For each token, whether it lies inside a quotation.
    pub inside: &'a [bool],
    /// True when the original text holds a fathatan (U+064B) somewhere:
    /// without one, no word of the document is an accusative with tanween
    /// and none needs its original text looked up ([`Scan::phrase`]).
    pub fathatan: bool,
}

/// A speaker phrase.
#[derive(Clone, Debug)]
pub struct Phrase {
    /// First token of the phrase.
    pub start: usize,
    /// One past its last token.
    pub end: usize,
    /// What ended it.
    pub stop: Stop,
    /// The speaker it names, the rule and the confidence.
    pub speaker: Option<(Speaker, &'static str, f32)>,
    /// Whether a `subject_name` speaker is an office named through a known
    /// organization or place («وكيل وزارة العمل»), as sure as an entity.
    pub office: bool,
}

impl Scan<'_> {
    /// The normalized text between tokens `a` and `b` (`a < b`).
    pub fn gap(&self, a: usize, b: usize) -> &str {
        let t = self.doc.tokens();
        let norm = self.doc.norm();
        let (s, e) = (t[a].range.end, t[b].range.start);
        if s <= e { &norm[s..e] } else { "" }
    }

    /// The matching key of token `t`.
    pub fn key(&self, t: usize) -> &str {
        self.doc.token_key(&self.doc.tokens()[t])
    }

    /// True when token `t` is a complementizer ([`QuoteLexicon::is_complementizer`]
    /// of its key), most tokens ruled out by their class.
    pub fn complementizer_at(&self, t: usize) -> bool {
        may_be_boundary(self.doc, t) && self.lex.is_complementizer(self.key(t))
    }

    /// True when token `t` is a boundary word or a complementizer
    /// ([`QuoteLexicon::is_boundary`] of its key), most tokens ruled out by
    /// their class.
    pub fn boundary_at(&self, t: usize) -> bool {
        may_be_boundary(self.doc, t) && self.lex.is_boundary(self.key(t))
    }

    /// The speech verb token `t` is, if any.
    pub fn verb_at(&self, t: usize) -> Option<&Verb> {
        if !may_be_cue_word(self.doc, t) {
            return None;
        }
        let tok = &self.doc.tokens()[t];
        self.lex
            .verb_of(self.doc.token_key(tok), self.doc.token_text(tok))
    }

    /// The speaker phrase starting at token `start`; `check_first_gap` looks
    /// at the punctuation before `start` too (after a verb).
    pub fn phrase(&self, start: usize, check_first_gap: bool) -> Phrase {
        let toks = self.doc.tokens();
        let mut stop = Stop::End;
        let mut cands: Vec<&MentionRef> = Vec::new();
        let mut t = start;
        if start >= toks.len() || start == 0 {
            return Phrase {
                start,
                end: start,
                stop,
                speaker: None,
                office: false,
            };
        }
        let sentence = toks[start - 1].sentence;
        // «أكد لـ«عكاظ» مدير المستشفى …»: the addressee in marks comes
        // before the speaker; skip it.
        let mut start = start;
        let mut check_first_gap = check_first_gap;
        if let Some(after) = self.media_aside(start, sentence) {
            start = after;
            t = after;
            check_first_gap = false;
        }
        // «قال لي/له المدير …»: the addressee pronoun before the speaker.
        if ADDRESSEES.contains(&self.key(start))
            && (!check_first_gap || self.gap(start - 1, start).trim().is_empty())
            && start + 1 < toks.len()
            && toks[start + 1].sentence == sentence
            && self.gap(start, start + 1).trim().is_empty()
        {
            start += 1;
            t = start;
        }
        // «قال صلى الله عليه وسلم»، «وقال تعالى»: a eulogy after the verb
        // stands for the one it praises; it is the whole speaker phrase.
        if let Some(n) = self.eulogy_at(start, sentence) {
            return Phrase {
                start,
                end: start + n,
                stop: Stop::End,
                speaker: Some((self.heuristic(start, start + n), "subject_name", 0.6)),
                office: false,
            };
        }
        // The token after a name in marks, whose gap holds the closing mark.
        let mut after_marked_name = None;
        // The end of words in marks no entity covers, right after the verb.
        let mut marked_words = None;
        while t < toks.len() && toks[t].sentence == sentence && t < start + MAX_PHRASE_TOKENS {
            // One space, the commonest gap, holds no colon, mark or
            // punctuation: nothing to look at.
            if (t > start || check_first_gap) && self.gap(t - 1, t) != " " {
                let g = self.gap(t - 1, t);
                if g.contains(':') {
                    stop = Stop::Colon;
                    break;
                }
                let marks = g.chars().filter(|&c| is_mark(c)).count();
                if marks > 0 && !(marks == 1 && after_marked_name == Some(t)) {
                    // «الأمين العام لحزب "الوطنيين الأحرار" إلياس …»: a name
                    // in marks belongs to the phrase.
                    if let Some(m) = self.marked_name_at(t, marks) {
                        cands.push(m);
                        t = m.last + 1;
                        after_marked_name = Some(t);
                        continue;
                    }
                    // «والرئيس التنفيذي لبرنامج «انجاز السعودية» نائل فائز»:
                    // a name in marks no entity covers, then the person.
                    if t > start
                        && marks == 1
                        && let Some(k) = self.person_after_marked_words(t)
                    {
                        t = k;
                        after_marked_name = Some(k);
                        continue;
                    }
                    if t == start && marks == 1 {
                        marked_words = self.marked_words_end(t);
                    }
                    stop = Stop::Mark;
                    break;
                }
                // «اللواء د. محمد»: the full stop of an initial goes on.
                if g.chars()
                    .any(|c| !c.is_whitespace() && !is_mark(c) && c != '-' && c != '(' && c != ')')
                    && !self.after_initial(t)
                {
                    stop = Stop::Punct;
                    break;
                }
            }
            if self.inside[t] {
                stop = Stop::Mark;
                break;
            }
            if t > start && self.addressee_at(t, start) {
                stop = Stop::Boundary(t);
                break;
            }
            if let Some(m) = self.ents.starting_at(t) {
                cands.push(m);
                t = m.last.max(t) + 1;
                continue;
            }
            let key = self.key(t);
            if self.complementizer_at(t) {
                stop = Stop::Complementizer(t);
                break;
            }
            // «وأوضح بحسب عدة أطراف أنه …»: an attribution frame right
            // after the verb names a source of its own.
            if t == start
                && self
                    .lex
                    .frames_starting(key)
                    .any(|f| f.kind == FrameKind::Attribution)
            {
                stop = Stop::Boundary(t);
                break;
            }
            // «أعد برلماني فرنسي تقريرًا»: an accusative with tanween
            // after the subject is the verb's object (not an age: «(86
            // عامًا)»).
            let accusative = || {
                self.fathatan
                    && t > start
                    && toks[t - 1].kind != TokenKind::Number
                    && self
                        .doc
                        .original_slice(self.doc.span(toks[t].range.clone()))
                        .contains('\u{064B}')
            };
            if self.boundary_at(t)
                || self.verb_at(t).is_some()
                || accusative()
                || (t > start && self.declines_naming(t))
            {
                stop = Stop::Boundary(t);
                break;
            }
            t += 1;
        }
        let end = t.min(toks.len());
        if end > start
            && !cands.iter().any(|m| m.kind == EntityKind::Person)
            && let Some(p) = self
                .person_after(end, stop, sentence)
                .or_else(|| self.person_after_coordinated_title(start, end, stop, sentence))
                .or_else(|| self.person_after_long_title(start, end, stop, sentence))
        {
            cands.insert(0, p);
        }
        let mut office = false;
        let speaker = if let Some(k) = marked_words {
            // «وأضاف "الشريف": "…"»: a person of the article by surname.
            let mut s = self.heuristic(start, k);
            match self.ents.person_named(&super::entities::name_key(&s.name)) {
                Some(p) => {
                    (s.id, s.name) = (Some(p.id.to_string()), p.name.to_string());
                    Some((s, "subject_entity", 0.85))
                }
                None => Some((s, "subject_name", 0.6)),
            }
        } else if let Some(p) = cands
            .iter()
            .find(|m| m.kind == EntityKind::Person && !self.represented(m.first, start))
        {
            Some((p.speaker(), "subject_entity", 0.9))
        } else if let Some(p) = cands
            .first()
            .filter(|c| c.kind == EntityKind::Person && c.first > start)
        {
            // «وقالت عائلة عبد العزيز»، «وقالت الناطقة باسم دي ميستورا»: the
            // family or the spokesperson speaks, named by the whole phrase.
            Some((self.heuristic(start, p.last + 1), "subject_name", 0.6))
        } else if let Some(c) = cands
            .first()
            .filter(|c| c.first > start + 2 && self.key(c.first - 1) == "باسم")
        {
            // «وصرح المتحدث الرسمي باسم وزارة النقل»: the spokesperson,
            // named by the whole phrase.
            Some((self.heuristic(start, c.last + 1), "subject_name", 0.6))
        } else if let Some(c) = cands
            .first()
            .filter(|c| c.first <= start + 2 || (c.first == start + 3 && self.office_of(c, start)))
        {
            if c.first > start && (c.kind == EntityKind::Place || self.office_of(c, start)) {
                // A place or organization in construct with a title names an
                // office holder: «وقال أمين جدة» is the mayor, not Jeddah;
                // «وقال المدير العام لقناة العربية» is the director.
                office = true;
                Some((self.heuristic(start, c.last + 1), "subject_name", 0.6))
            } else {
                Some((c.speaker(), "subject_entity", 0.85))
            }
        } else {
            let name_end = cands.first().map_or(end, |c| c.first).min(end);
            let mut title = String::new();
            for k in start..name_end {
                if k > start {
                    title.push(' ');
                }
                title.push_str(self.key(k));
            }
            match self.ents.person_with_title(&title) {
                Some(p) if name_end > start => Some((p.speaker(), "title_coreference", 0.75)),
                _ => (name_end > start && self.may_begin_speaker(start)).then(|| {
                    let name_end = self.partitive_end(start, name_end, stop);
                    (self.heuristic(start, name_end), "subject_name", 0.6)
                }),
            }
        };
        Phrase {
            start,
            end,
            stop,
            speaker,
            office,
        }
    }

    /// True when the person whose mention starts at token `first` is named
    /// as whom the speaker stands for, belongs to or speaks about, not as the
    /// speaker: after «باسم» (a spokesperson), a kinship or household word
    /// («عائلة»، «نجل»), an office («مكتب»، «محامي») or «عن», inside the
    /// phrase starting at `start`.
    fn represented(&self, first: usize, start: usize) -> bool {
        if first <= start {
            return false;
        }
        match self.key(first - 1) {
            // «باسم» is also a given name: only after «متحدث، ناطق».
            "باسم" => {
                first >= start + 2
                    && ["متحدث", "ناطق"]
                        .iter()
                        .any(|w| self.key(first - 2).contains(w))
            }
            "عن" | "مكتب" | "محامي" => true,
            k if KIN.contains(&k) => true,
            // «والد الشهيد أحمد الشهري»: the father of the one named.
            k if k.starts_with("ال")
                && first >= start + 2
                && KIN.contains(&self.key(first - 2)) =>
            {
                true
            }
            _ => self.linked_from(first).is_some_and(|l| l > start) || self.group_of(first, start),
        }
    }

    /// True when a group noun in construct stands before the person whose
    /// mention starts at `first`, at most three title words between, inside
    /// the phrase from `start`: «عضو في حزب الرئيس المخلوع علي عبدالله صالح»
    /// is a member of Saleh's party, not Saleh.
    fn group_of(&self, first: usize, start: usize) -> bool {
        const GROUPS: &[&str] = &["حزب", "انصار", "مؤيدي", "ميليشيات"];
        let lo = first.saturating_sub(4).max(start);
        // Not a group named as an organization («نائب رئيس حزب الشعب
        // الجمهوري خلوق قوج» speaks).
        (lo..first).any(|j| {
            let key = self.key(j);
            GROUPS.iter().any(|g| {
                key.strip_suffix(g)
                    .is_some_and(crate::document::clitics::is_proclitic_sequence)
            }) && (j..first)
                .all(|k| self.ents.starting_at(k).is_none() && self.ents.ending_at(k).is_none())
        })
    }

    /// Where «على صلة بـ» or «مقرب من» («قريبة من», «المقربين من» …) begins
    /// when it stands before the mention starting at token `first`, at most
    /// a title between them: «مصدر على صلة ببلاتيني», «مصادر مقربة من
    /// الرئيس هولاند». The person so named is whom the speaker is close to,
    /// not the speaker.
    fn linked_from(&self, first: usize) -> Option<usize> {
        let toks = self.doc.tokens();
        let lo = first.saturating_sub(4);
        let mut j = first;
        while j > lo {
            j -= 1;
            if toks[j].sentence != toks[first].sentence
                || !self.gap(j, j + 1).trim().is_empty()
                || self.ents.starting_at(j).is_some()
            {
                return None;
            }
            // «على صلة بميشيل»: ب is the next word's proclitic.
            if self.key(j) == "صله" && self.key(j + 1).starts_with('ب') {
                let on = j > 0 && self.key(j - 1) == "علي";
                return Some(j - usize::from(on));
            }
            if self.key(j) == "من" && j > 0 {
                let w = self.key(j - 1);
                let near = matches!(
                    w.strip_prefix("ال").unwrap_or(w),
                    "مقرب"
                        | "مقربه"
                        | "مقربون"
                        | "مقربين"
                        | "قريب"
                        | "قريبه"
                        | "قريبون"
                        | "قريبين"
                );
                return near.then_some(j - 1);
            }
        }
        None
    }

    /// Where a speaker named by a quantifier ends: «يقول عدد من المواطنين»
    /// takes «من» and the noun after it (with its complement: «عدد من أهالي
    /// القرية»); any other phrase ends at `end`.
    fn partitive_end(&self, start: usize, end: usize, stop: Stop) -> usize {
        let quantifier = matches!(
            self.key(start),
            "عدد" | "العديد" | "بعض" | "كثير" | "الكثير" | "مجموعه" | "غالبيه" | "معظم"
        );
        match stop {
            Stop::Boundary(b)
                if quantifier
                    && end == start + 1
                    && b == end
                    && self.key(b) == "من"
                    && self.joined(b, b + 1) =>
            {
                // «عدد من أهالي القرية»: a noun in construct takes its
                // complement along.
                let c = b + 2;
                let construct = !self.key(b + 1).starts_with("ال")
                    && self.joined(b + 1, c)
                    && self.key(c).starts_with("ال");
                if construct { c + 1 } else { c }
            }
            _ => end,
        }
    }

    /// True when token `b` follows token `a` in the same sentence with only
    /// spaces between, outside quotations.
    fn joined(&self, a: usize, b: usize) -> bool {
        let toks = self.doc.tokens();
        b < toks.len()
            && toks[b].sentence == toks[a].sentence
            && !self.inside[b]
            && self.gap(a, b).trim().is_empty()
    }

    /// The entity mention at token `t` that fills a pair of marks (one mark
    /// in the gap before `t`, `marks_before`, and one right after the
    /// mention), when those words are not a quotation.
    fn marked_name_at(&self, t: usize, marks_before: usize) -> Option<&MentionRef<'_>> {
        let toks = self.doc.tokens();
        if marks_before != 1 || self.inside.get(t).copied().unwrap_or(true) {
            return None;
        }
        let m = self.ents.starting_at(t)?;
        let next = m.last + 1;
        if next >= toks.len() || toks[next].sentence != toks[t].sentence {
            return None;
        }
        // The closing mark, then maybe a comma or a colon (and the quote's
        // opening mark) that ends the phrase: «وأضافت شركة «مندرين
        // أورينتال»، وهي …», «وقالت صحيفة «الحياة»: «…»».
        let mut rest = self.gap(m.last, next).trim_start().chars();
        let mut colon = false;
        let closing = rest.next().is_some_and(is_mark)
            && rest.all(|c| {
                colon |= c == ':';
                c.is_whitespace() || matches!(c, '،' | ',' | ':') || (colon && is_mark(c))
            });
        closing.then_some(m)
    }

    /// «وتقول "واي نو" "أنا …"»: up to three words in marks from token `t`
    /// that no entity covers, closed and followed at once by a quotation's
    /// opening mark, a comma or a colon: a name the entities do not know.
    /// Returns the index after its last word.
    fn marked_words_end(&self, t: usize) -> Option<usize> {
        let (k, g) = self.marked_words_gap(t, false)?;
        let mut chars = g.chars();
        let closing = chars.next().is_some_and(is_mark);
        let ends = chars
            .clone()
            .all(|c| c.is_whitespace() || matches!(c, '،' | ',' | ':') || is_mark(c));
        (closing && ends && chars.next().is_some()).then_some(k)
    }

    /// The first token `k` after up to [`MAX_MARKED_NAME_WORDS`] words
    /// from token `t` with something but spaces before it, and that gap
    /// trimmed: the words in the same sentence, none an entity's start, a
    /// verb or a complementizer (nor inside a quotation when `not_inside`).
    fn marked_words_gap(&self, t: usize, not_inside: bool) -> Option<(usize, &str)> {
        let toks = self.doc.tokens();
        let last = (t + MAX_MARKED_NAME_WORDS).min(toks.len().saturating_sub(1));
        for k in t + 1..=last {
            if toks[k].sentence != toks[t].sentence
                || not_inside && self.inside[k - 1]
                || self.ents.starting_at(k - 1).is_some()
                || self.verb_at(k - 1).is_some()
                || self.lex.is_complementizer(self.key(k - 1))
            {
                return None;
            }
            let g = self.gap(k - 1, k).trim();
            if !g.is_empty() {
                return Some((k, g));
            }
        }
        None
    }

    /// The number of tokens of the eulogy that starts at token `t` in
    /// sentence `sentence` («صلى الله عليه وسلم»، «عز وجل»، «تعالى»), the
    /// longest of [`EULOGIES`], with only spaces between its words.
    pub fn eulogy_at(&self, t: usize, sentence: usize) -> Option<usize> {
        let toks = self.doc.tokens();
        // Most words start no eulogy: their key is compared with the first
        // words alone (a length test each, mostly), not every word of
        // every eulogy with its gap.
        let first = (t < toks.len()).then(|| self.key(t))?;
        if !EULOGIES.iter().any(|e| e[0] == first) {
            return None;
        }
        EULOGIES
            .iter()
            .filter(|e| {
                e.iter().enumerate().all(|(i, w)| {
                    let k = t + i;
                    k < toks.len()
                        && toks[k].sentence == sentence
                        && !self.inside[k]
                        && (i == 0 || self.gap(k - 1, k).trim().is_empty())
                        && self.key(k) == *w
                })
            })
            .map(|e| e.len())
            .max()
    }

    /// True when token `t` is «رفض/فضل/طلب» before «عدم/الكشف/ذكر …»: «مسؤول
    /// تركي رفض الكشف عن اسمه» (who declined to be named) describes the
    /// speaker named before it.
    fn declines_naming(&self, t: usize) -> bool {
        let toks = self.doc.tokens();
        matches!(
            self.key(t),
            "رفض" | "رفضت" | "فضل" | "فضلت" | "طلب" | "طلبت"
        ) && t + 1 < toks.len()
            && toks[t + 1].sentence == toks[t].sentence
            && matches!(
                self.key(t + 1),
                "عدم" | "الكشف" | "ذكر" | "الافصاح" | "نشر" | "الاشاره" | "الاعلان"
            )
    }

    /// Where a person mention starts right after up to three words in
    /// marks from token `t`, no entity nor verb nor complementizer among
    /// them, the closing mark alone between them and the person: a name in
    /// marks inside a title («الرئيس التنفيذي لبرنامج «انجاز السعودية» نائل
    /// فائز»).
    fn person_after_marked_words(&self, t: usize) -> Option<usize> {
        let (k, g) = self.marked_words_gap(t, true)?;
        let closing = g.chars().count() == 1 && g.chars().all(is_mark);
        (closing
            && self
                .ents
                .starting_at(k)
                .is_some_and(|m| m.kind == EntityKind::Person))
        .then_some(k)
    }

    /// A person named right after a title phrase that stopped at a comma
    /// (apposition: «قال رئيس القطاع، الشيخ محمد …») or at a preposition
    /// inside the title («رئيس بعثة الأمم المتحدة في أفغانستان نيكولاس …»).
    fn person_after(&self, end: usize, stop: Stop, sentence: usize) -> Option<&MentionRef<'_>> {
        let toks = self.doc.tokens();
        // After «المشرف على» the person ends the phrase: «المشرف على كرسي
        // عبدالله بقشان لأبحاث النحل … أحمد الخازم» names the chair first.
        let mut supervised = false;
        let from = match stop {
            Stop::Punct => {
                let g = self.gap(end - 1, end.min(toks.len() - 1));
                if !(g.contains('،') || g.contains(',')) {
                    return None;
                }
                end
            }
            Stop::Boundary(b) if matches!(self.key(b), "في" | "من" | "ل" | "لدي") => b + 1,
            // «وأوضح المشرف على فرق الفنون الشعبية هذال العتيبي»: the
            // complement of a title that takes «على» (supervisor of).
            Stop::Boundary(b)
                if self.key(b) == "علي"
                    && b > 0
                    && SUPERVISOR.contains(&self.key(b - 1).trim_start_matches('و')) =>
            {
                supervised = true;
                b + 1
            }
            _ => return None,
        };
        let last = (from + 5).min(toks.len());
        for (k, tok) in toks.iter().enumerate().take(last).skip(from) {
            if tok.sentence != sentence || self.inside[k] {
                return None;
            }
            if k > from
                && self.gap(k - 1, k).chars().any(|c| !c.is_whitespace())
                && !self.after_initial(k)
            {
                return None;
            }
            if let Some(m) = self.ents.starting_at(k) {
                let person = if m.kind == EntityKind::Person {
                    Some(m)
                } else {
                    // A place or organization ending the title: the name
                    // follows it.
                    self.person_after_mention(m, sentence)
                };
                return person.filter(|p| !supervised || self.ends_phrase_after(p.last));
            }
            let key = self.key(k);
            if self.lex.is_complementizer(key)
                || self.verb_at(k).is_some()
                || matches!(key, "مع" | "الي" | "خلال" | "عن" | "علي" | "الذي" | "التي")
            {
                return None;
            }
        }
        None
    }

    /// The person a title phrase names further on when the phrase holds a
    /// second title joined by و («رئيس مركز الرعاية المستمرة والمشرف على
    /// برنامج العيد لمركز الرعاية المستمرة الأستاذ يوسف اليوسف»): the
    /// coordinated title goes on with its complement up to the name. The
    /// phrase of tokens `[start, end)` stopped at a preposition; the person
    /// comes within [`MAX_COORDINATED_TITLE_TAIL`] tokens of it, with no
    /// punctuation (but an initial's full stop), verb, complementizer nor
    /// relative pronoun between.
    fn person_after_coordinated_title(
        &self,
        start: usize,
        end: usize,
        stop: Stop,
        sentence: usize,
    ) -> Option<&MentionRef<'_>> {
        let Stop::Boundary(b) = stop else {
            return None;
        };
        if b != end
            || !matches!(self.key(b), "علي" | "في" | "من" | "لدي" | "عن")
            || !(start + 1..end).any(|k| {
                self.key(k)
                    .strip_prefix('و')
                    .is_some_and(|w| w.starts_with("ال") && self.lex.office(w).is_some())
            })
        {
            return None;
        }
        self.person_within(b + 1, MAX_COORDINATED_TITLE_TAIL, sentence)
    }

    /// The person a title phrase of [`MAX_PHRASE_TOKENS`] tokens from
    /// `start` names after its end `end` («كشف مدير البرامج والمبادرات
    /// التنموية بفرع وزارة الشؤون الاجتماعية بمنطقة مكة المكرمة عبدالرحمن
    /// المالكي، أن …»): the phrase holds an office title and stopped for
    /// its length only.
    fn person_after_long_title(
        &self,
        start: usize,
        end: usize,
        stop: Stop,
        sentence: usize,
    ) -> Option<&MentionRef<'_>> {
        let toks = self.doc.tokens();
        (stop == Stop::End
            && end == start + MAX_PHRASE_TOKENS
            && end < toks.len()
            && toks[end].sentence == sentence
            && self.title_before(start, end))
        .then(|| self.person_within(end, MAX_COORDINATED_TITLE_TAIL, sentence))
        .flatten()
    }

    /// The first person mention from token `from` within `n` tokens of
    /// sentence `sentence`, passing other entities, with no punctuation
    /// (but an initial's full stop), quotation, verb, complementizer nor
    /// relative pronoun before it.
    fn person_within(&self, from: usize, n: usize, sentence: usize) -> Option<&MentionRef<'_>> {
        let toks = self.doc.tokens();
        let last = (from + n).min(toks.len());
        let mut k = from;
        while k < last {
            if toks[k].sentence != sentence
                || self.inside[k]
                || (self.gap(k - 1, k).chars().any(|c| !c.is_whitespace())
                    && !self.after_initial(k))
            {
                return None;
            }
            if let Some(m) = self.ents.starting_at(k) {
                if m.kind == EntityKind::Person {
                    return Some(m);
                }
                k = m.last.max(k) + 1;
                continue;
            }
            let key = self.key(k);
            if self.lex.is_complementizer(key)
                || self.verb_at(k).is_some()
                || matches!(key, "الذي" | "التي" | "الذين")
            {
                return None;
            }
            k += 1;
        }
        None
    }

    /// True when token `k` follows a one-letter abbreviation and its full
    /// stop («د. محمد»، «م.القحطاني»).
    fn after_initial(&self, k: usize) -> bool {
        let toks = self.doc.tokens();
        k > 0
            && k < toks.len()
            && self.gap(k - 1, k).trim() == "."
            && self.doc.token_text(&toks[k - 1]).chars().count() == 1
    }

    /// True when the speaker phrase ends after token `t`: at the end of the
    /// text or its sentence, punctuation, a complementizer or a boundary
    /// word.
    fn ends_phrase_after(&self, t: usize) -> bool {
        let toks = self.doc.tokens();
        let n = t + 1;
        n >= toks.len()
            || toks[n].sentence != toks[t].sentence
            || self.gap(t, n).chars().any(|c| !c.is_whitespace())
            || self.complementizer_at(n)
            || self.boundary_at(n)
    }

    fn person_after_mention(&self, m: &MentionRef, sentence: usize) -> Option<&MentionRef<'_>> {
        let toks = self.doc.tokens();
        let mut k = m.last + 1;
        if k >= toks.len() || toks[k].sentence != sentence || !self.gap(m.last, k).trim().is_empty()
        {
            return None;
        }
        // «في إذاعة قطر القطري حسن الساعي»: a nisba of the person between.
        let key = self.key(k);
        if self.ents.starting_at(k).is_none()
            && key.starts_with("ال")
            && (key.ends_with('ي') || key.ends_with("يه"))
            && k + 1 < toks.len()
            && toks[k + 1].sentence == sentence
            && self.gap(k, k + 1).trim().is_empty()
        {
            k += 1;
        }
        // «السفير السعودي في عمان الدكتور سامي الصالح»: the person's own
        // title between.
        if self.ents.starting_at(k).is_none()
            && self.key(k).starts_with("ال")
            && self.lex.office(self.key(k)).is_some()
            && k + 1 < toks.len()
            && toks[k + 1].sentence == sentence
            && self.gap(k, k + 1).trim().is_empty()
            && self
                .ents
                .starting_at(k + 1)
                .is_some_and(|p| p.kind == EntityKind::Person)
        {
            k += 1;
        }
        // «في المملكة د. محمد عثمان الخشت»: an initial before the name.
        if self.after_initial(k + 1) && toks[k + 1].sentence == sentence {
            k += 1;
        }
        self.ents
            .starting_at(k)
            .filter(|p| p.kind == EntityKind::Person)
    }

    /// Who may be the subject of a pro-drop verb at token `t` inside its
    /// sentence: a person followed by a relative pronoun («بينيتيز الذي رفض …
    /// حينما صرح»), else the nearest person before it, else an organization
    /// within 8 tokens.
    pub fn subject_in_sentence(&self, t: usize) -> SentenceSubject<'_> {
        let toks = self.doc.tokens();
        let mut out = SentenceSubject::default();
        let Some(tok) = toks.get(t) else {
            return out;
        };
        let sentence = tok.sentence;
        let lo = t.saturating_sub(25);
        let mut org: Option<&MentionRef> = None;
        let mut k = t;
        while k > lo {
            k -= 1;
            if toks[k].sentence != sentence {
                break;
            }
            if matches!(self.key(k), "الذي" | "التي")
                && k > 0
                && let Some(m) = self
                    .ents
                    .ending_at(k - 1)
                    .filter(|m| m.kind == EntityKind::Person)
            {
                out.relative = Some(m);
                return out;
            }
            // «وعن راموس قال»: the person spoken about right before the
            // verb is no subject («عن معاذ أنه قال» is).
            let about = k > 0 && matches!(self.key(k - 1), "عن" | "وعن");
            if let Some(m) = self
                .ents
                .starting_at(k)
                .filter(|m| m.last < t && !(about && m.last + 1 == t))
            {
                match m.kind {
                    EntityKind::Person if out.nearest.is_none() => out.nearest = Some(m),
                    EntityKind::Organization if org.is_none() && t - k <= 8 => org = Some(m),
                    _ => {}
                }
            }
        }
        if out.nearest.is_none() {
            out.nearest = org;
        }
        out
    }

    /// True when token `t` (inside the speaker phrase starting at `start`)
    /// is ل + the medium the speaker talks to: a medium's head («وقال سكان
    /// لوكالة الأنباء»، «وقال وزير الخارجية لصحيفة الحياة») or a known medium
    /// («وقال مصدر للجزيرة»). It is a complement instead after a title of
    /// media or management for a head («وقال المدير العام لقناة العربية»),
    /// after any office title for a known medium, and after a document
    /// («بحسب تقرير لصحيفة …»).
    fn addressee_at(&self, t: usize, start: usize) -> bool {
        let Some(stem) = self.key(t).strip_prefix('ل') else {
            return false;
        };
        if (t.saturating_sub(2)..t).any(|k| is_document(self.key(k))) {
            return false;
        }
        // «وقال شو للصحافيين»: the journalists he talks to.
        if ADDRESSED_PRESS.contains(&stem) {
            return true;
        }
        if ADDRESSED_MEDIA.contains(&stem) {
            // «الرئيس التنفيذي لبرنامج …»: a programme has any office.
            let any_office = stem == "برنامج";
            return !(t.saturating_sub(2)..t).any(|k| match self.office_at(k) {
                Some("media" | "organization") => true,
                Some(_) => any_office,
                None => false,
            });
        }
        // The ل is a proclitic when the mention leaves it out («لرويترز»)
        // or the name does not hold the written word: «للجزيرة» (قناة
        // الجزيرة), not «ليون» (أولمبيك ليون). Other
        // organizations are complements: «الفرع المصري لتنظيم داعش».
        self.ents.starting_at(t).is_some_and(|m| {
            let written = match_key(&m.mention.text);
            m.medium
                && (!written.starts_with('ل') || !match_key(m.name).contains(&written))
                && !self.title_before(start, t)
        })
    }

    /// True when organization mention `c` follows an office title inside
    /// the phrase starting at `start`: the phrase names the office holder.
    fn office_of(&self, c: &MentionRef, start: usize) -> bool {
        c.kind == EntityKind::Organization && self.title_before(start, c.first)
    }

    /// True when a token in `[a, b)` is a one-word office title, also
    /// after the conjunction و («عضو مجلس الإدارة والرئيس التنفيذي»).
    fn title_before(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.office_at(k).is_some())
    }

    /// The category of the one-word office title at token `k`, with or
    /// without the conjunction و.
    fn office_at(&self, k: usize) -> Option<&str> {
        let key = self.key(k);
        self.lex.office(key).or_else(|| {
            key.strip_prefix('و')
                .filter(|w| w.starts_with("ال"))
                .and_then(|w| self.lex.office(w))
        })
    }

    /// When tokens from `t` are «لـ"name"» (a name in marks after ل), the
    /// token after the closing mark.
    fn media_aside(&self, t: usize, sentence: usize) -> Option<usize> {
        let toks = self.doc.tokens();
        if t + 1 >= toks.len() || self.key(t) != "ل" || !self.gap(t, t + 1).chars().any(is_mark) {
            return None;
        }
        let mut k = t + 1;
        while k + 1 < toks.len() && k < t + 7 && toks[k + 1].sentence == sentence {
            let g = self.gap(k, k + 1);
            if g.chars().any(is_mark) {
                return (!g.contains(':')).then_some(k + 1);
            }
            k += 1;
        }
        None
    }

    /// The speaker of «… عن فلان قوله»: the speaker phrase after the عن
    /// before قوله at token `q`, or the entity right before قوله.
    pub fn qawl_speaker(&self, q: usize) -> Option<Speaker> {
        let p = q.checked_sub(1)?;
        let toks = self.doc.tokens();
        let sentence = toks[q].sentence;
        let mut k = p;
        while k > 0 && p - k < 10 && toks[k].sentence == sentence {
            if self.key(k) == "عن" && k < p {
                let phrase = self.phrase(k + 1, false);
                if let Some((s, _, _)) = phrase.speaker {
                    return Some(s);
                }
                return Some(self.heuristic(k + 1, p + 1));
            }
            k -= 1;
        }
        self.ents.ending_at(p).map(MentionRef::speaker)
    }

    /// Whether token `t` may begin a speaker named without a known entity:
    /// not a number, nor an addressee: ل + a noun with a pronoun («قال
    /// لمحققيه إنه», «لنفسها»), a medium («قالت لصحيفة …»), ل + the
    /// article («أمر يدعو للغبطة») or a lone letter («اتهمتها بـ«…»»), nor
    /// an adverbial («بالنيابة», «بلهجة الخائف») or ب and a feminine noun
    /// («بطعنة»), nor an accusative with tanween («تغييراً»).
    fn may_begin_speaker(&self, t: usize) -> bool {
        let doc = self.doc;
        let tok = &doc.tokens()[t];
        let key = self.key(t);
        if tok.kind == TokenKind::Number || key.starts_with("لل") || key.chars().nth(1).is_none()
        {
            return false;
        }
        // «وقال عبارته الشهيرة»، «وقال كلمته»: a noun of utterance, also
        // with a pronoun, is what is said, no subject.
        if is_utterance(key) {
            return false;
        }
        // A preposition begins an adverbial: «وتنقل بين الأعمام».
        if matches!(
            key,
            "بين"
                | "في"
                | "علي"
                | "الي"
                | "عن"
                | "من"
                | "مع"
                | "حتي"
                | "نحو"
                | "لدي"
                | "منذ"
        ) {
            return false;
        }
        // An accusative with tanween is an object, no subject: «تحدث
        // تغييراً في حياة المكفوفين» (it brings about a change).
        // (Fathatan only: «عددٌ من الأهالي» with dammatan is a subject.)
        // A document without one anywhere needs no look at the original.
        if self.fathatan
            && doc
                .original_slice(doc.span(tok.range.clone()))
                .contains('\u{064B}')
        {
            return false;
        }
        // An adverb in the accusative the lexicons know, written without
        // its tanween: «أعلن مسبقا أن» (announced beforehand).
        if key.ends_with('ا')
            && crate::extract::people::lexicon::lexicon()
                .not_names
                .contains_key(&crate::document::token_splits::word_hash(key))
        {
            return false;
        }
        // «وقال بالنيابة عن …», «وقال بلهجة الخائف إنه»: ب + a definite
        // word or a word of manner is an adverbial, no subject; a name may
        // begin so too (بالوتيلي).
        // So is ب + a demonstrative: «وقال بهذا الخصوص», «بهذه المناسبة».
        let adverbial = key.strip_prefix('ب').is_some_and(|r| {
            (r.starts_with("ال") && r.chars().count() >= 5)
                || MANNER_NOUNS.contains(&r)
                || matches!(r, "هذا" | "هذه" | "ذلك" | "تلك" | "هذين" | "هاتين")
        });
        let norm = doc.token_text(tok);
        // ب and a consonant before a feminine noun in ة is a complement:
        // «ووصفتها بطعنة غادرة» (not «باحثة», the quantifier «بضعة», nor
        // the head of a body: «بلدية»، «بعثة»).
        let feminine = norm.ends_with('ة')
            && key != "بضعه"
            && key.strip_prefix('ب').is_some_and(|r| {
                r.chars()
                    .next()
                    .is_some_and(|c| !matches!(c, 'ا' | 'و' | 'ي'))
            })
            && !crate::extract::organizations::lexicon::orgs()
                .heads_single
                .contains_key(key);
        if (adverbial || feminine)
            && !crate::extract::people::lexicon::lexicon()
                .names
                .contains_key(key)
        {
            return false;
        }
        let pronoun = ["ه", "ها", "هم", "هما"].iter().any(|p| norm.ends_with(p));
        // «قال لأنصاره»، «لأبنائه»: ل + a noun in ا with a pronoun is whom
        // the speaker talks to (names in لا … carry no pronoun: لامين).
        if pronoun
            && norm.chars().count() >= 5
            && self
                .key(t)
                .strip_prefix('ل')
                .is_some_and(|r| r.starts_with('ا') && !r.starts_with("ال"))
        {
            return false;
        }
        let Some(stem) = self
            .key(t)
            .strip_prefix('ل')
            .filter(|r| !r.starts_with(['ا', 'ل']))
        else {
            return true;
        };
        !(pronoun || ADDRESSED_MEDIA.contains(&stem))
    }

    /// A speaker named by tokens `[a, b)` without a known entity (id null).
    pub fn heuristic(&self, a: usize, b: usize) -> Speaker {
        let toks = self.doc.tokens();
        let norm = self.doc.norm();
        let (from, mut to) = (toks[a].range.start, toks[b - 1].range.end);
        // «مراسل "الإخبارية"»: a name in marks keeps its closing mark.
        let inner = &norm[from..to];
        if inner.chars().filter(|&c| is_mark(c)).count() % 2 == 1
            && let Some(c) = norm[to..].chars().next().filter(|&c| is_mark(c))
        {
            to += c.len_utf8();
        }
        let span = self.doc.span(from..to);
        let text = self.doc.original_slice(span).to_string();
        Speaker {
            id: None,
            name: text.clone(),
            mention: Some(TextSpan {
                text,
                start: span.start,
                end: span.end,
            }),
        }
    }

    /// The speaker before a verb at token `v` (SVO: «الوزير لافروف قال إن»):
    /// an entity mention ending right before it; none before a verb with a
    /// conjunction, which begins a clause of its own («في رام الله وقال»).
    pub fn subject_before(&self, v: usize) -> Option<Speaker> {
        let toks = self.doc.tokens();
        let conjoined = self
            .key(v)
            .strip_prefix(['و', 'ف'])
            .is_some_and(|stem| self.lex.verb(stem).is_some());
        if conjoined {
            return None;
        }
        let mut p = v.checked_sub(1)?;
        if toks[p].sentence != toks[v].sentence || !self.gap(p, v).trim().is_empty() {
            return None;
        }
        if matches!(
            self.key(p),
            "قد" | "لقد" | "وقد" | "فقد" | "بدوره" | "بدورها" | "بدورهم"
        ) {
            p = p.checked_sub(1)?;
            if toks[p].sentence != toks[v].sentence {
                return None;
            }
        }
        let m = self.ents.ending_at(p)?;
        // «مصدرا على صلة ببلاتيني قال»: the source before the link speaks,
        // named by the whole phrase.
        if let Some(link) = self.linked_from(m.first) {
            let head = link.checked_sub(1)?;
            let plain = toks[head].sentence == toks[v].sentence
                && self.gap(head, link).trim().is_empty()
                && self.may_begin_speaker(head);
            return plain.then(|| self.heuristic(head, m.last + 1));
        }
        // «التقارير الواردة من ألمانيا تشير إلى أن»: a place or a body
        // after a preposition is no subject.
        let preposition = |t: usize| {
            toks[t].sentence == toks[v].sentence
                && matches!(
                    self.key(t),
                    "من" | "في" | "الي" | "عن" | "علي" | "داخل" | "خارج" | "لدي" | "مع"
                )
        };
        // Also after a preposition and a noun in construct, which has no
        // article («في قاطع الأنبار أكدت مصادرنا»).
        // So after a preposition written on it («سفارة المملكة بالأردن
        // تنفي»).
        let attached = {
            let key = self.key(m.first);
            let stem = key.strip_prefix(['و', 'ف']).unwrap_or(key);
            stem.starts_with(['ب', 'ل', 'ك'])
                && self.doc.span(toks[m.first].range.clone()).start < m.mention.start
        };
        // (Up to two such nouns: «من أبناء مدينة المكلا ذكرت».)
        let after_construct = || {
            let mut t = m.first;
            for _ in 0..2 {
                if t < 2 {
                    return false;
                }
                let n = t - 1;
                if !(self.gap(n, t).trim().is_empty()
                    && self.ents.ending_at(n).is_none()
                    && !self.key(n).starts_with("ال")
                    && (t == m.first || !crate::extract::words::is_stopword(self.key(n))))
                {
                    return false;
                }
                if preposition(n - 1) && self.gap(n - 1, n).trim().is_empty() {
                    return true;
                }
                t = n;
            }
            false
        };
        let in_phrase = m.kind != EntityKind::Person
            && (attached || m.first > 0 && preposition(m.first - 1) || after_construct());
        // «وعن راموس قال»: the person spoken about.
        let about = m.first > 0
            && toks[m.first - 1].sentence == toks[v].sentence
            && matches!(self.key(m.first - 1), "عن" | "وعن");
        (!in_phrase && !about).then(|| m.speaker())
    }
}

/// Candidates for the subject of a pro-drop verb inside a sentence.
#[derive(Clone, Copy, Debug, Default)]
pub struct SentenceSubject<'a> {
    /// A person followed by الذي/التي before the verb.
    pub relative: Option<&'a MentionRef<'a>>,
    /// The nearest person (or, failing one, a near organization) before it.
    pub nearest: Option<&'a MentionRef<'a>>,
}

/// Eulogies that follow a speech verb in place of its subject (matching
/// keys): the Prophet («صلى الله عليه وسلم») and God («عز وجل»، «تعالى» …).
const EULOGIES: &[&[&str]] = &[
    &["صلي", "الله", "عليه", "وسلم"],
    &["صلي", "الله", "عليه", "واله", "وسلم"],
    &["عز", "وجل"],
    &["جل", "وعلا"],
    &["جل", "جلاله"],
    &["جل", "شانه"],
    &["تعالي"],
    &["سبحانه"],
    &["سبحانه", "وتعالي"],
    &["تبارك", "وتعالي"],
];

/// Most tokens between the preposition after a coordinated title and the
/// name of its holder ([`Scan::person_after_coordinated_title`]).
const MAX_COORDINATED_TITLE_TAIL: usize = 10;

/// Most words of a name in marks that no entity covers
/// ([`Scan::marked_words_end`]).
const MAX_MARKED_NAME_WORDS: usize = 3;

/// False when token `t` of `doc` is surely no cue word (speech verb, with
/// its proclitics and object pronoun, frame word, «قوله» form: the words of
/// [`QuoteLexicon::cue_word_hashes`]): the class of the whole word, its
/// first split, lacks [`QUOTE_CUE`]. One test of a precomputed class
/// instead of the look-ups of [`QuoteLexicon::verb`] (some 200
/// instructions a word). True for a token without splits (too short) or
/// past the end.
#[inline]
pub fn may_be_cue_word(doc: &Document, t: usize) -> bool {
    whole_word_may_be(doc, t, QUOTE_CUE)
}

/// False when token `t` of `doc` is surely no boundary word nor
/// complementizer ([`QuoteLexicon::is_boundary`]): the class of the whole
/// word lacks [`QUOTE_BOUNDARY`]. True for a token without splits or past
/// the end.
#[inline]
pub fn may_be_boundary(doc: &Document, t: usize) -> bool {
    whole_word_may_be(doc, t, QUOTE_BOUNDARY)
}

/// False when the whole word of token `t` (its first split) surely lacks
/// class `bit`.
#[inline]
fn whole_word_may_be(doc: &Document, t: usize, bit: u32) -> bool {
    doc.token_splits(t)
        .first()
        .is_none_or(|s| s.cut != 0 || s.may_be(bit))
}

/// True for a quotation mark character.
pub fn is_mark(c: char) -> bool {
    matches!(c, '«' | '»' | '“' | '”' | '„' | '‹' | '›' | '"' | '″')
}
