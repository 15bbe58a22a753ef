//! Indirect speech: the clause a speech verb or an attribution frame reports
//! through a complementizer (قال إن …، أكد أن …، أشار إلى أن …، بحسب المرصد
//! فإن …), without marks.

use super::cues::{Cue, CueKind, Cues};
use super::phrase::{Scan, Stop, is_mark};
use std::ops::Range;

/// How far after the speaker phrase (tokens) the complementizer may be.
pub const MAX_COMPLEMENTIZER_DISTANCE: usize = 15;

/// Longest reported clause, in bytes of normalized text.
pub const MAX_CLAUSE_BYTES: usize = 1500;

/// Matching keys of words that govern a following أن themselves («من دون
/// أن»، «قبل أن»، «بعد أن»; modal verbs: «من يستطيع أن»، «يجب أن»): the
/// clause is theirs, not a speech verb's.
const GOVERN_AN: &[&str] = &[
    "دون",
    "بدون",
    "قبل",
    "بعد",
    "منذ",
    "حتي",
    "لدرجه",
    "بمجرد",
    "يستطيع",
    "يستطع",
    "تستطيع",
    "نستطيع",
    "استطاع",
    "يمكن",
    "يمكنه",
    "يمكنها",
    "يمكننا",
    "يجب",
    "ينبغي",
    "يريد",
    "تريد",
    "نريد",
    "اريد",
    "اراد",
    "ارادت",
    "يحاول",
    "تحاول",
    "حاول",
    "حاولت",
    "يود",
    "تود",
    "نود",
    "اود",
    "يحق",
    "يجوز",
    "لابد",
    "بد",
    "يكاد",
    "كاد",
    "عسي",
    "يحتاج",
    "قرر",
    "قررت",
    "يفضل",
    "اعتاد",
    "بامكان",
    "بامكانه",
];

/// Matching keys of interrogatives that, right before a speech verb in a
/// sentence ending with a question mark, make it a question and not a report
/// («هل تتوقع أن …؟»، «من قال إن …؟»).
const INTERROGATIVES: &[&str] = &[
    "هل",
    "وهل",
    "فهل",
    "ماذا",
    "وماذا",
    "فماذا",
    "لماذا",
    "ولماذا",
    "كيف",
    "وكيف",
    "فكيف",
    "متي",
    "ومتي",
    "اين",
    "واين",
    "من",
    "ومن",
    "الا",
    "اليس",
    "الم",
];

/// Whether the cue at token `cue` asks a question whose clause ends at
/// byte `end` («* هل تتوقع أن نشاهد حكاما سعوديين في كأس العالم؟»).
fn asks(scan: &Scan, cue: usize, end: usize) -> bool {
    let toks = scan.doc.tokens();
    cue > 0
        && toks[cue - 1].sentence == toks[cue].sentence
        && scan.gap(cue - 1, cue).trim().is_empty()
        && INTERROGATIVES.contains(&scan.key(cue - 1))
        && scan.doc.norm()[end..].trim_start().starts_with(['؟', '?'])
}

/// True when the complementizer at token `k` opens no reported clause:
/// «إلا أن» (however: «أقرت استخدامه مرة كل يوم إلا أنه يمكن …») or «وإن
/// كان» (even though: «يعتبر نقلة نوعية وإن كان …»).
fn concessive(scan: &Scan, k: usize) -> bool {
    let toks = scan.doc.tokens();
    let same = |j: usize| j < toks.len() && toks[j].sentence == toks[k].sentence;
    let however = k > 0 && same(k - 1) && scan.key(k - 1) == "الا";
    let even_though = ["ان", "وان"].contains(&scan.key(k))
        && same(k + 1)
        && scan.gap(k, k + 1).trim().is_empty()
        && ["كان", "كانت"].contains(&scan.key(k + 1));
    however || even_though
}

/// An indirect quotation before output: the clause's byte range and its cue.
#[derive(Clone, Debug)]
pub struct Indirect<'c> {
    /// Byte range of the reported clause.
    pub clause: Range<usize>,
    /// The cue reporting it.
    pub cue: &'c Cue,
    /// The attribution frame naming the source, if one sits between the
    /// verb and the clause (its speaker wins).
    pub frame: Option<&'c Cue>,
}

/// The complementizer a cue's clause starts after, if any, and an
/// attribution frame met on the way (أفادت الأنباء نقلا عن مصادر بأن …).
fn complementizer<'c>(scan: &Scan, cues: &'c Cues, c: &Cue) -> Option<(usize, Option<&'c Cue>)> {
    let toks = scan.doc.tokens();
    if let Stop::Complementizer(k) = c.phrase.stop {
        return (!concessive(scan, k)).then_some((k, None));
    }
    let sentence = toks[c.token].sentence;
    // «وقال المدير: إن …»: a complementizer right after the colon opens
    // the reported clause as it does without one.
    if c.phrase.stop == Stop::Colon {
        let k = c.phrase.end;
        let opens = k < toks.len()
            && toks[k].sentence == sentence
            && !scan.inside[k]
            && !scan.gap(k - 1, k).chars().any(is_mark)
            && scan.complementizer_at(k)
            && scan.ents.starting_at(k).is_none()
            && !concessive(scan, k);
        return opens.then_some((k, None));
    }
    if c.phrase.stop == Stop::Mark {
        return None;
    }
    let from = c.phrase.end;
    let mut frame: Option<&Cue> = None;
    let last = (from + MAX_COMPLEMENTIZER_DISTANCE).min(toks.len());
    for (k, tok) in toks.iter().enumerate().take(last).skip(from) {
        if tok.sentence != sentence || scan.inside[k] {
            return None;
        }
        if let Some(other) = cues.at(k) {
            // «وقالت وزارة الدفاع – بحسب البي بي سي – إن …»: a frame set
            // off by a dash or a bracket is the writer's aside; the verb's
            // subject still speaks.
            let aside = k > 0
                && c.speaker.is_some()
                && scan
                    .gap(k - 1, k)
                    .chars()
                    .any(|ch| matches!(ch, '-' | '–' | '—' | '('));
            match other.kind {
                CueKind::Frame if aside => {}
                CueKind::Frame if frame.is_none() => frame = Some(other),
                _ => return None,
            }
        }
        if scan.complementizer_at(k) && scan.ents.starting_at(k).is_none() {
            // «أعلنت الصين … عن احتياطاتها من الذهب، وإن جاءت …»: «وإن»
            // after a comma begins a condition (even if), not the verb's
            // clause («، وأن …» may go on a clause and stays).
            let joined = scan.key(k) == "وان"
                && scan.gap(k - 1, k).contains(['،', ','])
                && scan
                    .doc
                    .original_slice(scan.doc.span(toks[k].range.clone()))
                    .starts_with("وإن");
            if (k > from && GOVERN_AN.contains(&scan.key(k - 1))) || concessive(scan, k) || joined {
                return None;
            }
            return Some((k, frame));
        }
    }
    None
}

/// The indirect quotations of a document; `marked_starts` (sorted) are the
/// normalized byte offsets where its quotations in marks start, `name_opens`
/// (sorted) those of the opening marks of names in marks.
pub fn find<'c>(
    scan: &Scan,
    cues: &'c Cues,
    marked_starts: &[usize],
    name_opens: &[usize],
) -> Vec<Indirect<'c>> {
    let toks = scan.doc.tokens();
    let mut out = Vec::new();
    let mut last_complementizer = None;
    for (i, c) in cues.list.iter().enumerate() {
        // A verb reports a clause after a complementizer; so does an
        // attribution frame whose speaker phrase ends at one («ووفق التقرير
        // فإن …»، «وبحسب المرصد فإن …»).
        let frame_clause = c.kind == CueKind::Frame
            && c.rule != "qawluhu"
            && matches!(c.phrase.stop, Stop::Complementizer(_));
        if c.kind != CueKind::Verb && !frame_clause {
            continue;
        }
        let Some((k, frame)) = complementizer(scan, cues, c) else {
            continue;
        };
        // A frame between a verb and its clause (أفادت الأنباء نقلا عن
        // مصادر بأن …) reports nothing more than the verb.
        if frame_clause && last_complementizer == Some(k) {
            continue;
        }
        last_complementizer = Some(k);
        let first = k + 1;
        if first >= toks.len() || toks[first].sentence != toks[k].sentence {
            continue;
        }
        // A clause that is wholly a quotation in marks is a direct quote,
        // also when the complementizer opens it («وأضاف "أن برنامج …"»,
        // even with its closing mark missing).
        // (A name in marks after the complementizer is the clause's
        // subject: «إن «إعلان القاهرة» كشف عن …» reports the clause.)
        let opens = marked_starts.binary_search(&toks[k].range.start).is_ok();
        let gap_start = toks[k].range.end;
        let mark_at = scan.gap(k, first).find(is_mark).map(|at| gap_start + at);
        let name_after = mark_at.is_some_and(|at| name_opens.binary_search(&at).is_ok());
        if opens || (mark_at.is_some() && !name_after) {
            continue;
        }
        let sentence = &scan.doc.sentences()[toks[k].sentence];
        let mut end_tok = sentence.end_token;
        // The next cue ends the clause, unless the clause so far is that
        // cue's subject: «أوضح المتحدث أن الرئيس هادي أعرب للرئيس …» reports
        // what the president expressed.
        if let Some(next) = cues.list[i + 1..].iter().find(|n| {
            let nested = n.token <= first + 4
                && n.kind == CueKind::Verb
                && scan.ents.ending_at(n.token - 1).is_some();
            n.token > first && !nested
        }) && next.token < end_tok
        {
            end_tok = next.token;
        }
        if end_tok <= first + 1 {
            continue;
        }
        // The clause opens with the name's mark, which it then holds whole.
        let start = mark_at.unwrap_or(toks[first].range.start);
        let mut end = toks[end_tok - 1].range.end;
        // Take a per cent sign («100 %») and a closing mark that end the
        // clause along (the mark only when the clause opened one: not the
        // stray end of a quotation that began before the cue).
        let norm = scan.doc.norm();
        let tail = &norm[end..sentence.range.end.max(end)];
        let spaces = tail.len() - tail.trim_start().len();
        if let Some(c0) = tail[spaces..]
            .chars()
            .next()
            .filter(|&ch| matches!(ch, '%' | '٪'))
        {
            end += spaces + c0.len_utf8();
        }
        let tail = &norm[end..sentence.range.end.max(end)];
        if let Some(c0) = tail.chars().next().filter(|&ch| is_mark(ch))
            && norm[start..end].contains(is_mark)
        {
            end += c0.len_utf8();
        }
        if end - start > MAX_CLAUSE_BYTES {
            let limit = start + MAX_CLAUSE_BYTES;
            let cut = toks.partition_point(|t| t.range.end <= limit);
            if cut <= first {
                continue;
            }
            end = toks[cut - 1].range.end;
        }
        if asks(scan, c.token, end) {
            continue;
        }
        out.push(Indirect {
            clause: start..end,
            cue: c,
            frame: frame.filter(|f| f.speaker.is_some() && f.rule != "continuation"),
        });
    }
    out
}
