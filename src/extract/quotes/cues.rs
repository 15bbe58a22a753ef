//! Speech cues of a document in text order — speech verbs and attribution
//! frames — each with its resolved speaker, including pro-drop continuation
//! («وأضاف …» takes the speaker of the previous reported speech, or the
//! person subject of the previous sentence).

use super::cue_checks::{
    bi_after, comma_then_complementizer, deemed_predicate, no_subject_word, possessed_noun,
    rule_not_source,
};
use super::entities::EntityKind;
use super::lexicon::FrameKind;
use super::phrase::{ADDRESSED_MEDIA, Phrase, Scan, SentenceSubject, Stop};
use super::subject::{HONORIFICS, main_subject, names_person_or_body};
use crate::document::TokenKind;
use crate::document::token_splits::word_hash;
use crate::extract::people::lexicon::NameFlags;
use crate::extract::word_class::QUOTE_CUE;
use crate::extract::words::FastMap as HashMap;
use crate::output::Speaker;
use std::ops::Range;

/// Kind of a cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// A speech verb.
    Verb,
    /// An attribution frame (بحسب، نقلا عن …).
    Frame,
}

/// A speech cue and its speaker.
#[derive(Clone, Debug)]
pub struct Cue {
    /// Verb or frame.
    pub kind: CueKind,
    /// First token of the cue.
    pub token: usize,
    /// Byte range of the cue words in the normalized text.
    pub range: Range<usize>,
    /// The speaker phrase after the cue.
    pub phrase: Phrase,
    /// The speaker, if any.
    pub speaker: Option<Speaker>,
    /// Rule that gave the speaker.
    pub rule: &'static str,
    /// Confidence of the attribution.
    pub confidence: f32,
}

/// The cues of a document, by first token.
#[derive(Debug, Default)]
pub struct Cues {
    /// Cues in text order.
    pub list: Vec<Cue>,
    by_token: HashMap<usize, usize>,
    /// Person subjects of sentences without a cue: (token, speaker).
    subjects: Vec<(usize, Speaker)>,
    /// Speakers known at a token, in text order: (token, where the speaker is).
    events: Vec<(usize, Known)>,
}

/// Where a known speaker is kept: a cue of [`Cues::list`] or a sentence
/// subject of [`Cues::subjects`] (an index, not a copy of the speaker).
#[derive(Clone, Copy, Debug)]
enum Known {
    Cue(usize),
    Subject(usize),
}

impl Cues {
    /// The cue starting at token `t`.
    pub fn at(&self, t: usize) -> Option<&Cue> {
        self.by_token.get(&t).map(|&i| &self.list[i])
    }

    /// The last speaker known before token `t` (continuation).
    pub fn previous_speaker(&self, t: usize) -> Option<&Speaker> {
        let i = self.events.partition_point(|(k, _)| *k < t);
        i.checked_sub(1)
            .and_then(|i| self.speaker(self.events[i].1))
    }

    fn speaker(&self, k: Known) -> Option<&Speaker> {
        match k {
            Known::Cue(i) => self.list[i].speaker.as_ref(),
            Known::Subject(i) => Some(&self.subjects[i].1),
        }
    }
}

/// True when the verb at token `t` follows a particle of negation or of
/// the future: «سوف تضيف نقلة كبيرة» (will add), «لم يقل», «لن يعلن»
/// report no speech.
fn negated_or_future(scan: &Scan, t: usize) -> bool {
    match word_before(scan, t) {
        Some("سوف" | "وسوف" | "لن" | "ولن" | "فلن" | "لم" | "ولم" | "فلم" | "لا" | "ولا") => {
            true
        }
        // «قد» before an imperfect verb is "may": «وهو أمر قد يفيد الشعب»
        // (may benefit) reports no speech; «وقد أكد» (perfect) does.
        Some("قد" | "وقد" | "فقد") => scan.key(t).starts_with('ي'),
        _ => false,
    }
}

/// True when the verb at token `t` follows «كأن» with a pronoun
/// («وكأنها تعترف»، «فكأنه يقول»): that pronoun is its subject.
fn pronoun_subject(scan: &Scan, t: usize) -> bool {
    word_before(scan, t).is_some_and(|w| {
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        matches!(
            w,
            "كانه" | "كانها" | "كانهم" | "كانهما" | "كانك" | "كانني" | "كاننا"
        )
    })
}

/// The matching key of the word right before token `t` in its sentence,
/// with nothing but spaces between.
fn word_before<'s>(scan: &'s Scan, t: usize) -> Option<&'s str> {
    let toks = scan.doc.tokens();
    (t > 0 && toks[t - 1].sentence == toks[t].sentence && scan.gap(t - 1, t).trim().is_empty())
        .then(|| scan.key(t - 1))
}

/// True when `cue` is an attribution frame citing a medium: «وفقا لوكالة
/// رويترز»، «بحسب صحيفة "الحياة"».
fn media_source(scan: &Scan, cue: &Cue) -> bool {
    let start = cue.phrase.start;
    cue.kind == CueKind::Frame && start < scan.doc.tokens().len() && cue.rule != "qawluhu" && {
        let key = scan.key(start);
        let head = key.strip_prefix('ل').unwrap_or(key);
        ADDRESSED_MEDIA.contains(&head)
    }
}

/// Finds the frame starting at token `t`: (token count, index of the first
/// speaker-phrase token, whether the phrase's first token carries the ل of
/// the frame).
pub fn frame_at(scan: &Scan, t: usize, kind: FrameKind) -> Option<(usize, usize, bool)> {
    let toks = scan.doc.tokens();
    let mut best: Option<(usize, usize, bool)> = None;
    'frames: for frame in scan.lex.frames_starting(scan.key(t)) {
        if frame.kind != kind {
            continue;
        }
        let n = frame.words.len();
        let mut found = (n, t + n, false);
        for (i, w) in frame.words.iter().enumerate().skip(1) {
            let k = t + i;
            if k >= toks.len() || toks[k].sentence != toks[t].sentence {
                continue 'frames;
            }
            let key = scan.key(k);
            if i == n - 1 && w == "ل" && key.starts_with('ل') && key.chars().count() > 2 {
                // وفقا لوزارة …: the ل is a proclitic of the speaker's first word.
                found = (n - 1, k, true);
                break;
            }
            if key != w {
                continue 'frames;
            }
        }
        // The longest frame wins (وفق ما over وفق).
        if best.is_none_or(|b| found.1 > b.1) {
            best = Some(found);
        }
    }
    best
}

/// Drops the ل of a frame («وفقا لـ») from the front of a speaker read from
/// the words after it («لمصادر أمنية» → «مصادر أمنية»); a known entity's
/// mention has no proclitic already.
fn strip_frame_lam(s: &mut Speaker) {
    if s.id.is_some() {
        return;
    }
    let Some(m) = s.mention.as_mut() else { return };
    // «للمسؤولين» is ل + المسؤولين with the alef dropped: no slice of the
    // text reads «المسؤولين», so the mention stays whole.
    let Some(rest) = m.text.strip_prefix('ل').filter(|r| !r.starts_with('ل')) else {
        return;
    };
    // The ل's diacritics and a tatweel (لِـمصادر) go with it.
    let rest =
        rest.trim_start_matches(|c: char| c == 'ـ' || ('\u{064B}'..='\u{0652}').contains(&c));
    if rest.chars().count() < 2 {
        return;
    }
    m.start += m.text.chars().count() - rest.chars().count();
    m.text = rest.to_string();
    s.name.clone_from(&m.text);
}

/// The words after the first word of the sentence of token `t`, up to a
/// boundary, as a speaker name (the subject of a sentence-initial verb).
fn sentence_subject_name(scan: &Scan, t: usize) -> Option<Speaker> {
    let s = &scan.doc.sentences()[scan.doc.tokens()[t].sentence];
    if s.first_token + 1 >= t {
        return None;
    }
    let phrase = scan.phrase(s.first_token + 1, true);
    let end = phrase.end.min(t);
    // Only a definite noun phrase («الحكومة», «الدكتور …»), a noun with a
    // nisba adjective («هكر سعودي») or a name with an age: the first word of
    // a sentence is too often no verb for other words to be its subject.
    let noun_phrase = phrase.start < end && {
        let k = scan.key(phrase.start);
        let definite = k.starts_with("ال") && !matches!(k, "الرغم" | "العديد" | "الكثير" | "البعض");
        let nisba = phrase.start + 1 < end && {
            let a = scan.key(phrase.start + 1);
            a.chars().count() >= 4 && (a.ends_with('ي') || a.ends_with("يه"))
        };
        // «كامبياسو (34 عاما)»: a name with an age.
        let toks = scan.doc.tokens();
        let aged = phrase.start + 1 < toks.len()
            && toks[phrase.start + 1].kind == TokenKind::Number
            && scan.gap(phrase.start, phrase.start + 1).contains('(');
        definite || nisba || aged
    };
    (noun_phrase && end - phrase.start <= 4).then(|| scan.heuristic(phrase.start, end))
}

/// Most words of a headline's subject before its verb
/// ([`headline_subject_before`]).
const MAX_HEADLINE_SUBJECT_WORDS: usize = 3;

/// True when the imperfect verb at token `t` stands in the article's title
/// after one to [`MAX_HEADLINE_SUBJECT_WORDS`] words that open it, none a
/// particle or preposition, with no punctuation between: the headline's
/// subject-verb order («العريفي يوضح تغريدة …»).
fn headline_subject_before(scan: &Scan, t: usize) -> bool {
    let toks = scan.doc.tokens();
    let Some(title) = scan.doc.title() else {
        return false;
    };
    if !title.contains(&toks[t].range.start) {
        return false;
    }
    let first = scan.doc.sentences()[toks[t].sentence].first_token;
    let key = scan.key(t);
    let imperfect = key.starts_with(['ي', 'ت']);
    imperfect
        && (1..=MAX_HEADLINE_SUBJECT_WORDS).contains(&(t - first))
        && !matches!(
            scan.key(first),
            "لا" | "لن"
                | "لم"
                | "قد"
                | "سوف"
                | "ان"
                | "كما"
                | "حيث"
                | "ثم"
                | "من"
                | "في"
                | "بعد"
                | "قبل"
                | "هل"
                | "لماذا"
                | "كيف"
                | "متي"
        )
        && (first..t).all(|k| scan.gap(k, k + 1).trim().is_empty())
}

/// True when the token before `t` is a relative pronoun (الذي، التي، مما …).
/// «ومما قاله: …» ("among what he said", the verb with its object pronoun)
/// still introduces speech.
fn after_relative(scan: &Scan, t: usize) -> bool {
    let toks = scan.doc.tokens();
    if t == 0 || toks[t - 1].sentence != toks[t].sentence || !scan.gap(t - 1, t).trim().is_empty() {
        return false;
    }
    match scan.key(t - 1) {
        "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللذان" | "ما" => {
            true
        }
        "مما" | "ومما" => scan.lex.has_form(scan.key(t)),
        _ => false,
    }
}

/// True when the verb form at token `t` follows a preposition and so is a
/// verbal noun: «من خلال تذكر اللحظات» (remembering), «عبر نقل الصورة»;
/// so after «سبق» («ما سبق ذكره»: what was mentioned before).
fn after_preposition(scan: &Scan, t: usize) -> bool {
    matches!(
        word_before(scan, t),
        Some(
            "خلال"
                | "عبر"
                | "اثناء"
                | "اجل"
                | "بهدف"
                | "بغرض"
                | "لغرض"
                | "بعد"
                | "قبل"
                | "عند"
                | "حول"
                | "دون"
                | "بدون"
                // «ما سبق ذكره» (what was mentioned before).
                | "سبق"
        )
    )
}

/// True when no stem of token `t` may start a cue (`classes`: the union of
/// the classes of each token's splits, as [`crate::document::Document::token_classes`]
/// gives them). Then the whole word, its first split, lacks the class too.
#[inline]
fn no_cue_stem(classes: &[u32], t: usize) -> bool {
    classes.get(t).is_some_and(|&c| c & QUOTE_CUE == 0)
}

/// Finds every cue outside quotations and resolves its speaker.
pub fn find(scan: &Scan) -> Cues {
    let toks = scan.doc.tokens();
    let mut cues = Cues::default();
    let mut sentence_has_cue = vec![false; scan.doc.sentences().len()];
    let mut pending: HashMap<usize, Speaker> = HashMap::default();
    let mut honorific: HashMap<usize, Speaker> = HashMap::default();
    // Cues whose subject is the pronoun of «كأن» before the verb
    // ([`pronoun_subject`]): no speaker, none carried on to them.
    let mut pronoun_subjects: Vec<usize> = Vec::new();
    // The union of each token's classes: a token none of whose stems may
    // start a cue is passed over with one test (the commonest case).
    let classes = scan.doc.token_classes();
    let mut t = 0;
    while t < toks.len() {
        // The next token a cue may start at by its classes, one test a token.
        if let Some(rest) = classes.get(t..) {
            t += rest
                .iter()
                .position(|&c| c & QUOTE_CUE != 0)
                .unwrap_or(rest.len());
            if t >= toks.len() {
                break;
            }
        }
        if scan.inside[t] || no_cue_stem(classes, t) {
            t += 1;
            continue;
        }
        // The token's hash (precomputed with its proclitic splits) rules
        // out most words at once.
        let whole = scan.doc.token_splits(t).first().filter(|s| s.cut == 0);
        if whole.is_some_and(|s| !s.may_be(QUOTE_CUE)) {
            t += 1;
            continue;
        }
        let key = scan.key(t);
        let hash = whole.map_or_else(|| word_hash(key), |s| s.hash);
        if !scan.lex.may_start_cue(hash) {
            t += 1;
            continue;
        }
        // «وحسب،» with a comma or stop after it is "only" («ليس هذا وحسب، …»).
        let frame = scan
            .lex
            .may_start_attribution(hash)
            .then(|| frame_at(scan, t, FrameKind::Attribution))
            .flatten()
            .filter(|&(_, start, _)| {
                start == 0
                    || start >= toks.len()
                    || !scan
                        .gap(start - 1, start)
                        .contains(['،', ',', '.', '؛', ';'])
            });
        let mut frame_lam = false;
        // The verb of a verb cue, looked up once.
        let mut verb = None;
        let (kind, len, phrase_start, check_gap, weak) = if let Some((n, start, lam)) = frame {
            frame_lam = lam;
            // حسبما ذكرت …: skip the verb after the frame.
            let mut s = start;
            while s < toks.len() && s < start + 2 && scan.verb_at(s).is_some() {
                s += 1;
            }
            // «طبقا لما قال عنه الكاتب …»: "about him" after the verb,
            // before a speaker (not «بحسب ما أعلن عنه فإن …», passive).
            if s > start
                && s + 1 < toks.len()
                && matches!(scan.key(s), "عنه" | "عنها" | "عنهم" | "عنهما")
                && toks[s + 1].sentence == toks[s].sentence
                && !crate::extract::words::is_stopword(scan.key(s + 1))
                && !scan.complementizer_at(s + 1)
            {
                s += 1;
            }
            (CueKind::Frame, n.max(1), s, s > start, false)
        } else if let Some(v) = scan.verb_at(t).filter(|_| !negated_or_future(scan, t)) {
            verb = Some(v);
            (CueKind::Verb, 1, t + 1, true, v.weak)
        } else if scan.lex.is_pronoun_quote(key) {
            // «نقلت الصحيفة عن فلان قوله»: the speaker continues after.
            if let Some(s) = scan.qawl_speaker(t) {
                sentence_has_cue[toks[t].sentence] = true;
                cues.by_token.insert(t, cues.list.len());
                cues.list.push(Cue {
                    kind: CueKind::Frame,
                    token: t,
                    range: toks[t].range.clone(),
                    phrase: Phrase {
                        start: t + 1,
                        end: t + 1,
                        stop: Stop::End,
                        speaker: None,
                        office: false,
                    },
                    speaker: Some(s),
                    rule: "qawluhu",
                    confidence: 0.85,
                });
            }
            t += 1;
            continue;
        } else {
            t += 1;
            continue;
        };
        // A verb in a relative clause describes, it does not report
        // («البيان الذي نقلته الوكالة»).
        if kind == CueKind::Verb && (after_relative(scan, t) || after_preposition(scan, t)) {
            t += 1;
            continue;
        }
        // «يعتبر قرارا شخصيا»: deemed, no speech.
        if kind == CueKind::Verb && deemed_predicate(scan, t) {
            t += 1;
            continue;
        }
        // «يذكر أن …», «يشار إلى أن …»: the reporter's aside, no speaker.
        if kind == CueKind::Verb
            && scan.lex.is_impersonal(key)
            && toks.get(t + 1).is_some_and(|n| {
                let k = scan.doc.token_key(n);
                scan.lex.is_complementizer(k) || k == "الي"
            })
        {
            t += 1;
            continue;
        }
        let participle = verb.is_some_and(|v| v.participle);
        let plural = verb.is_some_and(|v| v.plural);
        // «وفق الشروط المحددة»: in accordance with a rule, no source.
        if frame.is_some() && rule_not_source(scan, phrase_start) {
            t += 1;
            continue;
        }
        let mut phrase = scan.phrase(phrase_start, check_gap);
        // «واختتم حديثه بأن» (his speech, the object), «وقال تقدمنا بطلب»
        // (a verb of the first person): no subject of the cue.
        if phrase.end > phrase.start
            && phrase
                .speaker
                .as_ref()
                .is_some_and(|(s, _, _)| s.id.is_none())
            && no_subject_word(scan, phrase.start)
        {
            phrase.speaker = None;
        }
        // «يفيد بنشوب حريق»: the verb's complement, not its subject.
        if verb.is_some_and(|v| v.takes_bi)
            && phrase.start < toks.len()
            && scan.key(phrase.start).starts_with('ب')
            && phrase
                .speaker
                .as_ref()
                .is_some_and(|(_, r, _)| *r == "subject_name")
        {
            phrase.speaker = None;
        }
        // «العريفي يوضح أسباب …»: in a headline, an imperfect verb after
        // the words that open it has its subject before it; the words after
        // it are its object.
        if kind == CueKind::Verb
            && headline_subject_before(scan, t)
            && phrase
                .speaker
                .as_ref()
                .is_some_and(|(s, r, _)| *r == "subject_name" && s.id.is_none())
        {
            phrase.speaker = None;
        }
        let strict = verb.is_some_and(|v| v.strict);
        let entity_subject = phrase.speaker.as_ref().is_some_and(|(s, r, _)| {
            *r == "subject_entity"
                && (!strict || s.id.as_deref().is_some_and(|id| id.starts_with('p')))
        });
        // «وهدد قيادي في الجمعية، باللجوء …»: the words after the verb are
        // its subject, as after a strong verb.
        let bi_complement = weak && verb.is_some_and(|v| v.takes_bi) && bi_after(scan, &phrase);
        if weak
            && !entity_subject
            && !matches!(
                phrase.stop,
                Stop::Complementizer(_) | Stop::Colon | Stop::Mark
            )
            && !comma_then_complementizer(scan, &phrase)
            && !bi_complement
        {
            t += 1;
            continue;
        }
        if participle || plural {
            // قائلا، مضيفا: the speaker is the main clause's. «فردوا والخوف
            // يملأ قلوبهم»: the words after a plural verb are not its subject.
            phrase.speaker = None;
        }
        let mid_sentence = t > scan.doc.sentences()[toks[t].sentence].first_token + 1;
        let (speaker, rule, confidence) = match &phrase.speaker {
            Some((s, rule, c))
                if !(weak && *rule == "subject_name" && !phrase.office) || bi_complement =>
            {
                (Some(s.clone()), *rule, *c)
            }
            // After another cue of the sentence, the participle continues
            // its speech («ونوه سموه إلى أن …، مبينا أن»).
            _ if participle
                && cues
                    .list
                    .last()
                    .is_some_and(|c| toks[c.token].sentence == toks[t].sentence) =>
            {
                (None, "none", 0.0)
            }
            _ if participle => match main_subject(scan, toks[t].sentence, t, false) {
                Some((_, s, _)) => (Some(s), "main_subject", 0.75),
                None => (None, "none", 0.0),
            },
            other => match scan.subject_before(t) {
                Some(s) => (Some(s), "subject_before", 0.8),
                None => {
                    let before = (mid_sentence || weak).then(|| scan.subject_in_sentence(t));
                    match before {
                        Some(SentenceSubject {
                            relative: Some(p), ..
                        }) => (Some(p.speaker()), "sentence_subject", 0.65),
                        Some(SentenceSubject {
                            nearest: Some(p), ..
                        }) if other.is_none() => {
                            // Decided in the continuation pass, after the cue
                            // before it in the sentence is resolved.
                            pending.insert(cues.list.len(), p.speaker());
                            (None, "none", 0.0)
                        }
                        _ => match (other, before.and_then(|b| b.nearest)) {
                            // A weak verb's words after it are rather its
                            // object («وصف الاتحاد الأوروبي بأنه …»).
                            (Some(_), Some(p)) if weak => {
                                (Some(p.speaker()), "sentence_subject", 0.65)
                            }
                            (Some((s, rule, c)), _) => (Some(s.clone()), *rule, *c),
                            (None, Some(p)) => (Some(p.speaker()), "sentence_subject", 0.65),
                            (None, None) => (None, "none", 0.0),
                        },
                    }
                }
            },
        };
        let mut speaker = speaker;
        let (mut rule, mut confidence) = (rule, confidence);
        // «وكأنها تعترف بأن …»: the subject is the pronoun of «كأن», whose
        // antecedent is not resolved; the words after the verb are its object.
        if kind == CueKind::Verb && pronoun_subject(scan, t) {
            speaker = None;
            (rule, confidence) = ("none", 0.0);
            pending.remove(&cues.list.len());
            pronoun_subjects.push(cues.list.len());
        }
        // A frame's speaker is no lone noun with a possessive pronoun: «حسب
        // قوله» is the person spoken of, «بحسب موقعها» ("depending on") none;
        // the continuation pass gives such a frame the speaker before it.
        if kind == CueKind::Frame
            && speaker.as_ref().is_some_and(|s| s.id.is_none())
            && phrase.end == phrase.start + 1
            && possessed_noun(
                scan.key(phrase.start),
                scan.doc.token_text(&toks[phrase.start]),
            )
        {
            speaker = None;
        }
        // «وقال سموه», «وأكد معاليه»: an honorific pronoun stands for the
        // person spoken of; resolved in the continuation pass.
        if rule == "subject_name"
            && phrase.end == phrase.start + 1
            && HONORIFICS.contains(&scan.key(phrase.start))
            && let Some(s) = speaker.take()
        {
            honorific.insert(cues.list.len(), s);
        }
        if frame_lam && let Some(s) = speaker.as_mut() {
            strip_frame_lam(s);
        }
        sentence_has_cue[toks[t].sentence] = true;
        let end = (t + len).min(toks.len()) - 1;
        cues.by_token.insert(t, cues.list.len());
        cues.list.push(Cue {
            kind,
            token: t,
            range: toks[t].range.start..toks[end].range.end,
            phrase,
            speaker,
            rule,
            confidence,
        });
        t += len;
    }
    // The person subject of a sentence without a cue continues too
    // («وتحادث كيري … . وقال: …»).
    let mut subjects = Vec::new();
    for (i, s) in scan.doc.sentences().iter().enumerate() {
        if sentence_has_cue[i] || is_byline(scan, s.first_token, s.end_token) {
            continue;
        }
        let opening = (s.first_token..s.end_token.min(s.first_token + 3)).find_map(|k| {
            scan.ents
                .starting_at(k)
                .filter(|m| m.kind == EntityKind::Person)
                .map(|m| (k, m.speaker()))
        });
        // Else the person after the sentence's first verb («من جانب آخر،
        // استقبل الأمير سعود بن نايف … . ونوه خلال الاستقبال …»).
        let after_verb = || {
            // Most sentences name no person: skip the phrase reading.
            (s.first_token..s.end_token)
                .any(|k| {
                    scan.ents
                        .starting_at(k)
                        .is_some_and(|m| m.kind == EntityKind::Person)
                })
                .then(|| main_subject(scan, i, s.end_token, true))
                .flatten()
                .filter(|(_, _, kind)| *kind == EntityKind::Person)
                .map(|(k, sp, _)| (k, sp))
        };
        if let Some(found) = opening.or_else(after_verb) {
            subjects.push(found);
        }
    }
    // Pro-drop continuation, in text order.
    cues.subjects = subjects;
    let mut last: Option<Known> = None;
    // The last known speaker who is not a man, for a feminine verb
    // («وذكرت أن …» after a sentence about a man goes on quoting the
    // network named before).
    let mut last_not_man: Option<Known> = None;
    let mut last_cue_sentence: Option<(usize, usize)> = None;
    let mut next_subject = 0;
    for i in 0..cues.list.len() {
        let token = cues.list[i].token;
        while next_subject < cues.subjects.len() && cues.subjects[next_subject].0 < token {
            last = Some(Known::Subject(next_subject));
            if !is_man(&cues.subjects[next_subject].1) {
                last_not_man = last;
            }
            next_subject += 1;
        }
        let sentence = toks[token].sentence;
        if cues.list[i].speaker.is_none()
            && let Some(near) = pending.remove(&i)
        {
            // «وقال صفير … وهو يعلق: “…”»: the speaker of the cue before in
            // the sentence; else the person before the verb.
            let (speaker, rule, confidence) = match last_cue_sentence {
                Some((s, j)) if s == sentence => {
                    (cues.list[j].speaker.clone(), "same_sentence", 0.7)
                }
                _ => (Some(near), "sentence_subject", 0.65),
            };
            let cue = &mut cues.list[i];
            cue.speaker = speaker;
            cue.rule = rule;
            cue.confidence = confidence;
        }
        if cues.list[i].speaker.is_none() && !pronoun_subjects.contains(&i) {
            let feminine = cues.list[i].kind == CueKind::Verb
                && scan.verb_at(token).is_some_and(|v| v.feminine);
            let last = if feminine && last.and_then(|k| cues.speaker(k)).is_some_and(is_man) {
                last_not_man
            } else {
                last
            };
            let previous = last.and_then(|k| cues.speaker(k)).filter(|s| {
                // An honorific stands for a named person or body only.
                !honorific.contains_key(&i) || names_person_or_body(s)
            });
            if let Some(s) = previous.cloned() {
                let cue = &mut cues.list[i];
                cue.speaker = Some(s);
                cue.rule = if honorific.contains_key(&i) {
                    "honorific"
                } else {
                    "continuation"
                };
                cue.confidence = 0.7;
            } else if let Some(s) = honorific.remove(&i) {
                // No one spoken of before: the pronoun itself.
                let cue = &mut cues.list[i];
                cue.speaker = Some(s);
                cue.rule = "subject_name";
                cue.confidence = 0.6;
            } else if let Some(s) = sentence_subject_name(scan, token) {
                // «اخترق هكر سعودي الموقع مؤكدا أن …»: the words after the
                // sentence's first verb.
                let cue = &mut cues.list[i];
                cue.speaker = Some(s);
                cue.rule = "sentence_subject_name";
                cue.confidence = 0.5;
            }
        }
        if cues.list[i].speaker.is_some() {
            // «وفقا لوكالة رويترز. وقال “…”»: a medium cited as the source
            // is not whom the next sentences go on quoting.
            // Nor are the words after a frame that name no entity and no
            // source: «تختلف مدة إنجازه حسب النقش ومساحات المجسم»
            // ("depending on").
            let unlinked_frame = unlinked_frame_words(scan, &cues.list[i]);
            // Nor is a eulogy («قال صلى الله عليه وسلم: "…"») quoted by the
            // writer of a sermon, who goes on speaking himself.
            let eulogy = is_eulogy(scan, &cues.list[i]);
            // Nor is the headline's speaker, whom the article names again
            // («مجلس الوزراء يقر …» before «وقال سموه»); a first line that
            // ends with a full stop is the article's first sentence.
            let headline = scan.doc.title().is_some_and(|title| {
                title.contains(&toks[token].range.start)
                    && !scan.doc.norm()[title]
                        .trim_end()
                        .ends_with(['.', '!', '؟', '?'])
            });
            if !media_source(scan, &cues.list[i]) && !unlinked_frame && !eulogy && !headline {
                last = Some(Known::Cue(i));
                if cues.list[i].speaker.as_ref().is_some_and(|s| !is_man(s)) {
                    last_not_man = last;
                }
                cues.events.push((token, Known::Cue(i)));
            }
            last_cue_sentence = Some((sentence, i));
        }
    }
    let subjects = (0..cues.subjects.len()).map(|j| (cues.subjects[j].0, Known::Subject(j)));
    cues.events.extend(subjects);
    cues.events.sort_by_key(|(k, _)| *k);
    cues
}

/// True when `s` is a person whose name begins with a given name of men
/// only («إبراهيم العسيري»): no subject of a feminine verb.
fn is_man(s: &Speaker) -> bool {
    s.id.as_deref().is_some_and(|id| id.starts_with('p'))
        && s.name.split_whitespace().next().is_some_and(|w| {
            crate::extract::people::lexicon::lexicon()
                .names
                .get(crate::normalize::match_key(w).as_str())
                .is_some_and(|f| f.has(NameFlags::MASCULINE) && !f.has(NameFlags::FEMININE))
        })
}

/// True when frame `cue` names as its speaker words that are no entity
/// and no source: not one definite word («بحسب المرصد»), not a phrase
/// with an office title («بحسب وزير حقوق الإنسان …»), «أحد …» (one
/// of), a source noun («مصدر عسكري») or «ذاته/نفسه» (the same, named
/// before), nor the person of «قوله». Such words («حسب النقش ومساحات
/// المجسم»، «وفقا لمقررات الشرعية الدولية») are what something depends
/// on or conforms to, not whom the next sentences go on quoting.
fn unlinked_frame_words(scan: &Scan, cue: &Cue) -> bool {
    let p = &cue.phrase;
    cue.kind == CueKind::Frame
        && cue.rule != "qawluhu"
        && cue.speaker.as_ref().is_some_and(|s| s.id.is_none())
        && p.end <= scan.doc.tokens().len()
        && !(p.end == p.start + 1 && scan.key(p.start).starts_with("ال"))
        && !office_apposition(scan, p)
        && !(p.start..p.end).any(|k| {
            let key = scan.key(k);
            let key = key.strip_prefix('ل').unwrap_or(key);
            let key = key.strip_prefix("ال").unwrap_or(key);
            matches!(
                key,
                "احد" | "مصدر" | "مصادر" | "ذاته" | "ذاتها" | "نفسه" | "نفسها"
            ) || scan.lex.office(key).is_some()
        })
}

/// True when `cue` is named by a eulogy after its verb («صلى الله عليه
/// وسلم»، «تعالى»).
fn is_eulogy(scan: &Scan, cue: &Cue) -> bool {
    let p = &cue.phrase;
    cue.speaker.as_ref().is_some_and(|s| s.id.is_none())
        && p.start < p.end
        && scan
            .eulogy_at(p.start, scan.doc.tokens()[p.start].sentence)
            .is_some_and(|n| p.end == p.start + n)
}

/// True when the phrase `p` ends at a comma followed by an office title:
/// «بحسب لأدي هويس، الرئيس التنفيذي لشركة أفيمد»: a name the entities do
/// not know, set in apposition with an office, is a source.
fn office_apposition(scan: &Scan, p: &Phrase) -> bool {
    let toks = scan.doc.tokens();
    p.stop == Stop::Punct
        && p.end > p.start
        && p.end < toks.len()
        && toks[p.end].sentence == toks[p.start].sentence
        && matches!(scan.gap(p.end - 1, p.end).trim(), "،" | ",")
        && scan.key(p.end).starts_with("ال")
        && scan.lex.office(scan.key(p.end)).is_some()
}

/// A byline: a short sentence of tokens `first..end` whose words are split
/// by a dash («سلوى المدني – جدة»، «جدة - محمد العتيبي»). Its writer is no
/// subject the next sentences go on quoting.
fn is_byline(scan: &Scan, first: usize, end: usize) -> bool {
    const MAX_BYLINE_TOKENS: usize = 6;
    end > first + 1
        && end - first <= MAX_BYLINE_TOKENS
        && (first + 1..end).any(|k| {
            let g = scan.gap(k - 1, k).trim();
            !g.is_empty() && g.chars().all(|c| matches!(c, '-' | '–' | '—'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    #[test]
    fn tokens_without_a_cue_stem() {
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        let doc = Document::new("وقال الرئيس شجرة و وأضاف حسب".to_string());
        let classes = doc.token_classes();
        // A speech verb with and without و, a frame word, a word too short
        // to have splits, and a token past the end, are not ruled out.
        let rows = [
            (0, false),
            (1, true),
            (2, true),
            (3, false),
            (4, false),
            (5, false),
            (6, false),
        ];
        for (t, want) in rows {
            assert_eq!(no_cue_stem(classes, t), want, "token {t}");
        }
        // Whatever it rules out, the whole word's class rules out too.
        for t in 0..doc.tokens().len() {
            if no_cue_stem(classes, t) {
                let whole = doc.token_splits(t).first();
                assert!(whole.is_some_and(|s| s.cut == 0 && !s.may_be(QUOTE_CUE)));
            }
        }
    }

    #[test]
    fn speech_verbs_are_cue_words() {
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        let lex = super::super::lexicon::lexicon();
        let doc =
            Document::new("وقال الرئيس شجرة و وأضافه فأكد إضافة ونفاه قالت حسب الكتاب".to_string());
        // (token, may be a cue word, is a speech verb): a word with no cue
        // stem is ruled out; a word too short to have splits is not.
        // (token, may be a cue word, is a speech verb): a word with no cue
        // stem is ruled out («ونفاه»: «نفى» is no listed verb); a word too
        // short to have splits is not, nor a noun with a cue stem.
        let rows = [
            (0, true, true),
            (1, false, false),
            (2, false, false),
            (3, true, false),
            (4, true, true),
            (5, true, true),
            (6, true, false),
            (7, false, false),
            (8, true, true),
            (9, true, false),
            (10, false, false),
        ];
        for (t, may, verb) in rows {
            let tok = &doc.tokens()[t];
            let found = lex.verb_of(doc.token_key(tok), doc.token_text(tok));
            assert_eq!(found.is_some(), verb, "token {t}");
            assert_eq!(
                super::super::phrase::may_be_cue_word(&doc, t),
                may,
                "token {t}"
            );
        }
        // A token past the end is not ruled out.
        assert!(super::super::phrase::may_be_cue_word(&doc, 11));
        // Whatever it rules out is no speech verb.
        for t in 0..doc.tokens().len() {
            let tok = &doc.tokens()[t];
            if lex.verb(doc.token_key(tok)).is_some() {
                assert!(super::super::phrase::may_be_cue_word(&doc, t), "token {t}");
            }
        }
    }

    #[test]
    fn boundaries_and_complementizers_have_their_class() {
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        let lex = super::super::lexicon::lexicon();
        let doc = Document::new("خلال بأنه وأن فإن شجرة الرئيس أن".to_string());
        // (token, may be a boundary, is a boundary, is a complementizer).
        let rows = [
            (0, true, true, false),
            (1, true, true, true),
            (2, true, true, true),
            (3, true, true, true),
            (4, false, false, false),
            (5, false, false, false),
            (6, true, true, true),
        ];
        for (t, may, boundary, complementizer) in rows {
            let key = doc.token_key(&doc.tokens()[t]);
            assert_eq!(lex.is_boundary(key), boundary, "token {t}");
            assert_eq!(lex.is_complementizer(key), complementizer, "token {t}");
            assert_eq!(
                super::super::phrase::may_be_boundary(&doc, t),
                may,
                "token {t}"
            );
        }
        // A token past the end is not ruled out.
        assert!(super::super::phrase::may_be_boundary(&doc, 7));
    }
}
