//! Cues of a name that the title rules of `rules.rs` miss (fifteenth
//! session): a demonym before a foreign name whatever word comes before it,
//! the next name of a list after a scorer's minutes, a title's post, «الشيخ»
//! inside a Mauritanian name, «ابن» before a name found without it.

use super::lexicon::NameFlags;
use super::rules::{Ctx, NameCand};

/// True when token `t` may be one word of a foreign name no lexicon knows:
/// an unknown word of a foreign shape (no verb, plural, pronoun suffix,
/// accusative), no conjunction, no feminine noun in ة and no ب + a
/// consonant (a preposition: «بتحرير»).
fn foreign_part(ctx: &Ctx, t: usize) -> bool {
    let info = &ctx.info[t];
    let k = ctx.key(t);
    let text = ctx.doc.token_text(&ctx.doc.tokens()[t]);
    let bi = super::morph::preposition_before_consonant(k, &['ب']);
    info.unknown()
        && !info.speech
        && !ctx.conj(t)
        && !bi
        && !text.ends_with('ة')
        && ctx.name_like(t)
        && ctx.foreign_like(t)
}

/// «تأهل الإسباني طومي روبريدو المصنف سادسا»، «وراء الكيني نديوا ريمي
/// ليمو»، «الروسية سفتلانا كوزنتسوفا المصنفة»: a definite singular demonym
/// before two words of a foreign name is a noun, the person the name is,
/// even after a word it could qualify (`rules::demonym_title` needs a
/// function word or the start of a sentence before it). The second word
/// is no imperfect verb in ي.
pub(super) fn demonym_before_pair(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.info[i];
    if w.demonym.is_none() || w.blocked || w.title {
        return false;
    }
    let k = ctx.key(i);
    if !k.starts_with("ال") || !(k.ends_with('ي') || k.ends_with("يه")) {
        return false;
    }
    let Some(j) = ctx.next(i) else { return false };
    let Some(n) = ctx.next(j) else { return false };
    foreign_part(ctx, j)
        && first_given_shape(ctx.key(j))
        && foreign_part(ctx, n)
        && !ctx.key(n).starts_with('ي')
}

/// «اللاعب السنغالي سيدي بيه»، «الألماني يوريس ماتيينسن»، «للكيني
/// كيبلاغات كيبكورير»، «الروسية سفتلانا كوزنتسوفا»: right after a singular
/// demonym, token `t` no lexicon knows begins a foreign name before an
/// unknown word of a foreign shape (`foreign_part`, no imperfect verb in
/// ي), even when it reads like a verb or a plural alone (سي، ي، ات، نا،
/// وا). Not a definite word, a word with «و/ف», a preposition and a
/// consonant («بتحرير»، «لفرض»، «كشريك»), a feminine noun, a word with a
/// pronoun suffix, a common noun shape or a word of less than three letters.
pub(super) fn loose_foreign_pair(ctx: &Ctx, t: usize) -> bool {
    let info = &ctx.info[t];
    let k = ctx.key(t);
    let text = ctx.doc.token_text(&ctx.doc.tokens()[t]);
    let pronoun = ["ه", "ها", "هم", "هما", "هن", "كم"]
        .iter()
        .any(|s| k.ends_with(s) && !k.ends_with("يه") && !k.ends_with("اه"));
    let loose = info.unknown()
        && !info.speech
        && !info.definite
        && !ctx.conj(t)
        && !k.starts_with(['و', 'ف'])
        && k.chars().nth(2).is_some()
        && k.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        && !super::morph::preposition_before_consonant(k, &['ب', 'ل', 'ك'])
        && !text.ends_with('ة')
        && !pronoun
        && !ctx.common_shape(t);
    loose
        && ctx
            .next(t)
            .is_some_and(|n| foreign_part(ctx, n) && !ctx.key(n).starts_with('ي'))
}

/// The first word of such a pair has the shape of a foreign given name
/// (`rules::foreign_given_shape`, `rules::hollow_given_shape`: «طومي»،
/// «نديمو»), is no imperfect verb in ي and no accusative in ا after a
/// consonant («هبوطا حادا»، «تريد ضمان»، «مرسوم قانون» are no names).
fn first_given_shape(k: &str) -> bool {
    let accusative = k
        .strip_suffix('ا')
        .and_then(|r| r.chars().last())
        .is_some_and(|c| !matches!(c, 'ا' | 'و' | 'ي'));
    (super::rules::foreign_given_shape(k) || super::rules::hollow_given_shape(k))
        && !k.starts_with('ي')
        && !accusative
}

/// The token after a scorer's minutes in parentheses after token `last`
/// («ستيفن جيرارد ( 13 ) وجيرماين ديفو ( 38 و47 )»): digits, «و», commas
/// and «د» (minute) between the marks, nothing but spaces around them, the
/// same sentence. The next name of the list begins there.
pub(super) fn after_minutes(ctx: &Ctx, last: usize) -> Option<usize> {
    let toks = ctx.doc.tokens();
    let norm = ctx.doc.norm();
    let rest = norm.get(toks[last].range.end..)?;
    let open = rest.len() - rest.trim_start().len();
    let inner = rest.trim_start().strip_prefix('(')?;
    let close = inner.find(')')?;
    let note = &inner[..close];
    let minutes = note
        .chars()
        .any(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
        && note.chars().all(|c| {
            c.is_ascii_digit()
                || ('٠'..='٩').contains(&c)
                || c.is_whitespace()
                || matches!(c, 'و' | '،' | ',' | 'د' | '\'')
        });
    if !minutes {
        return None;
    }
    let after = toks[last].range.end + open + '('.len_utf8() + close + ')'.len_utf8();
    let j = toks[last + 1..]
        .iter()
        .position(|t| t.range.start >= after)
        .map(|p| last + 1 + p)?;
    (toks[j].sentence == toks[last].sentence
        && norm
            .get(after..toks[j].range.start)?
            .chars()
            .all(char::is_whitespace))
    .then_some(j)
}

/// «إسماعيل ولد الشيخ أحمد»، «سعيد ولد محمد الشيخ ولد بيد الله»: in a
/// Mauritanian name, «الشيخ» after «ولد» (son of) is the forebear's name or
/// its first part, not a title, when a given name or «ولد» follows it, or
/// the name ends there («إسماعيل ولد الشيخ، في»). For a name ending at
/// `last` and token `j` after it, returns how many tokens continue the name
/// (`Ctx::continuation`): «ولد الشيخ» and the word after them, or «الشيخ»
/// and the word after it (without that word when the name ends).
pub(super) fn sheikh_in_nasab(ctx: &Ctx, last: usize, j: usize) -> Option<usize> {
    let mauritanian = |t: usize| ctx.info[t].particle == Some("patronymic_mauritania");
    // «ولد الشيخ» at `j` after a name, or «الشيخ» at `j` after «ولد» and a
    // given name.
    // (After a lexicon name: «أبلغ ولد الشيخ أحمد» is a verb before it.)
    let (sheikh, taken) = if mauritanian(j) && ctx.info[last].name.is_some() {
        (ctx.next(j)?, 2)
    } else if last > 0 && mauritanian(last - 1) && ctx.info[last].name.is_some() {
        (j, 1)
    } else {
        return None;
    };
    if ctx.key(sheikh) != "الشيخ" || ctx.next(last) != Some(j) {
        return None;
    }
    // «إسماعيل ولد الشيخ، في الرياض»: the name shortened at «الشيخ»,
    // before punctuation, a function word or a title.
    let Some(n) = ctx.next(sheikh) else {
        return Some(taken);
    };
    let x = &ctx.info[n];
    let given = x.nameable() && !x.definite && x.bare_name.is_some_and(|f| f.has(NameFlags::GIVEN));
    if given || mauritanian(n) {
        Some(taken + 1)
    } else {
        (x.stop || x.title).then_some(taken)
    }
}

/// «حسن شيخ محمود»، «عبدالقادر شيخ علي»: «شيخ» without the article at
/// `j` between the given name ending at `last` and a given name is a name
/// part (Somali names), no title.
pub(super) fn bare_sheikh_in_name(ctx: &Ctx, last: usize, j: usize) -> bool {
    ctx.key(j) == "شيخ"
        && ctx.next(last) == Some(j)
        && ctx.is_given(last)
        && ctx.next(j).is_some_and(|n| {
            let x = &ctx.info[n];
            // («علي» with ي is a given name here, not «على».)
            (x.nameable() || ctx.doc.token_text(&ctx.doc.tokens()[n]) == "علي")
                && !x.definite
                && x.bare_name.is_some_and(|f| f.has(NameFlags::GIVEN))
        })
}

/// True when token `t` is «الشيخ» right after «ولد» and before a name
/// ([`sheikh_in_nasab`]): no title there.
pub(super) fn sheikh_after_ould(ctx: &Ctx, t: usize) -> bool {
    t > 0
        && ctx.key(t) == "الشيخ"
        && ctx.next(t - 1) == Some(t)
        && sheikh_in_nasab(ctx, t.saturating_sub(2), t - 1).is_some()
}

/// «سفير إسرائيل لدى الأمم المتحدة دان غيلرمان»، «مبعوث الأمم المتحدة إلى
/// اليمن …»، «السفير السعودي في واشنطن …»: «لدى»، «إلى» or «في» before a
/// place or an organization is a complement of the title before it (the
/// post and where it is held), which the name follows.
pub(super) fn title_preposition(ctx: &Ctx, j: usize) -> bool {
    matches!(ctx.key(j), "لدي" | "الي" | "في")
        && ctx
            .next(j)
            .is_some_and(|n| ctx.info[n].blocked || place_head_before_place(ctx, n))
        || place_head_before_place(ctx, j)
}

/// «مدير التعليم بمنطقة عسير علي عسيري»، «رئيس بلدية في محافظة بيشة»: a
/// place's head noun (also with ب or ل) before the place it heads is the
/// title's seat, no name.
fn place_head_before_place(ctx: &Ctx, j: usize) -> bool {
    !ctx.info[j].blocked
        && crate::extract::places::triggers::head_of_token(ctx.doc, j).is_some()
        && ctx
            .next(j)
            .is_some_and(|n| ctx.info[n].blocked || ctx.info[n].place)
}

/// «الدكتور عجاج سليم»، «المدرب هيثم الحيدري»: after a title, a first
/// word no lexicon knows before a lexicon name (a given or family name
/// without a proclitic) is the given name: four letters or more, not a
/// verb of the form أفعل («الوزير أعلن سعيد»), nor a word of a common
/// shape (a verb, a plural, a word with a pronoun), nor a preposition and
/// a noun, nor a noun in construct after a title without the article,
/// and the name ends after the lexicon name.
pub(super) fn unknown_given_before_name(ctx: &Ctx, first: usize, last: usize, j: usize) -> bool {
    let w = &ctx.info[j];
    // (The cheap tests first: this runs at every step of a titled name.)
    if first != last
        || !ctx.info[last].unknown()
        || ctx.info[last].prefix != 0
        || w.bare_name.is_none()
    {
        return false;
    }
    let k = ctx.key(last);
    let n = k.chars().count();
    // ك، ب or ل and a consonant is a preposition («كضيف شرف»).
    let preposition = k
        .strip_prefix(['ك', 'ب', 'ل'])
        .and_then(|r| r.chars().next())
        .is_some_and(|c| !matches!(c, 'ا' | 'و' | 'ي'));
    // A title without the article right before is in construct with the
    // word («مدير عام جمرك سلوى»، «شيخ مشايخ يافع»).
    let construct = last > 0 && ctx.info[last - 1].title && !ctx.key(last - 1).contains("ال");
    // The name ends after the lexicon name: a function word, a name
    // particle, a title, another name or a nisba («مسفر سعد الخثعمي»); not
    // a verb before its object («رودريجيز فضل إخراج») nor a noun before
    // its genitive («جيولي صاحب الهدف»).
    let end = ctx.next(j).is_none_or(|m| {
        let x = &ctx.info[m];
        x.stop && !x.definite
            || matches!(ctx.key(m), "الذي" | "التي")
            || x.particle.is_some()
            || x.title
            || x.name.is_some()
            || x.definite && ctx.key(m).ends_with('ي')
    });
    first == last
        && ctx.info[last].unknown()
        && ctx.info[last].prefix == 0
        && n >= 4
        && !(n == 4 && k.starts_with('ا'))
        && !preposition
        && !construct
        && end
        && ctx.name_like(last)
        && ctx.foreign_like(last)
        && w.bare_name
            .is_some_and(|f| f.has(NameFlags::GIVEN) || f.has(NameFlags::FAMILY))
        && w.particle.is_none()
        && !w.stop
        && !w.place
        && !w.title
        && !w.blocked
}

/// «كمنسق إعلامي للفريق»، «مشرف تربوي»: a word no lexicon knows in ي
/// right after a title without the article is an adjective agreeing with
/// it (a nisba), no name; a name after such a title comes after its
/// complement («مدير مكتب العمل …»).
pub(super) fn indefinite_title_adjective(ctx: &Ctx, first: usize, last: usize, t: usize) -> bool {
    let title = ctx.key(last);
    first == last
        && t == last + 1
        && ctx.next(last) == Some(t)
        && !title.starts_with("ال")
        && !title.starts_with("وال")
        && ctx.info[t].unknown()
        && !ctx.info[t].definite
        && ctx.key(t).ends_with('ي')
        && ctx.doc.token_text(&ctx.doc.tokens()[t]).ends_with('ي')
}

/// «ومشرف لقاء «إطلالة مبدع»»: an everyday word that is also a given name,
/// alone before an opening quotation mark, is a noun in construct with the
/// quoted title of a work or an event, no name.
pub(super) fn noun_before_quoted_title(ctx: &Ctx, t: usize) -> bool {
    let toks = ctx.doc.tokens();
    ctx.info[t]
        .name
        .is_some_and(|(_, f)| f.has(NameFlags::COMMON))
        && toks.get(t + 1).is_some_and(|n| {
            n.sentence == toks[t].sentence
                && ctx.doc.norm()[toks[t].range.end..n.range.start]
                    .trim()
                    .starts_with(['«', '"', '“'])
        })
}

/// «أمير منطقة عسير صباح أمس»، «… ظهر اليوم»: a part of the day (also a
/// given name: صباح) before «أمس»، «اليوم»، «الغد» or a weekday is a time,
/// no name after the title.
pub(super) fn time_of_day(ctx: &Ctx, t: usize) -> bool {
    matches!(
        ctx.key(t),
        "صباح" | "مساء" | "ظهر" | "عصر" | "فجر" | "ليله" | "صبيحه" | "ظهيره"
    ) && ctx.next(t).is_some_and(|n| {
        matches!(
            ctx.key(n),
            "امس"
                | "اليوم"
                | "الغد"
                | "غد"
                | "يوم"
                | "السبت"
                | "الاحد"
                | "الاثنين"
                | "الثلاثاء"
                | "الاربعاء"
                | "الخميس"
                | "الجمعه"
        )
    })
}

/// «وقال ابن تيمية»، «فقال ابن العباس»، «عن ابن أبي أوفى»: «ابن» right
/// before a name found without it, with no name before «ابن», is the first
/// word of the name (the classical «ابن + family name»), not a noun «son
/// of»: the mention takes it («تيمية» alone was a fragment). Not before an
/// indefinite given name («ابن متعب»، «ابن آدم»: the son of someone).
pub(super) fn ibn_left<'a>(ctx: &Ctx<'a, '_>, cands: &mut [NameCand<'a>], taken: &mut [bool]) {
    let toks = ctx.doc.tokens();
    for c in cands.iter_mut() {
        if c.first == 0 || c.range.start != toks[c.first].range.start {
            continue;
        }
        let p = c.first - 1;
        let w = &ctx.info[c.first];
        let given = w.bare_name.is_some_and(|f| f.has(NameFlags::GIVEN)) && !w.definite;
        let name_before = p > 0
            && ctx.next(p - 1) == Some(p)
            && ctx.info[p - 1].name.is_some()
            && !ctx.info[p - 1].stop;
        // «ابن الملا عمر»: the son of someone named after the word.
        let name_after = ctx.next(c.last).is_some_and(|n| {
            ctx.info[n]
                .bare_name
                .is_some_and(|f| f.has(NameFlags::GIVEN))
        });
        if taken[p]
            || given
            || name_before
            || name_after
            || ctx.key(p) != "ابن"
            || ctx.info[p].particle != Some("patronymic")
            || ctx.info[p].blocked
            || ctx.next(p) != Some(c.first)
        {
            continue;
        }
        // (The keys stay those of the name without «ابن», which the
        // clustering joins to the whole name: «أحمد بن عبدالسلام بن تيمية».)
        taken[p] = true;
        c.first = p;
        c.range.start = toks[p].range.start;
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::extract::organizations::Organizations;
    use crate::extract::people::People;
    use crate::extract::places::Places;
    use crate::extract::{Context, Extraction, Extractor};

    /// Places, organizations, then people, like the pipeline.
    fn extract(text: &str) -> Extraction {
        let doc = Document::new(text.to_string());
        let mut out = Extraction::default();
        let ctx = Context::default();
        Places.extract(&doc, &ctx, &mut out);
        Organizations.extract(&doc, &ctx, &mut out);
        People.extract(&doc, &ctx, &mut out);
        out
    }

    fn names(text: &str) -> Vec<String> {
        extract(text).people.into_iter().map(|p| p.name).collect()
    }

    fn check(rows: &[(&str, &[&str])]) {
        for (text, want) in rows {
            assert_eq!(&names(text), want, "{text}");
        }
    }

    #[test]
    fn demonym_before_a_foreign_pair_table() {
        check(&[
            // After a verb, a preposition or a noun the demonym could
            // qualify: two foreign words make the name.
            (
                "كما تأهل الإسباني طونيو فيراندو المصنف خامسا",
                &["طونيو فيراندو"],
            ),
            (
                "وكذلك الروسي فيلوريك كوزاكوف المصنف سادسا",
                &["فيلوريك كوزاكوف"],
            ),
            // Not a demonym qualifying a noun before a verb or a plural.
            ("وقال إن القرار السوداني رد على الاتهامات", &[]),
            ("وذكرت الصحيفة البريطانية يوم الأحد أن", &[]),
            // Not a verb or a noun in the accusative after the demonym.
            ("والأسر السعودية تريد ضمان المستوى للأبناء", &[]),
            ("وسجلت سوق الأسهم اليونانية هبوطا حادا اليوم", &[]),
            ("وأصدرت السلطات الإماراتية مرسوم قانون جديد", &[]),
        ]);
    }

    #[test]
    fn loose_first_word_after_a_demonym_table() {
        check(&[
            // A first word that reads like a future or imperfect verb, a
            // plural or a pronoun «نا» right after a singular demonym,
            // before a foreign surname.
            (
                "ينتظر أن يقود الإسباني سيسك فابريغاس خط الوسط",
                &["سيسك فابريغاس"],
            ),
            (
                "وقال رئيس الاتحاد الألماني يواخيم روكفيد في تصريحات",
                &["يواخيم روكفيد"],
            ),
            (
                "ثم فاز على التشيكي ييري فيسيلي قبل أن يتغلب",
                &["ييري فيسيلي"],
            ),
            ("والثالثة للكيني كيبوتات موتاي .", &["كيبوتات موتاي"]),
            (
                "وتأهلت الروسية سفتانا كوزليوفا المصنفة سادسة",
                &["سفتانا كوزليوفا"],
            ),
            // Not a verb before a word no foreign surname.
            ("وقال إن الرئيس الأمريكي سيزور المنطقة قريبا", &[]),
            ("وكان المنتخب السعودي يواجه نظيره الياباني", &[]),
            ("وقال إن الفريق الإسباني سيلعب مباراة ودية", &[]),
            ("وأكد الجانب الروسي يرفض الاقتراح", &[]),
            ("وكان اللاعب البرازيلي سيغادر النادي", &[]),
        ]);
    }

    #[test]
    fn list_after_minutes_table() {
        check(&[
            // The next scorer after the minutes of the one before.
            (
                "سجلها فرناندو توريس ( 20 ) وتومينو باريكا ( 66 ) ضمن المجموعة",
                &["فرناندو توريس", "تومينو باريكا"],
            ),
            (
                "سجلها فرناندو توريس ( 20 و35 ) وتومينو باريكا ( 66 ) ضمن المجموعة",
                &["فرناندو توريس", "تومينو باريكا"],
            ),
            // Not after a note that is no minutes.
            (
                "سجلها فرناندو توريس ( لاعب ) وتومينو باريكا في المجموعة",
                &["فرناندو توريس"],
            ),
        ]);
    }

    #[test]
    fn general_nouns_end_a_name_table() {
        check(&[
            // «رجل» (a man) after «ابن» is no name (`not_names.tsv`).
            (
                "كان نعوم شومسكي ابن رجل متخصص في اللغة . وقد زعزعت أفكار شومسكي نظريات",
                &["نعوم شومسكي"],
            ),
            // «رسول» (messenger) is no given name (`people_drop.tsv`).
            ("تحت راية لا إله إلا الله محمد رسول الله ، ثم", &["محمد"]),
            ("وكان رسول سلام في حياته", &[]),
            // A programme and money words (`not_names.tsv`).
            ("وناقش مع المدير التنفيذي لبرنامج دروب تفعيل الربط", &[]),
            (
                "إضافة إلى شركة محمد بن إبراهيم القاضي القابضة برأسمال مليوني ريال .",
                &["محمد بن إبراهيم"],
            ),
        ]);
    }

    #[test]
    fn sheikh_inside_a_mauritanian_name_table() {
        check(&[
            (
                "وقال المبعوث الأممي إسماعيل ولد الشيخ أحمد إن المشاورات",
                &["إسماعيل ولد الشيخ أحمد"],
            ),
            (
                "وقال مبعوث الأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد إن",
                &["إسماعيل ولد الشيخ أحمد"],
            ),
            // Not a verb before «ولد».
            (
                "وقال إسماعيل ولد الشيخ أحمد إن الأمين العام أبلغ ولد الشيخ أحمد أن",
                &["إسماعيل ولد الشيخ أحمد"],
            ),
            // «الشيخ» before a word that is no given name stays a title.
            ("والتقى محمد ولد الشيخ الجليل في المسجد", &["محمد"]),
        ]);
    }

    #[test]
    fn title_with_a_post_table() {
        check(&[
            (
                "وكان سفير إسرائيل لدى الأمم المتحدة دان غيلرمان قد أعرب عن صدمته",
                &["دان غيلرمان"],
            ),
            // Not a time of day after the title and its post.
            (
                "وصلى المصلون بالمسجد النبوي في المدينة المنورة صباح أمس صلاة الجنازة",
                &[],
            ),
            ("واستقبل أمير منطقة عسير صباح أمس بمكتبه الوفد", &[]),
            // Not a place after the name's verb.
            ("وقال الرئيس في القاهرة إن الأمر انتهى", &[]),
        ]);
    }

    /// Every mention of every person, in order.
    fn mentions(text: &str) -> Vec<String> {
        extract(text)
            .people
            .into_iter()
            .flat_map(|p| p.mentions.into_iter().map(|m| m.text))
            .collect()
    }

    #[test]
    fn ibn_and_a_family_name_table() {
        let rows: &[(&str, &[&str])] = &[
            (
                "وقال الشيخ أحمد بن عبدالسلام بن تيمية إن الأمر واضح . وكتب ابن تيمية رسالة",
                &["أحمد بن عبدالسلام بن تيمية", "ابن تيمية"],
            ),
            (
                "وقال عبدالله بن العباس إن الأمر واضح . فقال ابن العباس : لا",
                &["عبدالله بن العباس", "ابن العباس"],
            ),
            // Not «ابن» + a given name (the son of someone), nor before a
            // given name after the word («ابن الملا عمر»).
            (
                "وقال عبدالله بن متعب إن الأمر واضح . ويتلقى ابن متعب العزاء",
                &["عبدالله بن متعب", "متعب"],
            ),
            (
                "وقال الملا محمد عمر إن الأمر واضح ، ويفضل ابن الملا عمر البقاء",
                &["محمد عمر", "عمر"],
            ),
        ];
        for (text, want) in rows {
            assert_eq!(&mentions(text), want, "{text}");
        }
    }
}
