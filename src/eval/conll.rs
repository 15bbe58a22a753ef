//! CoNLL-style NER data: `token TAG` lines, IOB1 or IOB2, a blank line
//! between sentences; reassembly of the text and alignment of predicted
//! spans back to tokens.

use std::ops::Range;

/// Entity types scored by `newsx eval --conll`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    /// People (PERS, PER).
    Pers,
    /// Places (LOC).
    Loc,
    /// Organizations (ORG).
    Org,
    /// Everything else (MISC, AQMAR's MIS0–MIS3 and unknown types).
    Misc,
}

impl EntityType {
    /// All types in report order.
    pub const ALL: [EntityType; 4] = [
        EntityType::Pers,
        EntityType::Loc,
        EntityType::Org,
        EntityType::Misc,
    ];

    /// The CoNLL name (`PERS`, `LOC`, `ORG`, `MISC`).
    pub fn name(self) -> &'static str {
        match self {
            EntityType::Pers => "PERS",
            EntityType::Loc => "LOC",
            EntityType::Org => "ORG",
            EntityType::Misc => "MISC",
        }
    }

    /// Maps a tag's type part: PERS/PER, LOC, ORG; anything else is MISC.
    pub fn from_tag_type(t: &str) -> EntityType {
        match t.to_ascii_uppercase().as_str() {
            "PERS" | "PER" | "PERSON" => EntityType::Pers,
            "LOC" | "LOCATION" | "GPE" => EntityType::Loc,
            "ORG" | "ORGANIZATION" => EntityType::Org,
            _ => EntityType::Misc,
        }
    }
}

/// One tag: outside, or beginning/inside an entity of a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// Outside any entity (also typo tags such as `OO`).
    O,
    /// `B-TYPE`.
    B(EntityType),
    /// `I-TYPE`.
    I(EntityType),
}

impl Tag {
    /// Parses a tag, tolerantly: `B-X`/`I-X` (also `B_X`), anything else is `O`.
    pub fn parse(s: &str) -> Tag {
        let s = s.trim();
        let (bio, rest) = match s.split_once(['-', '_']) {
            Some(p) => p,
            None => return Tag::O,
        };
        let ty = EntityType::from_tag_type(rest);
        match bio.to_ascii_uppercase().as_str() {
            "B" => Tag::B(ty),
            "I" => Tag::I(ty),
            _ => Tag::O,
        }
    }
}

/// A sentence: its tokens and tags.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Tokens as written.
    pub tokens: Vec<String>,
    /// One tag per token.
    pub tags: Vec<Tag>,
}

/// An entity as a token range (in some token sequence) and a type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TokenEntity {
    /// Half-open token range.
    pub tokens: Range<usize>,
    /// Entity type.
    pub ty: EntityType,
}

impl Ord for TokenEntity {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.tokens.start, self.tokens.end, self.ty).cmp(&(
            other.tokens.start,
            other.tokens.end,
            other.ty,
        ))
    }
}

impl PartialOrd for TokenEntity {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Parses CoNLL data. The token is the first whitespace-separated field and
/// the tag the last; lines with a single field get tag `O`. A `-DOCSTART-`
/// line ends a document: it becomes an empty sentence, which
/// [`assemble`] treats as a document boundary.
pub fn parse(data: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for line in data.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.first() == Some(&"-DOCSTART-") {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if out.last().is_some_and(|s: &Sentence| !s.tokens.is_empty()) {
                out.push(Sentence::default());
            }
            continue;
        }
        if fields.is_empty() {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let tag = if fields.len() > 1 {
            Tag::parse(fields[fields.len() - 1])
        } else {
            Tag::O
        };
        cur.tokens.push(fields[0].to_string());
        cur.tags.push(tag);
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    out
}

/// Entities of a tag sequence. `B-` always begins an entity; `I-` continues
/// the current one when its type matches and begins a new one otherwise
/// (so IOB1 and IOB2 read the same).
pub fn entities(tags: &[Tag]) -> Vec<TokenEntity> {
    let mut out: Vec<TokenEntity> = Vec::new();
    let mut open = false;
    for (i, tag) in tags.iter().enumerate() {
        match *tag {
            Tag::O => open = false,
            Tag::B(ty) => {
                out.push(TokenEntity {
                    tokens: i..i + 1,
                    ty,
                });
                open = true;
            }
            Tag::I(ty) => match out.last_mut() {
                Some(last) if open && last.ty == ty && last.tokens.end == i => {
                    last.tokens.end = i + 1
                }
                _ => {
                    out.push(TokenEntity {
                        tokens: i..i + 1,
                        ty,
                    });
                    open = true;
                }
            },
        }
    }
    out
}

/// A pseudo-document reassembled from consecutive sentences: tokens joined by
/// single spaces, one sentence a line.
#[derive(Clone, Debug, Default)]
pub struct PseudoDoc {
    /// The text given to the analyzer.
    pub text: String,
    /// Code-point span of every token in `text`.
    pub token_spans: Vec<Range<usize>>,
    /// Gold entities (token indices into this document).
    pub gold: Vec<TokenEntity>,
}

/// Groups sentences into pseudo-documents of `per_doc` sentences (at least
/// 1); an empty sentence (from `-DOCSTART-`) always ends a document.
pub fn assemble(sentences: &[Sentence], per_doc: usize) -> Vec<PseudoDoc> {
    sentences
        .split(|s| s.tokens.is_empty())
        .flat_map(|doc| doc.chunks(per_doc.max(1)))
        .map(|chunk| {
            let mut doc = PseudoDoc::default();
            let mut chars = 0;
            for (si, s) in chunk.iter().enumerate() {
                if si > 0 {
                    doc.text.push('\n');
                    chars += 1;
                }
                let base = doc.token_spans.len();
                for (ti, tok) in s.tokens.iter().enumerate() {
                    if ti > 0 {
                        doc.text.push(' ');
                        chars += 1;
                    }
                    let n = tok.chars().count();
                    doc.token_spans.push(chars..chars + n);
                    doc.text.push_str(tok);
                    chars += n;
                }
                doc.gold
                    .extend(entities(&s.tags).into_iter().map(|e| TokenEntity {
                        tokens: e.tokens.start + base..e.tokens.end + base,
                        ty: e.ty,
                    }));
            }
            doc
        })
        .collect()
}

/// The tokens a code-point span overlaps (a mention that covers only part of
/// a token, e.g. without its clitic prefix, counts as the whole token), or
/// `None` when it overlaps none.
pub fn align(token_spans: &[Range<usize>], start: usize, end: usize) -> Option<Range<usize>> {
    let first = token_spans.partition_point(|t| t.end <= start);
    let last = token_spans.partition_point(|t| t.start < end);
    (first < last).then_some(first..last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityType::*;

    #[test]
    fn tag_parsing_table() {
        let rows: &[(&str, Tag)] = &[
            ("O", Tag::O),
            ("OO", Tag::O),
            ("B-PERS", Tag::B(Pers)),
            ("I-PER", Tag::I(Pers)),
            ("B-LOC", Tag::B(Loc)),
            ("I-ORG", Tag::I(Org)),
            ("B-MISC", Tag::B(Misc)),
            ("B-MIS2", Tag::B(Misc)),
            ("B-MISS1", Tag::B(Misc)),
            ("B-MIS-1", Tag::B(Misc)),
            ("B-SPANISH", Tag::B(Misc)),
        ];
        for (s, want) in rows {
            assert_eq!(Tag::parse(s), *want, "{s}");
        }
    }

    fn ents(tags: &[&str]) -> Vec<(usize, usize, EntityType)> {
        let tags: Vec<Tag> = tags.iter().map(|t| Tag::parse(t)).collect();
        entities(&tags)
            .into_iter()
            .map(|e| (e.tokens.start, e.tokens.end, e.ty))
            .collect()
    }

    #[test]
    fn iob_table() {
        type Row<'a> = (&'a [&'a str], &'a [(usize, usize, EntityType)]);
        let rows: &[Row] = &[
            (&["B-PERS", "I-PERS", "O"], &[(0, 2, Pers)]),
            (&["B-PERS", "B-PERS"], &[(0, 1, Pers), (1, 2, Pers)]),
            // IOB1: I- after O begins an entity.
            (&["O", "I-LOC", "I-LOC"], &[(1, 3, Loc)]),
            // Type change inside I- run.
            (&["I-LOC", "I-ORG"], &[(0, 1, Loc), (1, 2, Org)]),
            (&["B-ORG", "O", "I-ORG"], &[(0, 1, Org), (2, 3, Org)]),
        ];
        for (tags, want) in rows {
            assert_eq!(ents(tags), want.to_vec(), "{tags:?}");
        }
    }

    #[test]
    fn parse_and_assemble() {
        let data = "جون B-PERS\nكيري I-PERS\nقال O\n\nفي O\nموسكو B-LOC\n\n\nو O\n";
        let s = parse(data);
        assert_eq!(s.len(), 3);
        let docs = assemble(&s, 2);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "جون كيري قال\nفي موسكو");
        assert_eq!(docs[0].token_spans[4], 16..21);
        assert_eq!(
            docs[0].gold,
            vec![
                TokenEntity {
                    tokens: 0..2,
                    ty: Pers
                },
                TokenEntity {
                    tokens: 4..5,
                    ty: Loc
                }
            ]
        );
        assert_eq!(docs[1].text, "و");
    }

    #[test]
    fn docstart_ends_a_document() {
        let data = "a O\n\nb O\n-DOCSTART- O\n\nc B-LOC\n";
        let s = parse(data);
        let docs = assemble(&s, 10);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "a\nb");
        assert_eq!(docs[1].text, "c");
        assert_eq!(
            docs[1].gold,
            vec![TokenEntity {
                tokens: 0..1,
                ty: Loc
            }]
        );
    }

    #[test]
    fn alignment_table() {
        // "جون كيري وبموسكو": tokens at 0..3, 4..8, 9..16
        let spans = vec![0..3, 4..8, 9..16];
        let rows: &[(usize, usize, Option<Range<usize>>)] = &[
            (0, 8, Some(0..2)),
            (4, 8, Some(1..2)),
            (11, 16, Some(2..3)), // mention without its clitics
            (9, 16, Some(2..3)),
            (3, 4, None), // only the space
            (5, 12, Some(1..3)),
        ];
        for (s, e, want) in rows {
            assert_eq!(align(&spans, *s, *e), *want, "{s}..{e}");
        }
    }
}
