//! Unit tests, one row per rule, with hand-made entities.

use super::entities::{EntityKind, Injector};
use super::find_quotes;
use crate::document::Document;
use crate::extract::Extraction;
use crate::output::Quote;

/// Runs the extractor on `text` with the given people/orgs/places
/// (`P:name|mention|…`, `O:…`, `L:…`).
pub(crate) fn run(text: &str, entities: &[&str]) -> (Vec<Quote>, Vec<crate::output::Warning>) {
    let doc = Document::new(text.to_string());
    let mut out = Extraction::default();
    let mut inj = Injector::default();
    for e in entities {
        let (kind, rest) = e.split_at(2);
        let kind = match kind {
            "P:" => EntityKind::Person,
            "O:" => EntityKind::Organization,
            _ => EntityKind::Place,
        };
        let mut parts = rest.split('|');
        let name = parts.next().unwrap_or_default();
        let forms: Vec<&str> = parts.collect();
        inj.add(text, &mut out, kind, name, &forms);
    }
    let (quotes, warnings) = find_quotes(&doc, &out);
    for q in &quotes {
        let orig: String = text.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(q.text, orig, "text must equal the original slice");
    }
    (quotes, warnings)
}

/// (kind, text, speaker name or "-") of each quote.
fn summary(quotes: &[Quote]) -> Vec<(String, String, String)> {
    quotes
        .iter()
        .map(|q| {
            (
                q.kind.clone(),
                q.text.clone(),
                q.speaker
                    .as_ref()
                    .map_or("-".to_string(), |s| s.name.clone()),
            )
        })
        .collect()
}

type Row<'a> = (
    &'a str,
    &'a str,
    &'a [&'a str],
    &'a [(&'a str, &'a str, &'a str)],
);

#[test]
fn rules_table() {
    // (rule, text, entities, expected quotes (kind, text, speaker))
    let rows: &[Row] = &[
        (
            "verb before, speaker after (VSO)",
            "وقال دي ميستورا خلال مؤتمر صحافي في جنيف “يجري الإعداد لآلية أفضل”.",
            &["P:ستافان دي ميستورا|دي ميستورا", "L:جنيف"],
            &[("direct", "يجري الإعداد لآلية أفضل", "ستافان دي ميستورا")],
        ),
        (
            "speaker before the verb (SVO)",
            "وزير الخارجية سيرغي لافروف قال: «لن نتراجع عن موقفنا أبدا».",
            &["P:سيرغي لافروف|لافروف"],
            &[("direct", "لن نتراجع عن موقفنا أبدا", "سيرغي لافروف")],
        ),
        (
            "a place after a preposition before the verb is no subject (SVO)",
            "لكن وزارة المالية في أثينا قالت: «لن نطلب قرضا جديدا».",
            &["O:وزارة المالية", "L:أثينا"],
            &[("direct", "لن نطلب قرضا جديدا", "وزارة المالية")],
        ),
        (
            "colon after the verb",
            "وتابع كيري: “لذا فإن روسيا والولايات المتحدة وافقتا”.",
            &["P:جون كيري|كيري", "L:روسيا", "L:الولايات المتحدة"],
            &[(
                "direct",
                "لذا فإن روسيا والولايات المتحدة وافقتا",
                "جون كيري",
            )],
        ),
        (
            "feminine and plural forms with clitics",
            "فقالت الوزارة في بيان «سنواصل العمل مع الشركاء».",
            &["O:الوزارة"],
            &[("direct", "سنواصل العمل مع الشركاء", "الوزارة")],
        ),
        (
            "frame after the quote: بحسب",
            "«الوضع خطير جدا في المدينة»، بحسب المرصد السوري.",
            &["O:المرصد السوري"],
            &[("direct", "الوضع خطير جدا في المدينة", "المرصد السوري")],
        ),
        (
            "frame before: نقلا عن",
            "وأفادت الأنباء نقلا عن مصادر أمنية بأن الهجوم “كان متوقعا”.",
            &[],
            &[
                ("indirect", "الهجوم “كان متوقعا”", "مصادر أمنية"),
                ("partial", "كان متوقعا", "مصادر أمنية"),
            ],
        ),
        (
            "verb after the quote",
            "«لن نقبل بهذا الاتفاق أبدا»، قال المتحدث باسم الحركة.",
            &[],
            &[("direct", "لن نقبل بهذا الاتفاق أبدا", "المتحدث باسم الحركة")],
        ),
        (
            "قوله after نقلت عن",
            "ونقلت الوكالة عن الوزير عادل الجبير قوله: «المملكة لن تقف مكتوفة الأيدي».",
            &["P:عادل الجبير"],
            &[("direct", "المملكة لن تقف مكتوفة الأيدي", "عادل الجبير")],
        ),
        (
            "pro-drop continuation across paragraphs",
            "وقال هاموند إن الجهود مستمرة.\n\nوأضاف “سنحاول في الساعات المقبلة معرفة ما يمكن”.\n\nوتابع: “لذا وافقنا على المزيد”.",
            &["P:فيليب هاموند|هاموند"],
            &[
                ("indirect", "الجهود مستمرة", "فيليب هاموند"),
                (
                    "direct",
                    "سنحاول في الساعات المقبلة معرفة ما يمكن",
                    "فيليب هاموند",
                ),
                ("direct", "لذا وافقنا على المزيد", "فيليب هاموند"),
            ],
        ),
        (
            "continuation from the subject of the previous sentence",
            "واشار وزير خارجية بريطانيا فيليب هاموند إلى تكثيف الجهود. وقال خلال زيارة الى مكسيكو، “من الضروري القيام بمبادرة جديدة”.",
            &["P:فيليب هاموند|هاموند", "L:بريطانيا", "L:مكسيكو"],
            &[("direct", "من الضروري القيام بمبادرة جديدة", "فيليب هاموند")],
        ),
        (
            "partial quote after a complementizer; indirect clause",
            "من جانبه، قال كيري إن النزاع في سوريا بات “خارجاً عن السيطرة” على جبهات عدة.",
            &["P:جون كيري|كيري", "L:سوريا"],
            &[
                (
                    "indirect",
                    "النزاع في سوريا بات “خارجاً عن السيطرة” على جبهات عدة",
                    "جون كيري",
                ),
                ("partial", "خارجاً عن السيطرة", "جون كيري"),
            ],
        ),
        (
            "organization speaker, indirect with أن",
            "وأعلنت وزارة الخارجية الروسية أن الوزيرين اتفقا على إجراءات جديدة.",
            &["O:وزارة الخارجية الروسية"],
            &[(
                "indirect",
                "الوزيرين اتفقا على إجراءات جديدة",
                "وزارة الخارجية الروسية",
            )],
        ),
        (
            "country as a state, partial after عن",
            "وتحدثت روسيا بدورها الأحد عن “مفاوضات حثيثة” لوقف المعارك.",
            &["L:روسيا"],
            &[("partial", "مفاوضات حثيثة", "روسيا")],
        ),
        (
            "أشار إلى أن",
            "وأشار الوزير إلى أن المفاوضات ستستأنف قريبا.",
            &[],
            &[("indirect", "المفاوضات ستستأنف قريبا", "الوزير")],
        ),
        (
            "not indirect: أن governed by دون or قبل, not by the verb",
            "وعثر على شعارات تشير إلى التنظيم، من دون أن يتأكد أحد من ذلك. وأكد الوزير قبل أن يغادر الاجتماع.",
            &[],
            &[],
        ),
        (
            "heuristic name without entities",
            "وقال المتحدث باسم الجيش خلال مؤتمر صحفي “العملية انتهت بنجاح كامل”.",
            &[],
            &[("direct", "العملية انتهت بنجاح كامل", "المتحدث باسم الجيش")],
        ),
        (
            "not quotes: names after a head word, known names",
            "حسبما ذكرت وكالة “فرانس برس”. وأعلن تنظيم \"داعش\" مسؤوليته. وبث برنامج «صباح الخير» حلقة.",
            &["O:فرانس برس"],
            &[],
        ),
        (
            "not quotes: a title after بعنوان and a media name after لـ",
            "صدر كتاب جديد بعنوان «رحلة في الذاكرة العربية». وقال مصدر لـ«الشرق الأوسط» إن الاجتماع انتهى.",
            &[],
            &[("indirect", "الاجتماع انتهى", "مصدر")],
        ),
        (
            "not quotes: a scare quote nobody says",
            "تواصل الميليشيات سياسة “الأرض المحروقة” في الريف.",
            &[],
            &[],
        ),
        (
            "nested marks: only the outer quotation",
            "وقال الرئيس: «سمعتهم يقولون “لن نعود” ثم رحلوا».",
            &[],
            &[("direct", "سمعتهم يقولون “لن نعود” ثم رحلوا", "الرئيس")],
        ),
        (
            "reversed marks",
            "وقال الرئيس: ”نحن مستعدون للحوار دائما“.",
            &[],
            &[("direct", "نحن مستعدون للحوار دائما", "الرئيس")],
        ),
        (
            "quote spanning two paragraphs with a reopening mark",
            "وقال الرئيس: «الفقرة الأولى من الكلام.\n«والفقرة الثانية منه».",
            &[],
            &[(
                "direct",
                "الفقرة الأولى من الكلام.\n«والفقرة الثانية منه",
                "الرئيس",
            )],
        ),
        (
            "participle introduces a direct quote of the main speaker",
            "وكتب كامبياسو في حسابه: «قررت الرحيل عن النادي»، مضيفًا «جاء قراري بعد تفكير طويل».",
            &["P:استيبان كامبياسو|كامبياسو"],
            &[
                ("direct", "قررت الرحيل عن النادي", "استيبان كامبياسو"),
                ("direct", "جاء قراري بعد تفكير طويل", "استيبان كامبياسو"),
            ],
        ),
        (
            "an organization after a quantifier is the verb's object, not the participle's speaker",
            "وأوصت الشركة جميع دول مجلس التعاون بدراسة إلغاء الإعانات، مبينة أن هناك حاجة فورية إلى ذلك.",
            &["O:مجلس التعاون|دول مجلس التعاون"],
            &[("indirect", "هناك حاجة فورية إلى ذلك", "-")],
        ),
        (
            "a participle's speaker is the subject after the sentence's first verb",
            "وقال سموه إن الهيئة تعمل. من جانبه استعرض رئيس المنظمة العربية للسياحة الدكتور بندر بن فهد آل فهيد في كلمته جهود الأمير نايف بن عبدالعزيز، مبيناً أن حفظ أمن السائح نتج عنه التعاون.",
            &[
                "P:بندر بن فهد آل فهيد",
                "P:نايف بن عبدالعزيز",
                "O:المنظمة العربية للسياحة",
            ],
            &[
                ("indirect", "الهيئة تعمل", "سموه"),
                (
                    "indirect",
                    "حفظ أمن السائح نتج عنه التعاون",
                    "بندر بن فهد آل فهيد",
                ),
            ],
        ),
        (
            "a participle after another cue of its sentence continues that speech",
            "وقال الأمير سلطان بن سلمان إن العمل مستمر. وأشار سموه إلى أن الموقع سينعكس إيجابيا على حائل، مبيناً أن الهيئة أسست مراكز للزوار.",
            &["P:سلطان بن سلمان", "L:حائل"],
            &[
                ("indirect", "العمل مستمر", "سلطان بن سلمان"),
                (
                    "indirect",
                    "الموقع سينعكس إيجابيا على حائل",
                    "سلطان بن سلمان",
                ),
                ("indirect", "الهيئة أسست مراكز للزوار", "سلطان بن سلمان"),
            ],
        ),
        (
            "a byline opening the sentence is not a participle's speaker",
            "عيسى الحربي- سبق- الرياض: أعرب الأمين العام الدكتور عبداللطيف الزياني، عن استغرابه من التصريحات، مؤكداً أن بعض هذه التصريحات مستفز.",
            &["P:عيسى الحربي", "P:عبداللطيف الزياني"],
            &[("indirect", "بعض هذه التصريحات مستفز", "عبداللطيف الزياني")],
        ),
        (
            "«إلا أن» (however) and «وإن كان» (even though) report nothing",
            "وبالرغم من ذلك أقرت الإدارة استخدامه مرة كل يوم إلا أنه يمكن استخدامه مرة كل يومين. وإنتاجه يعتبر نقلة نوعية وإن كان تركيزه غير فعال.",
            &[],
            &[],
        ),
        (
            "ب + a demonstrative after the verb is an adverbial, no speaker",
            "وأكد الوزير أن المفاوضات مستمرة. وقال بهذا الخصوص «لقد تم التوافق على بعض النقاط».",
            &[],
            &[
                ("indirect", "المفاوضات مستمرة", "الوزير"),
                ("direct", "لقد تم التوافق على بعض النقاط", "الوزير"),
            ],
        ),
        (
            "«وفق» + a rule is no attribution frame",
            "ويتم القبول وفق الشروط المحددة. وقال المدير إن التسجيل يبدأ غدا، مؤكدا أنه سيتم وفقا لقواعد الوزارة قبول الجميع.",
            &[],
            &[
                ("indirect", "التسجيل يبدأ غدا", "المدير"),
                ("indirect", "سيتم وفقا لقواعد الوزارة قبول الجميع", "المدير"),
            ],
        ),
        (
            "an indefinite accusative is no speaker",
            "وأوضح أن قرار عدم حضوره يعتبر قرارا شخصيا منه، وأن النادي فتح أبوابه.",
            &[],
            &[(
                "indirect",
                "قرار عدم حضوره يعتبر قرارا شخصيا منه، وأن النادي فتح أبوابه",
                "-",
            )],
        ),
        (
            "a noun of opinion with the speaker's pronoun ends the speaker phrase",
            "وأبدى المصدر اعتقاده أن بعض الفوضى قد تنتشر في المناطق المحررة.",
            &[],
            &[(
                "indirect",
                "بعض الفوضى قد تنتشر في المناطق المحررة",
                "المصدر",
            )],
        ),
        (
            "a participle's speaker: the person opening the sentence",
            "وقال الوزير إن العمل مستمر. الأمير خالد الفيصل افتتح المعرض أمس، مؤكدا أن الثقافة أساس التنمية.",
            &["P:خالد الفيصل"],
            &[
                ("indirect", "العمل مستمر", "الوزير"),
                ("indirect", "الثقافة أساس التنمية", "خالد الفيصل"),
            ],
        ),
        (
            "apposition after a comma and a title inside the speaker phrase",
            "وقال رئيس بعثة الامم المتحدة في افغانستان نيكولاس هايسوم ان «الاحصاءات لا تعبر عن فظاعة العنف».",
            &["P:نيكولاس هايسوم", "O:الامم المتحدة", "L:افغانستان"],
            &[("direct", "الاحصاءات لا تعبر عن فظاعة العنف", "نيكولاس هايسوم")],
        ),
        (
            "title coreference: الرئيس الأميركي is the person seen with that title",
            "حث الرئيس الأميركي باراك أوباما بريطانيا على البقاء. وقال الرئيس الأميركي إن «وجود بريطانيا في الاتحاد يعطينا ثقة أكبر».",
            &["P:باراك أوباما|أوباما", "L:بريطانيا"],
            &[(
                "direct",
                "وجود بريطانيا في الاتحاد يعطينا ثقة أكبر",
                "باراك أوباما",
            )],
        ),
        (
            "a verb in a relative clause is not the cue",
            "وقال البيان الذي نقلته وكالة الأنباء الفرنسية \"سيبدأ العمل في المشروع هذا العام\".",
            &["O:وكالة الأنباء الفرنسية"],
            &[("direct", "سيبدأ العمل في المشروع هذا العام", "البيان")],
        ),
        (
            "not quotes: a name after a head with its adjectives, also with reversed marks",
            "وافتتح الوزير أمس الملتقى العلمي الأول» أمن وسلامة الآثار «الذي تنظمه الجامعة. وشارك في البرنامج الثقافي «التعددية الثقافية ومهارات القيادة».",
            &[],
            &[],
        ),
        (
            "a quotation after a head: a verb before it, a preposition or «الآن» inside",
            "وقالت الوكالة الرسمية «سيبدأ العمل في المشروع قريبا». وقال الوزير إنهم يركزون على تنفيذ الاتفاق النووي «بشكل صحيح وفعال».",
            &[],
            &[
                ("direct", "سيبدأ العمل في المشروع قريبا", "الوكالة الرسمية"),
                (
                    "indirect",
                    "يركزون على تنفيذ الاتفاق النووي «بشكل صحيح وفعال»",
                    "الوزير",
                ),
                ("partial", "بشكل صحيح وفعال", "الوزير"),
            ],
        ),
        (
            "a verb after هكذا after the closing mark",
            "\"زمن المبادئ مضى، وهذا زمن الهجرة\" هكذا قالها نجيب محفوظ في كتابه.",
            &["P:نجيب محفوظ"],
            &[("direct", "زمن المبادئ مضى، وهذا زمن الهجرة", "نجيب محفوظ")],
        ),
        (
            "a modal verb governs the أن after it, not the speech verb before",
            "هذه الأرض تعلن السلام كل يوم ونحن نتسابق، فالأقوى هو من يستطيع أن يمتلك سلاحا.",
            &[],
            &[],
        ),
        (
            "a report inside the clause: its subject opens the clause, which goes on",
            "وأوضح المتحدث الرئاسي السفير علاء يوسف أن الرئيس هادي أعرب للرئيس السيسي عن تهاني اليمن.",
            &["P:علاء يوسف", "P:هادي", "P:السيسي", "L:اليمن"],
            &[(
                "indirect",
                "الرئيس هادي أعرب للرئيس السيسي عن تهاني اليمن",
                "علاء يوسف",
            )],
        ),
        (
            "the person after the first verb of a sentence without a cue speaks next",
            "وقال الأمير خالد الفيصل إن السعودية تعتز بالدين. من جانب آخر، استقبل الأمير سعود بن نايف أمير المنطقة الشرقية المواطنين. ونوه خلال الاستقبال بالتفاف أبناء الوطن، مؤكدا أن القيادة جعلت المواطن هدفها. وهنا ظهرت دعوات البنعلي للمبايعة. ثم أوضح أن الخلاف كبير.",
            &["P:خالد الفيصل", "P:سعود بن نايف", "P:البنعلي", "L:السعودية"],
            &[
                ("indirect", "السعودية تعتز بالدين", "خالد الفيصل"),
                ("indirect", "القيادة جعلت المواطن هدفها", "سعود بن نايف"),
                ("indirect", "الخلاف كبير", "سعود بن نايف"),
            ],
        ),
        (
            "an honorific title after the verb, and «عبر» as a verb, name the person spoken of",
            "عبر صاحب السمو الشيخ محمد بن زايد عن إيمانه بالدور. وقال سموه إن القراءة واحدة.",
            &["P:محمد بن زايد"],
            &[("indirect", "القراءة واحدة", "محمد بن زايد")],
        ),
        (
            "a name in marks inside the speaker phrase: the person after it speaks",
            "أشار الأمين العام لحزب \"الوطنيين الأحرار\" إلياس أبو عاصي إلى أن الحكومة باقية.",
            &["O:الوطنيين الأحرار", "P:إلياس أبو عاصي"],
            &[("indirect", "الحكومة باقية", "إلياس أبو عاصي")],
        ),
        (
            "a name in marks right after the verb speaks",
            "وشدد \"الصفيان\" على أن التسجيل مستمر. وقالت صحيفة “واشنطن بوست” إن الاتفاق قريب.",
            &["P:محمد الصفيان|الصفيان", "O:واشنطن بوست"],
            &[
                ("indirect", "التسجيل مستمر", "محمد الصفيان"),
                ("indirect", "الاتفاق قريب", "واشنطن بوست"),
            ],
        ),
        (
            "a question asked with a speech verb reports nothing",
            "* هل تتوقع أن نشاهد حكاما سعوديين في كأس العالم؟ ومن قال إن الحرب فاشلة؟ وقال الوزير إن الحرب مستمرة.",
            &[],
            &[("indirect", "الحرب مستمرة", "الوزير")],
        ),
        (
            "«وزاد» with a complementizer or a colon reports; «مما زاد» describes",
            "وزاد الحويماني أن الاعتبارات الاقتصادية تقف عقبة. وزادت السعودية إنتاجها. ومما قاله الحويماني في كلمته «الخليج كان وسيبقى عربيا على الدوام». ومما زاد شكوكها أخبرتها ابنتها بأنها زارت والدها. وذكرت الشركة أن مبيعاتها ارتفعت في حين زادت مبيعات شركة «فانكي» بنسبة 25 في المائة.",
            &[
                "P:فهد الحويماني|الحويماني",
                "L:السعودية",
                "O:الشركة",
                "O:فانكي",
            ],
            &[
                ("indirect", "الاعتبارات الاقتصادية تقف عقبة", "فهد الحويماني"),
                (
                    "direct",
                    "الخليج كان وسيبقى عربيا على الدوام",
                    "فهد الحويماني",
                ),
                (
                    "indirect",
                    "مبيعاتها ارتفعت في حين زادت مبيعات شركة «فانكي» بنسبة 25 في المائة",
                    "الشركة",
                ),
            ],
        ),
        (
            "a noun in ة is no verb with a pronoun (إضافة، إشارة); ل + the article names no speaker",
            "وقال الوزير إن المشروع مستمر، إضافة إلى أن التمويل متاح. وأكد للصحفيين أن العمل يبدأ غدا.",
            &[],
            &[
                (
                    "indirect",
                    "المشروع مستمر، إضافة إلى أن التمويل متاح",
                    "الوزير",
                ),
                ("indirect", "العمل يبدأ غدا", "الوزير"),
            ],
        ),
        (
            "a quantifier takes its noun; a ب complement or a lone letter names nobody",
            "ويقول عدد من أهالي القرية إن المياه مقطوعة. وأوضح المتحدث أن بلاغا ورد يفيد بنشوب حريق بمستودع وأن الفرق باشرت.",
            &[],
            &[
                ("indirect", "المياه مقطوعة", "عدد من أهالي القرية"),
                ("indirect", "بلاغا ورد", "المتحدث"),
                ("indirect", "الفرق باشرت", "المتحدث"),
            ],
        ),
        (
            "a complementizer opening a quotation in marks gives no second, indirect quote",
            "وقال الوزير في كلمة له \"إن برنامج إعداد القادة من أنجح البرامج في المملكة.",
            &[],
            &[(
                "direct",
                "إن برنامج إعداد القادة من أنجح البرامج في المملكة",
                "الوزير",
            )],
        ),
        (
            "a family, a spokesperson or a lawyer of a person speaks, not the person",
            "وقالت عائلة عبد العزيز في بيان إن الصدمة كبيرة. وقالت الناطقة باسم دي ميستورا إن المبعوث ناقش الهدنة.",
            &[
                "P:يوسف عبد العزيز|عبد العزيز",
                "P:ستافان دي ميستورا|دي ميستورا",
            ],
            &[
                ("indirect", "الصدمة كبيرة", "عائلة عبد العزيز"),
                ("indirect", "المبعوث ناقش الهدنة", "الناطقة باسم دي ميستورا"),
            ],
        ),
        (
            "a source close to a person speaks, not the person",
            "وقال مصدر مقرب من الرئيس فرانسوا هولاند إن القرار نهائي. لكن مصدرا على صلة بميشيل بلاتيني قال إن الأخير سيترشح.",
            &[
                "P:فرانسوا هولاند|فرانسوا هولاند",
                "P:ميشيل بلاتيني|ميشيل بلاتيني",
            ],
            &[
                (
                    "indirect",
                    "القرار نهائي",
                    "مصدر مقرب من الرئيس فرانسوا هولاند",
                ),
                ("indirect", "الأخير سيترشح", "مصدرا على صلة بميشيل بلاتيني"),
            ],
        ),
        (
            "not quotes: formulas, web addresses",
            "أكد الوزير أن توجيهات الملك سلمان \"حفظه الله\" واضحة. وأوضح أن التسجيل على الرابط “http://www.example.gov.sa/register”.",
            &[],
            &[
                (
                    "indirect",
                    "توجيهات الملك سلمان \"حفظه الله\" واضحة",
                    "الوزير",
                ),
                (
                    "indirect",
                    "التسجيل على الرابط “http://www.example.gov.sa/register”",
                    "الوزير",
                ),
            ],
        ),
        (
            "unbalanced: a stray closing straight mark does not open",
            "وأضافت: تم تشغيل المولدات\".   وأردفت المؤسسة: \"تمت إعادة التيار في المساء\".",
            &[],
            &[("direct", "تمت إعادة التيار في المساء", "المؤسسة")],
        ),
        (
            "unbalanced: an unclosed guillemet ends with its sentence; the next pair still pairs",
            "ونشرت الجماعة شريطا اعلنت فيه انها لم تهزم ومتوعدة «سنأتيكم من حيث لا تتوقعون. وقال مصدر ان «فتاتين فجرتا نفسيهما» في السوق.",
            &["O:الجماعة"],
            &[
                ("indirect", "لم تهزم", "الجماعة"),
                ("direct", "سنأتيكم من حيث لا تتوقعون", "الجماعة"),
                ("partial", "فتاتين فجرتا نفسيهما", "مصدر"),
            ],
        ),
        (
            "frame later in the sentence nearer than the verb",
            "وقال مصدر إن «الهجوم وقع فجرا» مما أثار «حالة ذعر عارمة» ومشاهد مروعة، بحسب أحد الصحافيين.",
            &[],
            &[
                ("partial", "الهجوم وقع فجرا", "مصدر"),
                ("partial", "حالة ذعر عارمة", "أحد الصحافيين"),
            ],
        ),
        (
            "the complement of a verb keeps its speaker; a frame after it names the medium",
            "وأوضحت الشركة في تقرير أن “البطارية الجديدة ستعمل ضعف المدة”، طبقاً لما ورد بوكالة رويترز.",
            &["O:الشركة", "O:رويترز"],
            &[("direct", "البطارية الجديدة ستعمل ضعف المدة", "الشركة")],
        ),
        (
            "طبقا لما + verb: the source after the verb",
            "وأكد المتحدث استعداد بلاده “للتعاون الكامل مع الجميع”، طبقاً لما ذكرته وكالة رويترز.",
            &["O:رويترز"],
            &[("partial", "للتعاون الكامل مع الجميع", "رويترز")],
        ),
        (
            "a name head in construct state only: الوزارة “…” is a speaker and a quote",
            "وقالت الوزارة \"نحن مستعدون\". وأشاد \"الشريف\" بجهود رجال الأمن في المنطقة.",
            &[],
            &[("direct", "نحن مستعدون", "الوزارة")],
        ),
        (
            "a weak verb whose subject phrase ends at a comma before أن reports",
            "وذكر أحد ملاك الاستراحات القريبة من البحر، ويدعى \"بدر الحربي\"، أن الإشغال وصل إلى 100 %. وتوقع مطعم يبلغ عدد زبائنه 40، فإن الأمر سيستغرق يومين.",
            &[],
            &[(
                "indirect",
                "الإشغال وصل إلى 100 %",
                "أحد ملاك الاستراحات القريبة",
            )],
        ),
        (
            "a frame with a possessed noun (بحسب موقعها، حسب قوله) names no speaker",
            "وقال زكريا إن الأسعار تختلف بحسب موقعها. مشيرا إلى أن الطلب كبير. وأضاف، حسب قوله، أن العرض قليل.",
            &["P:زكريا"],
            &[
                ("indirect", "الأسعار تختلف", "زكريا"),
                ("indirect", "الطلب كبير", "زكريا"),
                ("indirect", "العرض قليل", "زكريا"),
            ],
        ),
        (
            "هدد with its object is no cue; with بأن or ب + a verbal noun it reports",
            "وقال السديس إن الإرهاب يهدد أمن المجتمعات، مشددا على أن الأمن نعمة. وهدد الرئيس بأن بلاده سترد. وأثار القرار الرفض، وهدد قيادي في الجمعية الشرعية، باللجوء للقضاء، كاشفا عن أنه «يتم تخريج 2500 داعية».",
            &["P:السديس|السديس", "O:الجمعية الشرعية|الجمعية الشرعية"],
            &[
                ("indirect", "الإرهاب يهدد أمن المجتمعات", "السديس"),
                ("indirect", "الأمن نعمة", "السديس"),
                ("indirect", "بلاده سترد", "الرئيس"),
                // (The title ends at «في»; the gold harness accepts it.)
                ("direct", "يتم تخريج 2500 داعية", "قيادي"),
            ],
        ),
        (
            "a speech noun with a pronoun or a verb in نا is no subject of the cue",
            "وقال المدير إن العمل مستمر. واختتم حديثه بأن المجلس يحرص على المناسبات. وقال تقدمنا بطلب للمحافظ.",
            &["P:المدير|المدير"],
            &[
                ("indirect", "العمل مستمر", "المدير"),
                ("indirect", "المجلس يحرص على المناسبات", "المدير"),
            ],
        ),
        (
            "impersonal يذكر أن is the reporter's aside, not reported speech",
            "يذكر أن الأمطار ضربت الولاية. ويشار إلى أن الحكومة أرسلت فرقا للإغاثة.",
            &[],
            &[],
        ),
        (
            "not quotes: one noun in marks, a list of names, a medium after an interview word",
            "وأكد الوزير أن عناصر \"القاعدة\" تراجعوا. وتستهدف العمليات مناصري «الكردستاني» و«داعش» في البلاد. وقال اليافعي في حوار مع \"الوطن\" إن القوات تقدمت. وأكد المتحدث أن الاجتماع سيعقد “قريبا”.",
            &[],
            &[
                ("indirect", "عناصر \"القاعدة\" تراجعوا", "الوزير"),
                ("indirect", "القوات تقدمت", "اليافعي"),
                ("indirect", "الاجتماع سيعقد “قريبا”", "المتحدث"),
                ("partial", "قريبا", "المتحدث"),
            ],
        ),
        (
            "a short span in marks far from the cue and tied to it by no complementizer, colon or preposition is a term",
            "وأشاد المدير بدعم الأمير الذي سهل كافة السبل في تنفيذ وإخراج وتهيئة «الحارة الحجازية» والأماكن الأخرى. والمعارك هي السبب الاول لسقوط الضحايا بحسب الوثيقة التي نسبت سقوط 70% من الجرحى والقتلى الى «عناصر معادية للحكومة».",
            &[],
            &[("partial", "عناصر معادية للحكومة", "الوثيقة")],
        ),
        (
            "an attribution frame ending at a complementizer reports a clause; the frame's ل is not the speaker's",
            "ووفق التقرير فإن القوات قتلت 143 شخصا. ووفقا لمصادر أمنية فإن الهجوم وقع فجرا.",
            &[],
            &[
                ("indirect", "القوات قتلت 143 شخصا", "التقرير"),
                ("indirect", "الهجوم وقع فجرا", "مصادر أمنية"),
            ],
        ),
        (
            "«فحسب» and «وحسب،» mean only, not according to",
            "ليس هذا فحسب بل إن الخطة تشمل المدارس. وليست ناشطة حقوقية وحسب، بل إن لها دورا مميزا.",
            &[],
            &[],
        ),
        (
            "the words after a plural verb are not its subject",
            "فردوا والخوف يملأ قلوبهم: «نحن معك».",
            &[],
            &[("direct", "نحن معك", "-")],
        ),
        (
            "an addressee pronoun before the speaker is skipped",
            "ويقول لك قادة التنظيم إنهم باقون هنا.",
            &[],
            &[("indirect", "باقون هنا", "قادة التنظيم")],
        ),
        (
            "«وهو …» after a name ends the speaker phrase",
            "وقال هارونا كابيل وهو سائق حافلة، إن «المنازل كانت مشتعلة».",
            &[],
            &[("direct", "المنازل كانت مشتعلة", "هارونا كابيل")],
        ),
        (
            "an entity before a verb with و is no subject",
            "ولد الرجل في رام الله وقال إنه بريء من التهمة.",
            &["L:رام الله"],
            &[("indirect", "بريء من التهمة", "الرجل")],
        ),
        (
            "an addressee with a pronoun or a medium is no speaker",
            "وقال لمحققيه إن الهجوم وقع فجرا.",
            &[],
            &[("indirect", "الهجوم وقع فجرا", "-")],
        ),
        (
            "the words after a sentence's first word name no speaker unless a noun phrase",
            "كل عيد يبتكر مصممو «العيديات» أفكارا لافتة مؤكدين أن الطلب يزداد كل عام.",
            &[],
            &[("indirect", "الطلب يزداد كل عام", "-")],
        ),
        (
            "a place in construct with a title is an office holder; «إننا» reports speech",
            "وقال أمين جدة في تصريح: إننا نجد فرحتنا في العيد.",
            &["L:جدة"],
            &[("indirect", "نجد فرحتنا في العيد", "أمين جدة")],
        ),
        (
            "«بالقول» names no speaker",
            "وأضاف بالقول: «لا تعليق لدينا على هذه الأنباء الآن».",
            &[],
            &[("direct", "لا تعليق لدينا على هذه الأنباء الآن", "-")],
        ),
        (
            "a spokesperson for a body named by the whole phrase",
            "وصرح المتحدث الرسمي باسم وزارة النقل بأن القطار سينطلق صباحا.",
            &["O:وزارة النقل"],
            &[(
                "indirect",
                "القطار سينطلق صباحا",
                "المتحدث الرسمي باسم وزارة النقل",
            )],
        ),
        (
            "an adverbial of manner is no speaker",
            "وقال بلهجة الخائف مثلهم إنه قادر على الإنقاذ.",
            &[],
            &[("indirect", "قادر على الإنقاذ", "-")],
        ),
        (
            "«بما» begins a verb's complement, not the speaker",
            "أشاد رئيس الوزراء بما تقوم به الإمارات، قائلا: «المصريون يقدرون مواقفها».",
            &[],
            &[("direct", "المصريون يقدرون مواقفها", "رئيس الوزراء")],
        ),
        (
            "an accusative with tanween is no speaker",
            "وقال ناصر الموسى إن البرامج تحدث تغييراً في حياة المكفوفين. وأكد أن الورشة مفيدة.",
            &["P:ناصر الموسى"],
            &[("indirect", "الورشة مفيدة", "ناصر الموسى")],
        ),
        (
            "a workplace in marks after لدى is a name",
            "وقال خبير السلع لدى «ستاندرد تشارترد» إن الأسعار سترتفع.",
            &[],
            &[("indirect", "الأسعار سترتفع", "خبير السلع")],
        ),
    ];
    let mut failures = Vec::new();
    for (rule, text, ents, want) in rows {
        let (quotes, _) = run(text, ents);
        let got = summary(&quotes);
        let want: Vec<(String, String, String)> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        if got != want {
            failures.push(format!("{rule}:\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unclosed_mark_is_bounded_and_warned() {
    let para = "وتواصلت المعارك في المدينة طوال اليوم دون توقف. ";
    let text = format!("وقال الرئيس: «لن نتراجع\n\n{}", para.repeat(2000));
    let (quotes, warnings) = run(&text, &[]);
    assert_eq!(
        summary(&quotes),
        vec![("direct".into(), "لن نتراجع".into(), "الرئيس".into())]
    );
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].code, "unclosed_quote");
}

#[test]
fn pathological_marks_are_linear_and_bounded() {
    for mark in ["«", "\"", "“", "”", "»«", "'"] {
        let text = mark.repeat(1_000_000 / mark.len());
        let t = std::time::Instant::now();
        let (quotes, warnings) = run(&text, &[]);
        assert!(quotes.is_empty(), "{mark}");
        assert!(warnings.len() <= super::MAX_WARNINGS + 1, "{mark}");
        assert!(t.elapsed().as_secs() < 20, "{mark}: {:?}", t.elapsed());
    }
    // Marks around words: many tiny scare quotes, no quotation.
    let text = "«كلمة» ".repeat(100_000);
    let (quotes, _) = run(&text, &[]);
    assert!(quotes.is_empty());
}
