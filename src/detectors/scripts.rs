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

use super::text::{word_set, words, WordList};
use super::{Cand, ScriptHit};
use crate::normalize::Folded;
use crate::scan::{is_han, is_hangul, Scan};
use crate::{Category, Sensitivity};

/// Common Arabic, Persian and Dari given names and family names that are
/// not also everyday words (`نور`, light, and `صباح`, morning, are left out).
const ARABIC_NAMES: &str = words![
    // Javed (Urdu, Persian).
    "جاوید",
    "جاويد",
    // Heba, Dana, Ruba, Noor.
    "هبة",
    "دانا",
    "ربى",
    "نور",
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
    // Persian and Dari (written with Persian `ی` and `ک`).
    "فرید",
    "نیلوفر",
    "زهرا",
    "فاطمه",
    "رضا",
    "مهدی",
    "حمید",
    "پریسا",
    "نازنین",
    "رحیمی",
    "احمدی",
    "محمدی",
    "حسینی",
    "رضایی",
    "کریمی",
    "کاظمی",
    "جعفری",
    "حیدری",
    "موسوی",
];

/// Arabic words a name follows: titles, greetings, relatives, `the patient`.
/// (first: the name is a clinician's).
const ARABIC_BEFORE: &[(&str, bool)] = &[
    ("الدكتور", true),
    ("الدكتورة", true),
    ("الممرضة", true),
    ("الممرض", true),
    // A specialist (a therapist, a counsellor): `مع الأخصائية دانا`.
    ("الأخصائية", true),
    ("الأخصائي", true),
    ("الاخصائية", true),
    ("الاخصائي", true),
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
    // His, her and my son, daughter, husband, wife, mother, father,
    // brother, sister; Persian her son, my son, her daughter, my daughter,
    // my husband, my wife, my mother, my father.
    ("ابنه", false),
    ("ابنها", false),
    ("ابني", false),
    ("ابنته", false),
    ("ابنتها", false),
    ("ابنتي", false),
    ("بنتي", false),
    ("زوجها", false),
    ("زوجي", false),
    ("زوجته", false),
    ("زوجتي", false),
    ("أمي", false),
    ("والدتي", false),
    ("أبي", false),
    ("والدي", false),
    ("أخي", false),
    ("أختي", false),
    ("پسرش", false),
    ("پسرم", false),
    ("دخترش", false),
    ("دخترم", false),
    ("شوهرم", false),
    ("همسرم", false),
    ("مادرم", false),
    ("پدرم", false),
    ("المريض", false),
    ("المريضة", false),
    // Persian and Dari: Dr, Mr, Mrs; nurse (`خانم پرستار`, Ms. Nurse, is
    // no name).
    ("دکتر", true),
    ("پرستار", true),
    ("داکتر", true),
    ("آقای", false),
    ("خانم", false),
];

/// The most common Chinese surnames, simplified and traditional, with those
/// common in US Chinatowns: Yan, Ko, Yung, Ng, Lok, Kwong, Kwan, Mak, Sham,
/// Yu, Au, Yuen, Mui (`甄`, `柯`, `翁`, `伍`, `骆`, `邝`, `关`, `麦`, `岑`, `余`,
/// `欧`, `阮`, `梅`).
const CHINESE_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤陳張劉楊黃趙吳鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈羅孫馬郭甄柯翁伍骆駱邝鄺关關麦麥岑余欧歐阮梅";

/// The commonest Japanese surnames, two kanji each, and some of Okinawa's
/// (`比嘉`, `島袋`), common in Hawaii, for names before `様` or `さん`
/// (`佐藤様`, `田中美咲さん`).
const JAPANESE_SURNAMES: &str = "佐藤鈴木高橋田中伊藤渡辺山本中村小林加藤吉田山田山口松本井上木村斎藤清水山崎池田橋本阿部石川山下中島石井小川前田岡田藤田後藤近藤村上遠藤青木坂本福田太田西村藤井岡本藤原中野三浦原田松田竹内小野田村中山和田石田上田森田酒井工藤横山宮崎宮本内田高木谷口安藤丸山今井大野上野大塚比嘉平野岡部石原大西松井野口菊地菊池千葉桑原杉山今村新井河野北村永井武田小池久保島田荒木宮田増田西田松尾安田中川中西小島渡部浅野宮城金城新垣上原知念島袋玉城大城森本大島高田福島小山片山岩崎桜井広瀬松下服部斉藤杉本金子吉川山内小松水野柴田樋口西川浜崎永田野村松浦内藤望月関口宮下北川古川平田黒田川口川村大橋中尾";

/// Children's and adults' given names as families write them in hiragana
/// (`そうた`, `ひなた`), read alone by [`japanese`] only in context; none a
/// common word (not `さくら`, `はな`, `ゆき`, `まい`).
const HIRAGANA_GIVEN: &str = words![
    "ひなた",
    "そうた",
    "ゆうと",
    "みお",
    "ゆな",
    "そら",
    "ゆうま",
    "はると",
    "ゆい",
    "あおい",
    "りん",
    "ひまり",
    "こはる",
    "ゆうき",
    "たくみ",
    "けんた",
    "しょうた",
    "だいき",
    "りく",
    "かいと",
    "れん",
    "みなと",
    "あかり",
    "えま",
    "さき",
    "ほのか",
    "ゆづき",
    "りお",
    "ここな",
    "つむぎ",
    "いちか",
    "ゆいと",
    "あおと",
    "はるき",
    "そうすけ",
    "ゆうた",
    "こうた",
    "りょうた",
    "めい",
    "みゆ",
    "ゆずき",
    "かのん",
    "ひなの",
    "ゆうな",
    "りこ",
    "みく",
    "あやか",
    "まな",
    "なな",
    "ちえ",
    "りな",
    "ちよ",
    "あや",
    "みさき",
    "ゆか",
    "まゆ",
    "なつみ",
    "えり",
];

/// Japanese given names of one kanji, read alone as [`HIRAGANA_GIVEN`] are
/// (`湊の`, `凛の`); none a common word at the start of a clause.
const JAPANESE_GIVEN_ONE: &str = "湊蓮凛陸翔蒼楓葵颯紬律";

/// Japanese surnames of three characters, two with `々` (`佐々木`).
const JAPANESE_SURNAMES_3: [&str; 7] = [
    "佐々木",
    "野々村",
    "長谷川",
    "五十嵐",
    "小野寺",
    "仲宗根",
    "大久保",
];

/// Is `j` one of [`JAPANESE_SURNAMES`]?
fn japanese_surname(j: &str) -> bool {
    in_pairs(JAPANESE_SURNAMES, j)
}

/// Is `j` one of the names of `list`, names of two characters of three
/// bytes each written one after another ([`JAPANESE_SURNAMES`],
/// [`CHINESE_GIVEN`], [`KOREAN_GIVEN`])?
fn in_pairs(list: &str, j: &str) -> bool {
    j.len() == 6
        && (0..list.len())
            .step_by(6)
            .any(|k| list.get(k..k + 6) == Some(j))
}

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
    // Japanese honorifics.
    ("様", false),
    ("さん", false),
    ("さま", false),
    ("くん", false),
    ("ちゃん", false),
    // Master: a driver's or a tradesman's title (`陈师傅`).
    ("师傅", false),
    ("師傅", false),
    // An auntie, a grandmother, a grandfather as one calls an elder, and
    // Cantonese Mrs. before a comma (read as `,`): `罗阿姨`, `李奶奶`, `梁太，`.
    ("阿姨", false),
    ("奶奶", false),
    ("爷爷", false),
    ("太,", false),
    // Cantonese uncle, grandmother, Mr.: `周伯`, `冯婆婆`, `梁生`.
    ("伯", false),
    ("婆婆", false),
    ("生 ", false),
    ("生,", false),
    ("医生", true),
    ("醫生", true),
    ("大夫", true),
    ("医师", true),
    ("醫師", true),
    ("护士", true),
    ("護士", true),
    // Japanese: a nurse, a counsellor, a midwife (`岡田カウンセラー`).
    ("看護師", true),
    ("カウンセラー", true),
    ("助産師", true),
    // A relative of the name: `我是陈美玲的女儿` (I am Chen Meiling's daughter).
    ("的女儿", false),
    ("的儿子", false),
    ("的女兒", false),
    ("的兒子", false),
];

/// Relatives written in brackets after a name on a list: son, daughter,
/// daughter- and son-in-law, wife, husband, mother, father, grandchildren,
/// siblings, a family member, a patient.
const CHINESE_KIN_IN_BRACKETS: &str =
    "儿子 女儿 儿媳 女婿 妻子 丈夫 母亲 父亲 孙子 孙女 哥哥 姐姐 弟弟 妹妹 家属 患者 兒子 女兒 兒媳";

/// Common Korean surnames (one syllable each).
const KOREAN_SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용";

/// Korean words that end in the honorific `님` or `씨` and start with a
/// surname's syllable but name no one: teacher, customer, member, guest…
const KOREAN_NOT_NAMES: &str = words![
    "이번주",
    "이번달",
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
    // Our (`우리 어머님`), ours; today, tomorrow, yesterday, before, now
    // (`오늘 할머니께서`, `회의 전에 어머님을`).
    "우리",
    "저희",
    "오늘",
    "내일",
    "어제",
    "전에",
    "이제",
    "지금",
];

/// Korean relatives and a guardian, written before their name: `남편
/// 이준호` (husband), `어머니 김순자` (mother).
const KOREAN_RELATIVES: &str = words![
    "딸",
    "아들",
    "남편",
    "아내",
    "손녀",
    "손자",
    "며느리",
    "사위",
    "보호자",
    "어머니",
    "아버지",
    "엄마",
    "아빠",
    "할머니",
    "할아버지",
];

/// Korean words after a name that make it a clinician's.
const KOREAN_CLINICIAN_AFTER: &str =
    words!["선생님", "원장님", "교수님", "의사", "간호사", "상담사"];

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
const VIETNAMESE_BEFORE: &str = words![
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

pub(crate) fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Greek and Cyrillic write a capital inside a sentence only for a proper
/// name (Greek also for weekdays and months, see [`GREEK_CALENDAR`]).
fn is_greek_or_cyrillic(c: char) -> bool {
    // Armenian too, which capitalises its names as they do.
    ('\u{0386}'..='\u{04FF}').contains(&c) || ('\u{0531}'..='\u{0587}').contains(&c)
}

/// How Greek weekdays and months begin, capitalised, to where their
/// spellings part (`Τρίτη`, `Μάρτιος` and `Μαρτίου`; `Ιουλίου`, July's, but
/// not `Ιουλία`, a name).
const GREEK_CALENDAR: &[&str] = &[
    "Δευτ",
    "Τρίτ",
    "Τετ",
    "Πέμπτ",
    "Παρασκ",
    "Σάββ",
    "Κυριακ",
    "Ιανου",
    "Φεβρ",
    "Μάρτ",
    "Μαρτ",
    "Απρ",
    "Μάι",
    "Μαΐ",
    "Ιούν",
    "Ιουν",
    "Ιούλ",
    "Ιουλίο",
    "Αύγ",
    "Αυγ",
    "Σεπτ",
    "Οκτ",
    "Νοέμ",
    "Νοεμ",
    "Δεκ",
];

/// Which scripts a message holds, found in one pass over its characters.
#[derive(Default)]
struct Scripts {
    /// Devanagari, Bengali or Gurmukhi.
    indic: bool,
    arabic: bool,
    han: bool,
    hangul: bool,
    cyrillic: bool,
    ethiopic: bool,
    greek: bool,
    hebrew: bool,
}

/// Read off the lead bytes of UTF-8: Cyrillic's are D0–D3, Arabic's D8–DB,
/// the CJK ideographs' E4–E9 and Hangul's EA–ED (each range a little wider
/// than its script; the finders check every character). Latin letters with
/// accents lead with C3–C5, so a Spanish message is one quick test.
fn scripts(text: &str) -> Scripts {
    let mut s = Scripts::default();
    let bytes = text.as_bytes();
    if !bytes.iter().any(|&b| b >= 0xCE) {
        return s;
    }
    for (k, &b) in bytes.iter().enumerate() {
        match b {
            // Devanagari is U+0900-U+097F: E0 A4 or E0 A5 then a byte.
            // Bengali (U+0980-U+09FF) and Gurmukhi (U+0A00-U+0A7F) follow
            // it, E0 A6 to E0 A9, and are read with it.
            0xE0 => s.indic |= matches!(bytes.get(k + 1), Some(0xA4..=0xA9)),
            // Ethiopic is U+1200-U+137F: E1 88 to E1 8D then a byte.
            0xE1 => s.ethiopic |= matches!(bytes.get(k + 1), Some(0x88..=0x8D)),
            // Armenian (U+0531-U+0587, D4-D6) is read as Greek is.
            0xCE | 0xCF | 0xD4..=0xD6 => s.greek = true,
            0xD0..=0xD3 => s.cyrillic = true,
            0xD7 => s.hebrew = true,
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
    if !scan.ascii {
        let s = scripts(text);
        if s.arabic {
            arabic(scan, out);
        }
        if s.han {
            chinese(text, out);
            chinese_given(text, out);
            if text.contains(crate::scan::is_kana) {
                japanese(text, out);
            }
        }
        if s.han || s.hangul {
            latin_in_cjk(text, out);
        }
        if s.hangul {
            korean(scan, out);
            korean_given(scan, out);
        }
        if s.cyrillic || s.greek {
            cyrillic(scan, out);
        }
        if s.indic || s.ethiopic {
            titled(text, out);
        }
        if s.indic {
            devanagari_kin(text, out);
        }
        if s.hebrew {
            hebrew(scan, out);
        }
    }
    // Read off the original: folding took the Vietnamese letters to ASCII.
    if scan.folded.vietnamese {
        vietnamese(scan, out);
    }
}

/// Greetings and titles a name follows in scripts with no case, one string
/// each (pairs with a flag cost the module a pointer and a length apiece). Nepali and Hindi: `नमस्ते सरिता दिदी`,
/// `म नर्स पेमा शेर्पा।`. Amharic and Tigrinya: hello, Mrs, Miss, Mr, Dr,
/// nurse, sister (a nurse): `ሰላም ወ/ሮ አልማዝ`, `ነርስ ሄለን`. An interpreter
/// (Nepali, Amharic): `दोभाषे कमला`, `አስተርጓሚው ዮሐንስ`.
const TITLED_GREETINGS: &str =
    "नमस्ते नमस्कार श्री श्रीमती सुश्री दोभाषे ሰላም ወ/ሮ ወ/ሪት ወይዘሮ አቶ ኣቶ የአቶ አስተርጓሚው አስተርጓሚ";
/// The titles of [`TITLED_GREETINGS`]'s kind that make the name a clinician's.
const TITLED_CLINICIANS: &str = "नर्स डाक्टर डा. डॉ. डॉक्टर ዶ/ር ዶክተር ነርስ ሲስተር";

/// A name in Devanagari or Ethiopic letters after a greeting or title of
/// [`TITLED_GREETINGS`] or [`TITLED_CLINICIANS`] (a greeting then a title:
/// the title's). The word after
/// it, and after a title a second one when that closes the clause (a
/// danda, comma or the end after it) and is no copula: `नर्स पेमा शेर्पा।`
/// names Pema Sherpa, Amharic `ነርስ ሄለን ነኝ።` (I am nurse Helen) only Helen.
fn titled(text: &str, out: &mut Vec<Cand>) {
    // Words between spaces and line breaks (a name never runs on past
    // one: `नर्स पेमा\nभोलि` names Pema only).
    let words: Vec<&str> = text.split([' ', '\n', '\r', '\t']).collect();
    let offset = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    // The bytes of the punctuation closing a word.
    let strip = |w: &str| w.len() - w.trim_end_matches(['।', ',', '፣', '።', '.']).len();
    // Whether the cue `w` is makes the name a clinician's.
    let cue = |w: &str| {
        let is = |list: &str| list.split(' ').any(|c| c == w);
        if is(TITLED_CLINICIANS) {
            Some(true)
        } else {
            is(TITLED_GREETINGS).then_some(false)
        }
    };
    let mut k = 0;
    while k < words.len() {
        let Some(mut found) = cue(words[k]) else {
            k += 1;
            continue;
        };
        k += 1;
        while let Some(next) = words.get(k).and_then(|w| cue(w)) {
            found = next;
            k += 1;
        }
        let Some(&first) = words.get(k) else {
            break;
        };
        let closed = strip(first);
        // (Not the honorific after a title, `डॉक्टर जी` (doctor sir), nor
        // a postposition: `डॉक्टर ने कहा` (the doctor said).)
        if first.len() == closed
            || first.is_ascii()
            || DEVANAGARI_STOPS
                .split(' ')
                .any(|s| s == &first[..first.len() - closed])
        {
            continue;
        }
        let start = offset(first);
        let mut end = start + first.len() - closed;
        let spaced = text.as_bytes().get(start + first.len()) == Some(&b' ');
        if let (true, 0, true, Some(&second)) = (found, closed, spaced, words.get(k + 1)) {
            let cut = strip(second);
            let name = &second[..second.len() - cut];
            let copula = "ነኝ ነው ናት ነች ናቸው हुँ हो हुन् छ छु छन् हूँ है हैं"
                .split(' ')
                .any(|c| c == name);
            // (A line break after the second word closes the clause too.)
            let line_end = || {
                let after = offset(second) + second.len();
                after == text.len() || text.as_bytes()[after] != b' '
            };
            if !name.is_empty() && !name.is_ascii() && (cut > 0 || line_end()) && !copula {
                end = offset(second) + name.len();
                k += 1;
            }
        }
        push(out, start, end, found);
        k += 1;
    }
}

/// Hindi, Nepali and Punjabi relatives a name follows (husband, wife, son, daughter,
/// mother, father, brother, sister, grandparents, in-laws).
const DEVANAGARI_KIN: &str =
    "पति पत्नी बेटा बेटी बेटे माँ मां माता पिता पिताजी भाई बहन दादी नानी दादा नाना सास ससुर छोरा छोरी श्रीमान आमा बुबा बाबा ਪਿਤਾ ਮਾਤਾ ਬਾਪੂ ਬੀਬੀ ਭਾਜੀ ਪਤੀ ਪਤਨੀ ਮੰਮੀ ਪਾਪਾ";
/// Common Hindi and Nepali surnames, and `कुमार` after a given name:
/// `रमेश कुमार शर्मा`, `पेमा शेर्पा`.
/// Punjabi `ਸਿੰਘ`, `ਕੌਰ` (Singh, Kaur) and Bengali family names (Akter,
/// Khatun, Begum, Rahman, Hossain, Islam, Ahmed, Chowdhury) are read the same.
const DEVANAGARI_SURNAMES: &str = "शर्मा वर्मा गुप्ता यादव सिंह कुमार पटेल मिश्रा तिवारी पांडे पाण्डेय जोशी श्रीवास्तव अग्रवाल शुक्ला दुबे ठाकुर चौधरी श्रेष्ठ थापा गुरुङ तामाङ खड्का पौडेल भट्टराई कोइराला बस्नेत शेर्पा ਸਿੰਘ ਕੌਰ আক্তার খাতুন বেগম রহমান হোসেন ইসলাম আহমেদ চৌধুরী";
/// Postpositions and particles, never a name: of, to, by, from, in, on,
/// is, for, and, also, the honorific `जी`; Nepali to, from, in. And what
/// is said of a relative: sick, fine, now, today, tomorrow, home,
/// hospital, very, medicine; Nepali sick, now.
const DEVANAGARI_STOPS: &str = "की का के को ने से में पर है हैं था थी लिए और भी तो जी लाई ले मा बाट सँग र बीमार ठीक अब आज कल घर अस्पताल बहुत दवा दवाई बिरामी अहिले हाँ नहीं धन्यवाद आइए दीजिए बताइए ਜੀ ਦਿਓ ਆਓ ਦੱਸੋ ਭੇਜੋ ਕਰੋ ਹਾਂ ਨਹੀਂ ਅਕਾਲ ਵਾਹਿਗੁਰੂ ਸਾਹਿਬ ਡਾਕਟਰ";

/// A name in Devanagari after a relative (`आपके पति राजेश शर्मा की
/// अपॉइंटमेंट`: your husband Rajesh Sharma's appointment; a second word
/// when a postposition follows it), or before the honorific `जी` opening a
/// message or a clause (`सुनीता शर्मा जी, ...`), or saying who speaks.
fn devanagari_kin(text: &str, out: &mut Vec<Cand>) {
    let words: Vec<&str> = text.split([' ', '\n']).collect();
    let offset = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    fn bare(w: &str) -> &str {
        w.trim_end_matches(['।', ',', '.', '?', '!'])
    }
    let is = |list: &str, w: &str| list.split(' ').any(|x| x == w);
    let name = |w: &str| {
        let b = bare(w);
        !b.is_empty()
            && b.chars().all(|c| ('\u{0900}'..='\u{0A7F}').contains(&c))
            && !is(DEVANAGARI_STOPS, b)
            && !is(DEVANAGARI_KIN, b)
            && !is(TITLED_GREETINGS, b)
            && !is(TITLED_CLINICIANS, b)
            && ![C, M, P, L].into_iter().any(|c| {
                each(DEVANAGARI_TERMS, c).any(|(t, _)| crate::scan::find_str(b, t, 0).is_some())
            })
    };
    for k in 0..words.len() {
        let w = words[k];
        if is(DEVANAGARI_KIN, w) && words.get(k + 1).is_some_and(|n| name(n)) {
            let first = words[k + 1];
            let mut last = first;
            if bare(first).len() == first.len()
                && words.get(k + 2).is_some_and(|n| name(n))
                && words
                    .get(k + 3)
                    .is_some_and(|p| is(DEVANAGARI_STOPS, bare(p)))
            {
                last = words[k + 2];
            }
            // Or surnames after it: `पति रमेश कुमार शर्मा आएंगे`.
            let mut j = k + 1;
            while bare(words[j]).len() == words[j].len()
                && words
                    .get(j + 1)
                    .is_some_and(|n| is(DEVANAGARI_SURNAMES, bare(n)))
            {
                j += 1;
                last = words[j];
            }
            push(out, offset(first), offset(last) + bare(last).len(), false);
        }
        // A sender saying who is speaking: `मैं सुनीता शर्मा बोल रही हूँ`.
        if w == "मैं" && words.get(k + 1).is_some_and(|n| name(n)) {
            let speaking = |j: usize| words.get(j).is_some_and(|b| *b == "बोल");
            let last = if speaking(k + 2) {
                Some(k + 1)
            } else if words.get(k + 2).is_some_and(|n| name(n)) && speaking(k + 3) {
                Some(k + 2)
            } else {
                None
            };
            if let Some(last) = last {
                push(
                    out,
                    offset(words[k + 1]),
                    offset(words[last]) + words[last].len(),
                    false,
                );
            }
        }
        // A given name before a surname (the last of two: `कुमार शर्मा`),
        // and a second given name before that when it opens the text or a
        // clause, or the first was `कुमार`.
        if k > 0
            && is(DEVANAGARI_SURNAMES, bare(w))
            && !words
                .get(k + 1)
                .is_some_and(|n| bare(w).len() == w.len() && is(DEVANAGARI_SURNAMES, bare(n)))
            && name(words[k - 1])
            && bare(words[k - 1]).len() == words[k - 1].len()
        {
            let opens = |j: usize| {
                j == 0
                    || words[j - 1].ends_with([',', '।', ':'])
                    || is(DEVANAGARI_SURNAMES, words[j + 1])
            };
            let first = if k >= 2
                && name(words[k - 2])
                && bare(words[k - 2]).len() == words[k - 2].len()
                && opens(k - 2)
            {
                words[k - 2]
            } else {
                words[k - 1]
            };
            push(out, offset(first), offset(w) + bare(w).len(), false);
        }
        if matches!(bare(w), "जी" | "ਜੀ") && k > 0 && name(words[k - 1]) {
            let last = words[k - 1];
            // The word before it too, when it opens the message or a clause.
            let first = match k {
                1 => last,
                2 if name(words[0]) => words[0],
                _ if k >= 3
                    && name(words[k - 2])
                    && (words[k - 3].ends_with([',', '।'])
                        || is(TITLED_GREETINGS, words[k - 3])) =>
                {
                    words[k - 2]
                }
                _ => last,
            };
            push(out, offset(first), offset(last) + bare(last).len(), false);
        }
    }
}

/// Whether `c` is one of the characters of `list`. (`str::contains` with a
/// character beyond ASCII would search for its bytes as a string, and link
/// the standard library's string searcher into the module, about 1 KB.)
fn one_of(list: &str, c: char) -> bool {
    list.chars().any(|x| x == c)
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
        .is_none_or(|p| matches!(scan.tok(p), "." | "!" | "?" | ":" | "։"))
}

/// Common Hebrew given names and surnames that are no words (not `חיים`,
/// life, nor `נתן`, gave), and the titles a name follows: Mrs, Mr,
/// Rabbi, to (a letter's `לכבוד`).
const HEBREW_NAMES: &str = "משה דוד יעקב אברהם יצחק יוסף שמואל אליהו מנחם שלמה אהרן מרדכי בנימין דניאל יהודה שרה רחל לאה רבקה מרים אסתר חנה רות דבורה מיכל נועה תמר יעל אביגיל חוה פנינה כהן לוי מזרחי ביטון פרידמן גולדברג שפירא וייס רוזנברג קליין גרינברג שטרן פישר";
const HEBREW_BEFORE: &str = "גברת מר הרב לכבוד";

/// A Hebrew name: a listed one anywhere, perhaps after a prefix letter
/// (`ל` to, `ו` and: `להתקשר למיכל אברהם`), or any word after a title of
/// [`HEBREW_BEFORE`]; a listed name right after joins it.
fn hebrew(scan: &Scan, out: &mut Vec<Cand>) {
    let hebrew_word = |i: usize| {
        scan.is_word(i)
            && scan
                .tok(i)
                .chars()
                .next()
                .is_some_and(|c| ('\u{05D0}'..='\u{05EA}').contains(&c))
    };
    let is = |list: &str, w: &str| list.split(' ').any(|x| x == w);
    // The listed name in word `i`, as the byte its name starts after any prefix.
    let listed = |i: usize| {
        let w = scan.tok(i);
        if is(HEBREW_NAMES, w) {
            return Some(0);
        }
        let rest = w.get(2..)?;
        (w.starts_with(['ל', 'ו', 'ש', 'מ', 'ב', 'ה']) && is(HEBREW_NAMES, rest)).then_some(2)
    };
    let mut i = 0;
    while i < scan.tokens.len() {
        if !hebrew_word(i) {
            i += 1;
            continue;
        }
        let cued = scan
            .prev_solid(i)
            .is_some_and(|p| is(HEBREW_BEFORE, scan.tok(p)));
        let Some(skip) = listed(i).or((cued && !is(HEBREW_BEFORE, scan.tok(i))).then_some(0))
        else {
            i += 1;
            continue;
        };
        let last = run(scan, i, |n| hebrew_word(n) && listed(n) == Some(0));
        push(
            out,
            scan.tokens[i].start + skip,
            scan.tokens[last].end,
            false,
        );
        i = last + 1;
    }
}

/// Whether token `i` is a word in the Arabic script.
fn arabic_word(scan: &Scan, i: usize) -> bool {
    scan.is_word(i) && scan.tok(i).chars().next().is_some_and(is_arabic)
}

/// An Arabic name: a listed one anywhere, or any word after a title,
/// greeting or relative; a listed name right after either joins it.
fn arabic(scan: &Scan, out: &mut Vec<Cand>) {
    // Urdu writes a name's final `ة` as `ہ` (`فاطمہ`); `عبد` (servant of)
    // opens a name with the word after it (`عبد الرحمن`).
    let listed = |i: usize| {
        let w = scan.tok(i);
        arabic_word(scan, i)
            && (word_set!(ARABIC_NAMES).contains(w)
                || w.strip_suffix('ہ')
                    .is_some_and(|s| word_set!(ARABIC_NAMES).contains(&format!("{s}ة")))
                || (w == "عبد" && scan.next_solid(i).is_some_and(|n| arabic_word(scan, n)))
                // A name of God's (`نجیب الله`, Najibullah; `ذبیح الله`), not a
                // blessing's words (`ان شاء الله`, `بسم الله`, `الحمد لله`).
                || (scan.next_solid(i).is_some_and(|n| n == i + 2 && scan.tok(n) == "الله")
                    && !word_set!(words![
                        "شاء", "بسم", "يا", "الحمد", "والله", "سبحان", "إلا", "الا", "رسول", "في",
                        "من", "إن", "ان", "لا", "و", "الى", "إلى", "عند", "خدا", "شكر", "فضل", "انشاء",
                        "ماشاء", "بإذن", "باذن"
                    ])
                    .contains(w)))
    };
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
        // What is said of the one named is no name: sick, has, needs, an
        // appointment, in, with, now, fine, will come, wants.
        let said = || {
            [
                "مريض",
                "مريضة",
                "عنده",
                "عندها",
                "لديه",
                "لديها",
                "يحتاج",
                "تحتاج",
                "موعد",
                "في",
                "مع",
                "الآن",
                "بخير",
                "سيحضر",
                "ستحضر",
                "يريد",
                "تريد",
                "من",
                "على",
                "عمره",
                "عمرها",
            ]
            .contains(&scan.tok(i))
                || found_script_terms(scan)
                    .iter()
                    .any(|t| t.0 < scan.tokens[i].end && t.1 > scan.tokens[i].start)
        };
        if ((cue.is_none() || title_next) && !listed(i)) || (!listed(i) && said()) {
            i += 1;
            continue;
        }
        // `عبد` (servant of) joins the word after it: `يوسف عبد الرحيم`.
        let last = run(scan, i, |n| {
            listed(n)
                || (arabic_word(scan, n)
                    && (scan.tok(n) == "عبد" || scan.tok(n - 2) == "عبد" || scan.tok(n) == "الله"))
        });
        let clinician = cue.is_some_and(|&(_, c)| c);
        push(out, scan.tokens[i].start, scan.tokens[last].end, clinician);
        i = last + 1;
    }
}

/// Chinese given names common among US patients and their children, and
/// some Japanese ones (`結衣`, `拓也`), two characters each, written alone as families and clinics call them
/// (`思雨的体检`, `子轩今天发烧`), and children's doubled pet names
/// (`安安`, `糖糖`); none a common word (not `建国`, `欣然`, `多多`).
const CHINESE_GIVEN: &str = concat!(
    "慧玲佳慧",
    "子轩浩然宇轩浩宇俊杰子涵梓轩皓轩子豪宇航俊熙家豪家俊明轩博文",
    "浩轩子墨一鸣泽宇宇泽天佑天宇俊宇文博志明志强伟强俊豪子健嘉豪",
    "嘉俊梓豪宇杰浩铭奕辰一诺沐阳梓睿俊凯博宇晨阳浩晨雨泽宇辰柏宇",
    "嘉乐卓贤志豪家明志伟建明文杰俊伟子杰振宇子扬俊逸承泽欣怡梓萱",
    "诗涵雨涵梓涵子萱紫涵思琪思雨可欣嘉欣欣妍雅婷佳怡佳琪雨欣晓晴",
    "一涵芷若若汐语嫣依诺梦琪雨桐梓琪诗琪美琪心怡佳欣晓雪雅琪雨萱",
    "思涵芷晴芷涵静怡婷婷美玲丽华秀英桂英秀兰玉兰桂兰淑芬美华丽娟",
    "秀珍慧敏晓燕雪梅玉梅丽萍春梅美珍小玲佩玲嘉怡慧琳晓彤梓晴嘉敏",
    "明辉国华建军海涛晓明丽丽秀梅淑华子軒宇軒俊傑詩涵曉晴卓賢志偉",
    "偉強麗華秀蘭桂蘭玉蘭詠詩凱晴曉彤詠琳凱琳浩文偉傑子朗穎欣詠欣",
    "卓瑤家樂思穎曉雯美儀麗珍淑儀嘉琪梓謙俊賢子晴安安糖糖浩浩朗朗",
    "乐乐樂樂豆豆果果朵朵甜甜贝贝貝貝妞妞欢欢球球壮壮悠悠圆圆嘟嘟",
    "晶晶兜兜芊芊萌萌琪琪菲菲睿睿",
    // Japanese.
    "結衣陽翔大翔悠真陽斗陽葵結菜咲良芽依美咲健太拓也翔太大輔直樹恵美由美裕子直子美香真央千代彩花優奈",
    // Japanese elders' and parents' (tenth session).
    "恵子和子洋子幸子節子京子久子弘子典子明美陽子直美美穂雅子順子智子裕美良子健一浩二海斗心春",
);

/// A pet name of `阿` or `小` and one of these (`阿明`, `阿詩`, `小宝`), not
/// a word (`阿姨`, auntie; `小时`, an hour).
const CHINESE_PET_AFTER_A: &str =
    "明芳詩诗杰傑强強华華玲珍英美丽麗文辉輝伟偉雄霞梅娟琴萍芬兰蘭宝寶豪敏欣龙龍俊晴";
const CHINESE_PET_AFTER_XIAO: &str = "宝寶明宇玲红紅芳龙龍美雨杰傑军軍华華强強丽麗敏燕胖虎乐樂贝貝";

/// Chinese given names alone, from [`CHINESE_GIVEN`] and the pet names
/// above, after the other Chinese finders (a full name before a title
/// stays theirs): with the surname before one when there is one
/// (`王思雨`). Not `小宝宝` (a baby), nor a name inside a longer pet name.
fn chinese_given(text: &str, out: &mut Vec<Cand>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let Some(&(_, d)) = chars.get(k + 1) else {
            break;
        };
        if !is_han(c) || !is_han(d) {
            continue;
        }
        let end = at + c.len_utf8() + d.len_utf8();
        let pet = match c {
            '阿' => one_of(CHINESE_PET_AFTER_A, d),
            '小' => {
                one_of(CHINESE_PET_AFTER_XIAO, d)
                    && !chars.get(k + 2).is_some_and(|&(_, e)| e == d || e == '宝')
            }
            _ => false,
        };
        let listed = !pet && in_pairs(CHINESE_GIVEN, &text[at..end]);
        if !(pet || listed) {
            continue;
        }
        // Not the second half of a longer name already read (`王子轩` is
        // read from `王`): the surname joins a listed name.
        let start = match k.checked_sub(1).map(|j| chars[j]) {
            // A Japanese surname of two before it: `山口恵子`.
            _ if listed && at >= 6 && text.get(at - 6..at).is_some_and(japanese_surname) => at - 6,
            Some((s, p)) if listed && one_of(CHINESE_SURNAMES, p) => s,
            _ => at,
        };
        push(out, start, end, false);
    }
}

/// Japanese names the title loop of [`chinese`] does not read: a given name
/// in katakana before `さん` or `様` (`イサムさん`, `ツネ様`), not a role
/// (`ヘルパーさん`); a listed surname with a given name in katakana
/// (`木村ミツ`, `遠藤カズコ`); a listed surname saying who writes, opening
/// the text or a clause (`石川です。`, `京都の比嘉です`).
fn japanese(text: &str, out: &mut Vec<Cand>) {
    let katakana = |c: char| ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー';
    let hiragana = |c: char| ('\u{3041}'..='\u{3096}').contains(&c);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let rest = &text[at..];
        // A child's given name alone, in hiragana or one kanji, of those
        // lists, opening the text or a clause or after a relative and `の`
        // (`孫のゆうとのこと`), before a particle or a pause: `そうたが昨日`,
        // `湊の吸入薬`, `凛の予防接種`.
        let prev = k.checked_sub(1).map(|j| chars[j].1);
        if (hiragana(c) || one_of(JAPANESE_GIVEN_ONE, c))
            && (prev
                .is_none_or(|p| p.is_whitespace() || p.is_ascii_punctuation() || one_of("、「", p))
                || (prev == Some('の')
                    && [
                        "孫", "娘", "息子", "子", "長男", "長女", "次男", "次女", "弟", "妹",
                    ]
                    .iter()
                    .any(|w| text[..at - 3].ends_with(w))))
        {
            let len = if hiragana(c) {
                // (A particle must follow, so the name never ends the text.)
                (2..=4).find(|&n| {
                    chars
                        .get(k + n)
                        .is_some_and(|&(e, _)| word_set!(HIRAGANA_GIVEN).contains(&text[at..e]))
                })
            } else {
                Some(1)
            };
            if let Some(&(end, _)) = len.and_then(|n| chars.get(k + n)) {
                if text[end..].starts_with([
                    'が', 'は', 'の', 'も', 'を', 'に', 'と', 'で', '、', '。', ' ',
                ]) || text[end..].starts_with("って")
                {
                    push(out, at, end, false);
                }
            }
        }
        // A run of katakana ending here, before a title.
        if katakana(c)
            && !chars.get(k + 1).is_some_and(|&(_, n)| katakana(n))
            && (rest[c.len_utf8()..].starts_with("さん") || rest[c.len_utf8()..].starts_with('様'))
        {
            let run = chars[..=k]
                .iter()
                .rev()
                .take_while(|&&(_, c)| katakana(c))
                .count();
            let start = chars[k + 1 - run].0;
            let name = &text[start..at + c.len_utf8()];
            if (2..=6).contains(&run)
                && !word_set!(words![
                    "ヘルパー",
                    "ナース",
                    "ケアマネ",
                    "ケアマネージャー",
                    "ドクター",
                    "スタッフ",
                    "ママ",
                    "パパ",
                    "ドライバー"
                ])
                .contains(name)
            {
                push(out, start, at + c.len_utf8(), false);
            }
        }
        if !is_han(c) || k > 0 && is_han(chars[k - 1].1) {
            continue;
        }
        let Some(n) = [9, 6].into_iter().find(|&n| {
            rest.get(..n).is_some_and(|s| {
                if n == 6 {
                    japanese_surname(s)
                } else {
                    JAPANESE_SURNAMES_3.contains(&s)
                }
            })
        }) else {
            continue;
        };
        let after = &rest[n..];
        let given = after.chars().take_while(|&c| katakana(c)).count();
        // (The text is folded: `。` reads `.`, `？` `?`, a full-width space
        // ` `; `、` stays.)
        let opens = k == 0 || one_of("、 の\n.,?!:", chars[k - 1].1);
        // Or one or two kanji of a given name before `です`: `祖母の山口恵子です`.
        let kanji = after.chars().take_while(|&c| is_han(c)).count();
        if (2..=4).contains(&given) {
            push(out, at, at + n + 3 * given, false);
        } else if opens && after.starts_with("です") {
            push(out, at, at + n, false);
        } else if opens && (1..=2).contains(&kanji) && after[3 * kanji..].starts_with("です") {
            push(out, at, at + n + 3 * kanji, false);
        } else if opens
            && (after.trim_end().is_empty()
                // Or with the given name after a space: `…です。石田 亮`.
                || after.strip_prefix(' ').is_some_and(|g| {
                    let g = g.trim_end();
                    (1..=2).contains(&g.chars().count()) && g.chars().all(is_han)
                })
                || after.strip_prefix('の').is_some_and(|r| {
                    [
                        "娘", "息子", "妻", "夫", "母", "父", "孫", "嫁", "家内", "主人",
                    ]
                    .iter()
                    .any(|k| r.starts_with(k))
                }))
        {
            // A family's name signing the text (`…でしょうか？　松本`), or
            // saying whose relative writes: `岡田の娘の恵美です`.
            let given = if after.starts_with(' ') {
                after.trim_end().len()
            } else {
                0
            };
            push(out, at, at + n + given, false);
        }
    }
}

/// A Chinese name: a common surname and one or two more characters, right
/// before a title or greeting (`黄志强先生`, `王医生`). Chinese writes no
/// spaces, so the name's length is read back from the title: three
/// characters when the first of them is a surname, else two, else the
/// surname alone. So is one after a greeting or a relative, or in brackets
/// after its romanization (`Lin Jiahui (林佳慧)`), and a Japanese name of
/// one of [`JAPANESE_SURNAMES`] before `様` or `さん` (`田中美咲さん`).
fn chinese(text: &str, out: &mut Vec<Cand>) {
    // Ideographs are three bytes each in UTF-8, so the name's start is
    // three, six or nine bytes back.
    let bytes = text.as_bytes();
    // Japanese text: kana in it.
    let kana = text.chars().any(crate::scan::is_kana);
    let han_name = |name: &str| {
        name.chars().all(is_han)
            && (name
                .chars()
                .next()
                .is_some_and(|c| one_of(CHINESE_SURNAMES, c))
                || name.get(..6).is_some_and(japanese_surname))
    };
    let mut at = 0;
    while at < bytes.len() {
        // A name in brackets after its romanization: `Lin Jiahui (林佳慧)`.
        if let Some(open) = ["(", "（"]
            .iter()
            .find(|o| bytes[at..].starts_with(o.as_bytes()))
        {
            let start = at + open.len();
            if let Some(n) = [9, 6].into_iter().find(|&n| {
                text.get(start..start + n).is_some_and(han_name)
                    && text[start + n..].starts_with([')', '）'])
                    && text[..at]
                        .trim_end()
                        .ends_with(|c: char| c.is_ascii_alphabetic())
            }) {
                push(out, start, start + n, false);
            }
        }
        // A full name opening the text or a clause, before a comma and the
        // `you` it is (`李国强，您的糖化血红蛋白`, `蔡志明，你嘅`) or before
        // `的` (`中心药房：刘桂芳的氯沙坦`).
        if at == 0 || (at >= 1 && matches!(bytes[at - 1], b':' | b',')) {
            let after = text.get(at + 9..).unwrap_or("");
            if text
                .get(at..at + 9)
                .is_some_and(|n| han_name(n) && !CHINESE_AFTER.iter().any(|(t, _)| n.ends_with(t)))
                && (after.starts_with('的')
                    || (after.starts_with(',') && after[1..].starts_with(['您', '你']))
                    // Or before a slash and the English name: `陈建国 / Kevin Chen`.
                    || after.trim_start().strip_prefix('/').is_some_and(|e| {
                        let e = e.trim_start();
                        let w = &e[..e.bytes().take_while(u8::is_ascii_alphabetic).count()];
                        w.len() >= 2
                            && w.as_bytes()[0].is_ascii_uppercase()
                            && super::lexicon::name_flags(&w.to_ascii_lowercase())
                                & super::lexicon::FIRST
                                != 0
                    }))
            {
                push(out, at, at + 9, false);
            }
        }
        // A name before its relative in brackets, as on a visitors' list:
        // `刘建华（儿子）、王秀英（儿媳）`; the name opens the text or
        // follows no ideograph.
        if ["(", "（"]
            .iter()
            .any(|o| bytes[at..].starts_with(o.as_bytes()))
            && CHINESE_KIN_IN_BRACKETS
                .split(' ')
                .any(|k| text[at..].trim_start_matches(['(', '（']).starts_with(k))
        {
            let end = at - usize::from(at > 0 && bytes[at - 1] == b' ');
            if let Some(n) = [9, 6].into_iter().find(|&n| {
                end.checked_sub(n).is_some_and(|s| {
                    text.get(s..end).is_some_and(han_name)
                        && !text[..s].chars().next_back().is_some_and(is_han)
                })
            }) {
                push(out, end - n, end, false);
            }
        }
        // A greeting's name, before its comma: `您好 李美华，`,
        // `尊敬的王秀英：`; a relative's, before `的` or a pause: `我妈妈刘桂兰的药`.
        if let Some(g) = [
            "您好",
            "你好",
            "尊敬的",
            "妈妈",
            "爸爸",
            "母亲",
            "父亲",
            "丈夫",
            "妻子",
            "老公",
            "老婆",
            "儿子",
            "女儿",
            "奶奶",
            "爷爷",
            "外婆",
            "孙子",
            "孙女",
            "双胞胎",
            // A nurse introducing herself: `我是护士王丽。` (the full stop
            // is read as `.`); anyone saying who they are: `我是林怡君，`.
            "护士",
            "我是",
            // Tell someone: `请告诉李明，`.
            "告诉",
            "告訴",
            // My dad, my mum: `我爸孟庆山的`, `帮我爸欧阳明填`.
            "我爸",
            "我妈",
            "我媽",
            // Who a child or a patient is, by name: `他叫林志明，`, `佢叫吳錦標`.
            "叫",
        ]
        .iter()
        .find(|g| bytes[at..].starts_with(g.as_bytes()))
        {
            let mut start = at + g.len() + usize::from(bytes.get(at + g.len()) == Some(&b' '));
            // And a second name after `和` (and): `双胞胎林子涵和林子轩`.
            while let Some(n) = [9, 6].into_iter().find(|&n| {
                text.get(start..start + n).is_some_and(|t| {
                    han_name(t)
                        // Or a child's pet name after a relative: `孙子小明`,
                        // `儿子阿杰`; not a word (`小时`, an hour; `阿姨`, auntie).
                        || (n == 6
                            && !g.starts_with(['您', '你', '尊', '护', '我'])
                            && t.starts_with(['小', '阿'])
                            && t.chars().nth(1).is_some_and(|c| {
                                is_han(c) && !one_of("姨孩时時便心儿兒腿学學肠腸板结結便", c)
                            }))
                })
                    // Not an elder's kin title: `我是李奶奶的孙子`.
                    && !text[..start + n].ends_with(['奶', '姨', '爷'])
                    // Or a verb or time word of what they do: `女儿王丽要求`
                    // (asks), `奶奶王秀英今天` (today).
                    && (text[start + n..].starts_with([
                        '，', ',', '：', ':', '的', ' ', '要', '说', '今', '明', '来', '打', '在',
                        '已', '想', '需', '问', '会', '也', '和', '去', '请', '可', '.', '填',
                    ]) || start + n == text.len())
            }) {
                let end = start + n;
                push(out, start, end, *g == "护士");
                if !text[end..].starts_with('和') {
                    break;
                }
                start = end + '和'.len_utf8();
            }
        }
        let Some(&(title, clinician)) = CHINESE_AFTER
            .iter()
            .find(|(t, _)| bytes[at..].starts_with(t.as_bytes()))
        else {
            at += 1;
            continue;
        };
        // Or a space before the title: `王丽华 女士`.
        let end = at - usize::from(at > 0 && bytes[at - 1] == b' ');
        // A Japanese surname, a space, then the given name: `山本 健太 くん`.
        if let Some(n) = [9, 6, 3].into_iter().find(|&n| {
            end.checked_sub(n + 7).is_some_and(|s| {
                bytes[s + 6] == b' '
                    && text.get(s + 7..end).is_some_and(|g| g.chars().all(is_han))
                    && text.get(s..s + 6).is_some_and(japanese_surname)
            })
        }) {
            push(out, end - n - 7, end, clinician);
        }
        // Not thanks, whose `谢` is the surname Xie too: `谢谢护士` (thank
        // you, nurse), `谢谢王医生` (Dr. Wang).
        // (The last one before the title, read forwards: `rfind` would link
        // the standard library's string searcher, see [`one_of`].)
        let mut thanks = 0;
        for t in ["谢谢", "謝謝"] {
            let mut from = 0;
            while let Some(k) = crate::scan::find_str(&text[..end], t, from) {
                from = k + t.len();
                thanks = thanks.max(from);
            }
        }
        let mut named = false;
        // Japanese writes `先生` after a doctor's name (`森先生`), Chinese
        // after anyone's (Mr.).
        let clinician = clinician || (kana && title == "先生");
        let japanese_title =
            kana && matches!(title, "様" | "さん" | "さま" | "先生" | "くん" | "ちゃん");
        for n in [12, 9, 6, 3] {
            let Some(name) = end
                .checked_sub(n)
                .filter(|&s| s >= thanks)
                .and_then(|s| text.get(s..end))
            else {
                continue;
            };
            // Or a Japanese surname of one kanji, or of three with `々`
            // (`森先生`, `佐々木様`), before a Japanese title.
            let japanese = japanese_title
                && ((n == 3 && name.chars().all(|c| one_of("森原堀岡辻関菅泉", c)))
                    || (n == 9 && JAPANESE_SURNAMES_3.contains(&name)));
            if han_name(name) || japanese {
                push(out, end - n, end, clinician);
                named = true;
                break;
            }
        }
        // A child's given name alone before `くん` or `ちゃん`, in kanji or
        // hiragana, after the text's start, a space, a mark or `の`:
        // `蓮くんの健診`, `息子のはるとくん`; not `赤ちゃん` (a baby) nor
        // `お兄ちゃん` (big brother).
        if !named && matches!(title, "くん" | "ちゃん") {
            // Ideographs and kana are three bytes each in UTF-8. A grandmother,
            // a grandfather, an older sister or brother so called is no name
            // (`おばあちゃん`), but the name before them is: `ちよおばあちゃん`.
            let before = &text[..end];
            let before = [
                "おばあ",
                "おじい",
                "おねえ",
                "おにい",
                "ばあ",
                "じい",
                "ねえ",
                "にい",
            ]
            .iter()
            .find_map(|k| before.strip_suffix(k))
            .unwrap_or(before);
            let end = before.len();
            let han = before.chars().rev().take_while(|&c| is_han(c)).count();
            let kana = before
                .chars()
                .rev()
                .take_while(|&c| ('\u{3041}'..='\u{3096}').contains(&c) && c != 'の')
                .count();
            let n = match (han, kana) {
                (1..=2, _) => han,
                (0, 2..=4) => kana,
                _ => 0,
            };
            let mut start = end - 3 * n;
            // A listed surname before a given name in kana: `田中ひなたちゃん`.
            if han == 0 && start >= 6 && before.get(start - 6..start).is_some_and(japanese_surname)
            {
                start -= 6;
            }
            let opens = before[..start].chars().next_back().is_none_or(|c| {
                c.is_whitespace() || c.is_ascii_punctuation() || one_of("、の「", c)
            });
            if n > 0 && opens && !before[start..].contains(['赤', '兄', '姉', '婆', '爺', '坊'])
            {
                push(out, start, end, clinician);
            }
        }
        // After `的`, the relative may name someone too: `王建华先生的女儿王丽`.
        at += if title.starts_with('的') {
            3
        } else {
            title.len()
        };
    }
}

/// A listed name in Latin letters set among ideographs, kana or Hangul,
/// capitalised and no common word: `请到三楼找Amy办续卡`, `营养师Linda会打电话`;
/// a clinician's before a Chinese doctor's or nurse's title (`通知Tam医生`).
fn latin_in_cjk(text: &str, out: &mut Vec<Cand>) {
    let bytes = text.as_bytes();
    let cjk = crate::scan::is_cjk;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_uppercase() {
            i += 1;
            continue;
        }
        let start = i;
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
        i = end;
        let word = &text[start..end];
        let after_ok = end == bytes.len()
            || text[end..].chars().next().is_some_and(cjk)
            || matches!(bytes[end], b',' | b'.' | b':' | b' ');
        // Right before a title (`Kwan伯`, `Tsang婆婆`, `Smithさん`), any
        // capitalised word that is no common word is a name, opening the
        // text or a clause too.
        let title = CHINESE_AFTER
            .iter()
            .find(|(t, _)| !t.starts_with(['的', '您', '你']) && text[end..].starts_with(t));
        let before = text[..start].chars().next_back();
        if !((before.is_some_and(cjk)
            || (title.is_some() && before.is_none_or(|c| !c.is_alphanumeric())))
            && after_ok
            && (2..=12).contains(&word.len())
            && word[1..].bytes().all(|b| b.is_ascii_lowercase()))
        {
            continue;
        }
        let flags = super::lexicon::name_flags(&word.to_ascii_lowercase());
        // A word on no name list, only before an elder's or a tradesman's
        // title, which no greeting takes (not `Hello先生`).
        let word_flags = super::lexicon::COMMON | super::lexicon::WORD;
        let elder = title.is_some_and(|(t, _)| {
            matches!(
                *t,
                "伯" | "婆婆" | "太," | "生 " | "生," | "阿姨" | "奶奶" | "爷爷" | "师傅" | "師傅"
            )
        });
        if (elder && flags & word_flags == 0)
            || (flags & (super::lexicon::FIRST | super::lexicon::LAST) != 0
                && flags & super::lexicon::COMMON == 0)
        {
            push(out, start, end, title.is_some_and(|&(_, c)| c));
        }
    }
}

/// A Korean name: a word of two to four syllables starting with a common
/// surname, with the honorific `님` or `씨` after it (`박서연님`, `최민서 님`),
/// which stays outside the name like a title.
/// Korean given names common among US patients and their children, two
/// syllables each, said alone with a particle (`서준이가`, `지우는`, `하은이`)
/// or after a surname (`이도윤(2세)`, `이정희`); none a common word (not
/// `지원`, support; `정숙`, quiet).
const KOREAN_GIVEN: &str = "미나준호유나다인수민예서서아시아민준서준도윤예준시우하준주원지호지후준우준서건우현우도현지훈우진선우서진연우유준승우승현시윤준혁은우지환승민지우서연서윤지유서현민서하은하윤윤서지민채원수아지아지윤은서다은예은수빈소율예린소윤은지지안하린영희영호순자정희미경미숙영자경희민호기석성호영숙옥자춘자말순상철동현태현민재수진혜진지영은영현정민지수연";

/// A name of [`KOREAN_GIVEN`] opening a Hangul word, after a surname or not,
/// ending it or followed by a particle or the friendly `이` and one.
fn korean_given(scan: &Scan, out: &mut Vec<Cand>) {
    for i in 0..scan.tokens.len() {
        let word = scan.tok(i);
        if !scan.is_word(i) || !word.starts_with(is_hangul) {
            continue;
        }
        let listed = |at: usize| {
            word.get(at..at + 6)
                .is_some_and(|g| in_pairs(KOREAN_GIVEN, g))
        };
        // Six bytes a name, three more with its surname.
        let end = if listed(0) {
            6
        } else if word.starts_with(|c| one_of(KOREAN_SURNAMES, c)) && listed(3) {
            9
        } else {
            continue;
        };
        let rest = &word[end..];
        let rest = rest.strip_prefix('이').unwrap_or(rest);
        if rest.is_empty()
            || word_set!(words![
                "가", "는", "은", "를", "을", "의", "도", "랑", "한테", "에게", "께서", "와", "과",
                "이", "네", "도요"
            ])
            .contains(rest)
        {
            let at = scan.tokens[i].start;
            push(out, at, at + end, false);
        }
    }
}

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
        } else if word.chars().count() == 3
            // Not a particle's or a verb's ending: `어머니 모시고` (taking
            // mother), `어머니 성함은` (mother's name is).
            && !word.ends_with(['에', '를', '을', '로', '도', '만', '서', '께', '요', '다', '고', '은', '는'])
            && scan
                .prev_solid(i)
                .is_some_and(|p| word_set!(KOREAN_RELATIVES).contains(scan.tok(p)))
            && {
                let (start, end) = (scan.tokens[i].start, scan.tokens[i].end);
                found_script_terms(scan)
                    .iter()
                    .all(|t| t.1 <= start || t.0 >= end)
            }
        {
            // A full name of three syllables after a relative or guardian:
            // `남편 이준호`, `어머니 김순자`; not what is said of them
            // (`아빠 고혈압`, high blood pressure; `엄마 오전에`, in the
            // morning).
            (word, false)
        } else if (3..=4).contains(&word.chars().count())
            && !word.ends_with([
                '에', '를', '을', '로', '도', '만', '서', '께', '요', '다', '은', '는', '이', '가',
            ]) && scan.prev_solid(i).is_some_and(|p| {
            (scan.tok(p) != "선생님" && KOREAN_CLINICIAN_AFTER.words().any(|w| scan.tok(p) == w))
                    // Or after the Latin title: `Dr. 이상훈`.
                    || scan.low(p) == "dr"
                    || (scan.is_punct(p, '.')
                        && scan.prev_solid(p).is_some_and(|d| scan.low(d) == "dr"))
        }) {
            // A clinician's full name after the role, as one signs:
            // `- 간호사 윤에스더`, `상담사 오수연`.
            (word, true)
        } else if i > 0
            && scan.is_punct(i - 1, '(')
            && scan.is_punct(i + 1, ')')
            && scan
                .prev_solid(i - 1)
                .is_some_and(|p| scan.tok(p).starts_with(|c: char| c.is_ascii_alphabetic()))
        {
            // A name in brackets after its romanization: `Park Ji-hoon (박지훈)`.
            (word, false)
        } else if scan.next_solid(i).is_some_and(|o| {
            scan.is_punct(o, '(')
                && scan.next_solid(o).is_some_and(|r| {
                    word_set!(KOREAN_RELATIVES).contains(scan.tok(r))
                        && scan.next_solid(r).is_some_and(|c| scan.is_punct(c, ')'))
                })
        }) {
            // A name before its relative in brackets: `김미정 (딸)`.
            (word, false)
        } else if let Some(clinician) = next.and_then(|n| {
            let after = scan.tok(n);
            // Or a student, a boy or a girl by their suffix: `김민준 학생`,
            // `민준 군`.
            if word_set!(words!["님", "씨", "환자", "환자분", "보호자", "학생", "군", "양"])
                .contains(after)
                // Or a baby with a listed given name: `김민지 아기` (not
                // `방금 아기`, just now a baby).
                || (after == "아기"
                    && word.chars().count() == 3
                    && word.get(3..).is_some_and(|g| in_pairs(KOREAN_GIVEN, g)))
                // The honorific with a particle: `이정미 님께`.
                || (after.starts_with(['님', '씨']) && after.chars().count() <= 3)
                // A grandmother or an elder, or a child's mother or father
                // as a clinic writes to them, alone or with a particle:
                // `권순자 할머니`, `이순자 할머니께서`, `지민 어머님이`.
                || ["할머니", "할아버지", "할머님", "할아버님", "어르신", "어머님", "아버님"]
                    .iter()
                    .any(|w| after.strip_prefix(w).is_some_and(|p| p.chars().count() <= 2))
            {
                Some(false)
            // Alone or with its copula or particle joined: `박서연 간호사입니다`.
            } else {
                KOREAN_CLINICIAN_AFTER
                    .words()
                    .any(|w| after.starts_with(w))
                    .then_some(true)
            }
        }) {
            (word, clinician)
        } else if let Some(stem) = scan
            .prev_solid(i)
            .filter(|&p| matches!(scan.tok(p), "성함은" | "이름은" | "성함이" | "이름이"))
            .map(|_| {
                ["이고", "이에요", "입니다", "이요", "예요", "고", "요"]
                    .iter()
                    .find_map(|e| word.strip_suffix(e))
                    .unwrap_or(word)
            })
        {
            // Whose name is said: `어머니 성함은 오정숙이고`, `이름은 김하늘입니다`.
            (stem, false)
        } else if let Some(stem) = word
            .strip_suffix("입니다")
            .or_else(|| word.strip_suffix("이에요"))
            .or_else(|| word.strip_suffix("인데요"))
            // After a name ending in a vowel: `딸 은지예요`.
            .or_else(|| word.strip_suffix("예요"))
            .filter(|_| {
                // Who says it is a relative, a guardian or `I`: `딸 최수진입니다`,
                // `보호자 최성호입니다`, `저는 최수진입니다`, `저 임수아인데요`;
                // or it follows a greeting: `안녕하세요, 김서연입니다`.
                let p = scan.prev_solid(i);
                let p = p
                    .filter(|&p| scan.is_punct(p, ','))
                    .map_or(p, |c| scan.prev_solid(c));
                p.is_some_and(|p| {
                    matches!(scan.tok(p), "안녕하세요" | "안녕하십니까" | "저는" | "저")
                        || word_set!(KOREAN_RELATIVES).contains(scan.tok(p))
                })
            })
        {
            (stem, false)
        } else {
            continue;
        };
        let syllables = stem.chars().count();
        let surname = stem
            .chars()
            .next()
            .is_some_and(|c| one_of(KOREAN_SURNAMES, c));
        // A given name of two syllables before `씨`, which follows a name
        // only (`미영씨,`); not `아저씨` (mister), `아가씨` (miss).
        let given_ssi = syllables == 2
            && word[stem.len()..].starts_with('씨')
            && !matches!(stem, "아저" | "아가");
        // A surname alone before a clinician's role: `최 상담사` (not `이`,
        // this, before `선생님`).
        if ((2..=4).contains(&syllables) || (syllables == 1 && clinician && stem != "이"))
            && (surname || given_ssi)
            && stem.chars().all(is_hangul)
            && !word_set!(KOREAN_NOT_NAMES).contains(stem)
        {
            let start = scan.tokens[i].start;
            push(out, start, start + stem.len(), clinician);
        }
    }
}

/// A Cyrillic or Greek name: capitalised words of those scripts not
/// opening a sentence (Russian and Ukrainian write months, weekdays and
/// nationalities in lowercase, so a capital inside a sentence is a proper
/// name; Greek too, but for its weekdays and months).
fn cyrillic(scan: &Scan, out: &mut Vec<Cand>) {
    // Folding took letters that look Latin to Latin (`Мельник` reads
    // `Mельник`), so a word of the script is one with any letter of it left,
    // or one all folded (longer in the original: `Тарас` reads `Tapac`).
    // The lists compared with the text are folded once, as the text is:
    // the Greek calendar's stems, the openers, the place prepositions, the
    // Greek titles and the clinicians' titles.
    static FOLDED: OnceLock<[Vec<String>; 6]> = OnceLock::new();
    let [calendar, openers, places, titles, clinicians, full_name] = FOLDED.get_or_init(|| {
        let fold = |list: &[&str]| list.iter().map(|w| Folded::new(w).text).collect();
        [
            fold(GREEK_CALENDAR),
            fold(CYRILLIC_OPENERS),
            // A place after `in`, `on`, `from`: `в Україні`, `на Кубе`, `из
            // Польши` (`к Ивану`, `от Марии`, `для Олега` stay names).
            fold(&["в", "во", "на", "из", "із"]),
            // Greek `κ.` and `κα.` (Mr., Mrs.): a title's period opens no
            // sentence (`για τον κ. Παπαδόπουλο`). (Not Russian `г.`, as
            // often a city's or a year's: `г. Москва`.)
            fold(&["κ", "κα", "Κ", "Κα"]),
            fold(CYRILLIC_CLINICIAN_BEFORE),
            // A form's full-name label (Russian `ФИО`, Ukrainian `ПІБ`).
            fold(&["ФИО", "ПІБ"]),
        ]
    });
    let listed = |list: &[String], k: usize| list.iter().any(|w| w == scan.tok(k));
    let capital = |i: usize| {
        let word = scan.tok(i);
        let mut chars = word.chars();
        scan.is_word(i)
            && chars.next().is_some_and(char::is_uppercase)
            // Not an acronym: `МРТ`, `ВИЧ`.
            && chars.next().is_some_and(|c| c.is_alphabetic() && !c.is_uppercase())
            && (word.chars().any(is_greek_or_cyrillic) || (word.is_ascii() && super::names::accented(scan, i, i)))
            && !calendar.iter().any(|w| word.starts_with(w.as_str()))
            // Nor a clinical term, a drug's brand most (`Капотен`).
            && !found_script_terms(scan)
                .iter()
                .any(|t| t.0 < scan.tokens[i].end && t.1 > scan.tokens[i].start)
    };
    // The Latin finder takes a capitalised word before a comma opening a
    // message for a name; in Cyrillic it is as often a greeting.
    out.retain(|c| {
        let i = scan.tokens.partition_point(|t| t.start < c.start);
        !(i < scan.tokens.len() && scan.tokens[i].end == c.end && listed(openers, i))
    });
    // The words after a full-name label and its colon, in capitals too:
    // `ФИО пациента: ИВАНОВА, ОЛЬГА СЕРГЕЕВНА`.
    for l in (0..scan.tokens.len()).filter(|&l| listed(full_name, l)) {
        let Some(colon) = (l + 1..scan.tokens.len().min(l + 5)).find(|&c| scan.is_punct(c, ':'))
        else {
            continue;
        };
        let word = |k: usize| {
            scan.is_word(k)
                && scan.tok(k).chars().next().is_some_and(char::is_uppercase)
                && scan.tok(k).chars().any(is_greek_or_cyrillic)
        };
        let Some(first) = scan.next_solid(colon).filter(|&f| word(f)) else {
            continue;
        };
        let mut last = first;
        for _ in 0..2 {
            match super::text::next_skipping(scan, last, &[","]) {
                Some(n) if word(n) => last = n,
                _ => break,
            }
        }
        push(out, scan.tokens[first].start, scan.tokens[last].end, false);
    }
    let mut i = 0;
    while i < scan.tokens.len() {
        if !capital(i) {
            i += 1;
            continue;
        }
        let prev = scan.prev_solid(i);
        let place = prev.is_some_and(|p| listed(places, p));
        let titled = || {
            prev.filter(|&p| scan.is_punct(p, '.'))
                .and_then(|p| scan.prev_solid(p))
                .is_some_and(|t| listed(titles, t))
        };
        if (opens(scan, i) && !titled()) || place {
            i += 1;
            continue;
        }
        let last = run(scan, i, capital);
        let clinician = prev.is_some_and(|p| listed(clinicians, p));
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
            .is_some_and(|p| p + 2 == i && word_set!(VIETNAMESE_BEFORE).contains(scan.low(p)))
    };
    // Or a name called by the particle `ơi` after it: `Tuấn ơi, …`.
    // (Not the kinship word before it: `Chị Lan ơi` names Lan.)
    let called = |i: usize| {
        let last = run(scan, i, capital);
        !word_set!(VIETNAMESE_BEFORE).contains(scan.low(i))
            && scan
                .next_solid(last)
                .is_some_and(|n| n == last + 2 && scan.low(n) == "oi")
    };
    let token_at = |byte: usize| scan.tokens.partition_point(|t| t.start < byte);
    // A full name's middle word says it is one, even opening a sentence:
    // `Nguyễn Thị Thu Hà đã đến`, `Trần Văn Long`.
    let middled = |i: usize| {
        scan.next_solid(i)
            .is_some_and(|m| m == i + 2 && capital(m) && matches!(scan.low(m), "thi" | "van"))
    };
    // A full name opening a sentence before what its subject does: `Thủy
    // Trần và mẹ đã đến`, `Minh Nguyễn sẽ gọi lại` (`và` and, `đã` past,
    // `sẽ` will, `đến` come, `gọi` call, `bị` suffer, `có` have), the
    // words folded.
    let subject = |c: &Cand| {
        use super::lexicon::{name_flags, FIRST, LAST};
        let (i, last) = (token_at(c.start), token_at(c.end).saturating_sub(1));
        last > i
            && capital(last)
            && scan.next_solid(last).is_some_and(|n| {
                word_set!(words!["va", "da", "se", "den", "goi", "bi", "co"]).contains(scan.low(n))
            })
            // Each word a listed name: not `Phòng Khám đã đóng cửa` (the clinic).
            && (i..=last)
                .filter(|&k| scan.is_word(k))
                .all(|k| name_flags(scan.low(k)) & (FIRST | LAST) != 0)
    };
    // Who says it stays out of the name: `Tôi là Phạm Văn Tùng` (I am),
    // `Tôi tên Lan` (I am named); `là` folds to the particle `la` a
    // surname may carry.
    for c in out.iter_mut() {
        let mut i = token_at(c.start);
        while matches!(scan.low(i), "toi" | "la" | "ten")
            && scan.tokens.get(i + 2).is_some_and(|t| t.end <= c.end)
        {
            i += 2;
            c.start = scan.tokens[i].start;
        }
    }
    // Dropped: a lowercase word (`mang theo`, `khoa`) or one opening a
    // sentence (`Xin`, `Phòng`) that no such word introduces, and the
    // clinic (`Phòng khám`, signing a message) anywhere.
    out.retain(|c| {
        let i = token_at(c.start);
        c.clinician
            || (i < scan.tokens.len()
                && capital(i)
                && scan.next_solid(i).is_none_or(|n| scan.low(n) != "kham")
                && (cued(i) || called(i) || !opens(scan, i) || middled(i) || subject(c)))
    });
    // Such a name runs through its capitals: `Thu Hà` after `Nguyễn Thị`.
    for c in out.iter_mut().filter(|c| !c.clinician) {
        let i = token_at(c.start);
        if middled(i) {
            c.end = c.end.max(scan.tokens[run(scan, i, capital)].end);
        }
    }
    let mut i = 0;
    while i < scan.tokens.len() {
        if !(capital(i) && (cued(i) || called(i))) {
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
/// Terms of one list and class, joined by `|` (an entry each would cost
/// the module a pointer and a length apiece).
type ScriptTerms = (&'static str, Category, Option<Sensitivity>);

const C: Category = Category::Condition;
const M: Category = Category::Medication;
const P: Category = Category::Procedure;
const L: Category = Category::LabResult;
const NONE: Option<Sensitivity> = None;
const PSY: Option<Sensitivity> = Some(Sensitivity::Psy);
const SEX: Option<Sensitivity> = Some(Sensitivity::Sex);
const ETH: Option<Sensitivity> = Some(Sensitivity::Eth);
const HIV: Option<Sensitivity> = Some(Sensitivity::Hiv);
const GDIS: Option<Sensitivity> = Some(Sensitivity::Gdis);
const STD: Option<Sensitivity> = Some(Sensitivity::Std);
const SDV: Option<Sensitivity> = Some(Sensitivity::Sdv);

const CYRILLIC_TERMS: &[ScriptTerms] = &[
    (
        concat!(
            "диабет|гипертони|давлени|астм|кашел|кашл|боль|болит",
            "|болят|головокружени|тошнот|рвот|понос|диаре|запор|сыпь",
            "|инсульт|инфаркт|рак|опухол|гепатит|туберкулез",
            "|туберкулёз|пневмони|грипп|простуд|аллерги|отек|отёк",
            "|одышк|бессонниц|деменци|эпилепси|судорог|артрит|анеми",
            "|инфекци|перелом|кровотечени|холестерин|слабость",
            "|температур|діабет|тиск|біль|болить|кашель|застуд",
            "|інсульт|інфекці|колотится|сердцебиени|онемени|жжени|зуд|чихани",
            // Cataract, glaucoma, jaundice, swollen, reddened, injured.
            "|катаракт|глауком|желтух|жовтяниц|опух|покраснел|почервонів|почервоніл|травм",
            // Snoring, apnea.
            "|храп|хропінн|апноэ|апное",
            // Weak (`очень слабая`); hypothyroidism.
            "|слаб|гіпотиреоз|гипотиреоз",
            // Fainted (Ukrainian, Russian); blisters, a burn, itching.
            "|знепритомн|непритомн|пухир|опік|обпік|ожог|чешет|свербить",
            // COPD, a concussion, sinusitis, fungus, cracked skin, psoriasis
            // and its plaques, a flare, migraine, gout, gastritis, an ulcer,
            // shingles, cystitis.
            "|хобл|сотрясени|синусит|грибок|грибк|трещин|псориаз|бляшк|обострени|мигрен|подагр",
            "|гастрит|язв|опоясывающ|цистит",
            // Bleeding (gums), lost weight, swollen, numb, a mole.
            "|кровоточ|похуде|распух|немеет|онемел|родинк",
            // Heart failure (`недостаточность`, Ukrainian `недостатність`),
            // Ukrainian swelling and short of breath, tingling, a twisted
            // ankle, COVID.
            "|недостаточн|недостатн|набряк|задишк|покалыва|поколюва|подверн|ковид|ковід",
            // Heartburn, fibromyalgia.
            "|изжог|печія|фибромиалги|фіброміалгі",
            // Pains (`сильные боли`), broke (`сломала руку`); an adenoma
            // (`аденому простаты`).
            "|боли|сломал|аденом",
            // Restless, fell (`упала`).
            "|беспокойн|упал",
            // Pancreatitis, shaking (`трясутся руки`, `трясёт`), drowsy.
            "|панкреатит|трясут|трясет|трясёт|сонлив",
            // Bruises (`весь в синяках`), a bedsore.
            "|синяк|пролежн|пролежен",
            // Multiple sclerosis, by its second word.
            "|склероз",
            // Ischaemic (heart disease).
            "|ишемическ",
        ),
        C,
        NONE,
    ),
    ("кружится|кружиться|паморочиться", C, NONE),
    // And bipolar disorder, mania, PTSD.
    (
        "депресси|тревожн|паническ|депресі|биполярн|біполярн|мания|маніакальн|маниакальн|птср",
        C,
        PSY,
    ),
    ("антидепрессант|антидепресант", M, PSY),
    // A psychiatric hospital or doctor: `после психиатрической больницы`.
    ("психиатрич|психіатричн", P, PSY),
    ("беременн|выкидыш|вагітн", C, SEX),
    ("вич|спид", C, HIV),
    (
        "алкоголизм|зависимост|наркоман|бросил пить|бросила пить|детоксикац",
        C,
        ETH,
    ),
    // A drug test: `анализ на наркотики`.
    ("наркотик", P, ETH),
    (
        concat!(
            "инсулин|інсулін|метформин|метформін|антибиотик",
            "|антибіотик|амоксициллин|цефалексин|аспирин|ибупрофен",
            "|парацетамол|лизиноприл|амлодипин|аторвастатин|омепразол",
            "|преднизолон|варфарин|левотироксин|эутирокс|сертралин|тироксин|лізиноприл|нурофен",
            "|венлафаксин|флуоксетин|эсциталопрам",
            // Beta blockers, apixaban, rivaroxaban, semaglutide.
            "|бисопролол|метопролол|эликвис|ксарелто|оземпик|топирамат|топірамат",
            // Morphine, Keppra, finasteride, tamsulosin; pramipexole.
            "|морфи|кеппр|кепр|финастерид|тамсулозин|прамипексол",
            // Thiamazole (Tyrosol).
            "|тирозол",
            // Concor, Capoten, Euthyrox (ninth session, IE).
            "|конкор|капотен|еутирокс",
            // Medicines brought from home: Lozap, enalapril, digoxin,
            // Validol, Atoris, Corvalol, Cardiomagnyl, Analgin, Diabeton
            // (tenth session, KN).
            "|лозап|еналаприл|эналаприл|дігоксин|дигоксин|валідол|валидол|аторис|корвалол|кардіомагніл|кардиомагнил|анальгін|анальгин|діабетон|диабетон",
        ),
        M,
        NONE,
    ),
    ("метадон|субоксон|налоксон", M, ETH),
    (
        concat!(
            "анализ|аналіз|узи|мрт|кт|рентген|флюорограф|маммограф",
            "|колоноскопи|эндоскопи|гастроскопи|биопси|біопсі|экг|екг|полисомнограф",
            "|кардиограмм|прививк|вакцин|щеплен|операци|операці",
            "|химиотерапи|хіміотерапі|диализ|діаліз|физиотерапи",
            // Chemo, said short (`после химии`); a breast's reshaping.
            "|хими|хіміо|маммопласти",
            // A transplant (`после пересадки печени`).
            "|пересадк|трансплантаци|холтер|катетер",
            // A hyperbaric chamber.
            "|барокамер",
            // A pacemaker.
            "|кардиостимулятор",
        ),
        P,
        NONE,
    ),
    // Results: within normal (`в норме`), normal, positive, negative,
    // raised, lowered.
    (
        "норме|нормальн|положительн|отрицательн|повышен|понижен|нормі|позитивн|негативн",
        L,
        NONE,
    ),
];

const ARABIC_TERMS: &[ScriptTerms] = &[
    (
        concat!(
            "سكري|سكر|ضغط|ربو|سعال|كحة|حمى|صداع|دوخة|دوار|غثيان",
            "|استفراغ|تقيؤ|إسهال|اسهال|إمساك|امساك|طفح|سرطان|جلطة",
            "|فقر الدم|أنيميا|انيميا|التهاب|كسر|ألم|آلام|وجع",
            "|كوليسترول|كولسترول|زهايمر|صرع|أرق|حرارة|سخونة|متورم",
            // Numbness, swallowing (`ما يقدر يبلع`), migraine, allergy, gout,
            // a stone.
            "|تنميل|يبلع|شقيقة|حساسية|نقرس|حصوة",
            // And swollen, bleeding, short of breath; Persian fever, cough, pain.
            "|منتفخ|ينزف|نزيف|ضيق تنفس|ضيق في التنفس|تورم|تب|سرفه|درد",
            // Anemia without its article, a torn muscle, jaundice, breathing
            // with difficulty.
            "|فقر دم|تمزق|تمزقت|يرقان|يتنفس بصعوبة|هبات ساخنة",
            // Sores, coughs; Persian blood pressure.
            "|تقرحات|يكح|فشار خون",
            // Dari and Pashto: tuberculosis, fever, cough. Bled, bleeds.
            "|توبرکلوز|تبه|ټوخی|نزفت|تنزف",
            // Heart failure; Persian apnea.
            "|فشل القلب|آپنه",
            // Persian shingles.
            "|زونا",
            // Persian short of breath (`نفسش تنگ بود`, `تنگی نفس`); a
            // stroke (`سکته مغزی`, Arabic `سكتة`).
            "|نفسش تنگ|تنگی نفس|سکته|سكتة",
            // A kidney stone (Persian).
            "|سنگ کلیه",
            // Persian: a tumour, headache.
            "|تومور|سردرد",
            // Kidney failure; Urdu sugar (diabetes), dizziness, thyroid.
            "|فشل كلوي|شوگر|چکر|تھائیرائڈ",
        ),
        C,
        NONE,
    ),
    // And Persian sad.
    ("اسکیزوفرنی|توحد|اكتئاب|قلق|كوابيس|کابوس|وسواس قهري|غمگین", C, PSY),
    ("حامل|إجهاض|اجهاض", C, SEX),
    // A pregnancy test (`تحليل الحمل`, `اختبار الحمل`).
    ("تحليل الحمل|اختبار الحمل|فحص الحمل", P, SEX),
    // A therapy session, psychotherapy.
    ("جلسة العلاج|العلاج النفسي", P, PSY),
    ("إيدز|ايدز", C, HIV),
    (
        concat!(
            "إنسولين|انسولين|ميتفورمين|مضاد حيوي|مضادات حيوية",
            "|باراسيتامول|بنادول|أموكسيسيلين|اموكسيسيلين|ايبوبروفين|ریفامپین|أسبرين|اسبرين|غابابنتين|ديكساميثازون",
            "|تاكروليمس|التاكروليمس|تاكروليموس|وارفارين|أوزمبيك|اوزمبيك",
            // Water pills (a diuretic).
            "|حبوب الماء",
        ),
        M,
        NONE,
    ),
    (
        concat!(
            "تحليل|تحاليل|فحص الدم|فحص دم|أشعة|اشعة|رنين مغناطيسي",
            "|إيكو|ايكو|سونار|تخطيط القلب|منظار|تنظير|خزعة|جراحة|تطعيم|لقاح",
            "|غسيل الكلى|علاج طبيعي",
            // A transplant; Persian test, physiotherapy; a dressing change, a
            // ventilator.
            "|زراعة|آزمایش|فیزیوتراپی|الضماد|ضماد|جهاز التنفس",
            // Chemo (`العلاج الكيماوي`); a sleeve gastrectomy.
            "|الكيماوي|كيماوي|الكيميائي|كيميائي|تكميم المعدة",
            // Persian CT scan (`سی تی اسکن`), by its last two words: a
            // term is one word or two.
            "|تی اسکن",
            // A pessary; lithotripsy (`تفتيت الحصى`).
            "|الفرزجة|فرزجة|تفتيت",
            // Lung function (a PFT), a blood transfusion, taking out stitches.
            "|وظائف الرئة|نقل الدم|إزالة الغرز",
            // Speech therapy.
            "|جلسة النطق",
            // Dialysis, physiotherapy, a TB test (ninth session, HM).
            "|غسيل كلى|علاج فيزيائي|فحص السل",
        ),
        P,
        NONE,
    ),
    // And Persian positive and negative.
    ("سلبي|إيجابي|ايجابي|مرتفع|منخفض|مثبت|منفی", L, NONE),
];

const CJK_TERMS: &[ScriptTerms] = &[
    (
        concat!(
            "糖尿病|高血压|高血壓|哮喘|咳嗽|发烧|發燒|发热|發熱|头痛|頭痛|头晕|頭暈|恶心|噁心|呕吐|嘔吐|腹泻",
            "|腹瀉|拉肚子|便秘|皮疹|过敏|過敏|癌|中风|中風|心脏病|心臟病|贫血|貧血|感冒|流感|肺炎|失眠|痴呆",
            "|失智|肝炎|乙肝|骨折|疼|당뇨|고혈압|천식|기침|발열|열이 나|두통|어지러|어지럼|메스꺼|구토|설사",
            "|변비|류마티스|발진|위암|폐암|유방암|대장암|간암|갑상선암|뇌졸중|치매|빈혈|감기|독감|폐렴|불면증|통증",
            "|아파요|아파서|아프고|아프다|아픔|골절|간염|관절염|가슴이 답답|숨이 차|숨차|수족구|물집",
            "|열이|토하|어지럽|식은땀|황달|부었|부어서|삐었|피가 나|잠을 못 자|잠을 안 자|잠을 안 주무",
            // Allergy, hives, vomited, blood in the urine, hurt (`무릎을
            // 다쳤어요`), a concussion, gout, shingles, glaucoma, cataract,
            // menopause; heart failure, shingles, gout, a kidney stone,
            // glaucoma, cataract and menopause in Chinese.
            "|알레르기|두드러기|토했|혈뇨|소변에 피|다쳤|뇌진탕|통풍|대상포진|녹내장|백내장|폐경",
            "|心衰|心力衰竭|带状疱疹|帶狀皰疹|痛风|痛風|肾结石|腎結石|青光眼|白内障|白內障|更年期",
            // A thyroid nodule, hyper- and hypothyroidism, COPD, hot flashes,
            // a clot, an enlarged prostate, short of breath, no periods;
            // Korean atopic eczema and heart failure.
            "|甲状腺结节|甲亢|甲减|慢阻肺|潮热|血栓|前列腺增生|喘不上气|没有月经|아토피|심부전",
            // A wound (Korean).
            "|상처",
            // Arthritis, Crohn's, celiac, Parkinson's, hallucinations,
            // epilepsy, vertigo and otoliths, jaundice, bipolar; Korean
            // gestational diabetes, Parkinson's, hallucination, celiac,
            // stomach aches (`배가 아프대요`).
            "|关节炎|關節炎|克罗恩|癫痫|癲癇|天旋地转|耳石症|黄疸|黃疸|帕金森",
            "|임당|임신성 당뇨|파킨슨|환각|셀리악|아프대",
            // Atrial fibrillation, a racing heart, eczema, PCOS, a stuffy
            // nose, blood in the stool, numbness; Korean sleep apnea,
            // adrenal insufficiency, vaginal dryness.
            "|房颤|房顫|心跳很快|湿疹|濕疹|多囊卵巢|鼻塞|便血|大便出血|发麻|發麻",
            "|수면무호흡|부신기능저하|질 건조",
            // Oozing blood, gallstones, belly pain, vomited, macular
            // degeneration, no strength, slurred speech, failing sight;
            // Korean breathing fast.
            "|渗血|胆结石|腹痛|吐了|黄斑变性|没力气|说话不清楚|视力下降|视力越来越差|숨을 가쁘|숨이 가쁘",
            // No appetite; a cough and a rash (Japanese, Cantonese),
            // gastritis, preeclampsia; Korean insomnia and a high fever.
            "|没有胃口|没胃口|咳|出疹|胃炎|子痫前期|불면|고열",
            // A fall, a bruise, a strained back, cirrhosis, shaking hands,
            // cold sweats, ear pain, Cantonese diarrhea and vomiting, a poor
            // memory, a cut finger, foot pain, blurred sight.
            "|跌倒|淤青|闪到腰|肝硬化|手震|出冷汗|耳朵痛|肚屙|嘔|記性差|记性差|切到手指|腳痛|脚痛|视力模糊|視力模糊",
            // Japanese insomnia, a rash, Graves' disease; a Korean febrile
            // seizure.
            "|不眠|発疹|バセドウ病|열성경련",
            // Breathless, up at night to pass water, blood in it, deaf;
            // ulcerative colitis, Korean psoriasis.
            "|喘不过气|喘不過氣|起夜|带血|帶血|听不见|聽不見|溃疡性结肠炎|潰瘍性結腸炎|건선",
            // From HQ, HX, HK and IA (ninth session): osteoporosis, chronic kidney
            // disease, mastitis, a wound infection; Cantonese and Chinese a fall,
            // tightness in the chest, wandering, Alzheimer's, pressure sores,
            // swollen legs, a brain infarct, slurred speech, weakness, wetting
            // the bed, phlegm, pink eye, spitting up milk, confusion; Korean
            // spitting up, irregular bleeding, weight loss.
            "|骨粗しょう症|骨粗鬆症|慢性腎臓病|乳腺炎|創部感染|跌親|胸口有点闷|胸口悶|遊走|阿茲海默|阿尔茨海默|压疮|壓瘡|腳腫|脚肿|脑梗|腦梗|口齒唔清|冇力|尿濕|痰|红眼病|紅眼病|吐奶|混亂|混乱",
            "|게워|불규칙 출혈|체중 감소",
            // Japanese dementia, Parkinson's, low sugar, poor appetite,
            // unsteadiness, delirium, a bruise, a rash, hearing loss; Korean
            // otitis media, seizures (IO, IT).
            "|認知症|パーキンソン病|低血糖|食欲低下|ふらつき|せん妄|打撲|かぶれ|難聴|중이염|경련",
            // Can't sleep, bloating, bleeding, little urine (IP).
            "|睡不着|睡不著|腹胀|腹脹|出血|尿很少",
            // Tenth session (IU, IV, symptoms-38): high cholesterol,
            // osteoporosis, myocardial ischaemia, a fall, hand-foot-mouth
            // disease; Japanese viral gastroenteritis, convulsions, a runny
            // nose; Korean macular degeneration.
            "|胆固醇高|膽固醇高|骨质疏松|骨質疏鬆|心肌缺血|摔了一跤|手足口|胃腸炎|けいれん|痙攣|鼻水|황반변성",
            // From the dev halves of JA to KC: Japanese heart failure,
            // forgetfulness, no appetite, feverish, a bloated belly, fatty
            // liver, a stroke; Chinese high blood pressure, pink eye, nappy
            // rash, blisters; Korean mastitis, omphalitis, low sugar,
            // candida, a dry socket, teething, bad breath.
            "|心不全|物忘れ|食欲がな|熱っぽい|お腹が張|脂肪肝|脳梗塞|血压偏高|血壓偏高|紅眼症|红眼症|尿布疹|水泡",
            "|유선염|제대염|저혈당|칸디다|드라이 소켓|이앓이|입냄새",
            // Japanese swelling, choking on food, oral thrush; Chinese mouth
            // ulcers, low haemoglobin, hair falling out, nausea, dry mouth,
            // Cantonese exhaustion; a Korean UTI (KG, KH, KI, JT).
            "|むくみ|むせ|口腔カンジダ|口腔潰瘍|口腔溃疡|血色素低|頭髮甩|想吐|口乾|口干|好攰|요로감염",
            // Korean chest pain, sundowning, dysphagia, Alzheimer's, short of
            // breath, chest tightness; Japanese shingles, impetigo; otitis
            // media (KK, KL, KM).
            "|흉통|일몰증후군|연하곤란|알츠하이머|숨참|가슴 답답|帯状疱疹|とびひ|中耳炎",
            // Korean tinnitus, a nosebleed, nausea, retinitis pigmentosa;
            // Japanese chest pain, diarrhoea (KQ to KT).
            "|이명|코피|구역감|망막색소변성|胸の痛み|下痢",
        ),
        C,
        NONE,
    ),
    ("うつ病|抑郁|抑鬱|憂鬱|焦虑|焦慮|우울|불안|공황|악몽|躁郁症|躁鬱症|조울증", C, PSY),
    // Hwa-byung, self-harm (Korean); postpartum depression, panic attacks,
    // low mood, can't sleep (Japanese); a gambling addiction (Chinese).
    ("화병|자해|産後うつ|パニック発作|気分が落ち込|眠れな|賭癮|赌瘾|戒賭|戒赌", C, PSY),
    // Morning sickness (Korean).
    ("입덧", C, SEX),
    // Elder abuse (Korean).
    ("노인학대", C, SDV),
    // ADHD (Chinese); Seroquel (Korean).
    ("多动症|多動症", C, PSY),
    ("쎄로켈|쎄로퀠", M, PSY),
    // A pregnancy test (Chinese).
    ("验孕|驗孕", P, SEX),
    // Heavy drinking (Korean).
    ("과음", C, ETH),
    // Risperdal, haloperidol, sertraline, Concerta (Japanese).
    ("リスパダール|ハロペリドール|セルトラリン|コンサータ|デパス|エチゾラム", M, PSY),
    ("ヤーズ", M, SEX),
    // Zoloft, Xanax, Wellbutrin, Ativan (Korean, Chinese).
    ("졸로프트|자낙스|웰부트린|아티반|樂復得|乐复得", M, PSY),
    ("미레나", M, SEX),
    // Psychotherapy (Chinese); couples counselling (Korean).
    ("心理治疗|心理治療|부부 상담", P, PSY),
    // Autism.
    ("自闭症|自閉症|자폐|거식증|自閉スペクトラム症", C, PSY),
    // Erectile dysfunction (Korean), an ectopic pregnancy; Viagra.
    ("발기부전|宫外孕|宮外孕|异位妊娠", C, SEX),
    ("비아그라|伟哥|偉哥", M, SEX),
    // Biktarvy, a viral load (Chinese).
    ("必妥维|必妥維", M, HIV),
    ("病毒载量|病毒載量", P, HIV),
    // Syphilis.
    ("梅毒|매독", C, STD),
    // And pregnancy (`妊娠28週`) and morning sickness in Japanese.
    ("恶露|惡露|怀孕|懷孕|流产|流產|임신|妊娠|つわり|孕吐|切迫流産", C, SEX),
    // An adjustment disorder (Japanese).
    ("適応障害", C, PSY),
    // Yaz (Korean); a transvaginal ultrasound (Japanese).
    ("야즈", M, SEX),
    ("経腟超音波", P, SEX),
    // An IUD put in (`上环`).
    ("上环|上環", P, SEX),
    // No heart for anything (Cantonese low mood).
    ("冇心機", C, PSY),
    // Korean alcohol use (disorder).
    ("알코올 사용", C, ETH),
    // Behaviour therapy, family therapy, counselling (Chinese, Japanese).
    ("行为治疗|行為治療|家庭治疗|家庭治療|心理咨询|心理諮詢|カウンセリング", P, PSY),
    // IVF: Korean `시험관 시술`, Chinese `试管婴儿`.
    ("시험관|试管婴儿|試管嬰兒|取卵|冻卵|凍卵", P, SEX),
    ("艾滋病|愛滋病", C, HIV),
    // Genetic testing: `BRCA基因检测`, `유전자 검사`.
    ("基因检测|基因檢測|基因测试|유전자 검사|유전자검사", P, GDIS),
    // Diane-35, a contraceptive pill.
    ("达英|米索前列醇", M, SEX),
    // Lithium, antidepressants (Korean, Chinese).
    ("리튬|항우울제|碳酸锂|抗抑郁药|抗抑鬱藥", M, PSY),
    (
        concat!(
            "胰岛素|胰島素|二甲双胍|二甲雙胍|抗生素|阿莫西林|布洛芬|阿司匹林|降压药|降壓藥|인슐린|메트포르민",
            "|항생제|타이레놀|진통제|혈압약|수면제|에피펜|위고비|오젬픽",
            // Amlodipine, atorvastatin, levothyroxine in Chinese.
            "|氨氯地平|阿托伐他汀|左甲状腺素",
            // A steroid ointment, a diuretic (Korean); an antiviral;
            // entecavir, warfarin, valproate, colchicine, biologics.
            "|스테로이드|이뇨제|항바이러스제|恩替卡韦|华法林|華法林|丙戊酸|秋水仙碱|生物制剂",
            // Topiramate, a steroid cream.
            "|托吡酯|激素膏",
            // Prograf (Korean).
            "|프로그랍",
            // Panadol (Hong Kong), Lipitor, metoprolol, Lantus; Japanese
            // amlodipine, rosuvastatin, Tradjenta; Korean Vemlidy,
            // naltrexone, amoxicillin.
            "|必理痛|立普妥|美托洛尔|来得时|韦立得|カロナール|チラーヂン|デエビゴ|メルカゾール|ジャヌビア|フォシーガ|ゾフルーザ|타미플루|클래리스로마이신|란소프라졸|アムロジピン|ロスバスタチン|トラゼンタ|베믈리디|날트렉손|아목시실린",
            // Tamsulosin, an antiemetic; Korean warfarin.
            "|坦索罗辛|止吐药|止吐藥|와파린",
            // Tylenol, prednisolone; Japanese metformin, warfarin,
            // Keflex, Nexplanon, alendronate, hydrocortisone, Loxonin;
            // Korean Viread, Baraclude, Olmetec, sertraline.
            "|泰诺|泰諾|泼尼松龙|潑尼松龍|メトホルミン|ワーファリン|ワルファリン|ケフレックス|ネクスプラノン|アレンドロン|ヒドロコルチゾン|ロキソニン",
            "|비리어드|바라크루드|올메텍|서트랄린",
            // Japanese donepezil, levodopa, Lantus, cefalexin, Madopar; Korean
            // triamcinolone (IO, IT).
            "|ドネペジル|レボドパ|ランタス|セファレキシン|マドパー|트리암시놀론",
            // Letrozole; Korean progesterone (IP).
            "|来曲唑|프로게스테론",
            // Nitroglycerin, salbutamol; Japanese Tylenol, Advil,
            // amoxicillin, ondansetron, Flovent (tenth session).
            "|硝酸甘油|沙丁胺醇|タイレノール|アドビル|アモキシシリン|オンダンセトロン|フローベント",
            // Japanese magnesium oxide, melatonin; Chinese macrogol, senna,
            // losartan, donepezil, Stilnox; Korean clindamycin, Coumadin,
            // Kenalog, zolpidem, Eliquis, metoprolol.
            "|酸化マグネシウム|メラトニン|聚乙二醇|番泻叶|番瀉葉|氯沙坦|多奈哌齐|史蒂諾斯|클린다마이신|쿠마딘|케나로그|졸피뎀|엘리퀴스|메토프롤롤",
            // Korean Jardiance, Shingrix, losartan, atorvastatin, Synthroid,
            // levothyroxine, Norvasc; Japanese morphine, Norvasc, nystatin,
            // atropine (KH, KI).
            "|자디앙|싱그릭스|로사르탄|아토르바스타틴|신지로이드|레보티록신|노바스크|モルヒネ|ノルバスク|ナイスタチン|アトロピン",
            // Korean amlodipine, donepezil, Humalog, levofloxacin, Lantus;
            // Japanese valaciclovir, Gentacin, Eliquis, Allegra (KL, KM).
            "|암로디핀|도네페질|휴마로그|레보플록사신|란투스|バラシクロビル|ゲンタシン|エリキュース|アレグラ",
            // Korean Flonase, Lumigan, Xalatan, meclizine, dorzolamide.
            "|플로네이즈|루미간|잘라탄|메클리진|도르졸아마이드",
        ),
        M,
        NONE,
    ),
    (
        concat!(
            "胃镜|胃鏡|结肠镜|結腸鏡|大肠镜|肠镜|腸鏡|内窥镜|内镜|核磁共振|磁共振|超声|超聲|B超|心电图|心電圖",
            // A test of something named before it: `乙肝检测` (hepatitis B).
            "|检测|檢測",
            "|X光|验血|驗血|验尿|驗尿|血检|活检|活檢|化疗|化療|透析|手术|手術|疫苗|体检|體檢|洗牙|拔牙",
            "|钼靶|대장내시경|위내시경|내시경|초음파|혈액검사|피검사|소변검사|조직검사|검사|심전도|수술|예방접종",
            "|접종|백신|항암|투석|물리치료|보청기|스케일링|이식|엑스레이",
            // A stent, in Korean and Chinese; a Pap smear in Chinese.
            "|스텐트|支架|宫颈涂片|子宫颈抹片",
            // A needle biopsy, PSA, oxygen, hormone therapy, a blood count, a
            // lipid panel, white cells.
            "|穿刺|前列腺特异抗原|吸氧|激素治疗|血常规|血脂|白细胞",
            // Liver function, a glucose tolerance test, bilirubin,
            // phototherapy; a Korean injection (`철분 주사`).
            "|肝功能|糖耐量|胆红素|照蓝光|주사",
            // Hyperbaric oxygen; a Korean transfusion.
            "|高压氧|高壓氧|수혈",
            // Radiotherapy, an injection; Korean speech therapy, a CPAP
            // machine, hormone therapy.
            "|放疗|放療|打针|打針|언어치료|양압기|호르몬 치료",
            // A dressing change, a cystoscopy, a bladder diary; a Japanese
            // echo and pelvic floor; a Korean compression bandage.
            "|换药|換藥|膀胱镜|膀胱鏡|排尿日记|排尿日記|心エコー|骨盤底|압박 붕대",
            // A dilated eye exam.
            "|散瞳",
            // A dressing, an eye injection, a swallow study, a rhinoplasty.
            "|敷料|眼针|吞咽检查|鼻整形",
            // A sleep study; a Japanese gastroscopy, test and vaccine; a
            // Korean cast.
            "|睡眠呼吸监测|睡眠监测|胃カメラ|検査|ワクチン|깁스",
            // A bone density scan, an eye exam, stitches, a nerve
            // conduction test, a cognitive assessment, a COVID test.
            "|骨密度|眼底检查|眼底檢查|缝针|缝了针|縫針|神經傳導|神经传导|認知評估|认知评估|新冠测试|新冠測試|快速測試",
            // Japanese: an IV drip, a colonoscopy, infant vaccines; Korean
            // H. pylori treatment and a Japanese encephalitis shot.
            "|点滴|大腸カメラ|四種混合|ヒブ|肺炎球菌ワクチン|제균 치료|제균치료|일본뇌염",
            // A Korean inhaler.
            "|흡입기",
            // Urine protein, a fasting sugar, a flu shot and a booster, thyroid
            // function, a treadmill test; Japanese rotavirus and Japanese
            // encephalitis vaccines, a skin test, a food challenge (tenth
            // session).
            "|尿蛋白|空腹血糖|流感针|流感針|加强针|加強針|甲状腺功能|甲狀腺功能|运动平板|運動平板|ロタウイルス|日本脳炎|4種混合|皮膚テスト|負荷試験",
            // Japanese abdominal echo, a biopsy, an ECG, cervical screening,
            // a colonoscopy, a breath test, a mammogram, a barium study,
            // kidney function; Chinese allergy and lead tests, hepatitis B
            // antigen and DNA; Korean dentures, an extraction, an implant,
            // a panoramic x-ray, sedation, braces, fluoride, HbA1c,
            // bilirubin.
            "|腹部エコー|生検|心電図|子宮頸がん検診|大腸内視鏡|呼気テスト|マンモグラフィ|バリウム検査|腎機能|過敏測試|过敏测试|血铅|血鉛|乙肝表面抗原|乙肝病毒",
            "|틀니|발치|임플란트|파노라마|수면마취|교정기|불소 도포|당화혈색소|빌리루빈",
            // A Korean pneumonia shot; a Japanese swallow assessment and PEG;
            // a Chinese bone marrow test, Cantonese radiotherapy, palliative
            // care.
            "|폐렴주사|嚥下評価|胃ろう|骨髓檢查|骨髓检查|骨髓穿刺|電療|紓緩治療|舒缓治疗",
            // A TB skin test; Korean laser treatment; Japanese mole removal.
            "|结核皮试|結核皮試|레이저 치료|ほくろ除去",
            // A Japanese chest x-ray and H. pylori treatment; Chinese thyroid
            // function; Korean LASIK.
            "|胸部X線|除菌治療|甲功|라식",
            // From HQ, HX, HK and IA (ninth session): physical therapy, a newborn
            // screen, diet therapy, an HbA1c in Cantonese.
            "|物理治療|物理治疗|新生儿筛查|新生兒篩查|食事療法|糖化血紅素",
            // Japanese: an x-ray, a hearing test, the Hasegawa dementia scale,
            // earwax removal, CPR (ninth session, IO).
            "|レントゲン|聴力検査|長谷川式|耳垢除去|心肺蘇生",
            // A Pap smear (ninth session, IP).
            "|子宮頸抹片",
        ),
        P,
        NONE,
    ),
    // Results; not `음성` alone, a voice message too.
    (
        "结果正常|結果正常|正常范围|阴性|陰性|阳性|陽性|偏高|偏低|结果异常|結果異常|정상|양성|음성입니다|음성으로|수치가 높|수치가 낮|이상 소견|異常なし|異常はありません",
        L,
        NONE,
    ),
];

/// Nepali and Hindi, in Devanagari, matched as written anywhere and found
/// as the whole word around: fever, pain and hurting, cough, diabetes and
/// sugar, blood pressure, vomiting, diarrhea, dizziness, swelling, blurred,
/// cancer; sad (psy); pregnant (sex); therapy (psy); blood and eye tests, an x-ray, an
/// ultrasound, an operation, dialysis; insulin. Some Bengali, and Amharic
/// and Tigrinya in Ge'ez, the same way.
const DEVANAGARI_TERMS: &[ScriptTerms] = &[
    (
        concat!(
            "ज्वरो|बुखार|दुख्|दर्द|खोकी|खाँसी|खांसी|मधुमेह|सुगर|प्रेसर|रक्तचाप|बान्ता|वान्ता|उल्टी",
            "|पखाला|दस्त|चक्कर|सुन्नि|धमिलो|क्यान्सर|कैंसर",
            // A fibroid, bleeding.
            "|रसौली|ब्लीडिंग",
            // Forgetting (`भूलने की बीमारी`), restless, an injury, a wound (Nepali).
            "|भूलने|बेचैन|चोट|घाउ",
            // Dizzy (Nepali `रिंगटा`), weak (`कमज़ोर`, `कमजोर`).
            "|रिंगटा|कमज़ोर|कमजोर",
            // Cataract, swollen (`सूज गया`, `सूजन`), trembling (`हाथ काँपते`),
            // no sleep; Bengali jaundice.
            "|मोतियाबिंद|सूज|काँप|कांप|नींद नहीं|জন্ডিস",
            // From symptoms-37: tuberculosis (Nepali), Bengali TB.
            "|क्षयरोग|টিবি",
            // Heart disease (Nepali), TB; Bengali thyroid (ninth session, HN).
            "|मुटुको रोग|टीबी|থাইরয়েড",
        ),
        C,
        NONE,
    ),
    ("उदास|এডিএইচডি", C, PSY),
    // Quitting alcohol.
    ("शराब छोड़|शराब छोड|लागुऔषध", C, ETH),
    ("गर्भवती", C, SEX),
    // Therapy, counselling.
    ("थेरेपी|थैरेपी|काउंसलिंग", P, PSY),
    (
        "ईईजी|एंजियोग्राफी|एंजियोप्लास्टी|रूट कैनाल|रगत जाँच|आँखा जाँच|एक्स-रे|एक्सरे|अल्ट्रासाउन्ड|अप्रेसन|अपरेसन|ऑपरेशन|डायलासिस|डायलिसिस|डायलाइसिस|ड्रेसिंग|सर्जरी",
        P,
        NONE,
    ),
    ("इन्सुलिन|इंसुलिन|मेटफॉर्मिन", M, NONE),
    // Amharic and Tigrinya (Ge'ez script, ninth session, IB): sugar (diabetes),
    // blood pressure, TB, pain; pregnancy; metformin, rifampin, entecavir,
    // insulin; an ultrasound.
    ("ስኳር|ሽኮር|ደም ግፊት|ሳንባ ነቀርሳ|ቃንዛ", C, NONE),
    ("እርግዝና", C, SEX),
    ("ሜትፎርሚን|ሪፋምፒን|ኢንቴካቪር|ኢንሱሊን", M, NONE),
    ("አልትራሳውንድ", P, NONE),
    // Suboxone.
    ("सुबोक्सोन", M, ETH),
    // A uric acid test; Bengali bilirubin.
    ("यूरिक एसिड|বিলিরুবিন", P, NONE),
];

/// Arabic's joined prefixes, longest first: `وال` and, the; `بال` with
/// the; `لل` for the; `ال` the; `و` and; `ب` with; `ل` for; `ف` so.
const ARABIC_PREFIXES: &[&str] = &["وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف", ""];

/// The clinical terms of `category` written in other scripts (see
/// [`CYRILLIC_TERMS`]), added where no candidate of the category is yet.
pub(crate) fn script_terms(scan: &Scan, category: Category, out: &mut Vec<Cand>) {
    if scan.ascii {
        return;
    }
    let found = found_script_terms(scan);
    for &(start, end, _, sensitivity) in found.iter().filter(|t| t.2 == category) {
        if out.iter().all(|c| c.end <= start || c.start >= end) {
            out.push(Cand {
                sensitivity,
                ..Cand::new(start, end)
            });
        }
    }
}

/// The message's terms in other scripts, found once.
fn found_script_terms<'a>(scan: &'a Scan) -> &'a [ScriptHit] {
    scan.script_terms.get_or_init(|| find_script_terms(scan))
}

/// Every list's terms in other scripts, in the order each list's finder
/// takes them: Chinese and Korean terms first, then word by word.
/// A fever with its degrees in Chinese, Japanese or Korean: `发烧38.5度`,
/// `燒到39.2度`, `熱38.9度`, `열이 38.3도`, `체온 39`. From the fever word
/// through the degrees, a body's temperature (35 to 42, or 95 to 106).
fn cjk_fevers(text: &str, found: &mut Vec<ScriptHit>) {
    const FEVER: &[&str] = &[
        "发烧", "發燒", "发热", "發熱", "烧到", "燒到", "体温", "體溫", "熱", "热", "열이", "체온",
    ];
    let bytes = text.as_bytes();
    for word in FEVER {
        let mut from = 0;
        while let Some(at) = crate::scan::find_str(text, word, from) {
            from = at + word.len();
            // A joining word or a space: `到`, `了`, `是`, `が`, `は`.
            let mut k = from;
            for _ in 0..2 {
                if let Some(c) = text[k..]
                    .chars()
                    .next()
                    .filter(|c| matches!(c, '到' | '了' | '是' | '有' | 'が' | 'は' | ' ' | ':'))
                {
                    k += c.len_utf8();
                }
            }
            let digits = bytes[k..].iter().take_while(|b| b.is_ascii_digit()).count();
            let whole = text[k..k + digits].parse::<u32>().unwrap_or(0);
            if !(2..=3).contains(&digits)
                || !((35..43).contains(&whole) || (95..107).contains(&whole))
            {
                continue;
            }
            let mut end = k + digits;
            if bytes.get(end) == Some(&b'.') {
                let more = bytes[end + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                if more > 0 {
                    end += 1 + more;
                }
            }
            if let Some(u) = ["度", "도", "℃"]
                .iter()
                .find(|u| text[end..].starts_with(*u))
            {
                end += u.len();
            }
            found.push((at, end, L, None));
        }
    }
}

/// A result in Chinese, Japanese or Korean: an analyte, up to four joining
/// characters, and its value with its unit (`血压165/98`, `空腹血糖142`,
/// `血压都在130左右`, `体重3.4公斤`, `HbA1cは7.9%`, `혈압 158에 98`); not a
/// date or a time after it (`血糖 3月`), nor what is asked or said
/// without a value (`血压一直不稳`). A Latin analyte only with a joining
/// character of these scripts: the Latin reader takes `A1C 7.2`.
fn cjk_values(text: &str, found: &mut Vec<ScriptHit>) {
    // Longer analytes first where one holds another (`空腹血糖`, `血糖`).
    const ANALYTES: &str = concat!(
        "空腹血糖|餐后血糖|餐後血糖|糖化血红蛋白|糖化血紅蛋白|糖化血紅素|血糖値|血压|血壓|血圧|血糖",
        "|甘油三酯|三酸甘油酯|中性脂肪|胆固醇|膽固醇|尿酸|肌酐|体重|體重|高压|高壓|低压|低壓",
        "|血红蛋白|血紅蛋白|血色素|血氧|コレステロール|クレアチニン|ヘモグロビン|공복혈당|당화혈색소",
        "|혈압|혈당|콜레스테롤|중성지방|체중|몸무게|크레아티닌|산소포화도|HbA1c|A1C|LDL|TSH|eGFR|PSA",
    );
    let bytes = text.as_bytes();
    for word in ANALYTES.split('|') {
        let mut from = 0;
        while let Some(at) = crate::scan::find_str(text, word, from) {
            from = at + word.len();
            let latin = word.is_ascii();
            if (latin && at > 0 && bytes[at - 1].is_ascii_alphanumeric())
                || found.iter().any(|h| h.2 == L && h.0 <= at && at < h.1)
            {
                continue;
            }
            let mut k = from;
            let mut joined = false;
            for _ in 0..4 {
                match text[k..].chars().next() {
                    Some(c) if one_of("是在有都才到为為は가이が係：:约約平均 ", c) =>
                    {
                        joined |= c != ' ' && c != ':';
                        k += c.len_utf8();
                    }
                    _ => break,
                }
            }
            let number = |k: usize| {
                let n = bytes[k..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit() || **b == b'.')
                    .count();
                (n > 0 && bytes[k].is_ascii_digit()).then_some(k + n)
            };
            let Some(mut end) = number(k).filter(|_| !latin || joined) else {
                continue;
            };
            // A pressure's second figure: `165/98`, `158에 98`.
            for sep in ["/", "에 "] {
                if let Some(e) = text[end..]
                    .strip_prefix(sep)
                    .and_then(|_| number(end + sep.len()))
                {
                    end = e;
                    break;
                }
            }
            if text[end..].trim_start().starts_with([
                '月', '日', '号', '號', '点', '點', '時', '时', '시', '월', '일', '년', '年', '岁',
                '歲', '세', '分', '번', '回', '次', '天', '周', '週',
            ]) {
                continue;
            }
            for unit in [
                "%", " mmHg", "mmHg", " mg/dL", "mg/dL", " kg", "kg", "公斤", "斤", "左右",
            ] {
                if text[end..].starts_with(unit) {
                    end += unit.len();
                }
            }
            found.push((at, end, L, None));
        }
    }
}

fn find_script_terms(scan: &Scan) -> Vec<ScriptHit> {
    let text = scan.text();
    let s = scripts(text);
    let mut found = Vec::new();
    if s.han || s.hangul {
        for category in [C, M, P, L] {
            for (term, sensitivity) in each(CJK_TERMS, category) {
                let mut from = 0;
                while let Some(at) = crate::scan::find_str(text, term, from) {
                    found.push((at, at + term.len(), category, sensitivity));
                    from = at + term.len();
                }
            }
        }
        cjk_fevers(text, &mut found);
        cjk_values(text, &mut found);
    }
    if s.indic || s.ethiopic {
        // The whole word around a match: Devanagari and Ge'ez words stand
        // between spaces and punctuation (`दुख्छ`, `दुख्यो` from `दुख्`).
        let bytes = text.as_bytes();
        let edge = |b: u8| b.is_ascii_whitespace() || b.is_ascii_punctuation();
        for category in [C, M, P, L] {
            for (term, sensitivity) in each(DEVANAGARI_TERMS, category) {
                let mut from = 0;
                while let Some(at) = crate::scan::find_str(text, term, from) {
                    let start = (0..at).rev().find(|&k| edge(bytes[k])).map_or(0, |k| k + 1);
                    let end = (at + term.len()..bytes.len())
                        .find(|&k| edge(bytes[k]))
                        .unwrap_or(bytes.len());
                    found.push((start, end, category, sensitivity));
                    from = end;
                }
            }
        }
    }
    if !(s.cyrillic || s.arabic) {
        return found;
    }
    // Folding took Cyrillic letters that look Latin to Latin, in the text
    // and, the same way, in the stems: as written, capitalised and in
    // capitals, since a capital may fold where its small letter does not
    // (`Конкор` reads `Kонкop`, `конкор` `конкop`; `ПТСР` reads `ПTCP`).
    type Stem = (String, Category, Option<Sensitivity>);
    static FOLDED: OnceLock<Vec<Stem>> = OnceLock::new();
    let folded = FOLDED.get_or_init(|| {
        let upper = |c: char| match c {
            'а'..='я' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
            'ѐ'..='џ' => char::from_u32(c as u32 - 0x50).unwrap_or(c),
            'ґ' => 'Ґ',
            _ => c,
        };
        let mut stems: Vec<Stem> = Vec::new();
        for c in [C, M, P, L] {
            for (t, s) in each(CYRILLIC_TERMS, c) {
                let mut chars = t.chars();
                let first: String = chars.next().map(upper).into_iter().chain(chars).collect();
                let all: String = t.chars().map(upper).collect();
                for form in [t, &first, &all] {
                    let stem = lower(&Folded::new(form).text);
                    if !stems.iter().any(|x| x.0 == stem) {
                        stems.push((stem, c, s));
                    }
                }
            }
        }
        stems
    });
    for i in 0..scan.tokens.len() {
        if !scan.is_word(i) {
            continue;
        }
        let word = scan.tok(i);
        let first = word.chars().next().unwrap_or(' ');
        let (start, end) = (scan.tokens[i].start, scan.tokens[i].end);
        // Russian's MRI and CT in capitals are all letters that look Latin,
        // so folding left `MPT` and `KT`: told apart from Latin by their
        // original, two bytes a letter.
        if s.cyrillic && matches!(word, "MPT" | "KT") && {
            let (a, b) = scan.folded.original_span(start, end);
            b - a == 2 * word.len()
        } {
            found.push((start, end, P, None));
            continue;
        }
        // So did an analyte all of whose letters look Latin: `сахар 17`
        // (sugar) became `caxap`, `МНО 4,2` (INR) `MHO`.
        if s.cyrillic && word.is_ascii() && {
            let (a, b) = scan.folded.original_span(start, end);
            b - a == 2 * word.len()
        } {
            if let Some(value) = cyrillic_reading(scan, i, scan.low(i)) {
                found.push((start, value, L, None));
            }
            continue;
        }
        if s.cyrillic && word.chars().any(is_cyrillic) {
            let low = lower(word);
            // The first stem of each list that fits (the stems are in list
            // order, so the hits come out in it too).
            let mut last = None;
            // A verdict asked about is none: `это нормально?` (is this normal?).
            let asked = scan.next_solid(i).is_some_and(|n| scan.tok(n) == "?");
            for &(ref stem, category, sensitivity) in folded {
                if last != Some(category) && !(asked && category == L) && stem_fits(&low, stem, 2) {
                    found.push((start, end, category, sensitivity));
                    last = Some(category);
                }
            }
            // An analyte and its value: `гемоглобин 98`, `сатурация 88%`.
            if let Some(value) = cyrillic_reading(scan, i, &low) {
                found.push((start, value, L, None));
            }
        } else if s.arabic && is_arabic(first) {
            // A term of two words is looked for in the word and the one
            // after it, a space apart.
            let two = scan
                .next_solid(i)
                .filter(|&n| n == i + 2 && scan.tok(i + 1) == " ")
                .map(|n| scan.tokens[n].end);
            for category in [C, M, P, L] {
                for (stem, sensitivity) in each(ARABIC_TERMS, category) {
                    let to = match two {
                        Some(to) if stem.contains(' ') => to,
                        _ if stem.contains(' ') => continue,
                        _ => end,
                    };
                    if ARABIC_PREFIXES.iter().any(|p| {
                        text[start..to]
                            .strip_prefix(p)
                            .is_some_and(|rest| stem_fits(rest, stem, 3))
                    }) {
                        found.push((start, to, category, sensitivity));
                        break;
                    }
                }
            }
        }
    }
    found
}

/// Analytes and vital signs in Russian and Ukrainian: haemoglobin,
/// ferritin, saturation, sugar, glucose, cholesterol, creatinine,
/// potassium, sodium, blood pressure, temperature.
const CYRILLIC_ANALYTES: &str = words![
    "гемоглобин",
    "гемоглобін",
    "ферритин",
    "феритин",
    "сатурац",
    "сахар",
    "цукор",
    // INR, in lowercase and in capitals (whose letters all look Latin).
    "мно",
    "МНО",
    "глюкоз",
    "холестерин",
    "креатинин",
    "креатинін",
    "калий",
    "калій",
    "натрий",
    "натрій",
    "давлени",
    "тиск",
    "температур"
];

/// The end of a value after the analyte at token `i` (`low`, lowercased):
/// a number, its decimals, a `%` or a blood pressure's second number.
fn cyrillic_reading(scan: &Scan, i: usize, low: &str) -> Option<usize> {
    use crate::scan::Kind;
    // Folded as the text is, each with whether it is the temperature.
    static FOLDED: OnceLock<Vec<(String, bool)>> = OnceLock::new();
    let stems = FOLDED.get_or_init(|| {
        CYRILLIC_ANALYTES
            .words()
            .map(|a| (lower(&Folded::new(a).text), a == "температур"))
            .collect()
    });
    let n = scan
        .next_solid(i)
        .filter(|&n| scan.kind(n) == Some(Kind::Number))?;
    let &(_, temperature) = stems.iter().find(|(stem, _)| stem_fits(low, stem, 2))?;
    // A temperature is in degrees, not days: `температура 2 дня`.
    let degrees = scan.tok(n).parse::<u32>().ok();
    if temperature && !degrees.is_some_and(|d| (34..44).contains(&d) || (95..108).contains(&d)) {
        return None;
    }
    let mut last = n;
    if (scan.is_punct(n + 1, '.') || scan.is_punct(n + 1, ',') || scan.is_punct(n + 1, '/'))
        && scan.kind(n + 2) == Some(Kind::Number)
    {
        last = n + 2;
    }
    if scan.is_punct(last + 1, '%') {
        last += 1;
    }
    Some(scan.tokens[last].end)
}

/// The terms of `lists` in `category`, each with its class.
fn each(
    lists: &'static [ScriptTerms],
    category: Category,
) -> impl Iterator<Item = (&'static str, Option<Sensitivity>)> {
    lists
        .iter()
        .filter(move |t| t.1 == category)
        .flat_map(|&(terms, _, class)| terms.split('|').map(move |t| (t, class)))
}

/// `word` in lowercase, ASCII and Cyrillic only: `str::to_lowercase`
/// would bring Unicode's whole case table into the module (17 KB gzipped).
pub(crate) fn lower(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
            'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
            'Ґ' => 'ґ',
            _ => c,
        })
        .collect()
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

/// Russian words that tie a message to a person (my, mother, father, son,
/// daughter, husband, wife, I, you), compared as the scan holds them:
/// folded, so their letters that look Latin are Latin, then lowercased.
const CYRILLIC_PERSON_WORDS: &str = words![
    "мой",
    "моя",
    "моего",
    "моей",
    "моему",
    "мама",
    "маме",
    "мамы",
    "папа",
    "папе",
    "сын",
    "сыну",
    "дочь",
    "дочери",
    "муж",
    "мужу",
    "мужа",
    "жена",
    "жены",
    "сына",
    "я",
    "меня",
    "мне",
    "вас",
    "вам",
    "ваш",
    "ваша",
    "вы",
    "тебя",
    "тебе",
    // Grandmother, grandfather, patient (Russian and Ukrainian).
    "бабушка",
    "бабушке",
    "дедушка",
    "дедушке",
    "бабуся",
    "дідусь",
    "пациент",
    "пациентка",
    "пацієнт",
    "пацієнтка",
    // Ukrainian: son, father, mother, daughter, husband, wife, my, I, child.
    "син",
    "сина",
    "тато",
    "тата",
    "мати",
    "донька",
    "доньки",
    "чоловік",
    "дружина",
    "мій",
    "мого",
    "мені",
    "мене",
    "дитина",
];

/// Is `word`, a token of the scan, one of [`CYRILLIC_PERSON_WORDS`]?
pub(crate) fn cyrillic_person_word(word: &str) -> bool {
    static FOLDED: OnceLock<Vec<String>> = OnceLock::new();
    if !word.chars().any(is_cyrillic) {
        return false;
    }
    // A capital that looks Latin was folded Latin (`Маме` reads `Mаме`):
    // put back its lowercase Cyrillic letter before folding again.
    let mut chars = word.chars();
    let back = match chars.next() {
        Some('A') => 'а',
        Some('B') => 'в',
        Some('E') => 'е',
        Some('K') => 'к',
        Some('M') => 'м',
        Some('H') => 'н',
        Some('O') => 'о',
        Some('P') => 'р',
        Some('C') => 'с',
        Some('T') => 'т',
        Some('X') => 'х',
        Some('Y') => 'у',
        _ => ' ',
    };
    // (The scan's text is folded already: only a letter put back needs
    // folding again.)
    let low = if back == ' ' {
        lower(word)
    } else {
        lower(&Folded::new(&format!("{back}{}", chars.as_str())).text)
    };
    FOLDED
        .get_or_init(|| {
            CYRILLIC_PERSON_WORDS
                .words()
                .map(|w| lower(&Folded::new(w).text))
                .collect()
        })
        .contains(&low)
}
