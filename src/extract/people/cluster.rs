//! Clustering of person mentions into entities: same name, surname alone
//! (كيري → جون كيري), and variant spellings of the given name with the same
//! surname (ستافان / استيفان دي ميستورا).

use super::rules::{NameCand, similar};
use crate::extract::words::FastMap;

fn strip_alef(k: &str) -> &str {
    k.strip_prefix('ا').unwrap_or(k)
}

/// Groups candidates (indices into `cands`) into people. The longest names
/// seed the groups; shorter ones join a group with the same surname when
/// their given name (if any) is the same or a variant.
pub fn cluster(cands: &[NameCand], is_particle: impl Fn(&str) -> bool) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(cands[i].keys.len()), cands[i].range.start));
    // Each group: the keys of its seed, its members, and the distinct first
    // words of its members of two words or more. Maps from a seed's keys and
    // from a surname to groups keep this linear in the number of mentions.
    struct Group<'a> {
        seed: &'a [String],
        members: Vec<usize>,
        firsts: Vec<&'a str>,
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut by_seed: FastMap<&[String], usize> = FastMap::default();
    let mut by_surname: FastMap<&str, Vec<usize>> = FastMap::default();
    for i in order {
        let c = &cands[i];
        let joined = by_seed.get(c.keys.as_slice()).copied().or_else(|| {
            let surname = c.keys.last()?;
            let given: Vec<&String> = c.keys.iter().filter(|k| !is_particle(k)).collect();
            by_surname
                .get(surname.as_str())?
                .iter()
                .copied()
                .find(|&g| {
                    let g = &groups[g];
                    given.len() <= 1
                        || similar(strip_alef(given[0]), strip_alef(&g.seed[0]))
                        || g.firsts
                            .iter()
                            .any(|f| similar(strip_alef(f), strip_alef(given[0])))
                })
        });
        let g = match joined {
            Some(g) => g,
            None => {
                let g = groups.len();
                groups.push(Group {
                    seed: &c.keys,
                    members: Vec::new(),
                    firsts: Vec::new(),
                });
                by_seed.insert(&c.keys, g);
                if c.keys.len() > 1
                    && let Some(s) = c.keys.last()
                {
                    by_surname.entry(s).or_default().push(g);
                }
                g
            }
        };
        let group = &mut groups[g];
        group.members.push(i);
        if c.keys.len() > 1 && !group.firsts.contains(&c.keys[0].as_str()) {
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
