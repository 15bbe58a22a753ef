//! Shared check: every span of an analysis slices the original text.

use newsx::output::{Analysis, TextSpan};

fn slice(chars: &[char], start: usize, end: usize) -> Option<String> {
    (start <= end && end <= chars.len()).then(|| chars[start..end].iter().collect())
}

fn check(chars: &[char], what: &str, t: &TextSpan) -> Result<(), String> {
    match slice(chars, t.start, t.end) {
        Some(s) if s == t.text => Ok(()),
        Some(s) => Err(format!(
            "{what}: text {:?} but original[{}..{}] is {s:?}",
            t.text, t.start, t.end
        )),
        None => Err(format!(
            "{what}: span {}..{} outside 0..{}",
            t.start,
            t.end,
            chars.len()
        )),
    }
}

/// Checks every `TextSpan` and offset pair in `a` against `original`.
pub fn check_all_spans(a: &Analysis, original: &str) -> Result<(), String> {
    let chars: Vec<char> = original.chars().collect();
    if a.source.chars != chars.len() {
        return Err(format!(
            "source.chars {} != {}",
            a.source.chars,
            chars.len()
        ));
    }
    if let Some(t) = &a.title {
        check(&chars, "title", t)?;
    }
    for t in &a.boilerplate {
        check(&chars, "boilerplate", t)?;
    }
    for p in &a.people {
        for m in &p.mentions {
            check(&chars, "person mention", m)?;
        }
    }
    for p in &a.places {
        for m in &p.mentions {
            check(&chars, "place mention", m)?;
        }
    }
    for o in &a.organizations {
        for m in &o.mentions {
            check(&chars, "organization mention", m)?;
        }
    }
    for d in &a.dates {
        let t = TextSpan {
            text: d.text.clone(),
            start: d.start,
            end: d.end,
        };
        check(&chars, "date", &t)?;
    }
    for q in &a.quotes {
        let t = TextSpan {
            text: q.text.clone(),
            start: q.start,
            end: q.end,
        };
        check(&chars, "quote", &t)?;
        if let Some(c) = &q.cue {
            check(&chars, "quote cue", c)?;
        }
        if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
            check(&chars, "speaker mention", m)?;
        }
    }
    if let Some(s) = &a.structure {
        for p in &s.paragraphs {
            slice(&chars, p.start, p.end).ok_or("paragraph out of range")?;
        }
        for p in &s.sentences {
            slice(&chars, p.start, p.end).ok_or("sentence out of range")?;
        }
    }
    Ok(())
}
