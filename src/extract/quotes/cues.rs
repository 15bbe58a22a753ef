//! Speech cues of a document in text order — speech verbs and attribution
//! frames — each with its resolved speaker, including pro-drop continuation
//! («وأضاف …» takes the speaker of the previous reported speech, or the
//! person subject of the previous sentence).

use super::entities::EntityKind;
use super::lexicon::FrameKind;
use super::phrase::{Phrase, Scan, Stop};
use crate::output::Speaker;
use std::collections::HashMap;
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
    /// Speakers known at a token, in text order: (token, speaker).
    events: Vec<(usize, Speaker)>,
}

impl Cues {
    /// The cue starting at token `t`.
    pub fn at(&self, t: usize) -> Option<&Cue> {
        self.by_token.get(&t).map(|&i| &self.list[i])
    }

    /// The last speaker known before token `t` (continuation).
    pub fn previous_speaker(&self, t: usize) -> Option<&Speaker> {
        let i = self.events.partition_point(|(k, _)| *k < t);
        i.checked_sub(1).map(|i| &self.events[i].1)
    }
}

/// Finds the frame starting at token `t`: (token count, index of the first
/// speaker-phrase token, whether the phrase's first token carries ل).
pub fn frame_at(scan: &Scan, t: usize, kind: FrameKind) -> Option<(usize, usize)> {
    let toks = scan.doc.tokens();
    'frames: for frame in scan.lex.frames_starting(scan.key(t)) {
        if frame.kind != kind {
            continue;
        }
        let n = frame.words.len();
        for (i, w) in frame.words.iter().enumerate().skip(1) {
            let k = t + i;
            if k >= toks.len() || toks[k].sentence != toks[t].sentence {
                continue 'frames;
            }
            let key = scan.key(k);
            if i == n - 1 && w == "ل" && key.starts_with('ل') && key.chars().count() > 2 {
                // وفقا لوزارة …: the ل is a proclitic of the speaker's first word.
                return Some((n - 1, k));
            }
            if key != w {
                continue 'frames;
            }
        }
        return Some((n, t + n));
    }
    None
}

/// Finds every cue outside quotations and resolves its speaker.
pub fn find(scan: &Scan) -> Cues {
    let toks = scan.doc.tokens();
    let mut cues = Cues::default();
    let mut sentence_has_cue = vec![false; scan.doc.sentences().len()];
    let mut t = 0;
    while t < toks.len() {
        if scan.inside[t] {
            t += 1;
            continue;
        }
        let key = scan.key(t);
        let (kind, len, phrase_start, check_gap, weak) =
            if let Some((n, start)) = frame_at(scan, t, FrameKind::Attribution) {
                // حسبما ذكرت …: skip the verb after the frame.
                let mut s = start;
                while s < toks.len() && s < start + 2 && scan.lex.verb(scan.key(s)).is_some() {
                    s += 1;
                }
                (CueKind::Frame, n.max(1), s, s > start, false)
            } else if let Some(v) = scan.lex.verb(key) {
                (CueKind::Verb, 1, t + 1, true, v.weak)
            } else {
                t += 1;
                continue;
            };
        let phrase = scan.phrase(phrase_start, check_gap);
        if weak
            && !matches!(
                phrase.stop,
                Stop::Complementizer(_) | Stop::Colon | Stop::Mark
            )
        {
            t += 1;
            continue;
        }
        let (speaker, rule, confidence) = match &phrase.speaker {
            Some((s, rule, c)) => (Some(s.clone()), *rule, *c),
            None => match scan.subject_before(t) {
                Some(s) => (Some(s), "subject_before", 0.8),
                None => (None, "none", 0.0),
            },
        };
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
        if sentence_has_cue[i] {
            continue;
        }
        for k in s.first_token..s.end_token.min(s.first_token + 3) {
            if let Some(m) = scan
                .ents
                .starting_at(k)
                .filter(|m| m.kind == EntityKind::Person)
            {
                subjects.push((k, m.speaker()));
                break;
            }
        }
    }
    // Pro-drop continuation, in text order.
    let mut last: Option<Speaker> = None;
    let mut next_subject = 0;
    for cue in &mut cues.list {
        while next_subject < subjects.len() && subjects[next_subject].0 < cue.token {
            last = Some(subjects[next_subject].1.clone());
            next_subject += 1;
        }
        if cue.speaker.is_none()
            && let Some(s) = &last
        {
            cue.speaker = Some(s.clone());
            cue.rule = "continuation";
            cue.confidence = 0.7;
        }
        if let Some(s) = &cue.speaker {
            last = Some(s.clone());
            cues.events.push((cue.token, s.clone()));
        }
    }
    cues.events.extend(subjects);
    cues.events.sort_by_key(|(k, _)| *k);
    cues
}
