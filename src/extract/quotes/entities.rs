//! The people, organizations and places found by earlier extractors, indexed
//! by the tokens their mentions start and end at, for speaker look-up.

use super::phrase::{may_be_boundary, may_be_cue_word};
use crate::document::Document;
use crate::extract::Extraction;
use crate::extract::words::{FastMap as HashMap, FastSet as HashSet};
use crate::output::{Speaker, TextSpan};
use crate::span::Span;
use std::cell::OnceCell;

/// Kind of entity a mention belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum EntityKind {
    /// A person (preferred as a speaker).
    Person,
    /// An organization.
    Organization,
    /// A place (a country speaking as a state).
    Place,
}

/// One mention of an entity, in tokens, borrowing the entity's strings
/// from the extraction (copied only into the speakers output).
#[derive(Clone, Copy, Debug)]
pub struct MentionRef<'a> {
    /// Kind of the entity.
    pub kind: EntityKind,
    /// Entity id (`p1`, `o2`, `l3`).
    pub id: &'a str,
    /// Canonical name.
    pub name: &'a str,
    /// First token of the mention.
    pub first: usize,
    /// Last token of the mention (inclusive).
    pub last: usize,
    /// The mention as output.
    pub mention: &'a TextSpan,
    /// True for a news medium (an organization of kind `agency_media`).
    pub medium: bool,
}

impl MentionRef<'_> {
    /// The speaker this mention names.
    pub fn speaker(&self) -> Speaker {
        Speaker {
            id: Some(self.id.to_string()),
            name: self.name.to_string(),
            mention: Some(self.mention.clone()),
        }
    }
}

/// No mention at a token.
const NONE: u32 = u32::MAX;

/// Entity mentions by token.
#[derive(Debug, Default)]
pub struct EntityIndex<'a> {
    /// The longest mention starting at each token, in no order.
    mentions: Vec<MentionRef<'a>>,
    /// For each token, the index in `mentions` of the mention starting
    /// there, or [`NONE`].
    first_at: Vec<u32>,
    /// For each token, the first token of the mention that ended there when
    /// indexed, or [`NONE`].
    last_at: Vec<u32>,
    /// Matching keys of every name and mention (clitics stripped), to tell
    /// a quoted name from a quotation; keyed from the extraction on the
    /// first [`EntityIndex::is_name`] (many documents never ask).
    names: OnceCell<HashSet<String>>,
    /// Title phrases seen right before a person's mention («الرئيس الأميركي
    /// باراك أوباما») → that person's first token, or `None` when two
    /// people share the title; collected on the first
    /// [`EntityIndex::person_with_title`] (many documents never ask).
    titles: OnceCell<HashMap<String, Option<usize>>>,
    /// The document and the extraction the titles are collected from.
    source: Option<(&'a Document, &'a Extraction)>,
}

impl<'a> EntityIndex<'a> {
    /// Indexes the entities of `out` against the tokens of `doc`.
    pub fn new(doc: &'a Document, out: &'a Extraction) -> EntityIndex<'a> {
        let n = doc.tokens().len();
        let mentions = (out.people.iter().map(|p| p.mentions.len()))
            .chain(out.organizations.iter().map(|o| o.mentions.len()))
            .chain(out.places.iter().map(|l| l.mentions.len()))
            .sum::<usize>();
        let mut index = EntityIndex {
            mentions: Vec::with_capacity(mentions),
            first_at: vec![NONE; n],
            last_at: vec![NONE; n],
            source: Some((doc, out)),
            ..EntityIndex::default()
        };
        let people = out
            .people
            .iter()
            .map(|p| (EntityKind::Person, &p.id, &p.name, &p.mentions, false));
        let orgs = out.organizations.iter().map(|o| {
            let medium = o.kind.as_deref() == Some("agency_media");
            (
                EntityKind::Organization,
                &o.id,
                &o.name,
                &o.mentions,
                medium,
            )
        });
        let places = out
            .places
            .iter()
            .map(|l| (EntityKind::Place, &l.id, &l.name, &l.mentions, false));
        for (kind, id, name, mentions, medium) in people.chain(orgs).chain(places) {
            for m in mentions {
                let range = doc.normalized().to_normalized(Span::new(m.start, m.end));
                if range.is_empty() {
                    continue;
                }
                let Some((first, last)) = doc.token_span(&range) else {
                    continue;
                };
                // Keep the longest mention starting at a token; persons first on ties.
                let better = index.starting_at(first).is_none_or(|old| {
                    (last, std::cmp::Reverse(kind)) > (old.last, std::cmp::Reverse(old.kind))
                });
                if better {
                    // The longest mention ending at a token: a place inside
                    // an organization's name does not hide it («مجلس
                    // محافظة الأنبار، قد أعلن»).
                    let ending = index.last_at[last];
                    if ending == NONE || first < ending as usize {
                        index.last_at[last] = first as u32;
                    }
                    let new = MentionRef {
                        kind,
                        id,
                        name,
                        first,
                        last,
                        mention: m,
                        medium,
                    };
                    match index.first_at[first] {
                        NONE => {
                            index.first_at[first] = index.mentions.len() as u32;
                            index.mentions.push(new);
                        }
                        i => index.mentions[i as usize] = new,
                    }
                }
            }
        }
        index
    }

    /// The title phrases of [`EntityIndex::titles`].
    fn collect_all_titles(&self) -> HashMap<String, Option<usize>> {
        let Some((doc, out)) = self.source else {
            return HashMap::default();
        };
        let mut titles = self.collect_titles(doc);
        self.collect_person_titles(out, &mut titles);
        titles
    }

    /// Titles the people extractor gave a person, also after the name
    /// («أشرف العربي وزير التخطيط المصري … وقال الوزير»): the title and its
    /// head with the article name that person.
    fn collect_person_titles(&self, out: &Extraction, titles: &mut HashMap<String, Option<usize>>) {
        if out.people.iter().all(|p| p.titles.is_empty()) {
            return;
        }
        // The first indexed mention of each person, in one pass.
        let mut first_of: HashMap<&str, usize> = HashMap::default();
        for m in self
            .mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Person)
        {
            first_of.entry(m.id).or_insert(m.first);
        }
        // Each title's key once, its words joined by single spaces in one
        // text for all titles: (person's first token, person's id, range
        // of the title's words in `ends`); `ends` holds each word's byte
        // range in `text`.
        let mut text = String::new();
        let mut ends: Vec<(usize, usize)> = Vec::new();
        let mut items: Vec<(usize, &str, std::ops::Range<usize>)> = Vec::new();
        for p in out.people.iter().filter(|p| !p.titles.is_empty()) {
            let Some(&first) = first_of.get(p.id.as_str()) else {
                continue;
            };
            for t in &p.titles {
                let key = crate::normalize::match_key(t);
                let from = ends.len();
                for w in key.split_whitespace() {
                    if ends.len() > from {
                        text.push(' ');
                    }
                    let at = text.len();
                    text.push_str(w);
                    ends.push((at, at + w.len()));
                }
                if ends.len() > from {
                    items.push((first, &p.id, from..ends.len()));
                }
            }
        }
        let word = |i: usize| &text[ends[i].0..ends[i].1];
        let note =
            |titles: &mut HashMap<String, Option<usize>>, key: &str, first: usize, id: &str| {
                let entry = match titles.get_mut(key) {
                    Some(entry) => entry,
                    None => titles.entry(key.to_string()).or_insert(Some(first)),
                };
                if let Some(f) = entry
                    && self
                        .first_at
                        .get(*f)
                        .is_some_and(|&i| i == NONE || self.mentions[i as usize].id != id)
                {
                    *entry = None;
                }
            };
        // Whole titles first; then their shorter heads, where no whole
        // title says otherwise: «الأمين العام للأمم المتحدة» is «الأمين
        // العام» later on, but «وزير الخارجية الإيطالي» leaves «وزير
        // الخارجية» to the person who had that title.
        let mut head_key = String::new();
        for &(first, id, ref words) in &items {
            let (start, end) = (ends[words.start].0, ends[words.end - 1].1);
            note(titles, &text[start..end], first, id);
            let head = word(words.start);
            if words.len() > 1 && !head.starts_with("ال") {
                head_key.clear();
                head_key.push_str("ال");
                head_key.push_str(head);
                note(titles, &head_key, first, id);
            }
        }
        let mut shorter: HashSet<&str> = HashSet::default();
        for &(first, id, ref words) in &items {
            let start = ends[words.start].0;
            // Not before a nisba: «وزير الخارجية الأميركي» is no «وزير
            // الخارجية», which may be the home one.
            for n in words.start + 1..words.end {
                if is_nisba(word(n)) {
                    continue;
                }
                let key = &text[start..ends[n - 1].1];
                if titles.contains_key(key) && !shorter.contains(key) {
                    continue;
                }
                shorter.insert(key);
                note(titles, key, first, id);
            }
        }
    }

    fn collect_titles(&self, doc: &Document) -> HashMap<String, Option<usize>> {
        let lex = super::lexicon::lexicon();
        let toks = doc.tokens();
        let norm = doc.norm();
        let mut persons: Vec<(usize, &str)> = self
            .mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Person)
            .map(|m| (m.first, m.id))
            .collect();
        persons.sort();
        let mut titles: HashMap<String, Option<usize>> = HashMap::default();
        // Sized once (the map is only looked up by key, never walked): a
        // person's mention gives a title or two, which grew the map by
        // rehashing it several times a document.
        titles.reserve(2 * persons.len());
        let mut note = |key: &str, first: usize, id: &str| {
            let entry = match titles.get_mut(key) {
                Some(entry) => entry,
                None => titles.entry(key.to_string()).or_insert(Some(first)),
            };
            if let Some(f) = entry
                && self.starting_at(*f).map(|m| m.id) != Some(id)
            {
                *entry = None;
            }
        };
        // The title's words, read backwards from the name: the last
        // `taken` of `words`; each title written into `key` (no vector nor
        // string allocated per title).
        const MAX_WORDS: usize = 3;
        let mut key = String::new();
        for (first, id) in persons {
            let mut words: [&str; MAX_WORDS] = [""; MAX_WORDS];
            let mut taken = 0;
            let mut k = first;
            while k > 0 && first - k < MAX_WORDS {
                let prev = k - 1;
                if toks[prev].sentence != toks[first].sentence
                    || !norm[toks[prev].range.end..toks[k].range.start]
                        .trim()
                        .is_empty()
                {
                    break;
                }
                let word = doc.token_key(&toks[prev]);
                if (may_be_cue_word(doc, prev) && lex.verb(word).is_some())
                    || (may_be_boundary(doc, prev) && lex.is_boundary(word))
                    || self.last_at[prev] != NONE
                {
                    break;
                }
                taken += 1;
                words[MAX_WORDS - taken] = word;
                k = prev;
                // «رئيسة المجلس جانيت يلين»: a definite word after a noun
                // without the article is that noun's genitive, no title
                // of its own («المجلس» is the council).
                if word.starts_with("ال")
                    && prev > 0
                    && toks[prev - 1].sentence == toks[first].sentence
                    && norm[toks[prev - 1].range.end..toks[prev].range.start]
                        .trim()
                        .is_empty()
                    && {
                        let head = doc.token_key(&toks[prev - 1]);
                        !head.starts_with("ال")
                            && !head.starts_with("وال")
                            && (!may_be_cue_word(doc, prev - 1) || lex.verb(head).is_none())
                            && (!may_be_boundary(doc, prev - 1) || !lex.is_boundary(head))
                            && self.last_at[prev - 1] == NONE
                    }
                {
                    continue;
                }
                let words = &words[MAX_WORDS - taken..];
                // The title, its words joined by spaces, less the و of a
                // first word in وال.
                key.clear();
                key.push_str(match words[0].strip_prefix('و') {
                    Some(rest) if words[0].starts_with("وال") => rest,
                    _ => words[0],
                });
                for w in &words[1..] {
                    key.push(' ');
                    key.push_str(w);
                }
                note(&key, first, id);
                // «وزير الخارجية فلان … وأضاف الوزير»: the title's head with
                // the article names the same person.
                if words.len() > 1 && !words[0].starts_with("ال") {
                    key.clear();
                    key.push_str("ال");
                    key.push_str(words[0].trim_start_matches('و'));
                    note(&key, first, id);
                }
            }
        }
        titles
    }

    /// The person a title phrase (matching key, single spaces) was seen
    /// with, if only one person had it.
    /// An empty phrase names no one: `None` at once, without collecting
    /// the titles.
    pub fn person_with_title(&self, title: &str) -> Option<&MentionRef<'a>> {
        if title.is_empty() {
            return None;
        }
        self.titles
            .get_or_init(|| self.collect_all_titles())
            .get(title)
            .copied()
            .flatten()
            .and_then(|f| self.starting_at(f))
    }

    /// The one person named `key` (a [`name_key`]) or whose name ends in
    /// it («الشريف» for «نايف الشريف»); `None` when none or two differ.
    pub fn person_named(&self, key: &str) -> Option<&MentionRef<'a>> {
        let mut found: Option<&MentionRef<'a>> = None;
        for m in self
            .mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Person)
        {
            let name = name_key(m.name);
            let same = name == key
                || name
                    .strip_suffix(key)
                    .is_some_and(|rest| rest.ends_with(' '));
            if !same {
                continue;
            }
            if found.is_some_and(|f| f.id != m.id) {
                return None;
            }
            found = found.or(Some(m));
        }
        found
    }

    /// The mention starting at token `t`, if any.
    pub fn starting_at(&self, t: usize) -> Option<&MentionRef<'a>> {
        match self.first_at.get(t) {
            Some(&i) if i != NONE => self.mentions.get(i as usize),
            _ => None,
        }
    }

    /// The mention ending at token `t`, if any.
    pub fn ending_at(&self, t: usize) -> Option<&MentionRef<'a>> {
        match self.last_at.get(t) {
            Some(&f) if f != NONE => self.starting_at(f as usize).filter(|m| m.last == t),
            _ => None,
        }
    }

    /// The matching keys of every entity's name and mention texts. An
    /// entity's mentions mostly repeat its name or the mention before
    /// («السعودية» five times): such a text is keyed once, found by a
    /// comparison with those two instead of a set of the texts.
    fn name_keys(&self) -> HashSet<String> {
        let mut keys = HashSet::default();
        let Some((_, out)) = self.source else {
            return keys;
        };
        let mut add = |name: &str, mentions: &[TextSpan]| {
            keys.insert(name_key(name));
            let mut last = name;
            for m in mentions {
                if m.text != last && m.text != name {
                    keys.insert(name_key(&m.text));
                }
                last = &m.text;
            }
        };
        for p in &out.people {
            add(&p.name, &p.mentions);
        }
        for o in &out.organizations {
            add(&o.name, &o.mentions);
        }
        for l in &out.places {
            add(&l.name, &l.mentions);
        }
        keys
    }

    /// True when `text` (original or normalized) is the name or a mention of
    /// a known entity.
    pub fn is_name(&self, text: &str) -> bool {
        !text.trim().is_empty()
            && self
                .names
                .get_or_init(|| self.name_keys())
                .contains(&name_key(text))
    }
}

/// A definite nisba adjective (a matching key): «الاميركي»، «التنفيذي»،
/// «الرسميه».
fn is_nisba(key: &str) -> bool {
    key.starts_with("ال") && (key.ends_with('ي') || key.ends_with("يه"))
}

/// Matching key of a name, with spaces collapsed.
pub fn name_key(text: &str) -> String {
    crate::extract::words::entry_key(text)
}

/// Entities given by name, for tests and gold evaluations of speaker
/// attribution *given* entities: [`Injector::add`] finds each mention by
/// string search in the original text (word-bounded, a proclitic prefix
/// allowed in front, longest mentions first, no overlaps).
#[derive(Debug, Default)]
pub struct Injector {
    taken: Vec<(usize, usize)>,
    counts: [usize; 3],
}

impl Injector {
    /// Adds a person (`kind` = [`EntityKind::Person`]), organization or place
    /// named `name` with the given mention forms to `out`.
    pub fn add(
        &mut self,
        text: &str,
        out: &mut Extraction,
        kind: EntityKind,
        name: &str,
        forms: &[&str],
    ) {
        let chars: Vec<char> = text.chars().collect();
        let mut forms: Vec<Vec<char>> = forms.iter().map(|f| f.chars().collect()).collect();
        forms.push(name.chars().collect());
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        let mut mentions: Vec<TextSpan> = Vec::new();
        for f in &forms {
            if f.is_empty() {
                continue;
            }
            let mut i = 0;
            while i + f.len() <= chars.len() {
                if chars[i..i + f.len()] != f[..] {
                    i += 1;
                    continue;
                }
                let (s, e) = (i, i + f.len());
                let word_start = chars[..s]
                    .iter()
                    .rposition(|c| !c.is_alphanumeric())
                    .map_or(0, |p| p + 1);
                let prefix: String = chars[word_start..s].iter().collect();
                let ok_before =
                    prefix.is_empty() || crate::document::clitics::is_proclitic_sequence(&prefix);
                let ok_after = chars.get(e).is_none_or(|c| !c.is_alphanumeric());
                let free = !self.taken.iter().any(|&(a, b)| s < b && a < e);
                if ok_before && ok_after && free {
                    self.taken.push((s, e));
                    mentions.push(TextSpan {
                        text: f.iter().collect(),
                        start: s,
                        end: e,
                    });
                }
                i = e;
            }
        }
        mentions.sort_by_key(|m| m.start);
        let k = kind as usize;
        self.counts[k] += 1;
        let n = self.counts[k];
        match kind {
            EntityKind::Person => out.people.push(crate::output::Person {
                id: format!("p{n}"),
                name: name.to_string(),
                mentions,
                ..Default::default()
            }),
            EntityKind::Organization => out.organizations.push(crate::output::Organization {
                id: format!("o{n}"),
                name: name.to_string(),
                mentions,
                ..Default::default()
            }),
            EntityKind::Place => out.places.push(crate::output::Place {
                id: format!("l{n}"),
                name: name.to_string(),
                mentions,
                ..Default::default()
            }),
        }
    }
}

#[cfg(test)]
mod title_tests {
    use super::{EntityIndex, EntityKind, Injector};
    use crate::document::Document;
    use crate::extract::Extraction;

    /// (text, person, title phrase, whether it names that person): the
    /// titles are collected on the first question, the same as before.
    #[test]
    fn titles_are_collected_when_first_asked() {
        let rows: &[(&str, &str, &str, bool)] = &[
            (
                "وقال الرئيس الأميركي باراك أوباما إن الاتفاق جيد.",
                "باراك أوباما",
                // Matching keys: ئ is folded to ي.
                "الرييس الاميركي",
                true,
            ),
            (
                "وقال الرئيس الأميركي باراك أوباما إن الاتفاق جيد.",
                "باراك أوباما",
                "الوزير",
                false,
            ),
        ];
        for &(text, person, title, want) in rows {
            let doc = Document::new(text.to_string());
            let mut out = Extraction::default();
            Injector::default().add(text, &mut out, EntityKind::Person, person, &[]);
            let index = EntityIndex::new(&doc, &out);
            assert!(index.titles.get().is_none(), "{text}");
            let got = index.person_with_title(title).is_some();
            assert_eq!(got, want, "{text}: {title}");
            assert!(index.titles.get().is_some(), "{text}");
        }
    }

    /// (text, organization, place inside its name, token the two end at):
    /// the mention ending at a token is the longest, so the body whose
    /// name ends in a place speaks, not the place.
    #[test]
    fn longest_mention_ends_at_a_token() {
        let rows: &[(&str, &str, &str, usize)] = &[
            (
                "وكان مجلس محافظة الأنبار، قد أعلن أن التحرير بداية.",
                "مجلس محافظة الأنبار",
                "الأنبار",
                3,
            ),
            (
                "وأوضحت رابطة العالم الإسلامي أن الإساءات توقد الفتنة.",
                "رابطة العالم الإسلامي",
                "العالم الإسلامي",
                3,
            ),
        ];
        for &(text, org, place, last) in rows {
            let doc = Document::new(text.to_string());
            let mut out = Extraction::default();
            // Two injectors: one alone keeps mentions from overlapping.
            Injector::default().add(text, &mut out, EntityKind::Organization, org, &[]);
            Injector::default().add(text, &mut out, EntityKind::Place, place, &[]);
            let index = EntityIndex::new(&doc, &out);
            let got = index.ending_at(last).map(|m| m.name);
            assert_eq!(got, Some(org), "{text}");
        }
    }

    /// (text, person, its mention forms, the keys wanted): each name and
    /// mention text keyed, those repeated once; and the quoted name told.
    #[test]
    fn names_and_repeated_mentions_are_keyed_once() {
        let rows: &[(&str, &str, &[&str], &[&str])] = &[
            (
                "قالت السعودية إن السعودية والسعودية ترحب.",
                "السعودية",
                &[],
                &["السعوديه"],
            ),
            (
                "قال أوباما إن باراك أوباما وأوباما يرحبون.",
                "باراك أوباما",
                &["أوباما"],
                &["باراك اوباما", "اوباما"],
            ),
        ];
        for &(text, name, forms, want) in rows {
            let doc = Document::new(text.to_string());
            let mut out = Extraction::default();
            Injector::default().add(text, &mut out, EntityKind::Person, name, forms);
            let index = EntityIndex::new(&doc, &out);
            let mut got: Vec<String> = index.name_keys().into_iter().collect();
            got.sort();
            let mut want: Vec<String> = want.iter().map(|k| k.to_string()).collect();
            want.sort();
            assert_eq!(got, want, "{text}");
            assert!(index.is_name(name), "{text}");
        }
    }

    /// (text, person): an empty title phrase names no one and leaves the
    /// titles uncollected (the speaker search asks with the words before a
    /// name, which are often none).
    #[test]
    fn an_empty_title_collects_nothing() {
        let rows: &[(&str, &str)] = &[
            (
                "وقال الرئيس الأميركي باراك أوباما إن الاتفاق جيد.",
                "باراك أوباما",
            ),
            ("قال باراك أوباما إن الاتفاق جيد.", "باراك أوباما"),
        ];
        for &(text, person) in rows {
            let doc = Document::new(text.to_string());
            let mut out = Extraction::default();
            Injector::default().add(text, &mut out, EntityKind::Person, person, &[]);
            let index = EntityIndex::new(&doc, &out);
            assert!(index.person_with_title("").is_none(), "{text}");
            assert!(index.titles.get().is_none(), "{text}");
        }
    }
}
