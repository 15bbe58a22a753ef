//! Entity extractors: one per entity kind, behind the [`Extractor`] trait,
//! run in a fixed order so that later ones can use what earlier ones found
//! (quotes look up speakers among people and organizations, people look up
//! demonyms among places).

use crate::civil::Ymd;
use crate::document::Document;
use crate::output::{DateMention, Organization, Person, Place, Quote, Warning};

pub mod dates;
pub mod organizations;
pub mod people;
pub mod places;
pub mod quotes;
pub mod word_class;
pub mod words;

/// What the extractors know before they start.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// The reference date given by the caller (`--ref-date` or a record's `date`).
    pub reference_date: Option<Ymd>,
}

/// The entities found so far in one document; each extractor adds its own.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// People.
    pub people: Vec<Person>,
    /// Places.
    pub places: Vec<Place>,
    /// Organizations.
    pub organizations: Vec<Organization>,
    /// Temporal expressions.
    pub dates: Vec<DateMention>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// The reference date used, and where it came from (`option`, `record`, `article`).
    pub reference_date: Option<(Ymd, &'static str)>,
    /// Place names that the places extractor read as a club's («ليون
    /// الفرنسي», «مانشستر» in a match report): normalized byte ranges,
    /// without proclitics, for the organizations extractor.
    pub clubs: Vec<std::ops::Range<usize>>,
    /// Place names of several words that the places extractor left out
    /// right after a blocker word («مستشفى سراة عبيدة», «جامعة حفر
    /// الباطن»): normalized byte ranges, without proclitics, with the
    /// country code of their reading ("" when none), for the organizations
    /// extractor, which takes them whole as a head's complement.
    pub blocked_places: Vec<(std::ops::Range<usize>, &'static str)>,
    /// The normalized byte ranges of the place mentions (`to_normalized`
    /// of each, in the order of `places` and their mentions), left by the
    /// organizations extractor for the people extractor so that the
    /// mentions are converted once; empty when not made.
    pub place_ranges: Vec<std::ops::Range<usize>>,
}

/// An entity extractor.
pub trait Extractor: Send + Sync {
    /// Short name (`places`, `people`, …).
    fn name(&self) -> &'static str;

    /// Finds this extractor's entities in `doc` and adds them to `out`.
    fn extract(&self, doc: &Document, ctx: &Context, out: &mut Extraction);
}

/// The extractors, in the order they run.
pub fn extractors() -> &'static [&'static dyn Extractor] {
    &[
        &places::Places,
        &organizations::Organizations,
        &people::People,
        &dates::Dates,
        &quotes::QuotesExtractor,
    ]
}

/// Builds the lexicons of the extractors after places (organizations,
/// people, dates, quotes), in the order extraction needs them. Run it on
/// another thread at process start: it builds them while the first document
/// is read and its places are found (the places lexicons take about as long
/// as the organization ones), which shortens the time to the first result on
/// a machine with a spare core. Lexicons are built once per process; whoever
/// needs one first builds it, the other waits.
pub fn warm_up() {
    // The places extractor runs first and needs the second tier's index
    // at the end of its first document.
    places::tier2::first_words();
    organizations::lexicon::orgs();
    people::lexicon::lexicon();
    people::words::known_stems();
    dates::lexicon::lexicon();
    quotes::lexicon::lexicon();
    word_class::build();
}

/// Runs every extractor on `doc`.
pub fn run_all(doc: &Document, ctx: &Context) -> Extraction {
    let mut out = Extraction {
        reference_date: ctx.reference_date.map(|d| (d, "option")),
        ..Extraction::default()
    };
    word_class::prepare();
    for extractor in extractors() {
        extractor.extract(doc, ctx, &mut out);
    }
    out
}
