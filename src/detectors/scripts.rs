//! People's names written in other scripts than the Latin one, which the
//! name lists (all Latin) and the capitals cue (Arabic, Chinese and Korean
//! have no case) cannot see: a clinic that texts its patients in Arabic,
//! Chinese, Korean, Russian or Ukrainian writes their names in that script.
//! Each script has its own cue: a title or greeting before the name or an
//! honorific after it, a short list of the most common names (Arabic) or
//! surnames (Chinese, Korean), and case where the script has it (Cyrillic).
//!
//! Also Vietnamese: a message in it is full of short lowercase words the
//! Latin name lists hold (`mang`, `theo`, `khoa`), so there a name is only
//! what a kinship or courtesy word introduces (`chị Hương`, `bác sĩ Lê`).

use std::sync::OnceLock;

use super::Cand;
use crate::normalize::Folded;
use crate::scan::Scan;
use crate::{Category, Sensitivity};

/// Common Arabic given names and family names that are not also everyday
/// words (`نور`, light, and `صباح`, morning, are left out).
const ARABIC_NAMES: &[&str] = &[
    "محمد",
    "أحمد",
    "احمد",
    "محمود",
    "مصطفى",
    "علي",
    "حسن",
    "حسين",
    "يوسف",
    "إبراهيم",
    "ابراهيم",
    "إسماعيل",
    "عمر",
    "عثمان",
    "خالد",
    "سامي",
    "طارق",
    "ياسر",
    "وليد",
    "فيصل",
    "عبدالله",
    "مازن",
    "رامي",
    "زياد",
    "باسل",
    "هشام",
    "عادل",
    "ماجد",
    "أيمن",
    "بلال",
    "حمزة",
    "عمرو",
    "أنس",
    "ناصر",
    "نبيل",
    "فادي",
    "مروان",
    "سليم",
    "سليمان",
    "داود",
    "موسى",
    "عيسى",
    "آدم",
    "رياض",
    "فاطمة",
    "زينب",
    "مريم",
    "ليلى",
    "سلمى",
    "رنا",
    "عائشة",
    "خديجة",
    "سارة",
    "هدى",
    "نورا",
    "ريم",
    "لينا",
    "دينا",
    "رشا",
    "سناء",
    "ياسمين",
    "سمية",
    "نادية",
    "هالة",
    "لمى",
    "شيماء",
    "آمنة",
    "أسماء",
    "رقية",
    "سهى",
    "غادة",
    "جنى",
    "رهف",
    "حداد",
    "منصور",
    "الخطيب",
    "عبود",
    "المصري",
    "العلي",
    "خليل",
    "عباس",
    "يونس",
    "الشامي",
    "الحلبي",
    "النجار",
    "درويش",
    "قاسم",
    "صالح",
    "حمدان",
    "البغدادي",
    "التميمي",
    "الجبوري",
    "العبيدي",
    "الأحمد",
    "الحسن",
    "عوض",
    "شحادة",
    "عودة",
    "بكر",
    "حماد",
];

/// Arabic words a name follows: titles, greetings, relatives, `the patient`.
/// (first: the name is a clinician's).
const ARABIC_BEFORE: &[(&str, bool)] = &[
    ("الدكتور", true),
    ("الدكتورة", true),
    ("السيد", false),
    ("السيدة", false),
    ("السيده", false),
    ("الآنسة", false),
    ("الأستاذ", false),
    ("الأستاذة", false),
    ("مرحبا", false),
    ("مرحباً", false),
    ("عزيزي", false),
    ("عزيزتي", false),
    ("ابنك", false),
    ("ابنتك", false),
    ("طفلك", false),
    ("طفلتك", false),
    ("زوجك", false),
    ("زوجتك", false),
    ("المريض", false),
    ("المريضة", false),
];

/// The most common Chinese surnames, simplified and traditional.
const CHINESE_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤陳張劉楊黃趙吳鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈羅孫馬郭";

/// Chinese titles and greetings written right after a name (`黄志强先生`,
/// `陈美玲您好`), with whether they make it a clinician's.
const CHINESE_AFTER: &[(&str, bool)] = &[
    ("先生", false),
    ("女士", false),
    ("小姐", false),
    ("太太", false),
    ("您好", false),
    ("你好", false),
    ("同学", false),
    ("医生", true),
    ("醫生", true),
    ("大夫", true),
    ("医师", true),
    ("醫師", true),
    ("护士", true),
    ("護士", true),
];

/// Common Korean surnames (one syllable each).
const KOREAN_SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용";

/// Korean words that end in the honorific `님` or `씨` and start with a
/// surname's syllable but name no one: teacher, customer, member, guest…
const KOREAN_NOT_NAMES: &[&str] = &[
    "선생",
    "고객",
    "회원",
    "환자",
    "보호자",
    "부모",
    "어머",
    "아버",
    "사모",
    "원장",
    "교수",
    "손",
    "형",
    "주인",
    "사장",
    "부장",
    "과장",
    "실장",
    "팀장",
    "기사",
    "작가",
    "성도",
    "여러분",
    "이용자",
    "신청자",
    "예약자",
    "수신자",
    "구매자",
];

/// Korean words after a name that make it a clinician's.
const KOREAN_CLINICIAN_AFTER: &[&str] = &["선생님", "원장님", "교수님", "의사", "간호사"];

/// Cyrillic words before a name that make it a clinician's, as typed
/// (compared folded, without a case table: Unicode's would cost the module
/// kilobytes).
const CYRILLIC_CLINICIAN_BEFORE: &[&str] = &[
    "лікаря",
    "лікар",
    "Лікар",
    "лікарем",
    "врача",
    "врач",
    "Врач",
    "врачом",
    "доктора",
    "доктор",
    "Доктор",
    "др",
    "д-р",
];

/// Vietnamese kinship and courtesy words a name follows, as folding writes
/// them (`chị` reads `chi`), and the doctor's `bác sĩ` (`si` last): `chị
/// Hương`, `bé Minh Khang`.
const VIETNAMESE_BEFORE: &[&str] = &[
    "anh", "chi", "em", "be", "co", "chu", "bac", "ong", "ba", "chau", "con", "ban", "si", "bs",
    "di", "cau", "thim", "mo",
];

/// Russian and Ukrainian greetings and thanks that open a message like a
/// name before a comma (`Здравствуйте, это ...`), as typed.
const CYRILLIC_OPENERS: &[&str] = &[
    "Здравствуйте",
    "Здравствуй",
    "Привет",
    "Спасибо",
    "Добрый",
    "Доброе",
    "Уважаемый",
    "Уважаемая",
    "Вітаю",
    "Дякую",
    "Добрий",
];

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Which scripts a message holds, found in one pass over its characters.
#[derive(Default)]
struct Scripts {
    arabic: bool,
    han: bool,
    hangul: bool,
    cyrillic: bool,
}

/// Read off the lead bytes of UTF-8: Cyrillic's are D0–D3, Arabic's D8–DB,
/// the CJK ideographs' E4–E9 and Hangul's EA–ED (each range a little wider
/// than its script; the finders check every character). Latin letters with
/// accents lead with C3–C5, so a Spanish message is one quick test.
fn scripts(text: &str) -> Scripts {
    let mut s = Scripts::default();
    let bytes = text.as_bytes();
    if !bytes.iter().any(|&b| b >= 0xD0) {
        return s;
    }
    for &b in bytes {
        match b {
            0xD0..=0xD3 => s.cyrillic = true,
            0xD8..=0xDB => s.arabic = true,
            0xE4..=0xE9 => s.han = true,
            0xEA..=0xED => s.hangul = true,
            _ => {}
        }
    }
    s
}

/// The names of other scripts in a message that is not all ASCII, and
/// the Vietnamese rule on the names found so far.
pub(crate) fn script_names(scan: &Scan, out: &mut Vec<Cand>) {
    let text = scan.text();
    if !text.is_ascii() {
        let s = scripts(text);
        if s.arabic {
            arabic(scan, out);
        }
        if s.han {
            chinese(text, out);
        }
        if s.hangul {
            korean(scan, out);
        }
        if s.cyrillic {
            cyrillic(scan, out);
        }
    }
    // Read off the original: folding took the Vietnamese letters to ASCII.
    if scan.folded.vietnamese {
        vietnamese(scan, out);
    }
}

fn push(out: &mut Vec<Cand>, start: usize, end: usize, clinician: bool) {
    if out.iter().all(|c| c.end <= start || c.start >= end) {
        out.push(Cand {
            clinician,
            ..Cand::new(start, end)
        });
    }
}

/// The last word of the run from word `i` of words one space apart that
/// `more` accepts: the rest of a name.
fn run(scan: &Scan, i: usize, more: impl Fn(usize) -> bool) -> usize {
    let mut last = i;
    while let Some(n) = scan.next_solid(last).filter(|&n| n == last + 2 && more(n)) {
        last = n;
    }
    last
}

/// Whether word `i` opens a sentence: first on its line, or after `.`,
/// `!`, `?` or `:`.
fn opens(scan: &Scan, i: usize) -> bool {
    scan.prev_solid(i)
        .is_none_or(|p| matches!(scan.tok(p), "." | "!" | "?" | ":"))
}

/// Whether token `i` is a word in the Arabic script.
fn arabic_word(scan: &Scan, i: usize) -> bool {
    scan.is_word(i) && scan.tok(i).chars().next().is_some_and(is_arabic)
}

/// An Arabic name: a listed one anywhere, or any word after a title,
/// greeting or relative; a listed name right after either joins it.
fn arabic(scan: &Scan, out: &mut Vec<Cand>) {
    let listed = |i: usize| arabic_word(scan, i) && ARABIC_NAMES.contains(&scan.tok(i));
    let mut i = 0;
    while i < scan.tokens.len() {
        if !arabic_word(scan, i) {
            i += 1;
            continue;
        }
        let cue = scan
            .prev_solid(i)
            .and_then(|p| ARABIC_BEFORE.iter().find(|(w, _)| *w == scan.tok(p)));
        // A title is no name of its own (`السيد` is a family name too).
        let title_next = ARABIC_BEFORE.iter().any(|(w, _)| *w == scan.tok(i));
        if (cue.is_none() || title_next) && !listed(i) {
            i += 1;
            continue;
        }
        let last = run(scan, i, listed);
        let clinician = cue.is_some_and(|&(_, c)| c);
        push(out, scan.tokens[i].start, scan.tokens[last].end, clinician);
        i = last + 1;
    }
}

/// A Chinese name: a common surname and one or two more characters, right
/// before a title or greeting (`黄志强先生`, `王医生`). Chinese writes no
/// spaces, so the name's length is read back from the title: three
/// characters when the first of them is a surname, else two, else the
/// surname alone.
fn chinese(text: &str, out: &mut Vec<Cand>) {
    // Ideographs are three bytes each in UTF-8, so the name's start is
    // three, six or nine bytes back.
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let Some(&(title, clinician)) = CHINESE_AFTER
            .iter()
            .find(|(t, _)| bytes[at..].starts_with(t.as_bytes()))
        else {
            at += 1;
            continue;
        };
        for n in [9, 6, 3] {
            let Some(name) = at.checked_sub(n).and_then(|s| text.get(s..at)) else {
                continue;
            };
            if name.chars().all(is_han)
                && name
                    .chars()
                    .next()
                    .is_some_and(|c| CHINESE_SURNAMES.contains(c))
            {
                push(out, at - n, at, clinician);
                break;
            }
        }
        at += title.len();
    }
}

/// A Korean name: a word of two to four syllables starting with a common
/// surname, with the honorific `님` or `씨` after it (`박서연님`, `최민서 님`),
/// which stays outside the name like a title.
fn korean(scan: &Scan, out: &mut Vec<Cand>) {
    for i in 0..scan.tokens.len() {
        if !scan.is_word(i) || !scan.tok(i).chars().next().is_some_and(is_hangul) {
            continue;
        }
        let word = scan.tok(i);
        let next = scan.next_solid(i).filter(|&n| n == i + 2);
        // The honorific may carry a particle after it: `박서연님께`, `님의`.
        let honorific = word.char_indices().find(|&(_, c)| c == '님' || c == '씨');
        let (stem, clinician) = if let Some((at, _)) =
            honorific.filter(|&(at, c)| word[at + c.len_utf8()..].chars().count() <= 2)
        {
            (&word[..at], false)
        } else if let Some(n) = next {
            let after = scan.tok(n);
            // Or a student, a boy or a girl by their suffix: `김민준 학생`, `민준 군`.
            if matches!(
                after,
                "님" | "씨" | "환자" | "환자분" | "보호자" | "학생" | "군" | "양"
            ) {
                (word, false)
            } else if KOREAN_CLINICIAN_AFTER.contains(&after) {
                (word, true)
            } else {
                continue;
            }
        } else {
            continue;
        };
        let syllables = stem.chars().count();
        let surname = stem
            .chars()
            .next()
            .is_some_and(|c| KOREAN_SURNAMES.contains(c));
        if (2..=4).contains(&syllables)
            && surname
            && stem.chars().all(is_hangul)
            && !KOREAN_NOT_NAMES.contains(&stem)
        {
            let start = scan.tokens[i].start;
            push(out, start, start + stem.len(), clinician);
        }
    }
}

/// A Cyrillic name: capitalised Cyrillic words not opening a sentence
/// (Russian and Ukrainian write months, weekdays and nationalities in
/// lowercase, so a capital inside a sentence is a proper name).
fn cyrillic(scan: &Scan, out: &mut Vec<Cand>) {
    // Folding took Cyrillic letters that look Latin to Latin (`Мельник`
    // reads `Mельник`), so a Cyrillic word is one with any Cyrillic letter.
    let capital = |i: usize| {
        let word = scan.tok(i);
        let mut chars = word.chars();
        scan.is_word(i)
            && chars.next().is_some_and(char::is_uppercase)
            // Not an acronym: `МРТ`, `ВИЧ`.
            && chars.next().is_some_and(|c| c.is_alphabetic() && !c.is_uppercase())
            && word.chars().any(is_cyrillic)
    };
    // The Latin finder takes a capitalised word before a comma opening a
    // message for a name; in Cyrillic it is as often a greeting.
    out.retain(|c| {
        let i = scan.tokens.partition_point(|t| t.start < c.start);
        !(i < scan.tokens.len()
            && scan.tokens[i].end == c.end
            && CYRILLIC_OPENERS
                .iter()
                .any(|w| Folded::new(w).text == scan.tok(i)))
    });
    let mut i = 0;
    while i < scan.tokens.len() {
        if !capital(i) {
            i += 1;
            continue;
        }
        let prev = scan.prev_solid(i);
        if opens(scan, i) {
            i += 1;
            continue;
        }
        let last = run(scan, i, capital);
        // The list is written as people type it; the text is folded.
        let clinician = prev.is_some_and(|p| {
            CYRILLIC_CLINICIAN_BEFORE
                .iter()
                .any(|w| Folded::new(w).text == scan.tok(p))
        });
        push(out, scan.tokens[i].start, scan.tokens[last].end, clinician);
        i = last + 1;
    }
}

/// In a Vietnamese message, a name is a capitalised word (or run of them)
/// after a kinship or courtesy word: such names are added, and the names
/// found otherwise that are lowercase or open a sentence (short Vietnamese
/// words on the name lists) are dropped, unless they are a clinician's.
fn vietnamese(scan: &Scan, out: &mut Vec<Cand>) {
    let capital =
        |i: usize| scan.is_word(i) && scan.tok(i).chars().next().is_some_and(char::is_uppercase);
    let cued = |i: usize| {
        scan.prev_solid(i)
            .is_some_and(|p| p + 2 == i && VIETNAMESE_BEFORE.contains(&scan.low(p)))
    };
    let token_at = |byte: usize| scan.tokens.partition_point(|t| t.start < byte);
    // Dropped: a lowercase word (`mang theo`, `khoa`) or one opening a
    // sentence (`Xin`, `Phòng`) that no such word introduces.
    out.retain(|c| {
        let i = token_at(c.start);
        c.clinician || (i < scan.tokens.len() && capital(i) && (cued(i) || !opens(scan, i)))
    });
    let mut i = 0;
    while i < scan.tokens.len() {
        if !(capital(i) && cued(i)) {
            i += 1;
            continue;
        }
        let last = run(scan, i, capital);
        let doctor = scan
            .prev_solid(i)
            .is_some_and(|p| matches!(scan.low(p), "bs" | "si"));
        push(out, scan.tokens[i].start, scan.tokens[last].end, doctor);
        i = last + 1;
    }
}

/// Clinical terms in the scripts above, for the clinical finders: the term
/// table is ASCII (the scan folds Latin letters to it), so a message in
/// Russian, Ukrainian, Arabic, Chinese or Korean would otherwise show no
/// condition, drug or test at all. Common words of clinic messages, from
/// general knowledge of the languages; each a stem, with its list and class.
///
/// Russian and Ukrainian inflect by endings: a Cyrillic stem matches a
/// word that starts with it, with at most two more letters when the stem is
/// three or four letters (`рак`, `рака`, not `ракета`), none when two (`кт`,
/// not `кто`), up to six when longer. Arabic joins `ال` (the), `و` (and),
/// `ب` (with), `ل` (for) to the front of a word and endings to the back: a
/// stem matches after one of those prefixes, with at most three letters
/// more when it is three or four letters long. The word found is the span. Chinese and Korean
/// are matched as written anywhere in the text (Chinese has no spaces,
/// Korean joins particles to words), and the term is the span; a longer
/// term is listed before a shorter one inside it. A Cyrillic acronym all of
/// whose letters look Latin (`МРТ`) was folded to Latin and is not found.
type ScriptTerm = (&'static str, Category, Option<Sensitivity>);

const C: Category = Category::Condition;
const M: Category = Category::Medication;
const P: Category = Category::Procedure;
const PSY: Option<Sensitivity> = Some(Sensitivity::Psy);
const SEX: Option<Sensitivity> = Some(Sensitivity::Sex);
const ETH: Option<Sensitivity> = Some(Sensitivity::Eth);
const HIV: Option<Sensitivity> = Some(Sensitivity::Hiv);

const CYRILLIC_TERMS: &[ScriptTerm] = &[
    // Russian.
    ("диабет", C, None),
    ("гипертони", C, None),
    ("давлени", C, None),
    ("астм", C, None),
    ("кашел", C, None),
    ("кашл", C, None),
    ("боль", C, None),
    ("болит", C, None),
    ("болят", C, None),
    ("головокружени", C, None),
    ("тошнот", C, None),
    ("рвот", C, None),
    ("понос", C, None),
    ("диаре", C, None),
    ("запор", C, None),
    ("сыпь", C, None),
    ("депресси", C, PSY),
    ("тревожн", C, PSY),
    ("паническ", C, PSY),
    ("беременн", C, SEX),
    ("выкидыш", C, SEX),
    ("инсульт", C, None),
    ("инфаркт", C, None),
    ("рак", C, None),
    ("опухол", C, None),
    ("гепатит", C, None),
    ("вич", C, HIV),
    ("спид", C, HIV),
    ("туберкулез", C, None),
    ("туберкулёз", C, None),
    ("пневмони", C, None),
    ("грипп", C, None),
    ("простуд", C, None),
    ("аллерги", C, None),
    ("отек", C, None),
    ("отёк", C, None),
    ("одышк", C, None),
    ("бессонниц", C, None),
    ("деменци", C, None),
    ("эпилепси", C, None),
    ("судорог", C, None),
    ("артрит", C, None),
    ("анеми", C, None),
    ("инфекци", C, None),
    ("перелом", C, None),
    ("кровотечени", C, None),
    ("алкоголизм", C, ETH),
    ("зависимост", C, ETH),
    ("холестерин", C, None),
    ("слабость", C, None),
    ("температур", C, None),
    // Ukrainian.
    ("діабет", C, None),
    ("тиск", C, None),
    ("біль", C, None),
    ("болить", C, None),
    ("кашель", C, None),
    ("вагітн", C, SEX),
    ("депресі", C, PSY),
    ("застуд", C, None),
    ("інсульт", C, None),
    ("інфекці", C, None),
    // Drugs.
    ("инсулин", M, None),
    ("інсулін", M, None),
    ("метформин", M, None),
    ("метформін", M, None),
    ("антибиотик", M, None),
    ("антибіотик", M, None),
    ("амоксициллин", M, None),
    ("цефалексин", M, None),
    ("аспирин", M, None),
    ("ибупрофен", M, None),
    ("парацетамол", M, None),
    ("лизиноприл", M, None),
    ("амлодипин", M, None),
    ("аторвастатин", M, None),
    ("омепразол", M, None),
    ("преднизолон", M, None),
    ("варфарин", M, None),
    ("левотироксин", M, None),
    ("эутирокс", M, None),
    ("сертралин", M, None),
    ("метадон", M, ETH),
    ("субоксон", M, ETH),
    ("налоксон", M, ETH),
    // Tests and procedures.
    ("анализ", P, None),
    ("аналіз", P, None),
    ("узи", P, None),
    ("мрт", P, None),
    ("кт", P, None),
    ("рентген", P, None),
    ("флюорограф", P, None),
    ("маммограф", P, None),
    ("колоноскопи", P, None),
    ("эндоскопи", P, None),
    ("гастроскопи", P, None),
    ("биопси", P, None),
    ("біопсі", P, None),
    ("экг", P, None),
    ("екг", P, None),
    ("кардиограмм", P, None),
    ("прививк", P, None),
    ("вакцин", P, None),
    ("щеплен", P, None),
    ("операци", P, None),
    ("операці", P, None),
    ("химиотерапи", P, None),
    ("хіміотерапі", P, None),
    ("диализ", P, None),
    ("физиотерапи", P, None),
];

const ARABIC_TERMS: &[ScriptTerm] = &[
    ("سكري", C, None),
    ("سكر", C, None),
    ("ضغط", C, None),
    ("ربو", C, None),
    ("سعال", C, None),
    ("كحة", C, None),
    ("حمى", C, None),
    ("صداع", C, None),
    ("دوخة", C, None),
    ("دوار", C, None),
    ("غثيان", C, None),
    ("استفراغ", C, None),
    ("تقيؤ", C, None),
    ("إسهال", C, None),
    ("اسهال", C, None),
    ("إمساك", C, None),
    ("امساك", C, None),
    ("طفح", C, None),
    ("اكتئاب", C, PSY),
    ("قلق", C, PSY),
    ("كوابيس", C, PSY),
    ("حامل", C, SEX),
    ("إجهاض", C, SEX),
    ("اجهاض", C, SEX),
    ("سرطان", C, None),
    ("جلطة", C, None),
    ("فقر الدم", C, None),
    ("أنيميا", C, None),
    ("انيميا", C, None),
    ("التهاب", C, None),
    ("كسر", C, None),
    ("ألم", C, None),
    ("آلام", C, None),
    ("وجع", C, None),
    ("كوليسترول", C, None),
    ("كولسترول", C, None),
    ("زهايمر", C, None),
    ("صرع", C, None),
    ("إيدز", C, HIV),
    ("ايدز", C, HIV),
    ("أرق", C, None),
    ("إنسولين", M, None),
    ("انسولين", M, None),
    ("ميتفورمين", M, None),
    ("مضاد حيوي", M, None),
    ("مضادات حيوية", M, None),
    ("باراسيتامول", M, None),
    ("بنادول", M, None),
    ("أموكسيسيلين", M, None),
    ("اموكسيسيلين", M, None),
    ("ايبوبروفين", M, None),
    ("تحليل", P, None),
    ("تحاليل", P, None),
    // Not `فحص` alone: the annual exam is a visit, no test.
    ("فحص الدم", P, None),
    ("فحص دم", P, None),
    ("أشعة", P, None),
    ("اشعة", P, None),
    ("رنين مغناطيسي", P, None),
    ("إيكو", P, None),
    ("ايكو", P, None),
    ("سونار", P, None),
    ("تخطيط القلب", P, None),
    ("منظار", P, None),
    ("خزعة", P, None),
    ("جراحة", P, None),
    ("تطعيم", P, None),
    ("لقاح", P, None),
    ("غسيل الكلى", P, None),
    ("علاج طبيعي", P, None),
];

const CJK_TERMS: &[ScriptTerm] = &[
    // Chinese, simplified and traditional.
    ("糖尿病", C, None),
    ("高血压", C, None),
    ("高血壓", C, None),
    ("哮喘", C, None),
    ("咳嗽", C, None),
    ("发烧", C, None),
    ("發燒", C, None),
    ("发热", C, None),
    ("發熱", C, None),
    ("头痛", C, None),
    ("頭痛", C, None),
    ("头晕", C, None),
    ("頭暈", C, None),
    ("恶心", C, None),
    ("噁心", C, None),
    ("呕吐", C, None),
    ("嘔吐", C, None),
    ("腹泻", C, None),
    ("腹瀉", C, None),
    ("拉肚子", C, None),
    ("便秘", C, None),
    ("皮疹", C, None),
    ("过敏", C, None),
    ("過敏", C, None),
    ("抑郁", C, PSY),
    ("抑鬱", C, PSY),
    ("憂鬱", C, PSY),
    ("焦虑", C, PSY),
    ("焦慮", C, PSY),
    ("怀孕", C, SEX),
    ("懷孕", C, SEX),
    ("流产", C, SEX),
    ("流產", C, SEX),
    ("癌", C, None),
    ("中风", C, None),
    ("中風", C, None),
    ("心脏病", C, None),
    ("心臟病", C, None),
    ("贫血", C, None),
    ("貧血", C, None),
    ("感冒", C, None),
    ("流感", C, None),
    ("肺炎", C, None),
    ("失眠", C, None),
    ("痴呆", C, None),
    ("失智", C, None),
    ("肝炎", C, None),
    ("乙肝", C, None),
    ("艾滋病", C, HIV),
    ("愛滋病", C, HIV),
    ("骨折", C, None),
    ("疼", C, None),
    ("胰岛素", M, None),
    ("胰島素", M, None),
    ("二甲双胍", M, None),
    ("二甲雙胍", M, None),
    ("抗生素", M, None),
    ("阿莫西林", M, None),
    ("布洛芬", M, None),
    ("阿司匹林", M, None),
    ("降压药", M, None),
    ("降壓藥", M, None),
    ("胃镜", P, None),
    ("胃鏡", P, None),
    ("结肠镜", P, None),
    ("結腸鏡", P, None),
    ("大肠镜", P, None),
    ("肠镜", P, None),
    ("腸鏡", P, None),
    ("内窥镜", P, None),
    ("内镜", P, None),
    ("核磁共振", P, None),
    ("磁共振", P, None),
    ("超声", P, None),
    ("超聲", P, None),
    ("B超", P, None),
    ("心电图", P, None),
    ("心電圖", P, None),
    ("X光", P, None),
    ("验血", P, None),
    ("驗血", P, None),
    ("验尿", P, None),
    ("驗尿", P, None),
    ("血检", P, None),
    ("活检", P, None),
    ("活檢", P, None),
    ("化疗", P, None),
    ("化療", P, None),
    ("透析", P, None),
    ("手术", P, None),
    ("手術", P, None),
    ("疫苗", P, None),
    ("体检", P, None),
    ("體檢", P, None),
    ("洗牙", P, None),
    ("拔牙", P, None),
    ("钼靶", P, None),
    // Korean.
    ("당뇨", C, None),
    ("고혈압", C, None),
    ("천식", C, None),
    ("기침", C, None),
    ("발열", C, None),
    ("열이 나", C, None),
    ("두통", C, None),
    ("어지러", C, None),
    ("어지럼", C, None),
    ("메스꺼", C, None),
    ("구토", C, None),
    ("설사", C, None),
    ("변비", C, None),
    ("발진", C, None),
    ("우울", C, PSY),
    ("불안", C, PSY),
    ("공황", C, PSY),
    ("악몽", C, PSY),
    ("임신", C, SEX),
    ("위암", C, None),
    ("폐암", C, None),
    ("유방암", C, None),
    ("대장암", C, None),
    ("간암", C, None),
    ("갑상선암", C, None),
    ("뇌졸중", C, None),
    ("치매", C, None),
    ("빈혈", C, None),
    ("감기", C, None),
    ("독감", C, None),
    ("폐렴", C, None),
    ("불면증", C, None),
    ("통증", C, None),
    ("아파요", C, None),
    ("아파서", C, None),
    ("아프고", C, None),
    ("아프다", C, None),
    ("아픔", C, None),
    ("골절", C, None),
    ("간염", C, None),
    ("관절염", C, None),
    ("인슐린", M, None),
    ("메트포르민", M, None),
    ("항생제", M, None),
    ("타이레놀", M, None),
    ("진통제", M, None),
    ("혈압약", M, None),
    ("수면제", M, None),
    ("대장내시경", P, None),
    ("위내시경", P, None),
    ("내시경", P, None),
    ("초음파", P, None),
    ("혈액검사", P, None),
    ("피검사", P, None),
    ("소변검사", P, None),
    ("조직검사", P, None),
    ("검사", P, None),
    ("심전도", P, None),
    ("수술", P, None),
    ("예방접종", P, None),
    ("접종", P, None),
    ("백신", P, None),
    ("항암", P, None),
    ("투석", P, None),
    ("물리치료", P, None),
    ("보청기", P, None),
    ("스케일링", P, None),
];

/// Arabic's joined prefixes, longest first: `وال` and, the; `بال` with
/// the; `لل` for the; `ال` the; `و` and; `ب` with; `ل` for; `ف` so.
const ARABIC_PREFIXES: &[&str] = &["وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف", ""];

/// The clinical terms of `category` written in other scripts (see
/// [`CYRILLIC_TERMS`]), added where no candidate of the category is yet.
pub(crate) fn script_terms(scan: &Scan, category: Category, out: &mut Vec<Cand>) {
    let text = scan.text();
    if text.is_ascii() {
        return;
    }
    let s = scripts(text);
    let mut add = |start: usize, end: usize, sensitivity: Option<Sensitivity>| {
        if out.iter().all(|c| c.end <= start || c.start >= end) {
            out.push(Cand {
                sensitivity,
                ..Cand::new(start, end)
            });
        }
    };
    if s.han || s.hangul {
        for &(term, _, sensitivity) in CJK_TERMS.iter().filter(|t| t.1 == category) {
            for (at, _) in text.match_indices(term) {
                add(at, at + term.len(), sensitivity);
            }
        }
    }
    if !(s.cyrillic || s.arabic) {
        return;
    }
    // Folding took Cyrillic letters that look Latin to Latin, in the text
    // and, the same way, in the stems.
    static FOLDED: OnceLock<Vec<String>> = OnceLock::new();
    let folded = FOLDED.get_or_init(|| {
        CYRILLIC_TERMS
            .iter()
            .map(|t| Folded::new(t.0).text.to_lowercase())
            .collect()
    });
    for i in 0..scan.tokens.len() {
        if !scan.is_word(i) {
            continue;
        }
        let word = scan.tok(i);
        let first = word.chars().next().unwrap_or(' ');
        let (start, end) = (scan.tokens[i].start, scan.tokens[i].end);
        if s.cyrillic && word.chars().any(is_cyrillic) {
            let low = word.to_lowercase();
            for (k, stem) in folded.iter().enumerate() {
                let (_, cat, sensitivity) = CYRILLIC_TERMS[k];
                if cat == category && stem_fits(&low, stem, 2) {
                    add(start, end, sensitivity);
                    break;
                }
            }
        } else if s.arabic && is_arabic(first) {
            // A term of two words is looked for with the word after it.
            let two = scan
                .next_solid(i)
                .filter(|&n| n == i + 2 && scan.tok(i + 1) == " ")
                .map(|n| (format!("{word} {}", scan.tok(n)), scan.tokens[n].end));
            for &(stem, cat, sensitivity) in ARABIC_TERMS {
                if cat != category {
                    continue;
                }
                let (candidate, to) = match &two {
                    Some((pair, to)) if stem.contains(' ') => (pair.as_str(), *to),
                    _ if stem.contains(' ') => continue,
                    _ => (word, end),
                };
                if ARABIC_PREFIXES.iter().any(|p| {
                    candidate
                        .strip_prefix(p)
                        .is_some_and(|rest| stem_fits(rest, stem, 3))
                }) {
                    add(start, to, sensitivity);
                    break;
                }
            }
        }
    }
}

/// Whether `word` is `stem` and at most a few letters more: none after a
/// stem of two letters (`кт`, not `кто`), `short` after one of three or
/// four (`боль`, `боли`, not `больница`), up to six after a longer one.
fn stem_fits(word: &str, stem: &str, short: usize) -> bool {
    word.strip_prefix(stem).is_some_and(|rest| {
        let more = rest.chars().count();
        more <= match stem.chars().count() {
            0..=2 => 0,
            3 | 4 => short,
            _ => 6,
        }
    })
}
