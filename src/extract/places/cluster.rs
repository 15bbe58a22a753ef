//! Grouping mentions into places and building the output.

use super::lexicon::lexicon;
use crate::document::Document;
use crate::extract::words::FastMap as HashMap;
use crate::output::{Place, TextSpan};
use std::ops::Range;

/// What a mention refers to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Cluster {
    /// A gazetteer place (index into the lexicon's places).
    Known(u32),
    /// A place only a head noun announced, by its matching key.
    Unknown(String),
}

/// A place mention before clustering.
#[derive(Clone, Debug)]
pub struct Found {
    /// Byte range of the mention in the normalized text.
    pub range: Range<usize>,
    /// The place it refers to.
    pub cluster: Cluster,
}

/// One output place per cluster, in order of first mention, ids `l1`, `l2` ….
pub fn to_output(doc: &Document, mut found: Vec<Found>) -> Vec<Place> {
    found.sort_by_key(|f| f.range.start);
    let lex = lexicon();
    let mut index: HashMap<Cluster, usize> = HashMap::default();
    let mut places: Vec<Place> = Vec::new();
    for f in found {
        let span = doc.span(f.range.clone());
        let mention = TextSpan {
            text: doc.original_slice(span).to_string(),
            start: span.start,
            end: span.end,
        };
        let i = *index.entry(f.cluster.clone()).or_insert_with(|| {
            let (name, kind, country) = match &f.cluster {
                Cluster::Known(p) => {
                    let info = &lex.places[*p as usize];
                    (
                        info.display_name().to_string(),
                        Some(info.kind.to_string()),
                        info.cc.map(str::to_string),
                    )
                }
                Cluster::Unknown(_) => (doc.norm()[f.range.clone()].to_string(), None, None),
            };
            places.push(Place {
                id: crate::civil::numbered_id('l', places.len() + 1),
                name,
                kind,
                country,
                mentions: Vec::new(),
            });
            places.len() - 1
        });
        places[i].mentions.push(mention);
    }
    places
}
