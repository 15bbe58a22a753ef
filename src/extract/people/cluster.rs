//! Clustering of person mentions into entities: same name, surname alone
//! (كيري → جون كيري), and variant spellings of the given name with the same
//! surname (ستافان / استيفان دي ميستورا).

use super::rules::{Key, NameCand, similar};
use crate::extract::words::FastMap;

fn strip_alef(k: &str) -> &str {
    k.strip_prefix('ا').unwrap_or(k)
}

/// The keys of a name as one string, «عبد» joined to the word after it
/// («عبد العزيز» and «عبدالعزيز» are one spelling).
fn canonical(keys: &[Key]) -> String {
    // (Made at its full size at once: no growth on the way.)
    let mut out = String::with_capacity(keys.iter().map(|k| k.len() + 1).sum());
    for (i, k) in keys.iter().enumerate() {
        if i > 0 && keys[i - 1] != "عبد" {
            out.push(' ');
        }
        out.push_str(k);
    }
    out
}

/// The first of `keys` that is no particle, and whether another follows
/// it: what the clustering reads of the given names (no list is made).
fn first_given<'k>(
    keys: &'k [Key<'k>],
    is_particle: impl Fn(&str) -> bool,
) -> (Option<&'k Key<'k>>, bool) {
    let mut words = keys.iter().filter(|k| !is_particle(k));
    (words.next(), words.next().is_some())
}

/// The length of a name in words as [`canonical`] joins them: «عبد» and
/// the word after it are one («عبد الله صالح» has two, «علي عبدالله صالح»
/// three).
pub(super) fn words(keys: &[Key]) -> usize {
    keys.len() - keys.iter().rev().skip(1).filter(|k| *k == "عبد").count()
}

/// The given name a name opens with, as one word, and how many keys it
/// takes: «عبد» with the word after it («عبد الكريم» is «عبدالكريم»),
/// else the first key when it is no particle.
fn given_unit<'a>(
    keys: &'a [Key<'a>],
    is_particle: impl Fn(&str) -> bool,
) -> Option<(std::borrow::Cow<'a, str>, usize)> {
    match keys {
        [a, b, ..] if a == "عبد" => Some((format!("{a}{b}").into(), 2)),
        [a, ..] if !is_particle(a) => Some((a.as_ref().into(), 1)),
        _ => None,
    }
}

/// True when two surnames differ by one long vowel letter written or not
/// (بيفر / بيفير، ماكرون / ماكرن): foreign names transliterated two ways.
/// Not names with the article, which are Arabic.
fn vowel_variant(a: &str, b: &str) -> bool {
    use super::rules::{edit_distance, skeleton};
    a != b
        && !a.starts_with("ال")
        && !b.starts_with("ال")
        && a.chars().count().min(b.chars().count()) >= 4
        && skeleton(a) == skeleton(b)
        && edit_distance(a, b) == 1
}

/// True for the particles of a lineage: «بن», «بنت», «ابن».
fn is_nasab(k: &str) -> bool {
    matches!(k, "بن" | "بنت" | "ابن")
}

/// True when both names give a father (the word after the first lineage
/// particle, after a given name: a name that opens with «بن» is a family
/// name, «بن فردان» of «حسين بن علي بن فردان») and the fathers differ.
fn fathers_differ(a: &[Key], b: &[Key]) -> bool {
    let father = |keys: &[Key]| {
        let i = keys.iter().position(|k| is_nasab(k)).filter(|&i| i > 0)?;
        keys.get(i + 1).map(|k| strip_alef(k).to_string())
    };
    matches!((father(a), father(b)), (Some(x), Some(y)) if x != y)
}

/// The starts of a name with a lineage that name the same person: «سلطان بن
/// سلمان» of «سلطان بن سلمان بن عبدالعزيز», «لبيد بن ربيعة» of «لبيد بن
/// ربيعة العامري» (a lineage particle, then at least one word after it).
fn lineage_prefixes<'k>(keys: &'k [Key<'k>]) -> impl Iterator<Item = String> + 'k {
    let first_nasab = keys.iter().position(|k| is_nasab(k));
    (1..keys.len()).filter_map(move |n| {
        let b = first_nasab?;
        // At least the word after the first particle, and not ending on a
        // particle or on «عبد».
        (n > b + 1 && !is_nasab(&keys[n - 1]) && keys[n - 1] != "عبد")
            .then(|| canonical(&keys[..n]))
    })
}

/// True for a particle that ends a surname («أوغلو»، «زاده»: role
/// `foreign_suffix` in `name_particles.tsv`).
fn surname_suffix(key: &str) -> bool {
    super::lexicon::lexicon()
        .particles
        .get(key)
        .is_some_and(|r| r == "foreign_suffix")
}

/// Groups candidates (indices into `cands`) into people. The longest names
/// seed the groups; shorter ones join a group with the same surname when
/// their given name (if any) is the same or a variant.
///
/// A given name alone joins the one full name of the article that begins
/// with it when `closed(i)` says nothing name-like follows it (a name cut
/// short, «[مايكل] بلومبيرغ», is someone else as often as not).
pub fn cluster(
    cands: &[NameCand],
    is_particle: impl Fn(&str) -> bool,
    closed: impl Fn(usize) -> bool,
    known_name: impl Fn(&str) -> bool,
    given_title: impl Fn(usize) -> bool,
) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    // Longest first, in words («عبد الكريم» is shorter than «عبدالكريم
    // الغامدي»).
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(words(&cands[i].keys)),
            cands[i].range.start,
        )
    });
    // Each group: the keys of its seed, its members, and the distinct first
    // words of its members of two words or more. Maps from a seed's keys and
    // from a surname to groups keep this linear in the number of mentions.
    struct Group<'a> {
        seed: &'a [Key<'a>],
        members: Vec<usize>,
        firsts: Vec<&'a str>,
        titled: bool,
    }
    // (Room for a group per mention at once: no growth on the way.)
    let mut groups: Vec<Group> = Vec::with_capacity(cands.len());
    let mut by_seed: FastMap<String, usize> =
        FastMap::with_capacity_and_hasher(cands.len(), Default::default());
    let mut by_surname: FastMap<&str, Vec<usize>> =
        FastMap::with_capacity_and_hasher(cands.len(), Default::default());
    // Starts of seeds with a lineage; `None` when two seeds share one.
    let mut by_lineage: FastMap<String, Option<usize>> = FastMap::default();
    // The given names ([`given_unit`]) that open seeds longer than them;
    // `None` when two seeds share one.
    let mut by_first: FastMap<std::borrow::Cow<str>, Option<usize>> =
        FastMap::with_capacity_and_hasher(cands.len(), Default::default());
    for i in order {
        let c = &cands[i];
        let key = canonical(&c.keys);
        let lineage = || {
            let n = c.keys.len();
            // «سلطان بن سلمان» alone: a start of a longer name seen before.
            (n >= 3 && c.keys[..n - 1].iter().any(|k| is_nasab(k)))
                .then(|| by_lineage.get(&key).copied().flatten())
                .flatten()
        };
        // «الملك سلمان» after «الملك سلمان بن عبدالعزيز» and «الأمير محمد
        // بن سلمان»: a titled given name alone that would join a name as
        // its father's name joins the one titled full name that begins
        // with it.
        let titled_given = || {
            (c.keys.len() == 1 && c.title.is_some() && !c.keys[0].starts_with("ال") && closed(i))
                .then(|| by_first.get(&*c.keys[0]).copied().flatten())
                .flatten()
                .filter(|&g| groups[g].titled)
        };
        let as_father = |g: usize| {
            let seed = groups[g].seed;
            c.keys.len() == 1 && seed.len() >= 2 && is_nasab(&seed[seed.len() - 2])
        };
        // «الملك عبدالله»: a word alone after a title that comes before
        // given names is a given name, no surname («ابتسام عبدالله»).
        let given_alone = c.keys.len() == 1 && !c.keys[0].starts_with("ال") && given_title(i);
        let joined = by_seed.get(&key).copied().or_else(lineage).or_else(|| {
            if given_alone {
                return None;
            }
            let surname = c.keys.last()?;
            let given = first_given(&c.keys, &is_particle);
            let mut matching = by_surname.get(&**surname)?.iter().copied().filter(|&g| {
                let g = &groups[g];
                // «فيصل بن بندر بن عبدالعزيز» is not «فيصل بن سلمان بن
                // عبدالعزيز»: a shared grandfather makes no one person.
                if fathers_differ(&c.keys, g.seed) {
                    return false;
                }
                // «صلاح الدين» is not «منير نصر الدين»: after a compound
                // name's second half («الدين»), the first half is the
                // same too.
                let n = c.keys.len();
                if n >= 2
                    && is_particle(surname)
                    && !surname_suffix(surname)
                    && g.seed.get(g.seed.len().wrapping_sub(2)) != Some(&c.keys[n - 2])
                {
                    return false;
                }
                match given {
                    (Some(first), true) => {
                        similar(strip_alef(first), strip_alef(&g.seed[0]))
                            || g.firsts
                                .iter()
                                .any(|f| similar(strip_alef(f), strip_alef(first)))
                    }
                    _ => true,
                }
            });
            let first = matching.next()?;
            if c.keys.len() > 1 {
                return Some(first);
            }
            // A surname alone that several people share («القذافي» of
            // «معمر القذافي» and «سيف الإسلام القذافي»): the one named
            // first, most often the article's subject (not the longest
            // name); a name that ends another one («عبدالله صالح» of «علي
            // عبدالله صالح») is a part of it, not someone else.
            let all: Vec<usize> = std::iter::once(first).chain(matching).collect();
            let part_of_another = |g: usize| {
                let seed = groups[g].seed;
                all.iter().any(|&h| {
                    let other = groups[h].seed;
                    // (Not after «بن»: «حسن بن ناصر بشيري» names the
                    // father «ناصر بشيري».)
                    h != g
                        && other.len() > seed.len()
                        && other.ends_with(seed)
                        && !is_nasab(&other[other.len() - seed.len() - 1])
                })
            };
            let first_named = |g: usize| {
                groups[g]
                    .members
                    .iter()
                    .map(|&m| cands[m].range.start)
                    .min()
                    .unwrap_or(usize::MAX)
            };
            Some(
                all.iter()
                    .copied()
                    .filter(|&g| !part_of_another(g))
                    .min_by_key(|&g| first_named(g))
                    .unwrap_or(first),
            )
        });
        let joined = match joined {
            Some(g) if as_father(g) => titled_given().or(Some(g)),
            j => j,
        };
        // «معاذ» after «معاذ الخلف», «عبد الكريم» after «عبد الكريم
        // الغامدي»: a given name alone joins the one full name of the
        // article that begins with it.
        let unit = given_unit(&c.keys, &is_particle);
        let joined = joined.or_else(|| {
            let (first, n) = unit.as_ref()?;
            (c.keys.len() == *n && !c.keys[0].starts_with("ال") && closed(i))
                .then(|| by_first.get(first).copied().flatten())
                .flatten()
                // «الملك [فهد]» is not «فهد المنجومي» named without a
                // title: a titled given name joins a titled person only.
                .filter(|&g| c.title.is_none() || groups[g].titled)
        });
        // «كلود بيفير» after «كلود بيفر»: the same given names and a
        // surname no lexicon knows, spelled with a long vowel more or less.
        let joined = joined.or_else(|| {
            let (first, n) = unit.as_ref()?;
            if c.keys.len() != n + 1 {
                return None;
            }
            let g = by_first.get(first).copied().flatten()?;
            let seed = groups[g].seed;
            let (a, b) = (c.keys.last()?, seed.last()?);
            (seed.len() == c.keys.len()
                && seed[..*n] == c.keys[..*n]
                && !known_name(a)
                && !known_name(b)
                && vowel_variant(a, b))
            .then_some(g)
        });
        let g = match joined {
            Some(g) => g,
            None => {
                let g = groups.len();
                groups.push(Group {
                    seed: &c.keys,
                    members: Vec::new(),
                    firsts: Vec::new(),
                    titled: false,
                });
                for p in lineage_prefixes(&c.keys) {
                    by_lineage
                        .entry(p)
                        .and_modify(|e| {
                            if *e != Some(g) {
                                *e = None;
                            }
                        })
                        .or_insert(Some(g));
                }
                if let Some((first, n)) = unit
                    && c.keys.len() > n
                {
                    by_first
                        .entry(first)
                        .and_modify(|e| {
                            if *e != Some(g) {
                                *e = None;
                            }
                        })
                        .or_insert(Some(g));
                }
                by_seed.insert(key, g);
                if c.keys.len() > 1
                    && let Some(s) = c.keys.last()
                {
                    by_surname.entry(s).or_default().push(g);
                    // «مولود تشاووش أوغلو» is also «تشاووش» alone (the
                    // surname found without its suffix).
                    if c.keys.len() > 2 && surname_suffix(s) {
                        let before = &c.keys[c.keys.len() - 2];
                        by_surname.entry(before).or_default().push(g);
                    }
                }
                g
            }
        };
        let group = &mut groups[g];
        group.members.push(i);
        group.titled |= c.title.is_some();
        if c.keys.len() > 1 && !group.firsts.contains(&&*c.keys[0]) {
            group.firsts.push(&c.keys[0]);
        }
    }
    let mut out: Vec<Vec<usize>> = groups
        .into_iter()
        .map(|g| {
            let mut m = g.members;
            m.sort_by_key(|&i| cands[i].range.start);
            m
        })
        .collect();
    out.sort_by_key(|m| m.first().map_or(usize::MAX, |&i| cands[i].range.start));
    out
}

#[cfg(test)]
mod speed_tests {
    use super::*;

    #[test]
    fn first_given_as_the_list_of_given_names() {
        let particle = |k: &str| matches!(k, "بن" | "ابو" | "دي");
        let rows: &[&[&str]] = &[
            &[],
            &["محمد"],
            &["بن"],
            &["ابو", "بكر"],
            &["محمد", "بن", "سلمان"],
            &["دي", "ميستورا"],
            &["بن", "دي"],
            &["جون", "كيري"],
        ];
        for keys in rows {
            let keys: Vec<Key> = keys.iter().map(|&k| Key::Borrowed(k)).collect();
            let list: Vec<&Key> = keys.iter().filter(|k| !particle(k)).collect();
            let (first, more) = first_given(&keys, particle);
            assert_eq!(first, list.first().copied(), "{keys:?}");
            assert_eq!(more, list.len() > 1, "{keys:?}");
        }
        let keys: Vec<Key> = ["عبد", "العزيز", "بن", "سعود"].map(Key::Borrowed).into();
        let canon = canonical(&keys);
        assert_eq!(canon, "عبدالعزيز بن سعود");
        assert!(canon.capacity() >= canon.len());
    }
}
