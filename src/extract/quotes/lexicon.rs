//! The quote lexicons, loaded once: speech verbs (`lexicons/quote_verbs.tsv`)
//! and attribution frames, name heads, boundaries and complementizers
//! (`lexicons/quote_frames.tsv`).
//!
//! Verb forms are listed without clitics; [`QuoteLexicon::verb`] strips the
//! conjunctions و/ف in front and an object pronoun (ه، ها، هم، هما) behind,
//! so وقال، فأضافت، اعتبرها are found from قال، أضافت، اعتبر.

use crate::document::clitics::MIN_STEM_CHARS;
use crate::document::token_splits::{word_hash, word_hash_of_parts};
use crate::extract::words::{FastMap as HashMap, FastSet as HashSet};
use crate::lexicon::{WordHashSet, tsv_rows};
use crate::normalize::match_key;
use std::sync::OnceLock;

/// A speech verb form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verb {
    /// The lemma (masculine past form), normalized.
    pub lemma: String,
    /// True when the form is also a common noun or another verb: it is a cue
    /// only when a complementizer, colon or quotation mark follows its subject.
    pub weak: bool,
    /// True when the form is mostly another verb (زاد "increased"): besides
    /// being weak, a subject entity makes it a cue only when it is a person.
    pub strict: bool,
    /// True when the verb takes its complement with a glued ب («أفاد
    /// بنشوب حريق»): a ب-word right after it is no subject.
    pub takes_bi: bool,
    /// True for the present tense (SVO order is more common there).
    pub present: bool,
    /// True for an active participle (قائلا، مضيفا): its subject is the
    /// speaker of the main clause.
    pub participle: bool,
    /// True for a plural or dual form (قالوا، أكدا): a verb before its
    /// subject is singular in Arabic, so the subject of these is a pronoun
    /// (or a noun before them), never the words after them.
    pub plural: bool,
    /// True for a feminine singular form (قالت، تقول، مشيرة): its subject
    /// is a woman or a body, never a man.
    pub feminine: bool,
}

/// Kind of a multi-word frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// The speaker follows the frame: بحسب، وفقا لـ، نقلا عن، حسبما ذكرت.
    Attribution,
    /// A setting that does not name the speaker: في بيان، في تصريح لـ.
    Setting,
    /// A quoted span right after it is a name or title: وكالة، تنظيم، برنامج.
    NameHead,
}

/// A multi-word frame, as normalized words.
#[derive(Clone, Debug)]
pub struct Frame {
    /// Normalized, folded words; a final `ل` is a proclitic of the next word.
    pub words: Vec<String>,
    /// What the frame does.
    pub kind: FrameKind,
}

/// The quote lexicons.
#[derive(Debug, Default)]
pub struct QuoteLexicon {
    verbs: HashMap<String, Verb>,
    frames: Vec<Frame>,
    /// Index of frames by their first word.
    frame_index: HashMap<String, Vec<usize>>,
    boundaries: HashSet<String>,
    complementizers: HashSet<String>,
    pronoun_quote: HashSet<String>,
    formulas: HashSet<String>,
    impersonal: HashSet<String>,
    media_settings: HashSet<String>,
    /// [`word_hash`] of every word that may start a cue: each verb form with
    /// و/ف and an object pronoun or not, each frame's first word with و/ف or
    /// not, each «قوله» form. Most words of a text are not in it, and one
    /// look-up of the token's precomputed hash rules them out.
    cue_words: WordHashSet,
    /// [`word_hash`] of every word that may start an attribution frame
    /// (with و/ف).
    attribution_words: WordHashSet,
    /// One-word titles of an office (no status, kinship or honorific),
    /// as matching keys without the article, with their category.
    offices: HashMap<String, String>,
}

const VERBS: &str = include_str!("../../../lexicons/quote_verbs.tsv");
const FRAMES: &str = include_str!("../../../lexicons/quote_frames.tsv");
const TITLES: &str = include_str!("../../../lexicons/person_titles.tsv");

/// The lexicons, parsed on first use.
pub fn lexicon() -> &'static QuoteLexicon {
    static LEX: OnceLock<QuoteLexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = QuoteLexicon::parse(VERBS, FRAMES);
        lex.add_offices(TITLES);
        lex
    })
}

const OBJECT_SUFFIXES: &[&str] = &["هما", "هم", "ها", "ه"];

impl QuoteLexicon {
    /// Parses the two TSV files.
    pub fn parse(verbs: &str, frames: &str) -> QuoteLexicon {
        let mut lex = QuoteLexicon::default();
        for row in tsv_rows(verbs) {
            let (Some(form), Some(lemma)) = (row.first(), row.get(1)) else {
                continue;
            };
            let verb = Verb {
                lemma: match_key(lemma),
                weak: row.get(4).is_some_and(|s| matches!(*s, "weak" | "strict")),
                strict: row.get(4).is_some_and(|s| *s == "strict"),
                takes_bi: row
                    .get(5)
                    .is_some_and(|f| f.split('/').any(|p| p.starts_with('ب'))),
                present: row.get(2).is_some_and(|s| *s == "present"),
                participle: row.get(2).is_some_and(|s| *s == "participle"),
                plural: row
                    .get(3)
                    .is_some_and(|s| matches!(*s, "pl" | "dual" | "dual_f")),
                feminine: row.get(3).is_some_and(|s| *s == "f")
                    || (row.get(2).is_some_and(|s| *s == "participle") && form.ends_with('ة')),
            };
            lex.verbs.entry(match_key(form)).or_insert(verb);
        }
        for row in tsv_rows(frames) {
            let (Some(form), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            let key = match_key(form);
            let words: Vec<String> = key.split_whitespace().map(str::to_string).collect();
            if words.is_empty() {
                continue;
            }
            let kind = match *kind {
                "attribution" => FrameKind::Attribution,
                "frame" => FrameKind::Setting,
                "name_head" => FrameKind::NameHead,
                "boundary" => {
                    lex.boundaries.insert(key);
                    continue;
                }
                "complementizer" => {
                    lex.complementizers.insert(key);
                    continue;
                }
                "media_setting" => {
                    lex.media_settings.insert(key);
                    continue;
                }
                "impersonal" => {
                    lex.impersonal.insert(key);
                    continue;
                }
                "formula" => {
                    lex.formulas.insert(words.join(" "));
                    continue;
                }
                "pronoun_quote" => {
                    lex.pronoun_quote.insert(key);
                    continue;
                }
                _ => continue,
            };
            lex.frame_index
                .entry(words[0].clone())
                .or_default()
                .push(lex.frames.len());
            lex.frames.push(Frame { words, kind });
        }
        lex.index_cue_words();
        lex
    }

    fn index_cue_words(&mut self) {
        let mut words = WordHashSet::default();
        for form in self.verbs.keys() {
            for conj in ["", "و", "ف"] {
                for suffix in std::iter::once("").chain(OBJECT_SUFFIXES.iter().copied()) {
                    words.insert(word_hash_of_parts(&[conj, form, suffix]));
                }
            }
        }
        for (first, frames) in &self.frame_index {
            let attribution = frames
                .iter()
                .any(|&i| self.frames[i].kind == FrameKind::Attribution);
            for conj in ["", "و", "ف"] {
                let h = word_hash_of_parts(&[conj, first]);
                words.insert(h);
                if attribution {
                    self.attribution_words.insert(h);
                }
            }
        }
        for w in &self.pronoun_quote {
            words.insert(word_hash(w));
        }
        self.cue_words = words;
    }

    /// False when the word whose [`word_hash`] is `hash` can start no cue:
    /// no speech verb, frame or «قوله» form (a quick test before
    /// [`QuoteLexicon::verb`] and [`QuoteLexicon::frames_starting`]).
    pub fn may_start_cue(&self, hash: u64) -> bool {
        self.cue_words.contains(&hash)
    }

    /// False when the word whose [`word_hash`] is `hash` starts no
    /// attribution frame (a quick test before [`QuoteLexicon::frames_starting`]).
    pub fn may_start_attribution(&self, hash: u64) -> bool {
        self.attribution_words.contains(&hash)
    }

    /// [`word_hash`] of every word that may start a cue, for
    /// [`crate::extract::word_class`].
    pub fn cue_word_hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.cue_words.iter().copied()
    }

    /// [`word_hash`] of every word [`QuoteLexicon::is_boundary`] (and so
    /// [`QuoteLexicon::is_complementizer`]) is true of, for
    /// [`crate::extract::word_class`].
    pub fn boundary_word_hashes(&self) -> impl Iterator<Item = u64> + '_ {
        let boundaries = self.boundaries.iter().map(|w| word_hash(w));
        let complementizers = self
            .complementizers
            .iter()
            .flat_map(|w| ["", "و", "ف"].map(|conj| word_hash_of_parts(&[conj, w])));
        boundaries.chain(complementizers)
    }

    /// True when a word (matching key) is a listed verb form as it stands,
    /// or after a و/ف proclitic: no object pronoun attached.
    pub fn has_form(&self, word: &str) -> bool {
        self.verbs.contains_key(word)
            || word
                .strip_prefix(['و', 'ف'])
                .is_some_and(|w| self.verbs.contains_key(w))
    }

    /// The speech verb a token is, given its matching key and its normalized
    /// text: as [`QuoteLexicon::verb`], except that a final ة is no object
    /// pronoun («إضافة»، «إشارة»، «تابعة» are nouns, not أضافه، أشاره، تابعه).
    pub fn verb_of(&self, key: &str, norm: &str) -> Option<&Verb> {
        if norm.ends_with('ة') && !self.has_form(key) {
            return None;
        }
        self.verb(key)
    }

    /// The speech verb a word (matching key) is, with و/ف proclitics and an
    /// object pronoun stripped.
    pub fn verb(&self, word: &str) -> Option<&Verb> {
        // The word, then the word without a و/ف conjunction (a stem keeps
        // two letters at least).
        let without_conjunction = word
            .strip_prefix(['و', 'ف'])
            .filter(|s| s.chars().nth(MIN_STEM_CHARS - 1).is_some());
        for stem in std::iter::once(word).chain(without_conjunction) {
            if let Some(v) = self.verbs.get(stem) {
                return Some(v);
            }
            // Every object suffix ends in ه، ا or م.
            if !stem.ends_with(['ه', 'ا', 'م']) {
                continue;
            }
            for suffix in OBJECT_SUFFIXES {
                // A final ى turns into ا before a pronoun («رآه»، «نفاه»):
                // «رأيه» is the noun "his opinion", not «رأى» + ه; the alif
                // of a plural drops («دعوه»): «دعواه» is "his lawsuit".
                if let Some(stem) = stem
                    .strip_suffix(suffix)
                    .filter(|s| !s.ends_with('ي') && !s.ends_with("وا"))
                    && let Some(v) = self
                        .verbs
                        .get(stem)
                        .filter(|v| !v.present && stem.chars().count() >= 3)
                {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Adds the office titles (their head word) of a person-titles TSV (`form`,
    /// gender, category); statuses (الرهينة), kinship and honorifics are
    /// left out.
    pub fn add_offices(&mut self, titles: &str) {
        for row in tsv_rows(titles) {
            let Some(form) = row.first() else { continue };
            let category = row.get(2).copied().unwrap_or_default();
            if matches!(category, "status" | "relation" | "honorific") {
                continue;
            }
            // A title of several words counts by its head: «الأمين العام».
            let key = match_key(form);
            // (Not «القائم بالأعمال»: «القائمة» is a list too.)
            if let Some(head) = key.split(' ').next().filter(|h| !h.contains("قايم")) {
                let bare = head.strip_prefix("ال").unwrap_or(head);
                self.offices
                    .entry(bare.to_string())
                    .or_insert_with(|| category.to_string());
            }
        }
    }

    /// The category of a one-word office title (matching key), with or
    /// without the article: «مراسل» → `media`, «المدير» → `organization`.
    pub fn office(&self, word: &str) -> Option<&str> {
        self.offices
            .get(word)
            .or_else(|| word.strip_prefix("ال").and_then(|w| self.offices.get(w)))
            .map(String::as_str)
    }

    /// True for a word that ends a speaker phrase (خلال، في، الذي، اليوم …).
    pub fn is_boundary(&self, word: &str) -> bool {
        self.boundaries.contains(word) || self.is_complementizer(word)
    }

    /// True for a complementizer introducing reported speech (أن، إن، بأن،
    /// أنه …), also with a و/ف conjunction in front.
    pub fn is_complementizer(&self, word: &str) -> bool {
        self.complementizers.contains(word)
            || ["و", "ف"].iter().any(|p| {
                word.strip_prefix(p)
                    .is_some_and(|w| self.complementizers.contains(w))
            })
    }

    /// True for a verb form that is impersonal right before a complementizer
    /// (يذكر أن، يشار إلى أن), with a و/ف conjunction allowed in front.
    pub fn is_impersonal(&self, word: &str) -> bool {
        self.impersonal.contains(word)
            || ["و", "ف"].iter().any(|p| {
                word.strip_prefix(p)
                    .is_some_and(|w| self.impersonal.contains(w))
            })
    }

    /// True for a word of an interview setting (حوار، تصريحات، اتصال هاتفي):
    /// a name in marks after it and مع/إلى/لـ is the medium.
    pub fn is_media_setting(&self, word: &str) -> bool {
        self.media_settings.contains(word)
            || ["و", "ف", "ب", "في"].iter().any(|p| {
                word.strip_prefix(p)
                    .is_some_and(|w| self.media_settings.contains(w))
            })
    }

    /// True for a formula in marks that is no quotation (حفظه الله،
    /// عليه السلام); `words` is the matching key with single spaces.
    pub fn is_formula(&self, words: &str) -> bool {
        self.formulas.contains(words)
    }

    /// True for قوله/قولها/قولهم (… عن فلان قوله: «…»).
    pub fn is_pronoun_quote(&self, word: &str) -> bool {
        self.pronoun_quote.contains(word)
    }

    /// The frames that can start with `word` (matching key; a و/ف conjunction
    /// in front is allowed), with the number of proclitic bytes to skip.
    pub fn frames_starting(&self, word: &str) -> impl Iterator<Item = &Frame> {
        let direct = self.frame_index.get(word);
        // «فحسب» is "only", never «ف + حسب».
        let stripped = ["و", "ف"]
            .iter()
            .filter(|_| word != "فحسب")
            .find_map(|p| word.strip_prefix(p).and_then(|w| self.frame_index.get(w)));
        direct
            .into_iter()
            .chain(stripped)
            .flatten()
            .map(|&i| &self.frames[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms_with_clitics_and_suffixes() {
        let lex = lexicon();
        // (word as written, lemma expected or "" for none)
        let rows: &[(&str, &str)] = &[
            ("قال", "قال"),
            ("وقال", "قال"),
            ("فقالت", "قال"),
            ("وأضافوا", "اضاف"),
            ("يقولون", "قال"),
            ("قالا", "قال"),
            ("وتابع", "تابع"),
            ("اعتبرها", "اعتبر"),
            ("وتحدثت", "تحدث"),
            ("وأشار", "اشار"),
            ("تعد", ""),
            ("وزارة", ""),
            ("الخارجية", ""),
            ("قاله", "قال"),
            // A noun with a pronoun, not «رأى» + ه (that is «رآه»).
            ("رأيه", ""),
            ("رأيها", ""),
            ("دعواه", ""),
        ];
        for (word, lemma) in rows {
            let got = lex
                .verb(&match_key(word))
                .map(|v| v.lemma.clone())
                .unwrap_or_default();
            assert_eq!(got, match_key(lemma), "{word}");
        }
    }

    #[test]
    fn frames_and_words() {
        let lex = lexicon();
        assert!(
            lex.frames_starting(&match_key("وبحسب"))
                .any(|f| f.kind == FrameKind::Attribution)
        );
        assert!(
            lex.frames_starting(&match_key("وكالة"))
                .any(|f| f.kind == FrameKind::NameHead)
        );
        assert!(lex.is_complementizer(&match_key("إن")));
        assert!(lex.is_complementizer(&match_key("بأنه")));
        assert!(lex.is_boundary(&match_key("خلال")));
        assert!(!lex.is_boundary(&match_key("الوزير")));
        assert_eq!(lex.office(&match_key("المدير")), Some("organization"));
        assert_eq!(lex.office(&match_key("مراسل")), Some("media"));
        assert_eq!(lex.office(&match_key("الرهينة")), None);
        assert!(lex.office(&match_key("الأمين")).is_some());
    }
}
