//! Organization candidates: the lexicon of well-known organizations, head
//! words with their complements, short ministry names with a demonym, and
//! names in quotation marks after a head word.

mod candidate;
mod clubs;
mod complements;
mod field;
mod heads;
mod lookup;
mod mention;
mod name_after;
mod names;
mod phrase;
mod reported;
mod words;

pub use candidate::Candidate;
pub(crate) use candidate::canonical_of;
pub use clubs::{place_club_candidates, sports_context, sports_word_at, team_city_candidates};
pub(crate) use clubs::{sports_hashes, team_hashes};
pub use heads::head_candidates;
pub use names::{after_heads, as_lexicon_name, lexicon_candidates};
pub use reported::reported_candidates;
pub(crate) use words::GOVERNMENT_KINDS;
