//! Clustering of person mentions into entities: same name, surname alone
//! (كيري → جون كيري), and variant spellings of the given name with the same
//! surname (ستافان / استيفان دي ميستورا).

use super::rules::{NameCand, similar};

fn strip_alef(k: &str) -> &str {
    k.strip_prefix('ا').unwrap_or(k)
}

/// Groups candidates (indices into `cands`) into people. The longest names
/// seed the groups; shorter ones join a group with the same surname when
/// their given name (if any) is the same or a variant.
pub fn cluster(cands: &[NameCand], is_particle: impl Fn(&str) -> bool) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(cands[i].keys.len()), cands[i].range.start));
    // (keys of the seed, member indices)
    let mut groups: Vec<(Vec<String>, Vec<usize>)> = Vec::new();
    for i in order {
        let c = &cands[i];
        if let Some(g) = groups.iter_mut().find(|g| g.0 == c.keys) {
            g.1.push(i);
            continue;
        }
        let surname = c.keys.last();
        let given: Vec<&String> = c.keys.iter().filter(|k| !is_particle(k)).collect();
        let join = groups.iter_mut().find(|g| {
            g.0.last() == surname
                && g.0.len() > 1
                && (given.len() <= 1
                    || similar(strip_alef(given[0]), strip_alef(&g.0[0]))
                    || g.1.iter().any(|&m| {
                        cands[m].keys.len() > 1
                            && similar(strip_alef(&cands[m].keys[0]), strip_alef(given[0]))
                    }))
        });
        match join {
            Some(g) => g.1.push(i),
            None => groups.push((c.keys.clone(), vec![i])),
        }
    }
    let mut out: Vec<Vec<usize>> = groups
        .into_iter()
        .map(|(_, mut m)| {
            m.sort_by_key(|&i| cands[i].range.start);
            m
        })
        .collect();
    out.sort_by_key(|m| m.first().map_or(usize::MAX, |&i| cands[i].range.start));
    out
}
