//! A head's complements: definite nouns and adjectives, demonyms, a place,
//! a field («وزارة الخارجية الروسية», «الاتحاد الكويتي لكرة القدم»,
//! «جامعة السلطان قابوس»).

use super::super::lexicon::{orgs, places};
use super::super::place_context::PlaceContext;
use super::candidate::Candidate;
use super::field::{concerning, field_complement, lam_field, plain_definite};
use super::heads::HeadAt;
use super::lookup::{head_starts_in, lam_before, lexicon_at, ruler_name};
use super::words::{
    ANAPHOR_HEADS, FACILITY_HEADS, FIELD_NAMED_KINDS, GOVERNMENT_KINDS, INSTITUTIONAL_ADJECTIVES,
    PERIODIC_ADJECTIVES, RELATION_WORDS, TIME_WORDS, all_numeric, article_verb, clause_adjective,
    complement_disagrees, construct_verb_or_adjective, disagrees, ends_complements, is_nisba,
    may_be_listed, noun_after_adjective, noun_after_nisba, ours, verbal_noun_after_noun,
    year_after,
};
use crate::document::Document;
use crate::extract::people::lexicon::lexicon as people_lexicon;
use crate::extract::people::words::{token_is_single_title, token_is_stopword};
use crate::extract::words::{clean_gap, is_definite, is_stopword};
use crate::lexicon::LexMatch;

/// What the complements after a head hold.
pub(super) struct Complements {
    /// The last token of the complements (the head's last token if none).
    pub end: usize,
    /// Complements taken.
    pub n: usize,
    /// The country of a demonym or a place.
    pub cc: Option<String>,
    /// A demonym or a place among the complements.
    pub has_country: bool,
    /// An institutional adjective and a field («الهيئة العامة للإحصاء»).
    pub field: bool,
    /// An indefinite demonym after an indefinite head: a description.
    pub indefinite: bool,
    /// Named after a person: «جامعة السلطان قابوس», «مستشفى الملك فيصل».
    pub person_named: bool,
    /// A place of several words in construct: «جماعة أنصار بيت المقدس».
    pub construct_place: bool,
    /// A demonym or a multi-word head with the body's field: «الرابطة
    /// الألمانية لصناعة النفط», «الهيئة العامة للتأمين الصحي».
    pub named_field: bool,
}

/// The complements after the head `h` (`heads` sorted by start, `lexicon`
/// the lexicon candidates).
pub(super) fn complements(
    doc: &Document,
    heads: &[LexMatch],
    lexicon: &[Candidate],
    pctx: &PlaceContext,
    h: &HeadAt,
) -> Complements {
    let lex = orgs();
    let pl = places();
    let people_lex = people_lexicon();
    let toks = doc.tokens();
    let (kind, last, head_key, head_words) = (h.kind, h.last, h.key, h.words);
    let definite_head = h.definite;
    let ministry = kind == "ministry_short";
    let mut end = last;
    let mut n = 0;
    let mut cc: Option<String> = None;
    let mut has_country = false;
    let mut institutional = false;
    let mut field = false;
    let mut indefinite = false;
    // Named after a person: «جامعة السلطان قابوس», «مستشفى الملك فيصل».
    let mut person_named = false;
    // A place of several words in construct: «جماعة أنصار بيت المقدس».
    let mut construct_place = false;
    // A demonym or a multi-word head with the body's field: «الرابطة
    // الألمانية لصناعة النفط», «الهيئة العامة للتأمين الصحي».
    let mut named_field = false;
    while n < 6 {
        let j = end + 1;
        if j >= toks.len() || toks[j].sentence != toks[last].sentence || !clean_gap(doc, end, j) {
            break;
        }
        let k = doc.token_key(&toks[j]);
        if n == 0
            && !definite_head
            && !ministry
            && let Some(e) = ruler_name(doc, j)
        {
            person_named = true;
            end = e;
            n += 1;
            continue;
        }
        // A known organization after the complements is another one:
        // «الأمانة العامة [للجامعة العربية]»; but after a noun in
        // construct it is the noun's complement and inside the name:
        // «بعثة مراقبي الأمم المتحدة العسكريين».
        if let Some(c) = lexicon_at(doc, lexicon, j) {
            let construct_noun =
                n == 1 && end == last + 1 && !doc.token_key(&toks[end]).starts_with("ال");
            // Not a club («بعثة أندية الحزم والرائد»: several clubs).
            if construct_noun
                && c.kind.as_deref() != Some("club")
                && !lam_before(doc, j, c)
                && c.range.start == toks[j].range.start
                && let Some(e) = doc.token_at(c.range.end.saturating_sub(1))
                && toks[e].sentence == toks[j].sentence
            {
                end = e;
                n += 1;
                continue;
            }
            if n > 0 || lam_before(doc, j, c) {
                break;
            }
        }
        // «شركة الفجر للأوراق المالية», «شركة العريس للكمبيوتر»: a definite
        // word (also a time word or a person's title) right after a
        // company's indefinite head is its name when the company's field
        // follows.
        if n == 0
            && !definite_head
            && FIELD_NAMED_KINDS.contains(&kind)
            && k.starts_with("ال")
            && is_definite(k)
            && !token_is_stopword(doc, j)
            && !pl.is_demonym(k)
            && pctx.place_of_token(j).is_none()
            && toks
                .get(j + 1)
                .is_some_and(|t| clean_gap(doc, j, j + 1) && doc.token_key(t).starts_with("لل"))
            && let Some(e) = lam_field(doc, j).filter(|&e| e > j)
        {
            end = e;
            n += 1;
            named_field = true;
            break;
        }
        // A person's title ends the name: «مجلس إدارتها المهندس …»; so
        // does «التابع» (affiliated to another body).
        // (The stop-word test by the word's flags: no string look-up for
        // most words.)
        // (The word lists are scanned only for a word whose hash one of
        // their words has.)
        let listed = may_be_listed(doc, j);
        if token_is_stopword(doc, j)
            || listed && RELATION_WORDS.contains(&k)
            || (n > 0 && concerning(doc, j))
            // (Also right after a multi-word head: «الهيئة العامة
            // [السابقة]», a feminine head's.)
            || ((n > 0 || head_words > 1) && listed && ends_complements(k))
            || listed && clause_adjective(k)
            || (listed && TIME_WORDS.contains(&k) && (k != "العام" || year_after(doc, j)))
            || all_numeric(k)
            // A kinship title that is also a city («جدة»: grandmother,
            // Jeddah) is the city here: «أمانة جدة».
            // (The title test by the word's classes first.)
            || (token_is_single_title(doc, j) && pctx.place_of_token(j).is_none())
            || ["ها", "هم", "هما"].iter().any(|s| k.ends_with(s))
            // «مصلحة شعبنا الفلسطيني»: «our» people, no name.
            || (!k.starts_with("ال") && ours(k) && pctx.place_of_token(j).is_none())
            // «جلسة مجلس الوزراء الأسبوعية»: a periodic adjective
            // qualifies a meeting or a publication, never a body.
            || listed && PERIODIC_ADJECTIVES.contains(&k)
            // «أن يقدم اتحاد القدم [العديد] من», «بذل وزارة الصحة
            // [المزيد] من»: a quantifier is the verb's object.
            || matches!(k, "العديد" | "المزيد" | "الكثير")
            // «وزارة الاقتصاد والتجارة ألقى كلمة»: a verb in «أل».
            || article_verb(doc.token_text(&toks[j]))
        {
            break;
        }
        if let Some(d) = crate::extract::places::demonym::demonym_of_whole_token(doc, j) {
            if ministry && n == 0 && d.gender_number != "f.sg" {
                break;
            }
            // A demonym right after a definite head that does not agree
            // with it qualifies the noun before the head: «رئيس الحكومة
            // الإيطالي» (the Italian prime minister), «باسم الحزب
            // الباكستانيين». (After an indefinite head it is a genitive,
            // a country's name: «منتخب السعودية».)
            if n == 0 && definite_head && !ministry && disagrees(head_key, d.gender_number) {
                break;
            }
            // After complements, a demonym that agrees neither with the
            // head nor with any complement qualifies a noun before the
            // name: «نائب مستشار وزارة الخارجية [الأمريكي]».
            if n > 0
                && disagrees(head_key, d.gender_number)
                && (last + 1..=end)
                    .all(|c| complement_disagrees(doc.token_key(&toks[c]), d.gender_number))
            {
                break;
            }
            // An indefinite head with an indefinite demonym is a
            // description of some body, no entity: «شركة صينية»,
            // «قوات إثيوبية».
            if n == 0 && !definite_head && !k.starts_with("ال") {
                indefinite = true;
                break;
            }
            cc.get_or_insert_with(|| d.cc.to_string());
            has_country = true;
            end = j;
            n += 1;
            // «الحكومة الكورية الجنوبية»: a compass adjective that agrees
            // with the demonym belongs to the country's name.
            if toks.get(j + 1).is_some_and(|t| {
                let a = doc.token_key(t);
                t.sentence == toks[j].sentence
                    && clean_gap(doc, j, j + 1)
                    && matches!(a.strip_suffix('ه').unwrap_or(a), "الجنوبي" | "الشمالي")
                    && a.ends_with('ه') == k.ends_with('ه')
            }) {
                end = j + 1;
            }
            // A demonym ends the name: «المنتخب الإنجليزي» (للفوز …),
            // except before the field of a body: «الاتحاد الكويتي لكرة
            // القدم», «المعهد الاتحادي السويسري للتقانة».
            // A team's demonym takes no لل word: «المنتخب الإنجليزي للفوز».
            let field_end = if kind == "club" {
                field_complement(doc, end)
            } else {
                lam_field(doc, end)
            };
            // An agency's field too: «الوكالة الأمريكية للتنمية الدولية».
            if !ministry
                && (!GOVERNMENT_KINDS.contains(&kind) || ANAPHOR_HEADS.contains(&head_key))
                && let Some(e) = field_end
            {
                end = e;
                named_field = true;
            }
            break;
        }
        // A ministry takes a demonym only: «الثقافة الجديدة» is no
        // ministry of the town El Jadida.
        if ministry {
            break;
        }
        // «قوات الاحتلال [المسجد الأقصى]»: a definite word takes no
        // genitive, so a place of several words after a definite
        // complement is the sentence's (a verb's object), not the name's.
        if n > 0
            && k.starts_with("ال")
            && doc.token_key(&toks[end]).starts_with("ال")
            && pctx.place_starting_at(j).is_some_and(|e| e > j)
        {
            break;
        }
        // A place of several words is taken whole: «مستشفى سراة عبيدة»,
        // «بلدية حفر الباطن», «مستشفى محايل عسير».
        let place_here = pctx
            .place_of_words_from(j)
            .or_else(|| pctx.place_of_token(j).map(|(_, cc)| (j, cc)));
        if let Some((place_end, pcc)) = place_here {
            // «مصلحة اليمن»: the interest of a country, no authority.
            if n == 0 && head_key == "مصلحه" {
                indefinite = true;
                break;
            }
            // «حررت قوات الثورة العربية [دمشق]»: after a relational
            // adjective the construct chain is closed; a bare place is the
            // sentence's (unlike «لسوريا»).
            if n > 0 && is_nisba(doc.token_key(&toks[end])) && !k.starts_with('ل') {
                break;
            }
            if !pcc.is_empty() {
                cc.get_or_insert_with(|| pcc.to_string());
            }
            has_country = true;
            end = place_end;
            n += 1;
            // An institutional adjective of the head after the place:
            // «مصرف قطر المركزي», «جامعة عمان الأهلية», «مصرف اسكتلندا
            // الملكي».
            if !ministry
                && toks.get(end + 1).is_some_and(|t| {
                    let a = doc.token_key(t);
                    t.sentence == toks[end].sentence
                        && clean_gap(doc, end, end + 1)
                        && (INSTITUTIONAL_ADJECTIVES.contains(&a)
                            || matches!(a, "الاهلي" | "الاهليه" | "الملكي" | "الملكيه"))
                        && !pl.is_demonym(a)
                        && !TIME_WORDS.contains(&a)
                })
            {
                end += 1;
            } else if place_end > j
                && toks.get(end + 1).is_some_and(|t| {
                    let a = doc.token_key(t);
                    t.sentence == toks[end].sentence
                        && clean_gap(doc, end, end + 1)
                        && a.starts_with("ال")
                        && (is_nisba(a) || pl.is_demonym(a))
                        && !TIME_WORDS.contains(&a)
                })
            {
                // After a place of several words, a relational adjective
                // or a demonym is the name's: «جمعية مستودع المدينة المنورة
                // الخيري», «هيئة موانئ البحر الأحمر المصرية».
                end += 1;
            }
            // A company's or a body's field after its place: «شركة النيل
            // للطيران», «مركز جدة للمعارض» (not a government's: «بلدية
            // الخبر للمواطنين»).
            if !GOVERNMENT_KINDS.contains(&kind)
                && toks
                    .get(end + 1)
                    .is_some_and(|t| doc.token_key(t).starts_with("لل"))
                && let Some(e) = lam_field(doc, end)
                && toks[e].sentence == toks[j].sentence
            {
                end = e;
                named_field = true;
            }
            break;
        }
        if ministry {
            break;
        }
        // A definite head after the complements is an apposition:
        // «حزب العمال [الحزب الحاكم]».
        if n > 0
            && doc.token_key(&toks[end]).starts_with("ال")
            && let Some(bare) = k.strip_prefix("ال")
            && lex.heads_single.contains_key(k)
            && lex.heads_single.contains_key(bare)
        {
            break;
        }
        // Another body's head after the complements begins that body:
        // «وزارة المالية [للمؤسسة العامة للتقاعد]».
        if n > 0
            && let Some(rest) = k.strip_prefix("لل")
            && lex
                .heads_single
                .get(&format!("ال{rest}"))
                .and_then(|&h| lex.head_kinds.get(h as usize))
                .is_some_and(|kind| !GOVERNMENT_KINDS.contains(&kind.as_str()))
        {
            break;
        }
        // «المديرية العامة [لكلية] الملك فهد الأمنية»: so does ل + the
        // indefinite head of a college or a university, which is never a
        // body's field (a field may be another head: «القيادة العامة
        // لطيران الأمن», «الرئاسة العامة لهيئة الأمر بالمعروف»).
        if (n > 0 || head_words > 1)
            && !lex.heads_single.contains_key(k)
            && let Some(rest) = k.strip_prefix('ل').filter(|r| !r.starts_with('ل'))
            && lex
                .heads_single
                .get(rest)
                .and_then(|&h| lex.head_kinds.get(h as usize))
                .is_some_and(|kind| kind == "university")
        {
            break;
        }
        // «وكيل وزارة العمل للتفتيش», «وزارة الإسكان للدراسات»: a field
        // after a ministry's complements is a deputy minister's, not the
        // ministry's.
        if head_key == "وزاره" && k.starts_with("لل") {
            break;
        }
        // «قرر مجلس الوزراء [الموافقة] على»: a feminine noun right after a
        // whole masculine head of several words is its verb's object, no
        // adjective of the head.
        // (A plural in «ات» takes it: «جهاز المخابرات العامة».)
        if n == 0
            && head_words > 1
            && head_key
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with("ال") && !w.ends_with("ات"))
            && !INSTITUTIONAL_ADJECTIVES.contains(&k)
            && k.starts_with("ال")
            && !k.ends_with("يه")
            && (if k.ends_with('ه') {
                disagrees(head_key, "f.sg")
            } else {
                // «وجدد مجلس الشورى [التأكيد] على», «رئيس مجلس الوزراء
                // [الأسبق]», «مجلس النواب [الأخير]»: nor is a masculine
                // word other than a relational adjective (a demonym or
                // a place was taken above); its «ي» may be an «ى»
                // («الأمن العام [الأخرى]»).
                !is_nisba(k) || doc.token_text(&toks[j]).ends_with('ى')
            })
        {
            break;
        }
        let definite_plain =
            k.starts_with("ال") || (k.starts_with("لل") && (n > 0 || head_words > 1));
        if definite_plain && is_definite(k) {
            // After a relational adjective the construct chain is closed:
            // a plain noun then begins the clause («مسؤولي وزارة الشؤون
            // الاجتماعية [التعامل] بجدية»); more adjectives go on.
            if n > 0
                && (noun_after_adjective(doc.token_key(&toks[end]), doc.token_text(&toks[end]), k)
                    || (named_field && noun_after_nisba(doc.token_key(&toks[end]), k))
                    || verbal_noun_after_noun(doc.token_key(&toks[end]), k))
            {
                break;
            }
            // «معهد إعداد القادة [الدورة] التأسيسية»: a construct of an
            // indefinite noun and a definite one is closed; a feminine
            // noun in ة after it (no adjective of either) is the verb's
            // object.
            if n == 2
                && end == last + 2
                && !definite_head
                && !doc.token_key(&toks[last + 1]).starts_with("ال")
                && !doc.token_key(&toks[last + 1]).starts_with(['و', 'ل'])
                && doc.token_key(&toks[end]).starts_with("ال")
                && !is_nisba(doc.token_key(&toks[end]))
                && feminine_noun(doc.token_text(&toks[j]))
            {
                break;
            }
            // «في حساب وزارة الداخلية [الرسمي]»: after complements, a
            // relational adjective that agrees neither with the head nor
            // with any word of the name qualifies a noun before it (as a
            // demonym does above). (Not an «ى»: «الكبرى».)
            if n > 0 && is_nisba(k) && !doc.token_text(&toks[j]).ends_with('ى') {
                let g = if k.ends_with('ه') { "f.sg" } else { "m.sg" };
                if disagrees(head_key, g)
                    && (h.first + 1..=end).all(|c| {
                        // (A plural in «ى» is no nisba: «مرصد الفتاوى
                        // التكفيرية».)
                        complement_disagrees(doc.token_key(&toks[c]), g)
                            && !doc.token_text(&toks[c]).ends_with('ى')
                    })
                {
                    break;
                }
            }
            // «الإدارة العامة للمتابعة [للرفع] من قدراتهم», «للعلوم
            // الأمنية [للخروج] بتوصيات»: a second لل word after a field
            // is a purpose, not the body's.
            // (Not after another body's head, whose field it is: «الأمانة
            // العامة للمجلس الأعلى للقضاء», «والهيئة العربية للسياحة».)
            // A plural in «ات» is a field's own complement: «للجان
            // السياحية للمقاطعات الفرنسية».
            if k.starts_with("لل")
                && !k.ends_with("ات")
                && let Some(f) = (last + 1..=end).rev().find(|&c| {
                    let w = doc.token_key(&toks[c]);
                    w.strip_prefix('و').unwrap_or(w).starts_with("لل")
                })
                && !(f..=end).any(|c| {
                    let w = doc.token_key(&toks[c]);
                    let w = w.strip_prefix('و').unwrap_or(w);
                    let bare = w
                        .strip_prefix("لل")
                        .or_else(|| w.strip_prefix("ال"))
                        .unwrap_or(w);
                    let head = lex
                        .heads_single
                        .get(&format!("ال{bare}"))
                        .or_else(|| lex.heads_single.get(bare));
                    // (A ministry's field is a plain noun here: «للسياحة».)
                    head.and_then(|&h| lex.head_kinds.get(h as usize))
                        .is_some_and(|kind| kind != "ministry_short")
                })
            {
                break;
            }
            if n == 0 && INSTITUTIONAL_ADJECTIVES.contains(&k) {
                institutional = true;
            }
            if k.starts_with("لل") && institutional {
                field = true;
            }
            // «الهيئة العامة للتأمين الصحي»: a multi-word head's field.
            if k.starts_with("لل") && head_words > 1 {
                named_field = true;
            }
            end = j;
            n += 1;
            continue;
        }
        // A coordinated definite noun after a definite complement:
        // «هيئة التحقيق والادعاء العام», «وزارة الاقتصاد والتجارة».
        if n > 0
            && !ministry
            && let Some(c) = k.strip_prefix('و')
            && c.starts_with("ال")
            && is_definite(c)
            && !is_stopword(c)
            && !TIME_WORDS.contains(&c)
            && (!lex.heads_single.contains_key(c)
                || lex.ministry_bare.contains_key(&c["ال".len()..]))
            && !pl.is_demonym(c)
            // «الاتحاد الدولي للشرطة والعقيد …»: a person's title.
            && !people_lex.single_titles.contains(c)
            // «وزارة المالية والهيئة العامة …»: another body's
            // multi-word head.
            && !head_starts_in(heads, &toks[j].range)
            // Not a plural of people in the nominative, which no
            // genitive complement is: «مناهج وزارة التعليم [والمعلمون]»
            // (but «خدمة الإسلام والمسلمين», «الأمن والتعاون»).
            && !(c.ends_with("ون")
                && (c.starts_with("الم") || c.ends_with("يون"))
                && c.chars().count() >= 7)
            && pctx.place_of_token(j).is_none()
            // Also after a field: «الإدارة العامة للعلاقات والإعلام».
            && {
                let e = doc.token_key(&toks[end]);
                e.starts_with("ال") || e.starts_with("لل")
            }
            // «وزارة الإسكان والجهات المعنية»: other bodies.
            && !toks
                .get(j + 1)
                .is_some_and(|t| clean_gap(doc, j, j + 1) && ends_complements(doc.token_key(t)))
        {
            end = j;
            n += 1;
            continue;
        }
        // «بعثة فريق الأهلي»: a head before another body's head and
        // name belongs to that body; it names none of its own.
        if n == 0 && lex.heads_single.contains_key(k) && lexicon_at(doc, lexicon, j + 1).is_some() {
            break;
        }
        // «المنظمة العربية لحقوق الإنسان», «المؤسسة العامة لتحلية
        // المياه»: a definite head's institutional adjective (its own
        // last word or the first complement) before a field of ل + a
        // noun in construct names the body; not a government's («الحكومة
        // المركزية لتعزيز …»), nor ل + a place («الاتحاد الأوروبي
        // لإيران»).
        if end == last + n
            && n <= 1
            && (n == 1 || head_words > 1)
            && head_key.starts_with("ال")
            && INSTITUTIONAL_ADJECTIVES.contains(&doc.token_key(&toks[end]))
            // «برامج الاتحاد الخليجية لهذا الموسم»: the adjective
            // qualifies another noun.
            && !(n == 1 && {
                let a = doc.token_key(&toks[end]);
                disagrees(head_key, if a.ends_with('ه') { "f.sg" } else { "m.sg" })
            })
            && !(head_words == 1 && GOVERNMENT_KINDS.contains(&kind))
            && pctx.place_of_token(j).is_none()
            && let Some(e) = field_complement(doc, end)
            && toks[e].sentence == toks[last].sentence
        {
            end = e;
            n += 1;
            field = true;
            named_field = true;
            // «المديرية العامة لقوى الأمن الداخلي», «الرئاسة العامة لشؤون
            // المسجد الحرام»: a definite adjective that cannot agree with
            // the head qualifies the field's noun.
            while let Some(t) = toks.get(end + 1) {
                let a = doc.token_key(t);
                if t.sentence != toks[end].sentence
                    || !clean_gap(doc, end, end + 1)
                    || !plain_definite(a)
                    || lex.heads_single.contains_key(a)
                    || !disagrees(head_key, if a.ends_with('ه') { "f.sg" } else { "m.sg" })
                {
                    break;
                }
                end += 1;
            }
            // «لعلوم الفضاء والفلك»: a coordinated noun of the field.
            if toks
                .get(end + 1)
                .is_some_and(|t| doc.token_key(t).starts_with("وال"))
            {
                continue;
            }
            break;
        }
        // Construct state: «هيئة تحرير الشام».
        let next_definite = toks.get(j + 1).is_some_and(|t| {
            let nk = doc.token_key(t);
            clean_gap(doc, j, j + 1)
                && nk.starts_with("ال")
                && is_definite(nk)
                && !is_stopword(nk)
                && !ends_complements(nk)
        });
        // A word with ل is a prepositional phrase, not a construct noun
        // («قوة لحفظ السلام»).
        let construct = n == 0
            && head_words == 1
            && !head_key.starts_with("ال")
            && !k.starts_with(['و', 'ل'])
            // «جماعة بالمعنى المتعارف»: a prepositional phrase (not a
            // foreign name in كال: «صحيفة كالكاليست الاقتصادية»).
            && (!k.starts_with("بال") || !is_definite(k))
            && !construct_verb_or_adjective(k);
        if construct && next_definite {
            end = j;
            n += 1;
            continue;
        }
        // «جماعة أنصار بيت المقدس»: a place of several words in
        // construct names the body (not a facility's head: «مركز احتجاز
        // طرابلس»).
        if construct
            && !FACILITY_HEADS.contains(&head_key)
            // Not another head or a place's head («أمين صندوق اتحاد
            // أميركا الجنوبية», «بلدية محافظة …»), nor an adjective.
            && !lex.heads_single.contains_key(k)
            && !crate::extract::places::is_place_head(k)
            && !k.ends_with("يه")
            && clean_gap(doc, j, j + 1)
            && !doc.token_key(&toks[j + 1]).starts_with('ل')
            && let Some(e) = pctx.place_starting_at(j + 1).filter(|&e| e > j + 1)
            && toks[e].sentence == toks[j].sentence
        {
            end = e;
            n += 2;
            has_country = true;
            construct_place = true;
            break;
        }
        break;
    }
    Complements {
        end,
        n,
        cc,
        has_country,
        field,
        indefinite,
        person_named,
        construct_place,
        named_field,
    }
}

/// True for a definite singular noun in ة (normalized text) that is no
/// adjective: not a relational adjective in «ية», nor a participle in «الم»,
/// an active participle of the form فاعلة or an elative of the form فعلى.
fn feminine_noun(text: &str) -> bool {
    let Some(stem) = text.strip_prefix("ال").and_then(|t| t.strip_suffix('ة')) else {
        return false;
    };
    let c: Vec<char> = stem.chars().collect();
    c.len() >= 3 && c.last() != Some(&'ي') && c[0] != 'م' && c.get(1) != Some(&'ا')
}
