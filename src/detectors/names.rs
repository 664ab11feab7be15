//! Names of patients, relatives and clinicians, from the name lexicon and the
//! words around them. A word that is also a name (`Will`, `Grace`, `May`)
//! counts only in name context; a clinician (`Dr. Patel`, `NP Alvarez`) is
//! found and marked so a policy can allow them.

use super::lexicon::name_flags;
use super::text::{phrase_index, word_list, word_set, words, WordList};
use super::{Cand, Detector};
use crate::scan::{Kind, Scan};

/// Titles before a patient's or a relative's name: asked of most words
/// before a capitalised one, so a word set (a filter turns most away), not a
/// `match` comparing the word with each title of its length.
#[rustfmt::skip]
const PATIENT_TITLES: &str = words![
    "mr", "mrs", "ms", "miss", "mx", "sr", "sra", "srta", "senor", "senora", "senorita", "don",
    "dona",
    // Filipino kinship honorifics and the Polish `Pani`, written before a
    // name as titles are: `Tita Baby`, `Lolo Ernesto`, `Pani Agnieszka`.
    "tita", "tito", "lola", "lolo", "kuya", "manong", "manang", "pani",
    // Tagalog's `Gng.` (Mrs.) and French `Mme`; Italian Mrs and Mr.
    "gng", "mme", "signora", "signor",
    // Serbian and Croatian `Gđa.` (Mrs.), read folded.
    "gda",
    // Haitian Creole `Madan`, `Msye` and `Mesye`, Somali `Marwo` and `Mudane`.
    "madan", "msye", "mesye", "marwo", "mudane",
    // A priest, pastor or chaplain: `Fr. Dermot`, `Rev. Shinoda`,
    // `Chaplain Ruth`, `Imam Yusuf`.
    "fr", "rev", "reverend", "pastor", "chaplain", "imam", "rabbi",
    // Haitian `Frè` (brother, of a church too): `Frè Jean-Baptiste`;
    // a Filipino's respect for a man: `Sir Benjie`.
    "fre", "sir",
    // A team's coach: `Coach Ramirez here`; Indonesian Mr.
    "coach", "bapak",
    // Military ranks: `SSgt Mele Vainikolo`, `1LT Pak`, `Cpl. Mills`.
    "sgt", "ssgt", "tsgt", "msgt", "sfc", "cpl", "pfc", "pvt", "capt", "ltc", "1lt", "2lt",
];

fn patient_title(w: &str) -> bool {
    word_set!(PATIENT_TITLES).contains(w)
}

word_list!(
    fn clinician_title: [
        "dr",
        "dra",
        // Spanish `licenciado/a`, a therapist's or psychologist's title.
        "lic",
        "licda",
        "licdo",
        "licenciada",
        "licenciado",
        "doctor",
        "doctora",
        // Two or more doctors: `Drs. Salgado and Ibáñez`, `los doctores`.
        "drs",
        "doctores",
        "doctoras",
        // Swahili and Somali `doctor`: `Daktari, Baraka amepona`.
        "daktari",
        "dhakhtar",
        "nurse",
        "enfermera",
        "enfermero",
        // Spanish `Enf.` (nurse), with its period: `- Enf. Morales`.
        "enf",
        "provider",
        // Portuguese and Haitian Creole, read folded: `enfermeira Sônia`,
        // `enfimyè Myrlande`, `Doktè Pierre-Louis`.
        "enfermeira",
        "enfermeiro",
        "doutor",
        "doutora",
        "enfimye",
        "dokte",
        // Polish, Turkish and romanized Arabic or Russian `doktor`: `u
        // doktora Zielińskiego`, `ma3 doktor Haddad`.
        "doktor",
        "doktora",
        "doktorze",
        // Spanish nurse practitioner: `la enfermera practicante Delgado`.
        "practicante",
        // A chart's attending: `ATT: RASMUSSEN`.
        "att",
        "attending",
    ]
);
word_list!(
    /// Titles written with a period.
    fn abbreviated_title: [
        "dr", "dra", "drs", "mr", "mrs", "ms", "mx", "sr", "sra", "srta", "lic", "licda", "licdo",
        "gng", "mme", "gda", "fr", "rev", "enf",
    ]
);
word_list!(
    /// Credentials written in capitals before a name: `NP Alvarez`.
    CREDENTIALS,
    fn credential: [
        "NP", "PA", "RN", "LPN", "APRN", "CNM", "FNP", "DNP", "MD", "DO", "PA-C", "LCSW", "PT",
        // A dentist's, a hygienist's, a family therapist's.
        "DDS", "DMD", "RDH", "LMFT",
        // A social worker's: `MSW Ana Ruiz` (not `SW`, a compass point
        // too: `our SW Portland office`).
        "MSW", "LMSW",
    ]
);
const GREETINGS: &str = words![
    "hi",
    // Somali.
    "haye",
    "hello",
    "hey",
    "dear",
    "hola",
    "good morning",
    "good afternoon",
    "good evening",
    "buenos dias",
    "buenas tardes",
    "buenas noches",
    "estimado",
    "estimada",
    "querido",
    "querida",
    "attn",
    "attention",
    "saludos",
    "thanks",
    "thank you",
    "thank u",
    "thx",
    "gracias",
    "bye",
    // Greetings of the communities a clinic serves: `Kia ora Wiremu`.
    "kia ora",
    "aloha",
    "talofa",
    "malo e lelei",
    "namaste",
    "salaam",
    "bonjour",
    // Italian: `Buongiorno Signor Bianchi`.
    "buongiorno",
    "buonasera",
    // Portuguese: `Olá João`, `Oi Maria`, `Bom dia, Sr. Costa`.
    "ola",
    "oi",
    "bom dia",
    "boa tarde",
    "boa noite",
    "prezado",
    "prezada",
    "xin chao",
    "chao",
    // With a Vietnamese kinship honorific, a title before the name:
    // `Chào chị Lan`, `Xin chào ông Tuấn`.
    "chao chi",
    "chao anh",
    "chao em",
    "chao ba",
    "chao ong",
    "chao co",
    "chao chu",
    "chao bac",
    // With the Tagalog particle of respect: `Hi po Maricel`.
    "hi po",
    "hello po",
    "magandang umaga po",
    "magandang hapon po",
    "magandang gabi po",
    "kumusta po",
    // Greetings drawn out in a chatty text: `holaa yessenia`, `hiii Bre`.
    "holaa",
    "holaaa",
    "hii",
    "hiii",
    "heyy",
    "heyyy",
    "bonjou",
    "bonswa",
    "ran annim",
    "iakwe",
    "ran allim",
    "kamusta",
    "mabuhay",
    "sat sri akal",
    "assalamu alaikum",
    "marhaba",
    "mingalaba",
    "dzien dobry",
    "ola",
    "boozhoo",
    "selam",
    "muraho",
    "mbote",
    "jambo",
    "habari",
    "vanakkam",
    "annyeong",
    "annyeonghaseyo",
    "ni hao",
    "shalom",
    // Somali and Arabic greetings (`Salaan`, `Salam`), Swahili thanks, and
    // `mimi ni` (I am) before the sender's name.
    "salaan",
    "salam",
    // Armenian: `Barev Anahit jan`; Turkish, Italian, German.
    "barev",
    "merhaba",
    "ciao",
    "hallo",
    "barev dzez",
    "asante sana",
    "mimi ni",
];
/// Words after which a name is expected: "patient" and verbs of contacting
/// someone (relatives are in [`RELATIVES`]).
const STRONG_BEFORE: &str = words![
    "call back",
    "text back",
    "callback",
    "pt",
    "patient",
    "paciente",
    // Indonesian patient, and contact (someone): `tolong hubungi Dewi`.
    "pasien",
    "hubungi",
    "call",
    "text",
    "tell",
    "ask",
    "remind",
    "notify",
    // Told or asked someone: `told Kalinda to wait`, `asked Guy at the desk`;
    // paged or texted someone: `paged Yevgenia Orlova for the 3rd time`.
    "told",
    "asked",
    "paged",
    "texted",
    "contact",
    "message",
    "email",
    "page",
    "llame a",
    "llamar a",
    "recordamos a",
    "recordarle a",
    "named",
    "name",
    "nombre",
    "cc",
    "re",
    "regarding",
    "attn",
    // Staff who are plain names, not clinicians: `interpreter Awale`,
    // `courier Dusty`.
    "courier",
    "interpreter",
    "translator",
    "interprete",
    // Swahili and Somali: `mkalimani Juma`, `turjubaanka Cabdi`.
    "mkalimani",
    "turjubaanka",
    // People in custody: `inmate Rodriguez`, `detainee Okafor`.
    "inmate",
    "detainee",
    // Who a bill is to or for: `GUARANTOR ABUBAKAR, HAUWA`, `Subscriber
    // Okafor`.
    "guarantor",
    "subscriber",
    "policyholder",
    // A front desk's or billing's line of whom it is for: `pickup for
    // Olusegun Bakare`, `Statement for Yevgenia Sokolova:`.
    "ask for",
    "asking for",
    "pickup for",
    "pick up for",
    "statement for",
    "invoice for",
    "receipt for",
    // Spanish and Portuguese asked or told: `Pregúntele a Beto`, `dígale a
    // Paty`, `avise a Bia`.
    "preguntele a",
    "digale a",
    "avisele a",
    "pergunte a",
    "avise a",
    // Tagalog marks a person's name with `si` (`anak ko na si Migo`) and
    // `kay` (to, with: `appointment kay Lorna`).
    "na si",
    "ko si",
    "po si",
    "at si",
    "kay",
];
/// Two-word phrases after which a name is expected, by their last word:
/// `left msg for Aroha`, `spoke with Jojo`, `the mom's name is Hope`, `goes
/// by Bobbie`, `se llama Rocío`. Looked up by the word before the name
/// (one set lookup turns most words away), then by the word before it.
fn strong_pair(scan: &Scan, p: usize) -> bool {
    let firsts: &[&str] = match scan.low(p) {
        "for" => &["msg", "message", "vm", "voicemail"],
        "with" | "to" => &["spoke", "talked"],
        // A sender saying who they are, opening the message: `this is
        // Rafferty — Jo's husband`, `Hi, this is Okonkwo calling back`.
        // (A name in lowercase is left to the phrases: `this is hope's mom`.)
        "is" if scan.prev_solid(p).is_some_and(|q| {
            scan.low(q) == "this" && (0..q).filter(|&k| scan.is_word(k)).count() <= 2
        }) && scan.next_solid(p).is_some_and(|n| {
            // A name the lexicon knows, not a clinic's (`this is Lakeview
            // Multispecialty`, `this is Ortho calling`).
            case_of(scan.tok(n)) == Case::Capital
                && name_flags(scan.low(n)) & (super::lexicon::FIRST | super::lexicon::LAST) != 0
        }) =>
        {
            return true;
        }
        "is" | "s" => &["name"],
        "by" => &["goes"],
        // A baby named: `we named her Journey!!`, `we call him Bear`.
        "her" | "him" | "them" => &["named", "call", "calling"],
        "llama" => &["se"],
        // A newborn's chart name: `Baby Girl Ramirez`, `Baby Boy Adeyemi`,
        // or in capitals without `baby`: `BOY DELACROIX`.
        "girl" | "boy" if matches!(scan.tok(p), "BOY" | "GIRL") && !scan.shouting() => return true,
        "girl" | "boy" => &["baby"],
        "es" => &["nombre"],
        "para" => &["mensaje"],
        // `Name on card JAMAL R WASHINGTON`, `name on the account: ...`.
        "card" | "file" | "bill" | "form" | "account" | "chart" | "record" | "id" | "license" => {
            let mut q = scan.prev_solid(p);
            if q.is_some_and(|q| matches!(scan.low(q), "the" | "her" | "his" | "their")) {
                q = q.and_then(|q| scan.prev_solid(q));
            }
            return q.is_some_and(|q| scan.low(q) == "on")
                && q.and_then(|q| scan.prev_solid(q))
                    .is_some_and(|n| matches!(scan.low(n), "name" | "names"));
        }
        _ => return false,
    };
    // `name's`: the word before the apostrophe.
    let q = if scan.low(p) == "s" {
        (p > 1 && scan.is_punct(p - 1, '\'')).then(|| p - 2)
    } else {
        scan.prev_solid(p)
    };
    q.is_some_and(|q| scan.is_word(q) && firsts.contains(&scan.low(q)))
}

/// Relatives and other people a patient brings, with the abbreviations of
/// staff notes (`dtr carmen wants to talk`, `hubby`, `wf`): a name is expected
/// after them.
pub(crate) const RELATIVES: &[&str] = &[
    "daughter",
    "son",
    "wife",
    "husband",
    "mother",
    "father",
    "mom",
    "dad",
    "sister",
    "brother",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "grandma",
    "grandpa",
    "caregiver",
    "partner",
    "spouse",
    "child",
    "baby",
    "aunt",
    "uncle",
    "niece",
    "nephew",
    "guardian",
    "hija",
    "hijo",
    "esposa",
    "esposo",
    "madre",
    "padre",
    "mama",
    "papa",
    "abuela",
    "abuelo",
    "hermana",
    "hermano",
    "nieta",
    "nieto",
    "tia",
    "tio",
    "dtr",
    "dau",
    "hubby",
    "wf",
    "bf",
    "gf",
    "sis",
    "bro",
    "fiance",
    "fiancee",
    "boyfriend",
    "girlfriend",
    "stepson",
    "stepdaughter",
    "stepmom",
    "stepdad",
    "stepmother",
    "stepfather",
    "cousin",
    "neighbor",
    "caseworker",
    "sponsor",
    "roommate",
    "proxy",
    "suegra",
    "suegro",
    "prima",
    "primo",
    "sobrina",
    "sobrino",
    "cunada",
    "cunado",
    "nuera",
    "yerno",
    "novia",
    "novio",
    "stepsister",
    "stepbrother",
    "granddad",
    "grandad",
    "godmother",
    "godfather",
    "auntie",
    "granny",
    "nana",
    "mum",
    // Hawaiian for a grandparent: `her tutu Leimomi`.
    "tutu",
    // Portuguese, read folded: `mãe do Kauã`, `meu filho Davi`.
    "mae",
    "pai",
    "filho",
    "filha",
    "avo",
    "marido",
    "irma",
    "irmao",
    "neto",
    "neta",
    "vovo",
    // Somali mother and father, and `my mother`: `hooyaday Khadra`.
    "hooyo",
    "hooyaday",
    "aabbe",
    // And `the mother of`, `the father of`, `his uncle`, `my brother`, `my
    // sister`: `hooyada Cabdiraxmaan`, `adeerkiis Cabdiqaadir`.
    "hooyada",
    "aabaha",
    "adeer",
    "adeerkiis",
    "walaalkay",
    "walaashay",
    // Haitian Creole mother, daughter and aunt: `manman Jean-Woodley`,
    // `pitit fi Madan Joseph`.
    "manman",
    "fi",
    // Nepali son and daughter: `mero chhora Bikash`.
    "chhora",
    "chhori",
    "matant",
    "tonton",
    // Persian maternal aunt, paternal uncle and aunt, maternal uncle;
    // romanized Arabic aunts and uncle; Yoruba mother; Marshallese
    // grandparent: `khaleh Parvaneh`, `khalto Samira`, `Iya Adebisi`,
    // `bubu Lijina`.
    "khaleh",
    "khale",
    "amu",
    "ammeh",
    "dayi",
    "khalto",
    "khalti",
    "ammo",
    "3ammo",
    "iya",
    "bubu",
    "roomie",
    // Grandmothers and elders in Hindi, Urdu, Somali and Tagalog: `dadi
    // Kamla`, `ayeeyo Faadumo`, `ate Joy`, `kuya Jun`; French family: `ma
    // fille Océane`, `mon fils`.
    "dadi",
    "nani",
    "dada",
    "nana-ji",
    "ayeeyo",
    "awoowe",
    "ate",
    "kuya",
    "lola",
    "lolo",
    "tita",
    "tito",
    "fille",
    "fils",
    "mere",
    "pere",
    // Spanish babies and little ones, read folded: `mi bebé Santiago`.
    "bebe",
    "bebito",
    "bebita",
    "nene",
    "nena",
    "nino",
    // Indonesian wife, husband, child (his, her): `istrinya Wulandari`.
    "istri",
    "istrinya",
    "suami",
    "suaminya",
    "anaknya",
];

/// Is `low` one relative (`son`, `grandpa`), not several (`parents`)?
pub(crate) fn singular_relative(low: &str) -> bool {
    word_set!(RELATIVES).contains(low) && !low.ends_with('s')
}
/// Words a name often follows, but so do places and things: they support a
/// known name, never make an unknown word one.
const WEAK_BEFORE: &str = words![
    "for",
    "with",
    "from",
    "to",
    "and",
    "para",
    "con",
    "de",
    "visit",
    "see",
    "saw",
    "seeing",
    "meet",
    "per",
    "via",
    "y",
    "let", // what a note asks staff to do with a patient
    "reschedule",
    "schedule",
    "cancel",
    "move",
    "book",
    "room",
    "discharge",
    "admit",
    "transfer",
    "bump",
    "squeeze",
    "fax",
    "reassign",
];
/// Particles inside a surname: `Maria de la Cruz`, `Ms. Van der Berg`,
/// `Omar bin Rashid`, `João dos Santos`. They join a name only when a
/// surname follows them.
pub(crate) const PARTICLES: &str = words![
    "de", "del", "della", "la", "las", "los", "van", "von", "der", "den", "ten", "ter", "bin",
    "bint", "ibn", "al", "el", "da", "das", "dos", "du", "di",
];
/// Words after `Name,` that show the name is the person addressed.
const ADDRESSED: &str =
    words!["you", "your", "su", "sus", "tu", "tus", "usted", "le", "we", "our", "i",];
/// Words after a name that mark it as a person (`Maria called`, `Lopez is scheduled`).
const AFTER_NAME: &str = words![
    "called",
    "calls",
    "is",
    "was",
    "has",
    "had",
    "needs",
    "needed",
    "wants",
    "asked",
    "said",
    "says",
    "will",
    "can",
    "missed",
    "left",
    "came",
    "arrived",
    "requested",
    "tested",
    "reports",
    "reported",
    "llamo",
    "necesita",
    "tiene",
    "esta",
];
/// Capitalised words after which a capitalised word is a place or an organisation, not a person.
const ORG_WORDS: &str = words![
    "general",
    // A pharmacy by its name: `This is Cardinal Rx calling`.
    "rx",
    // A named room: `the Baker Room`, `Oak Room`.
    "room",
    // A place: `Marshall Islands`, `Mackinac Island`.
    "island",
    "islands",
    "calle",
    "avenida",
    "camino",
    "boulevard",
    "county",
    "permanente",
    "clinic",
    "hospital",
    "medical",
    "center",
    "centre",
    "health",
    "healthcare",
    "pharmacy",
    "street",
    "st",
    "ave",
    "avenue",
    "road",
    "rd",
    "drive",
    "blvd",
    "lane",
    "county",
    "university",
    "park",
    "lab",
    "labs",
    "labs",
    "group",
    "family",
    "pediatrics",
    "dental",
    "urgent",
    "care",
    "memorial",
    "regional",
    "community",
    "plaza",
    "mall",
    "insurance",
    "blue",
    "cross",
    "shield",
    "city",
    "valley",
    "heights",
    "hills",
    // Places a clinic is named after (`Prairie Ridge`, `Cedar Creek`); after
    // a given name they are still a surname (`Ana Ridge`).
    "ridge",
    "creek",
    "springs",
    "meadows",
    "grove",
    "lake",
    "lakes",
    "pines",
    "oaks",
    "prairie",
    "vista",
    "summit",
    "canyon",
    "river",
    "falls",
    "harbor",
    "square",
    "building",
    "tower",
    "suite",
    "campus",
    "school",
    // Schools named after people: `the Jefferson Middle gym`.
    "middle",
    "elementary",
    // A high school by its short name: `Roosevelt HS Wellness Center`.
    "hs",
    "academy",
    "preschool",
    "church",
    "bank",
    "inc",
    "llc",
    "corp",
    "foundation",
    "institute",
    "medicine",
    "associates",
    "partners",
    "wellness",
    "imaging",
    "dialysis",
    "infusion",
    "orthopedics",
    "orthopaedics",
    "podiatry",
    "psychiatry",
    "obstetrics",
    "optometry",
    "chiropractic",
    "services",
    "council",
    "committee",
    "department",
    "program",
    // Shelters, missions and housing: `Hope House`, `Union Mission`,
    // `Cedar Manor`; a stretch of a street: `the Ventura Corridor` (not
    // in lowercase: `the Ventura corridor` is still found).
    "house",
    "mission",
    "ministries",
    "manor",
    "apartments",
    "lodge",
    "commons",
    "corridor",
];

/// Is the lowercase word `low` an organisation word: listed, or the name
/// of a specialty by its ending (`Cedar Nephrology`, `Valley Dermatology`)?
fn org_word(low: &str) -> bool {
    word_set!(ORG_WORDS).contains(low) || (low.len() > 6 && low.ends_with("ology"))
}
/// A hospital unit named by its floor: a one- or two-digit number before
/// a compass word (`7 West`, `4 South`) or before a word and a bed or room
/// (`7 Hope bed 3`). Tokens `i..=end` are the candidate's first part.
fn unit_by_floor(scan: &Scan, i: usize, end: usize) -> bool {
    scan.prev_solid(i)
        .is_some_and(|p| scan.kind(p) == Some(Kind::Number) && scan.tok(p).len() <= 2)
        && (matches!(scan.low(i), "north" | "south" | "east" | "west")
            || scan
                .next_solid(end)
                .is_some_and(|n| matches!(scan.low(n), "bed" | "rm" | "room" | "unit")))
}

/// Words after a language's name: `a Karen interpreter`, `Lakota speakers`.
const LANGUAGE_AFTER: &str = words![
    "interpreter",
    "interpreters",
    "interp",
    "language",
    "speaker",
    "speakers",
    "speaking",
    "translation",
    "translator",
];
/// Words never a name here, even capitalised after a greeting.
const NOT_NAMES: &str = words![
    // `Here's the plan`, `Parents: our vaping night`, French `votre carte
    // d'assurance` (your insurance card).
    "here",
    "parents",
    "carte",
    // `Sure, I can email it`; `Scale in Room 4 is being recalibrated`;
    // `Wife reports`; Polish wife, read folded (`żona Tadeusza`).
    "sure",
    "scale",
    "wife",
    "husband",
    "zona",
    // Spanish `Entiendo` (I understand) opening a reply.
    "entiendo",
    // Services a note pages, calls or tells: `paged Rapid Response`, `told
    // Patient Access`, `Courier Service`.
    "service",
    "pickup",
    "rapid",
    "response",
    "access",
    "scheduling",
    "central",
    "registration",
    "dispatch",
    "security",
    // A bill-paying page, the anesthesia team: `Bill Pay is down tonight`,
    // `Anesthesia wants an echo`.
    "pay",
    "anesthesia",
    "anesthesiology",
    // Staff words opening a note: `Handoff chair 6:`, `Step-down bed 3`,
    // `On-call 3/2 0215:`, `Peer-to-peer requested for`, `Correction:`.
    "handoff",
    "step-down",
    "on-call",
    "peer-to-peer",
    "post-accident",
    "meds-to-beds",
    "move-in",
    "correction",
    "coworker",
    "courthouse",
    "agency",
    "doctora",
    "doc",
    "ma'am",
    "appreciation",
    // Thanks in Portuguese, a newborn's chart, a staff class, an
    // authorization: `Obrigada, a enfermeira...`, `Newborn temp chart`,
    // `In-service in the June room`, `Auth signed 11/15`.
    "obrigada",
    "obrigado",
    "newborn",
    "in-service",
    "auth",
    // A call's number, a home aide and the Tagalog older sister, each
    // listed as a name elsewhere: `Dial-in (414) 555-0177`, `Aide to
    // check temp`, `Ate, si Lolo Ben`.
    "dial-in",
    "aide",
    // Indonesian ask for, after a patient's name: `pasien Suharti minta
    // dokter perempuan`; Spanish of course: `Claro, Sra. Flores`.
    "minta",
    "claro",
    // A relative opening a sentence: `Daughter reports wandering`.
    "daughter",
    "ate",
    // A chart's post-operative day after a role: `RN: POD 2 RYGB`.
    "pod",
    // Somali `hello`, a listed surname elsewhere: `Haye, waa Faadumo`.
    "haye",
    // Swahili and Somali `doctor`, said to one: `Daktari, Baraka amepona`.
    "daktari",
    "dhakhtar",
    // Swahili weekdays: `na mshauri Amani Otieno Alhamisi 3 Aprili`.
    "jumatatu",
    "jumanne",
    "jumatano",
    "alhamisi",
    "ijumaa",
    "jumamosi",
    "jumapili",
    // A letter's closing before the signature: `Regards,\nTemitope`.
    "regards",
    "sincerely",
    "cheers",
    // Spanish `baby`, a listed name elsewhere: `hola, mi bebé`.
    "bebe",
    // Somali `it is` and `hello`: `Waa Faadumo Cali`, `Salaan, waxaan ahay`.
    "waa",
    "salaan",
    // Home devices that read out numbers: `cuff says 148/94`.
    "cuff",
    "meter",
    // Tagalog's polite particle and its "if": `Magandang umaga po`, `kung
    // hindi makakarating`.
    "po",
    "kung",
    // Tagalog's function words that are listed names elsewhere: `paalala
    // lang po`, `hindi po siya`, `dapat kong gawin`, `yung caregiver`.
    "lang",
    "siya",
    "kong",
    "yung",
    "yun",
    "niya",
    "nila",
    "kami",
    "kasi",
    "daw",
    "dok",
    // A suffix or a chart label alone: `Jr.'s chart`, `Sr. DOB 3/9/1958`.
    "jr",
    "pharm",
    "buenas",
    // A fax cover's label after a name: `To: Dr. Brennan  Fax (410) ...`;
    // a chart's `Consent signed.`
    "fax",
    "consent",
    "camry",
    // A newborn's chart name before the surname: `Baby Girl Ramirez`.
    "girl",
    "boy",
    // Roles addressed like a person: `Hospitalist, re bed 17`.
    "hospitalist",
    "intensivist",
    "nocturnist",
    // A department after `Patient`: `Dustin, Patient Accounts`.
    "accounts",
    "services",
    "portal",
    "relations",
    "experience",
    // Haitian Creole greetings opening a message: `Bonjou Mme Jean`.
    "bonjou",
    "bonswa",
    // A service heading a notice: `Telehealth: your video visit starts`.
    "telehealth",
    "telemedicine",
    "televisit",
    // An eponym's disease: `the Crohn's & Colitis walk`.
    "crohn",
    "crohns",
    "dob",
    "mrn",
    // Eponyms of a result's grade: `Gleason 3+4`, `Bethesda IV`.
    "gleason",
    "bethesda",
    "apgar",
    "breslow",
    // A price's word: `self-pay is $32`.
    "self-pay",
    // A holiday's word before its `'s`: `closed New Year's Day`.
    "year",
    // Languages, in a roster or a list of what someone speaks: `Amharic -
    // Hirut; Somali - Abdiwali` (`Karen`, a name as often, is left out).
    "amharic",
    "somali",
    "tigrinya",
    "oromo",
    "swahili",
    "kinyarwanda",
    "kirundi",
    "lingala",
    "arabic",
    "farsi",
    "dari",
    "pashto",
    "urdu",
    "hindi",
    "punjabi",
    "bengali",
    "nepali",
    "burmese",
    "tagalog",
    "vietnamese",
    "mandarin",
    "cantonese",
    "korean",
    "japanese",
    "russian",
    "ukrainian",
    "portuguese",
    "spanish",
    "haitian",
    "creole",
    "kreyol",
    "hmong",
    "marshallese",
    "chuukese",
    // A chart's abbreviations after a credential: `Attending Erik Lindqvist MD Dx: sepsis`.
    "dx",
    "hx",
    "sx",
    "tx",
    "bx",
    "fx",
    // Staff roles after `nurse`: `your nurse trainer Teodora`.
    "trainer",
    "educator",
    "navigator",
    "practitioner",
    // Reply openers: `Confirmed, see you then`, `Noted, thanks`.
    "confirmed",
    "noted",
    "received",
    "understood",
    // Spanish `if` opening a sentence: `Si necesita intérprete, responda INT`.
    "si",
    // Listed surnames that notes use as words: the `endo` fellow, a `hoyer`
    // lift, `per diem`, a `walkup`, Spanish `ayer`.
    "endo",
    "hoyer",
    "diem",
    "walkup",
    "ayer",
    "back",
    "let",
    "lets",
    "mom",
    "dad",
    "mommy",
    "daddy",
    "grandma",
    "grandpa",
    "baby",
    "hubby",
    "sorry",
    "also",
    "however",
    "unfortunately",
    "otherwise",
    "meanwhile",
    "great",
    "congrats",
    "finance",
    "finally",
    "note",
    "fyi",
    "update",
    "summary",
    "yesterday",
    "tonight",
    "berkeley",
    "scheduling",
    "recordatorio",
    "responda",
    "billing",
    "kaiser",
    "aetna",
    "cigna",
    "humana",
    "anthem",
    "tricare",
    "medi-cal",
    // A grocery chain's pharmacy (`the Jewel-Osco on Irving`); Haitian
    // `dat` (date: `dat nesans`, date of birth).
    "jewel-osco",
    "dat",
    "le",
    "les",
    "lo",
    "urgent",
    "important",
    "attention",
    "notice",
    "update",
    "alert",
    "aviso",
    "there",
    "team",
    "everyone",
    "all",
    "patient",
    "patients",
    "sir",
    "madam",
    "friend",
    "friends",
    "doctor",
    "folks",
    "again",
    "thanks",
    "thank",
    "just",
    "this",
    "we",
    "our",
    "your",
    "it",
    "is",
    "the",
    "and",
    "good",
    "morning",
    "afternoon",
    "evening",
    "dear",
    "hello",
    "hi",
    "hey",
    "hola",
    // Portuguese greetings (`Olá João`). `Ola` is a given name elsewhere:
    // in `Ms. Ola Hansen` only the surname is found now.
    "ola",
    "oi",
    "please",
    "reminder",
    "you",
    "guys",
    "valued",
    "member",
    "customer",
    "caregiver",
    "parent",
    "guardian",
    "office",
    "staff",
    "today",
    "tomorrow",
    "from",
    "at",
    "to",
    "with",
    "a",
    "an",
    "paciente",
    "amigo",
    "amiga",
    "welcome",
    "congratulations",
    "happy",
    "new",
    "as",
    "if",
    "so",
    "ok",
    "okay",
    "yes",
    "no",
    "how",
    "your",
    "su",
    "sus",
    "usted",
    "el",
    "la",
    "los",
    "las",
    "mr",
    "mrs",
    "ms",
    "dr",
    "nurse",
    "front",
    "desk",
    "care",
    "billing",
    "pharmacy",
    "lab",
    "clinic",
    "call",
    "text",
    "reply",
    "stop",
    "help",
    "portal",
    "appointment",
    "appt",
    "visit",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
    "i",
    "me",
    "my",
    "he",
    "she",
    "they",
    "them",
    "her",
    "him",
    "his",
    "us",
    "who",
    "what",
    "when",
    "where",
    "that",
    "these",
    "those",
    "one",
    "do",
    "does",
    "not",
    "be",
    "been",
    "are",
    "were",
    "on",
    "in",
    "of",
    "for",
    "by",
    "or",
    "but",
    "per",
    "via",
    "re",
    "cc",
    "pt",
    "para",
    "con",
    "de",
    "del",
    "y",
    "o",
    "en",
    "que",
    "por",
    "medicare",
    "medicaid",
    "covid",
    "english",
    "spanish",
    "espanol",
    "ingles",
    "dear",
    "men",
    "women",
    "kids",
    "children",
    "people",
    "seniors",
    "veterans",
    "adults",
    "teens",
    "families",
    "ladies",
    "walk-in",
    "someone",
    "somebody",
    "nobody",
    "anyone",
    "anybody",
    "everybody",
    "alguien",
    "nadie",
    "walgreens",
    "walmart",
    "costco",
    "kroger",
    "safeway",
    "target",
    "optum",
    "express",
    "sra",
    "sr",
    "srta",
    "senora",
    "senorita",
    "dra",
    "mx",
    "gng",
    "mme",
    "january",
    "february",
    "september",
    "october",
    "november",
    "december",
    // Greetings, and a word that opens sentences: `Salaan`, `Habari`,
    // `During Ramadan you can take it at suhoor`.
    "salaan",
    "salam",
    "habari",
    "marhaba",
    "during",
];

/// Verbs after a capitalised word that only a person does (`called`, not `is`).
const PERSONAL_VERBS: &str = words![
    "called",
    "asked",
    "said",
    "missed",
    "arrived",
    "requested",
    "reports",
    "reported",
    "llamo",
    "pregunto",
    "dijo",
];

/// What a person does in a front-desk or staff note, after a capitalised
/// word on no list that could be a name (`Wairimu dropped off the forms`,
/// `Aroha Ngata confirmed for 10:30`): wider than [`PERSONAL_VERBS`], so
/// asked only of a word [`plain_unlisted`] allows (no drug, no `-ing` word).
const PERSON_ACTS: &str = words![
    "covers",
    "texted",
    "phoned",
    "emailed",
    "dropped",
    "declined",
    "confirmed",
    "cancelled",
    "canceled",
    "rescheduled",
    "prefers",
    "agreed",
    "wants",
    "needs",
    "paid",
    "signed",
    "checked",
    "picked",
    "stopped",
    "came",
    "brought",
    "forgot",
    "lost",
    "refused",
    "prefiere",
    "confirmo",
    "cancelo",
];

/// Do thanks close the message before the word at token `i`, a mark or a
/// line break between: `thanks so much!! jasmine`, `ty - rose`?
fn thanks_before(scan: &Scan, i: usize) -> bool {
    let mut k = i;
    let mut marked = false;
    while k > 0 && !scan.is_word(k - 1) {
        k -= 1;
        marked |= matches!(scan.kind(k), Some(Kind::Punct | Kind::Newline));
    }
    if !marked || k == 0 {
        return false;
    }
    // Up to three words back: `thanks`, `thank you so much`, `thx again`.
    (k.saturating_sub(6)..k).any(|w| {
        scan.is_word(w)
            && word_set!(words![
                "thanks",
                "thank",
                "thx",
                "ty",
                "tysm",
                "gracias",
                "cheers",
                "regards",
                "sincerely",
                "love"
            ])
            .contains(scan.low(w))
    })
}

/// Where a person is, or what they have, after `is` or `has` at token `a`:
/// `is here`, `is waiting`, `has a question`, `has strep`, `no show`.
fn person_state_after(scan: &Scan, a: usize) -> bool {
    let next = scan.next_solid(a).filter(|&n| scan.is_word(n));
    match (scan.low(a), next.map(|n| scan.low(n))) {
        ("is" | "was", Some(w)) => word_set!(words![
            "here", "waiting", "late", "running", "checked", "upset"
        ])
        .contains(w),
        ("has" | "had", Some(w)) => {
            let n = next.unwrap_or(a);
            // After an article, the noun: `has a question`, `has a fever`.
            let noun = if matches!(w, "a" | "an") {
                scan.next_solid(n)
            } else {
                Some(n)
            };
            matches!(w, "questions" | "her" | "his" | "their")
                || noun.is_some_and(|q| {
                    scan.low(q) == "question" || super::clinical::condition_starts(scan, q)
                })
        }
        // `Kwadwo no show x2`.
        ("no", Some("show" | "showed" | "shows")) => true,
        _ => false,
    }
}

/// What only a person does, after a given name that is a word too
/// (`Summer asked`, `Sunny Oh says`): a season, a bill or a virtue never
/// speaks or calls.
const SPEAKS: &str = words![
    "called",
    "calls",
    "calling",
    "texted",
    "phoned",
    "emailed",
    "asked",
    "asks",
    "asking",
    "said",
    "says",
    "states",
    "stated",
    "reports",
    "reported",
    "requested",
    "arrived",
    "llamo",
    "pregunto",
    "dijo",
    "dice",
    "sends",
];

/// What follows a person's name opening a front desk's note, at token `a`:
/// one of [`PERSON_ACTS`], `left` or `won't`, or `is` or `will` before
/// where the person is or is going (`is in the lobby`, `is here`, `will be
/// late`), or `has` before a visit (`has an appt`).
fn opening_person_act(scan: &Scan, a: usize) -> bool {
    let next = scan.next_solid(a);
    let low = |k: Option<usize>| k.map_or("", |k| scan.low(k));
    match scan.low(a) {
        "left" | "wont" | "cant" => true,
        "won" | "can" => {
            (scan.is_punct(a + 1, '\'') && scan.low(a + 2) == "t")
                || (scan.low(a) == "can"
                    && word_set!(words!["pick", "take", "bring", "come", "drop"])
                        .contains(low(next)))
        }
        "is" => word_set!(words![
            "here", "in", "at", "on", "coming", "covering", "running", "waiting", "outside"
        ])
        .contains(low(next)),
        // `Hope will call back after lunch`, `Will will bring Grace at 2`.
        "will" => word_set!(words![
            "be",
            "call",
            "bring",
            "pick",
            "come",
            "drop",
            "text",
            "stop",
            "need",
            "take",
            "interpret",
            "room",
            "draw"
        ])
        .contains(low(next)),
        // Staff by their department: `May from records faxed it`, `Bashir
        // from transport is bringing`.
        "from" => word_set!(words![
            "records",
            "transport",
            "billing",
            "scheduling",
            "registration",
            "radiology",
            "pharmacy",
            "admitting",
            "housekeeping",
            "lab",
            "dietary",
            "interpreting",
            "interpreter",
            "rehab",
            "hr"
        ])
        .contains(low(next)),
        // `Hope said to call`, `Sunny can pick up mom's script`.
        "said" | "says" => {
            word_set!(words!["to", "she", "he", "they", "it", "you"]).contains(low(next))
        }
        "has" => {
            matches!(low(next), "an" | "a")
                && matches!(
                    low(next.and_then(|n| scan.next_solid(n))),
                    "appt" | "appointment" | "visit"
                )
        }
        w => word_set!(PERSON_ACTS).contains(w),
    }
}

/// Verbs of a staff note that act on a patient named right after them
/// (`pls mark Mark Oduya as arrived`, `room Bill Okoro`), but rarely on a
/// place or a thing with a name.
const ACTS_ON_PATIENT: &str = words![
    "mark",
    "schedule",
    "reschedule",
    "cancel",
    "book",
    "room",
    "discharge",
    "admit",
    "transfer",
    "bump",
    "squeeze",
    "reassign",
    "triage",
    "register",
    "sched",
    "resched",
];

/// Words after an unlisted lowercase name in a note that only a person
/// takes (`pt ifeanyi called`, `pt ifeanyi dob 3/2/61`).
const PERSON_CUES: &str = words![
    // `pt okonkwo here 20 min early`.
    "here",
    "called",
    "calls",
    "texted",
    "wants",
    "needs",
    "asked",
    "said",
    "says",
    "states",
    "stated",
    "arrived",
    "missed",
    "left",
    "came",
    "requested",
    "reports",
    "reported",
    "dob",
    "mrn",
    "llamo",
    "necesita",
    "dice",
];

/// Verbs that open a staff note before the name they act on (`Texted Maria
/// Lopez`, `Paged Tomas Herrera`): never the first part of a name.
const NOTE_VERBS: &str = words![
    "called",
    "texted",
    "paged",
    "phoned",
    "emailed",
    "messaged",
    "faxed",
    "told",
    "saw",
    "seen",
    "spoke",
    "left",
    "notified",
    "informed",
    "reminded",
    "asked",
    "advised",
    "contacted",
    "reached",
    "scheduled",
    "rescheduled",
    "discussed",
    "met",
    "sent",
    "tried",
    "visited",
];

/// What only a person has, after a possessive name: `Summer's test results`.
const PERSONAL_NOUNS: &str = words![
    // `River's foster mom`, `Hope's grandma`.
    "foster",
    "grandma",
    "grandpa",
    "grandmother",
    "grandfather",
    "sister",
    "brother",
    "aunt",
    "uncle",
    "guardian",
    "caseworker",
    "pediatrician",
    "temp",
    "fever",
    "appointment",
    "appt",
    "test",
    "tests",
    "results",
    "labs",
    "mother",
    "mom",
    "father",
    "dad",
    "wife",
    "husband",
    "son",
    "daughter",
    "prescription",
    "refill",
    "visit",
    "surgery",
    "medication",
    "medications",
    "meds",
    "doctor",
    "chart",
    "insurance",
    "birthday",
    "school",
    "teacher",
    "caregiver",
];

/// Words before a capitalised word that make it the name of a street or
/// an institution: `Calle Luna`, `Clínica San Rafael`, `Hospital Santa Rosa`.
/// (Not `Park`, `Lincoln Park Clinic` and `Park Ji-hoon` alike: organisation
/// words that are also surnames are judged after the name, in [`ORG_WORDS`].)
const STREET_BEFORE: &str = words![
    "calle",
    "avenida",
    "camino",
    "paseo",
    "calzada",
    "via",
    "clinica",
    "clinic",
    "hospital",
    "farmacia",
    "pharmacy",
    "centro",
    "hospice",
    "iglesia",
    "escuela",
    "universidad",
];
/// Month names that are also given names: never a name by the repeated-part
/// or mid-sentence rules (`in May was`).
const MONTH_NAMES: &str = words!["may", "june", "april", "august", "january"];

/// Weekday abbreviations that are also given names (`Thu`, `Sun`): a name
/// alone only after a greeting or title (`Mon and Thu at 1 PM`).
pub(crate) const WEEKDAY_ABBREVIATIONS: &str =
    words!["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",];

word_list!(
    /// Titles that only ever stand before a name, after which even an unlisted
    /// lowercase word is one when a person's cue follows (`dr oduya's 3:40`).
    /// `nurse`, `doctor` and `miss` are words too (`nurse practitioner`, `miss
    /// work`), and so are `mr` and `ms` in a chart (`mild mr`, `hx ms flare`).
    NAME_TITLES,
    fn name_title: ["dr", "dra", "mrs", "sra", "srta"]
);
word_list!(
    /// The patient, in notes: with [`RELATIVES`], the people whose unlisted
    /// lowercase name a note gives (`pt ifeanyi in lobby`).
    PATIENT_WORDS,
    fn patient_word: ["pt", "patient", "paciente", "pte", "inmate", "detainee"]
);
/// Lowercase words of a staff note that follow `pt`, `dr` or a relative and
/// are no name: adverbs, adjectives, auxiliaries and the nouns and verbs of
/// a note (`pt still in lobby`, `let dr know.`, `pt ride is here`). Forms
/// ending in -ed, -ing, -s, -ly and the like are caught by [`english_shape`].
const NOTE_WORDS: &str = words![
    // where and when
    "here",
    "there",
    "now",
    "still",
    "already",
    "just",
    "only",
    "even",
    "back",
    "out",
    "home",
    "away",
    "tonight",
    "tmrw",
    "tmw",
    "tom",
    "asap",
    "later",
    "soon",
    "first",
    "last",
    "next",
    "then",
    "too",
    "ever",
    "never",
    "upstairs",
    "downstairs",
    "outside",
    "inside",
    "alone",
    "asleep",
    "awake",
    "aware",
    "ahead",
    "around",
    "tho",
    "though",
    "either",
    "neither",
    "both",
    "each",
    "any",
    "some",
    "many",
    "more",
    "most",
    "less",
    "very",
    "much",
    "sure",
    "unsure",
    "off",
    "due",
    "overdue",
    "same",
    "other",
    "own",
    "new",
    "old",
    "male",
    "female",
    "late",
    "early",
    "about",
    "over",
    "after",
    "before",
    "into",
    "onto",
    "than",
    "because",
    "since",
    "until",
    "while",
    "during",
    "without",
    "within",
    "through",
    "across",
    "under",
    "above",
    "below",
    "between",
    "against",
    "toward",
    "towards",
    "upon",
    "like",
    "near",
    // how the patient is
    "fine",
    "well",
    "better",
    "worse",
    "stable",
    "unstable",
    "alert",
    "calm",
    "upset",
    "angry",
    "sick",
    "ill",
    "weak",
    "tired",
    "sleepy",
    "drowsy",
    "ready",
    "able",
    "unable",
    "available",
    "busy",
    "ama",
    "npo",
    "nkda",
    "dnr",
    "dni",
    "full",
    "afebrile",
    "febrile",
    "ambulatory",
    "compliant",
    "noncompliant",
    "adherent",
    "agreeable",
    "pleasant",
    "quiet",
    "loud",
    "rude",
    "hungry",
    "thirsty",
    "cold",
    "hot",
    "warm",
    "wet",
    "dry",
    "pending",
    // pronouns, auxiliaries
    "who",
    "whom",
    "whose",
    "which",
    "would",
    "could",
    "should",
    "cannot",
    "cant",
    "must",
    "might",
    "shall",
    "did",
    "didnt",
    "doesnt",
    "dont",
    "isnt",
    "wasnt",
    "wont",
    "hasnt",
    "havent",
    "got",
    "get",
    "its",
    // Past tenses not in -ed: `pt gave DOB as`, `pt went home`.
    "gave",
    "took",
    "came",
    "went",
    "said",
    "told",
    "left",
    "brought",
    "felt",
    "fell",
    "ran",
    "sent",
    "lost",
    "paid",
    "knew",
    "thought",
    "wrote",
    "drove",
    "slept",
    "woke",
    "forgot",
    "broke",
    "bought",
    "heard",
    "found",
    "ate",
    "drank",
    "quit",
    // what a note asks a doctor to do
    "know",
    "decide",
    "sign",
    "review",
    "look",
    "see",
    "approve",
    "check",
    "confirm",
    "advise",
    "respond",
    "reply",
    "answer",
    "order",
    "refill",
    "renew",
    "send",
    "fax",
    "write",
    "change",
    "adjust",
    "hold",
    "continue",
    "discuss",
    "talk",
    "speak",
    "explain",
    "handle",
    "cover",
    "eval",
    "evaluate",
    "assess",
    "examine",
    "clear",
    "clarify",
    "verify",
    "cosign",
    "recommend",
    "agree",
    "prefer",
    "want",
    "need",
    "say",
    "think",
    "come",
    "take",
    "give",
    "make",
    "put",
    "keep",
    "use",
    "try",
    "wait",
    "add",
    "move",
    "cancel",
    "book",
    "sched",
    "consult",
    "follow",
    "refer",
    "read",
    "increase",
    "decrease",
    "titrate",
    "wean",
    "taper",
    "resume",
    "restart",
    "pls",
    "plz",
    "thx",
    // the nouns of a note
    "rec",
    "request",
    "referral",
    "letter",
    "form",
    "sig",
    "signature",
    "approval",
    "response",
    "msg",
    "voicemail",
    "line",
    "schedule",
    "exam",
    "chart",
    "list",
    "info",
    "name",
    "dob",
    "mrn",
    "phone",
    "cell",
    "number",
    "ride",
    "transport",
    "cab",
    "taxi",
    "uber",
    "lyft",
    "van",
    "driver",
    "escort",
    "interpreter",
    "translator",
    "rep",
    "tech",
    "aide",
    "sitter",
    "paperwork",
    "copay",
    "balance",
    "account",
    "acct",
    "med",
    "vitals",
    "weight",
    "temp",
    "pain",
    "sugar",
    "glucose",
    "education",
    "instructions",
    "safety",
    "icu",
    "ice",
    "water",
    "food",
    "lunch",
    "dinner",
    "breakfast",
    "tray",
    "chair",
    "wheelchair",
    "walker",
    "cane",
    "car",
    "parking",
    "practitioner",
    "assistant",
    "gym",
    "telehealth",
    "televisit",
    "video",
    "mtg",
    "huddle",
];
/// Listed given names that, lowercase in a clinic note, are words: a home
/// health `aide`, a `walker`, `max` dose, the `chin`, the `iris`.
const LOWERCASE_WORDS: &str = words![
    "aide", "walker", "pa", "ma", "max", "min", "iris", "chin", "lance", "tan", "hazel", "ivy",
    "gauge", "sage", "ginger", "olive", "cherry", "candy", "brandy", "sherry", "misty", "sandy",
    "rocky", "bud", "herb", "basil", "pepper", "marine", "haven", "ok",
    // Vietnamese words that are names capitalised (Thắng, Sáu, Năm, Nhân):
    // `tháng` (month), `sau` (after), `năm` (year), `bệnh nhân` (patient).
    "thang", "sau", "nam", "nhan", "benh",
    // A disease's Latin (`polycythemia vera`), a heart rate's shorthand
    // (`brady to the 40s`), the Spanish "takes" (`toma metformina`).
    "vera", "brady", "toma",
    // Tagalog's polite `po`, an insurer, a pickup and texting's thanks (`ty,
    // Kateryna`), in lowercase (`yes` and `camry` are turned away as
    // initials and as no name).
    "po", "molina", "pickup", "ty",
];

/// Does an unlisted lowercase word look like an English word by its ending
/// (`called`, `waiting`, `states`, `currently`, `education`)? Names rarely end
/// so; those that do are listed.
fn english_shape(word: &str) -> bool {
    // By the last letter first: one `ends_with` per ending compared each
    // word with all 23 (a `memcmp` each in the WebAssembly build).
    let ends = |e: &[&str]| e.iter().any(|e| word.ends_with(e));
    match word.as_bytes().last() {
        Some(b'd') => ends(&["ed"]),
        Some(b'g') => ends(&["ing"]),
        Some(b'y') => ends(&["ly", "ity"]),
        Some(b'n') => ends(&["tion", "sion"]),
        Some(b't') => ends(&["ment"]),
        Some(b'e') => ends(&["able", "ible", "ive", "ize", "ance", "ence"]),
        Some(b'l') => ends(&["ful", "ical"]),
        Some(b'p') => ends(&["ship"]),
        // `Reviewer wants`, `Spirometer in room 3`.
        Some(b'r') => ends(&["ator", "ioner", "ewer", "meter"]),
        // A plural or a verb's `s`, not `ss`, `as`, `is`, `os`, `us`.
        Some(b's') => ends(&["ness", "less", "ous"]) || !ends(&["ss", "as", "is", "os", "us"]),
        _ => false,
    }
}

/// Could the lowercase word `key`, on no name list, be an unlisted name? Not
/// a word of a note, not shaped like an English word, not a clinical term.
fn plain_unlisted(key: &str) -> bool {
    key.len() >= 3
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b >= 0x80)
        && !english_shape(key)
        && !word_set!(NOTE_WORDS).contains(key)
        && !word_set!(NOT_NAMES).contains(key)
        && !org_word(key)
        && !word_set!(NOTE_VERBS).contains(key)
        && !word_set!(WEAK_BEFORE).contains(key)
        && !word_set!(AFTER_NAME).contains(key)
        && !word_set!(RELATIVES).contains(key)
        && !word_set!(WEEKDAY_ABBREVIATIONS).contains(key)
        && super::lexicon::terms(key).next().is_none()
}

/// Who stands before a lowercase word in a note and expects a name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A title that only names follow: `dr`, `mrs`, also as `dr.`.
    Title,
    /// The patient or a relative: `pt`, `dtr`.
    Person,
    /// A chart's age and sex: `67M`, `86yo M`.
    Aged,
}

/// Is token `p` the `law` of a relative by marriage: `her father-in-law
/// Gurdial`?
fn in_law(scan: &Scan, p: usize) -> bool {
    scan.low(p) == "law"
        && p >= 3
        && scan.low(p - 2) == "in"
        && scan.is_punct(p - 1, '-')
        && scan.is_punct(p - 3, '-')
}

/// The [`Role`] right before token `i`, if any.
fn role_before(scan: &Scan, i: usize) -> Option<Role> {
    // Asked of almost every lowercase word: one filtered lookup turns most away.
    static ROLES: std::sync::OnceLock<super::text::WordSet> = std::sync::OnceLock::new();
    let roles = ROLES.get_or_init(|| {
        super::text::WordSet::new(
            &NAME_TITLES
                .words()
                .chain(PATIENT_WORDS.words())
                .chain(RELATIVES.iter().copied())
                .collect::<Vec<_>>()[..],
        )
    });
    let mut p = scan.prev_solid(i)?;
    let period = scan.is_punct(p, '.');
    if period {
        p = scan.prev_solid(p)?;
    }
    let low = scan.low(p);
    // `ms.` and `mr.` with their period are titles (`-ms. delacroix`), not
    // a chart's `mild mr` or `hx ms flare`.
    let dotted = period && matches!(low, "ms" | "mr" | "mx");
    if !period && in_law(scan, p) {
        return Some(Role::Person);
    }
    if !roles.contains(low) && !dotted {
        (!period
            && (scan.kind(p) == Some(Kind::Mixed) || matches!(low, "m" | "f"))
            && age_sex_before(scan, i))
        .then_some(Role::Aged)
    } else if !scan.is_word(p) {
        None
    } else if dotted || name_title(low) {
        Some(Role::Title)
    } else if !period {
        Some(Role::Person)
    } else {
        None
    }
}

/// Is the part from token `i` to `end` a double-barrelled name, every piece
/// of it listed and none a word (`delgado-ruiz`, not `walk-in` or `follow-up`)?
fn double_barrelled(scan: &Scan, i: usize, end: usize) -> bool {
    use super::lexicon::{COMMON, FIRST, LAST};
    end > i
        && scan.lower[scan.tokens[i].start..scan.tokens[end].end]
            .split(['-', '\''])
            .all(|p| {
                let flags = name_flags(p);
                p.len() > 1
                    && flags & (FIRST | LAST) != 0
                    && flags & COMMON == 0
                    && !word_set!(NOT_NAMES).contains(p)
            })
}

/// A name in capitals as a register writes it, surname first, from token
/// `i` (its surname part ending at `end`): `BOUCHARD, CLAUDE`,
/// `HALVORSEN, INGRID M`. Returns the last token. Both parts are listed and
/// no word, so `PARK, CA` or `JONES, MD` are not.
fn surname_first(scan: &Scan, i: usize, end: usize, ev: &Evidence, cued: bool) -> Option<usize> {
    let plain = |k: usize, e: &Evidence| {
        e.case == Case::Upper
            && !e.common
            && !credential(scan.tok(k))
            && !word_set!(NOT_NAMES).contains(scan.low(k))
    };
    // A surname on no list, after a word that expects a person (`Attending
    // LINDQVIST, ERIK MD`, `acct for HOVHANNISYAN, ARMEN`).
    let unlisted =
        || cued && end == i && !ev.first && scan.low(i).len() >= 4 && plain_unlisted(scan.low(i));
    // An Arabic surname with its article, on no list whole: `AL-HARBI,
    // YOUSEF`.
    let article = || {
        end == i + 2
            && matches!(scan.low(i), "al" | "el")
            && scan.low(end).len() >= 4
            && (name_flags(scan.low(end)) & super::lexicon::LAST != 0
                || plain_unlisted(scan.low(end)))
    };
    // A listed surname that is a word too, before a given name that is
    // none or an initial with its period: `PRICE, ASHLEY`, `PARK, H.`.
    let worded_surname = end == i
        && ev.last
        && ev.common
        && ev.case == Case::Upper
        && !credential(scan.tok(i))
        && !word_set!(NOT_NAMES).contains(scan.low(i));
    if !((((ev.last || unlisted() || article()) && plain(i, ev)) || worded_surname)
        && scan.is_punct(end + 1, ','))
    {
        return None;
    }
    let m = scan.next_solid(end + 1).filter(|&m| scan.is_word(m))?;
    let initial = scan.tok(m).len() == 1 && scan.tok(m).bytes().all(|b| b.is_ascii_uppercase());
    if worded_surname && ev.common {
        let given = evidence(scan, m, m);
        return ((initial && scan.is_punct(m + 1, '.'))
            || (given.first && scan.tok(m).len() >= 3 && plain(m, &given)))
        .then_some(m);
    }
    // A Vietnamese middle name before the given one, a word elsewhere:
    // `NGUYEN, VAN KHAI`, `TRAN, THI LAN`.
    if ev.last
        && matches!(scan.low(m), "van" | "thi")
        && scan.tok(m).bytes().all(|b| b.is_ascii_uppercase())
    {
        let g = scan.next_solid(m).filter(|&g| scan.is_word(g))?;
        let given = evidence(scan, g, g);
        return (given.case == Case::Upper
            && (given.first || given.last)
            && !credential(scan.tok(g))
            && !word_set!(NOT_NAMES).contains(scan.low(g)))
        .then_some(g);
    }
    // An initial for the given name after a listed surname and a word that
    // expects a person: `Rx for GARCIA, L is ready`.
    if cued && ev.last && initial {
        return Some(m);
    }
    let last = part(scan, m)?;
    let given = evidence(scan, m, last);
    // A given name on no list after a listed surname: `IBRAHIM, AMINU`.
    let named = given.first || (ev.last && scan.low(m).len() >= 4 && plain_unlisted(scan.low(m)));
    // The given name may be capitalised only, as charts write it:
    // `RODRIGUEZ, Luis refused AM meds`.
    let charted = || {
        given.case == Case::Capital
            && given.first
            && !given.common
            && !word_set!(NOT_NAMES).contains(scan.low(m))
    };
    // A given name that is a word too, after a listed surname and a word
    // that expects a person: `Rx for HARRIS, JUNE ready` (not `HARRIS,
    // JUNE 5`, a date).
    let worded = || {
        cued && ev.last
            && given.first
            && given.case == Case::Upper
            && last == m
            && !credential(scan.tok(m))
            && scan
                .next_solid(m)
                .is_none_or(|n| scan.kind(n) != Some(Kind::Number))
    };
    if !(named && (plain(m, &given) || charted() || worded()) && scan.tok(m).len() >= 3) {
        return None;
    }
    // A middle initial: `INGRID M`.
    Some(
        scan.next_solid(last)
            .filter(|&n| {
                scan.is_word(n) && scan.tok(n).len() == 1 && case_of(scan.tok(n)) != Case::Lower
            })
            .unwrap_or(last),
    )
}

/// A listed name alone in capitals (token `i` to `end`) after a word that
/// expects a person, in a message that is not in capitals: `please call
/// ROSALES-IBARRA family`, `pls call CARTER back`; no word, term,
/// credential or staff abbreviation.
fn cued_capitals(scan: &Scan, i: usize, end: usize, ev: &Evidence) -> bool {
    let key = &scan.lower[scan.tokens[i].start..scan.tokens[end].end];
    (ev.last || ev.first)
        && !ev.common
        && key.len() >= 4
        && !credential(scan.tok(i))
        && !word_set!(STAFF_ABBREVIATIONS).contains(key)
        && super::lexicon::terms(key).next().is_none()
        && hyphen_named(scan, i, end)
}

/// A full name in capitals inside a message that is not (`overnight:
/// ELIAS KOWALCZYK febrile`), from token `i` (its first part ending at
/// `end`): a listed given name, then one or two listed names ending with a
/// surname, none a word, a clinical term, a credential or a team, and all
/// of three letters or more (`ANA LDH`, `RN CM` are no one). Returns the
/// last token.
fn capitals_name(scan: &Scan, i: usize, end: usize, ev: &Evidence, cued: bool) -> Option<usize> {
    let plain = |a: usize, b: usize, e: &Evidence| {
        let key = &scan.lower[scan.tokens[a].start..scan.tokens[b].end];
        e.case == Case::Upper
            && (e.first || e.last)
            && !e.common
            && key.len() >= 3
            && !credential(scan.tok(a))
            && !word_set!(STAFF_ABBREVIATIONS).contains(key)
            && !word_set!(NOT_NAMES).contains(key)
            && super::lexicon::terms(key).next().is_none()
            && hyphen_named(scan, a, b)
    };
    if !(ev.first && plain(i, end, ev)) {
        return None;
    }
    let mut last = end;
    let mut surname = false;
    for _ in 0..2 {
        // A line break may split the name: `call DARNELL\nWASHINGTON-PRICE`.
        let Some(mut n) = scan
            .next_solid(last)
            .or_else(|| {
                let mut k = last + 1;
                while matches!(scan.kind(k), Some(Kind::Space)) {
                    k += 1;
                }
                (scan.kind(k) == Some(Kind::Newline)).then(|| skip_space(scan, k + 1))
            })
            .filter(|&n| scan.is_word(n))
        else {
            break;
        };
        // A middle initial after the given name: `JAMAL R WASHINGTON`; or
        // a surname's initial closing it after a cue, as pharmacies print
        // it: `Rx for AMANUEL T is ready`, `for LEON W. Pick up by 12/2`.
        let mut initial = None;
        if last == end && scan.tok(n).len() == 1 && case_of(scan.tok(n)) != Case::Lower {
            initial = Some(n).filter(|_| cued);
            let after = if scan.is_punct(n + 1, '.') { n + 1 } else { n };
            match scan.next_solid(after).filter(|&m| scan.is_word(m)) {
                Some(m) => n = m,
                None => {
                    if let Some(k) = initial {
                        (last, surname) = (k, true);
                    }
                    break;
                }
            }
        }
        let Some(e) = part(scan, n) else { break };
        let v = evidence(scan, n, e);
        if !plain(n, e, &v) {
            if let Some(k) = initial.filter(|_| v.case != Case::Upper) {
                (last, surname) = (k, true);
                break;
            }
            // A surname on no list closing the clause, or after a cue:
            // `available for RAVI SUBRAMANIAM.`, `Rx for MARIA SHEVCHUK ready`.
            let key = &scan.lower[scan.tokens[n].start..scan.tokens[e].end];
            if v.case == Case::Upper
                && !v.first
                && !v.last
                && key.len() >= 4
                && plain_unlisted(key)
                && hyphen_named(scan, n, e)
                && (cued || clause_ends_after(scan, e))
            {
                last = e;
                surname = true;
            }
            break;
        }
        last = e;
        surname = v.last;
    }
    // Or a given name alone opening the message before a comma, as
    // pharmacies print it: `KEVIN, your Rx for LAMOTRIGINE is ready`.
    (last > end && surname)
        .then_some(last)
        .or_else(|| (scan.prev_solid(i).is_none() && scan.is_punct(end + 1, ',')).then_some(end))
}

/// Does the sender introduce themself at token `w`, after the name of the
/// person addressed (`April, this is Nurse Ofelia`, `Luz, it's Beatriz`)?
fn introduces_sender(scan: &Scan, w: usize) -> bool {
    let next = |k: usize| scan.next_solid(k).map(|n| scan.low(n));
    match scan.low(w) {
        "this" => next(w) == Some("is"),
        "it" => scan.is_punct(w + 1, '\'') && scan.is_word(w + 2) && scan.low(w + 2) == "s",
        "soy" => true,
        _ => false,
    }
}

/// Where staff work, after `from`, `at` or `in` and a staff member's given
/// name: `jen from intake`, `Mark at the front desk`.
const DEPARTMENTS: &str = words![
    "desk",
    "office",
    "billing",
    "scheduling",
    "intake",
    "advocacy",
    "records",
    "registration",
    "reception",
    "admissions",
    "triage",
    "nursing",
    "rehab",
    "radiology",
    "referrals",
    "finance",
    "oficina",
    "recepcion",
    "pharmacy",
    "lab",
    "checkout",
    "check-in",
    "line",
    "interpreting",
    "farmacia",
];

/// Is tokens `i` to `end` a sign-off after a dash: a dash after a
/// sentence's end or at a line's start before it, and nothing after it?
fn dash_signoff(scan: &Scan, i: usize, end: usize) -> bool {
    let Some(d) = scan.prev_solid(i).filter(|&d| scan.is_punct(d, '-')) else {
        return false;
    };
    let before = scan.prev_solid(d);
    // Who signs may say who they are, or where they work: `- Grace Mbatha
    // (mom)`, `— Sunny (front desk)`.
    let after = scan.next_solid(end);
    // Or one word of their role: `- Okafor (nocturnist)`.
    let relation = || {
        after
            .filter(|&o| scan.is_punct(o, '('))
            .and_then(|o| {
                said_in_words(scan, o, true).or_else(|| {
                    scan.next_solid(o)
                        .filter(|&w| scan.is_word(w) && case_of(scan.tok(w)) == Case::Lower)
                })
            })
            .and_then(|k| scan.next_solid(k))
            .is_some_and(|c| scan.is_punct(c, ')') && scan.next_solid(c).is_none())
    };
    // Or a credential closing the message: `-Castellanos NP`.
    let credential =
        || credential_after(scan, end) && after.and_then(|a| scan.next_solid(a)).is_none();
    (before.is_none_or(|b| {
        ['.', '!', '?'].iter().any(|&c| scan.is_punct(b, c))
            || scan.kind(d - 1) == Some(Kind::Newline)
            || (d > 1 && scan.kind(d - 2) == Some(Kind::Newline))
    })
        // After thanks: `Sunny sends her thanks - Grace`.
        || thanks_before(scan, i)
        // After a call note's end, who made the calls: `LVM x2 - Garza`,
        // `no answer - Okafor`.
        || before.is_some_and(|b| {
            word_set!(words![
                "lvm",
                "lmom",
                "lmtcb",
                "vm",
                "voicemail",
                "answer",
                "called",
                "x2",
                "x3",
                "2x",
                "3x",
            ]).contains(scan.low(b))
        }))
        && (after.is_none() || relation() || credential())
}

/// Does a sign-off's department follow the name ending at token `end`: a
/// comma, then up to three words with a department among them, then the
/// end of the line (`Oyelaran, front desk`, `Mirela, Patient Services`)?
fn signed_department(scan: &Scan, end: usize) -> bool {
    scan.next_solid(end)
        .filter(|&c| scan.is_punct(c, ','))
        .and_then(|c| said_in_words(scan, c, false))
        .is_some_and(|k| {
            scan.next_solid(k).is_none_or(|n| {
                scan.kind(n) == Some(Kind::Newline)
                    || ['.', '!'].iter().any(|&c| scan.is_punct(n, c))
            })
        })
}

/// Up to three words after token `k` saying where someone works (a
/// department, `services`, `team`) or, with `relative`, who they are to the
/// patient: the last of the words, if one of them says it.
fn said_in_words(scan: &Scan, mut k: usize, relative: bool) -> Option<usize> {
    let mut said = false;
    for _ in 0..3 {
        match scan.next_solid(k) {
            Some(n) if scan.is_word(n) => {
                let w = scan.low(n);
                said |= word_set!(DEPARTMENTS).contains(w)
                    || matches!(w, "services" | "team")
                    || (relative && word_set!(RELATIVES).contains(w));
                k = n;
            }
            _ => break,
        }
    }
    said.then_some(k)
}

/// Is the given name ending at token `end` a staff member's, by where they
/// work: `from`, `at` or `in`, then within a few words a department, a
/// clinic or an office (`brooke from dr fenwick's office`)? A name that is
/// a `word` too needs a department: `Bill from the hospital` is a bill.
fn works_at(scan: &Scan, end: usize, word: bool) -> bool {
    let Some(prep) = scan
        .next_solid(end)
        .filter(|&f| matches!(scan.low(f), "from" | "at" | "in" | "de"))
    else {
        return false;
    };
    let mut k = prep;
    for _ in 0..6 {
        match scan.next_solid(k) {
            Some(n) if scan.is_word(n) || scan.is_punct(n, '\'') || scan.is_punct(n, '.') => {
                let low = scan.low(n);
                // IT in capitals only: `from it` is no department.
                if word_set!(DEPARTMENTS).contains(low)
                    || scan.tok(n) == "IT"
                    || (!word && scan.is_word(n) && org_word(low) && low != "care")
                {
                    return true;
                }
                k = n;
            }
            _ => return false,
        }
    }
    false
}

/// Is token `i` a saint's name, that of a hospital or a parish (`at St.
/// Anne's`, `St. Brendan's ED`, `Saint Joseph`)? After a capitalised word
/// `St.` is a street's (`Main St. Anne called`), and the name a person's.
fn saint_before(scan: &Scan, i: usize) -> bool {
    let Some(mut p) = scan.prev_solid(i) else {
        return false;
    };
    if scan.is_punct(p, '.') {
        match scan.prev_solid(p) {
            Some(q) => p = q,
            None => return false,
        }
    }
    match scan.tok(p) {
        // A mount's name is a place's too: `discharged from Mt Sinai`.
        "Saint" | "SAINT" | "Mt" | "MT" | "Mount" => true,
        "St" | "ST" => scan
            .prev_solid(p)
            .is_none_or(|q| !scan.is_word(q) || case_of(scan.tok(q)) == Case::Lower),
        _ => false,
    }
}

/// Does the sender introduce themself right before token `i`: `this is`,
/// `it's`, `its`, `i'm`, `soy`, `aquí`, `habla`, `me llamo`?
fn introduced_before(scan: &Scan, i: usize) -> bool {
    let Some(p) = scan.prev_solid(i) else {
        return false;
    };
    match scan.low(p) {
        "its" | "im" | "soy" => true,
        // `aquí Karen de recepción`, `habla Rocío de la clínica`.
        "aqui" | "habla" => true,
        "is" => scan.prev_solid(p).is_some_and(|q| scan.low(q) == "this"),
        "llamo" => scan.prev_solid(p).is_some_and(|q| scan.low(q) == "me"),
        "s" | "m" => {
            p > 1
                && scan.is_punct(p - 1, '\'')
                && matches!(scan.low(p - 2), "it" | "i")
                && scan.is_word(p - 2)
        }
        _ => false,
    }
}

/// Is a note's patient placed in a bed or a post-operative day after token
/// `end`: `bed 7`, `rm 22`, `POD1`, `in bay 3`?
fn bed_after(scan: &Scan, end: usize) -> bool {
    location_after(scan, end)
        || scan.next_solid(end).is_some_and(|a| {
            // In parentheses: `Villanueva (rm 5)`, `Ranginui (6W-11)`.
            let a = if scan.is_punct(a, '(') {
                match scan.next_solid(a) {
                    Some(b) => b,
                    None => return false,
                }
            } else {
                a
            };
            let low = scan.low(a);
            match scan.kind(a) {
                Some(Kind::Mixed) => {
                    ["pod", "rm", "bed", "bay"]
                        .iter()
                        .any(|r| low.starts_with(r))
                        // A unit and its room: `4N-11`, `5S-02`.
                        || (low.len() <= 3
                            && low.as_bytes()[0].is_ascii_digit()
                            && scan.is_punct(a + 1, '-')
                            && scan.kind(a + 2) == Some(Kind::Number))
                        // A unit by its floor and wing (`Sabatini 6W is on
                        // a hold`), or a chart's age and sex (`Ramírez 26F`,
                        // `Castañeda 58M inferior STEMI`).
                        || compass_unit(low)
                        || chart_age_sex(low)
                }
                Some(Kind::Word) => {
                    word_set!(words!["bed", "rm", "room", "bay", "pod", "chair"]).contains(low)
                        && scan.next_solid(a).is_some_and(|n| {
                            matches!(scan.kind(n), Some(Kind::Number | Kind::Mixed))
                        })
                }
                _ => false,
            }
        })
}

/// A hospital unit by its floor and compass wing: `6W`, `7E`, `10N`.
fn compass_unit(low: &str) -> bool {
    let digits = low.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && matches!(&low[digits..], "n" | "s" | "e" | "w")
}

/// A chart's age and sex in one token: `26f`, `58m`, `7yom`.
fn chart_age_sex(low: &str) -> bool {
    let digits = low.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && matches!(&low[digits..], "m" | "f" | "yom" | "yof")
}

/// Is a note's patient placed in a bed right before token `i`: `rm 4 Bill
/// Price`, `bed 12: Hope Okoro`, `rm4 - Mark Sol`?
fn bed_before(scan: &Scan, i: usize) -> bool {
    let Some(mut p) = scan.prev_solid(i) else {
        return false;
    };
    if scan.is_punct(p, ':')
        || scan.is_punct(p, '-')
        || scan.is_punct(p, ',')
        || scan.is_punct(p, '(')
    {
        match scan.prev_solid(p) {
            Some(q) => p = q,
            None => return false,
        }
    }
    const PLACES: [&str; 4] = ["rm", "room", "bed", "bay"];
    match scan.kind(p) {
        Some(Kind::Mixed) => {
            let low = scan.low(p);
            PLACES
                .iter()
                .any(|r| low.starts_with(r) && low[r.len()..].bytes().all(|b| b.is_ascii_digit()))
                // A bed's number and its letter after its word: `bed 311B Castro`.
                || (low.as_bytes()[0].is_ascii_digit()
                    && low.len() <= 5
                    && scan
                        .prev_solid(p)
                        .is_some_and(|q| scan.is_word(q) && PLACES.contains(&scan.low(q))))
        }
        // A bed's number after its word (`bed 6`) or after its unit (`7W-712
        // Okonkwo`, `5E-27 (Tuilagi)`).
        Some(Kind::Number) => scan.prev_solid(p).is_some_and(|q| {
            (scan.is_word(q) && PLACES.contains(&scan.low(q)))
                || (scan.is_punct(q, '-')
                    && q == p - 1
                    && q > 0
                    && scan.kind(q - 1) == Some(Kind::Mixed)
                    && compass_unit(scan.low(q - 1)))
        }),
        _ => false,
    }
}

/// Is a clock time right after token `end` or right before token `i`, as
/// in a day's list (`hope castellanos 1:15`, `9:40 am mark de la cruz`)?
fn timed(scan: &Scan, i: usize, end: usize) -> bool {
    let number = |k: usize| scan.kind(k) == Some(Kind::Number);
    let after = scan.next_solid(end).is_some_and(|n| {
        number(n)
            && ((scan.is_punct(n + 1, ':') && number(n + 2))
                || scan
                    .next_solid(n)
                    .is_some_and(|m| matches!(scan.low(m), "am" | "pm")))
    });
    let before = || {
        let Some(mut p) = scan.prev_solid(i) else {
            return false;
        };
        if matches!(scan.low(p), "am" | "pm") {
            match scan.prev_solid(p) {
                Some(q) => p = q,
                None => return false,
            }
        }
        number(p) && p > 1 && scan.is_punct(p - 1, ':') && number(p - 2)
    };
    after || before()
}

/// Is a numbered bed or room right after token `end`: `rm 2`, `in bed 7`,
/// `in rm4` (not `in the lobby` or a bare `in 7`)?
fn numbered_bed_after(scan: &Scan, end: usize) -> bool {
    let mut a = scan.next_solid(end);
    if a.is_some_and(|a| scan.low(a) == "in") {
        a = a.and_then(|a| scan.next_solid(a));
    }
    a.is_some_and(|b| {
        let low = scan.low(b);
        match scan.kind(b) {
            Some(Kind::Mixed) => ["rm", "bed", "bay", "room"]
                .iter()
                .any(|r| low.starts_with(r)),
            Some(Kind::Word) => {
                matches!(low, "rm" | "room" | "bed" | "bay")
                    && scan
                        .next_solid(b)
                        .is_some_and(|n| matches!(scan.kind(n), Some(Kind::Number | Kind::Mixed)))
            }
            _ => false,
        }
    })
}

/// Is `key` (lowercase, its pieces joined by hyphens or apostrophes) a
/// listed name in every piece and no English word in any: `nguyen-tran`,
/// not `check-in` or `frost`?
fn pure_name(key: &str) -> bool {
    use super::lexicon::{COMMON, FIRST, LAST, WORD};
    let pure = |p: &str| {
        let flags = name_flags(p);
        p.len() > 1 && flags & (FIRST | LAST) != 0 && flags & (COMMON | WORD) == 0
    };
    // A joined name's particle or letter is no word of it: `el-sayed`, `o'neil`.
    let joined = key.contains(['-', '\'']);
    let particle = |p: &str| joined && (p.len() == 1 || word_set!(PARTICLES).contains(p));
    key.split(['-', '\'']).all(|p| pure(p) || particle(p))
        && key.split(['-', '\'']).any(|p| !particle(p))
}

/// Are tokens `i` to `end` part of an email address or a web address
/// (`hollis.tran@example.org`): glued to a dot, `@` or `/` and more?
fn in_address(scan: &Scan, i: usize, end: usize) -> bool {
    let mark = |k: usize| scan.is_punct(k, '.') || scan.is_punct(k, '@') || scan.is_punct(k, '/');
    let solid = |k: usize| matches!(scan.kind(k), Some(Kind::Word | Kind::Mixed | Kind::Number));
    // Spelled out too: `tran dot minh at example dot net`, `hollis underscore b`.
    let spelled = |k: Option<usize>| k.is_some_and(|k| matches!(scan.low(k), "dot" | "underscore"));
    (mark(end + 1) && solid(end + 2))
        || (i > 1 && mark(i - 1) && solid(i - 2))
        || spelled(scan.next_solid(end))
        || spelled(scan.prev_solid(i))
}

/// Is the text Spanish, by two or more of its commonest words (`que`, `su`,
/// `para`…)? Its words then may be listed names (`dias`, `nieto`, `caso`).
fn spanish_text(scan: &Scan) -> bool {
    const SPANISH: &str = words![
        "que", "el", "la", "los", "las", "por", "para", "su", "sus", "con", "es", "una", "del",
        "usted", "le", "se", "esta", "muy", "pero", "como", "hoy", "manana", "en", "y", "de",
    ];
    (0..scan.tokens.len())
        .filter(|&k| scan.is_word(k) && word_set!(SPANISH).contains(scan.low(k)))
        .nth(1)
        .is_some()
}

/// Does a household word follow token `end`: `the Halvorsen family`, `lopez
/// twins` (lowercase, so not `Family Medicine`)? With `homes`, a home too:
/// `at the Whitaker home`, asked after a listed surname only, as a care
/// home's name takes it too (`the Sunrise home`, `the Brookdale residence`).
fn household_after(scan: &Scan, end: usize, homes: bool) -> bool {
    scan.next_solid(end).is_some_and(|a| {
        scan.is_word(a)
            && word_set!(words![
                "family",
                "twins",
                "triplets",
                "household",
                "kids",
                "kid",
                "siblings"
            ])
            .contains(scan.tok(a))
            || (homes && matches!(scan.tok(a), "home" | "residence"))
    })
}

/// Is token `i` after `for` closing a notice's name: `Pre-op reminder for`,
/// `Results for`, `recordatorio para`?
fn notice_for(scan: &Scan, i: usize) -> bool {
    scan.prev_solid(i)
        .filter(|&p| matches!(scan.low(p), "for" | "para"))
        .and_then(|p| scan.prev_solid(p))
        .is_some_and(|q| {
            word_set!(words![
                "reminder",
                "results",
                "message",
                "update",
                "notice",
                "instructions",
                "recordatorio",
                "resultados",
                "mensaje"
            ])
            .contains(scan.low(q))
        })
}

/// Is token `i` the first of an item numbered or bulleted at a line's
/// start: `1) Grace Okoro`, `2. Mark Tembo`, `- Hope Ekwueme`?
fn list_marker_before(scan: &Scan, i: usize) -> bool {
    let Some(p) = scan.prev_solid(i) else {
        return false;
    };
    let line_start = |k: usize| k == 0 || scan.kind(k - 1) == Some(Kind::Newline);
    if scan.is_punct(p, ')') || scan.is_punct(p, '.') {
        p > 0 && scan.kind(p - 1) == Some(Kind::Number) && line_start(p - 1)
    } else {
        (scan.is_punct(p, '-') || scan.is_punct(p, '*')) && line_start(p)
    }
}

/// Is token `i` after a chart's age and sex: `67M`, `86yo M`, `72 y/o F`,
/// `54F`?
fn age_sex_before(scan: &Scan, i: usize) -> bool {
    let Some(p) = scan.prev_solid(i) else {
        return false;
    };
    let low = scan.low(p);
    fn rest(s: &str) -> &str {
        s.trim_start_matches(|c: char| c.is_ascii_digit())
    }
    match scan.kind(p) {
        Some(Kind::Mixed) => {
            low.starts_with(|c: char| c.is_ascii_digit())
                && matches!(rest(low), "m" | "f" | "yom" | "yof")
        }
        Some(Kind::Word) if matches!(low, "m" | "f") => scan.prev_solid(p).is_some_and(|q| {
            let before = scan.low(q);
            (scan.kind(q) == Some(Kind::Mixed) && matches!(rest(before), "yo" | "y"))
                || scan.kind(q) == Some(Kind::Number)
                || (before == "o" && q > 2 && scan.is_punct(q - 1, '/') && scan.low(q - 2) == "y")
        }),
        _ => false,
    }
}

/// Does what follows the name ending at token `b` identify a patient: a
/// birth date's or record's label (`Wendell Park DOB 07/30/1968`), or an
/// age, after a comma or not (`Florence Whitcombe, 94 y/o`, `..., 52F`)?
/// Or is it a signature's name line above a job title (`Hope Lindqvist\n
/// Care Coordinator`)?
fn identified_after(scan: &Scan, b: usize) -> bool {
    let mut a = match scan.next_solid(b) {
        Some(a) => a,
        None => {
            // The name alone on its line, the next line a role.
            let mut n = b + 1;
            if scan.kind(n) == Some(Kind::Space) {
                n += 1;
            }
            if scan.kind(n) != Some(Kind::Newline) {
                return false;
            }
            let alone = scan.tokens[..b]
                .iter()
                .rev()
                .take_while(|t| t.kind != Kind::Newline)
                .all(|t| matches!(t.kind, Kind::Word | Kind::Space));
            let mut k = n + 1;
            while k < scan.tokens.len() && scan.kind(k) != Some(Kind::Newline) {
                if scan.is_word(k) && ends_role(scan, k)
                    || word_set!(words![
                        "coordinator",
                        "manager",
                        "navigator",
                        "specialist",
                        "supervisor",
                        "director",
                        "representative",
                        "assistant",
                        "liaison"
                    ])
                    .contains(scan.low(k))
                {
                    return alone;
                }
                k += 1;
            }
            return false;
        }
    };
    if scan.is_punct(a, ',') || scan.is_punct(a, '(') {
        match scan.next_solid(a) {
            Some(n) => a = n,
            None => return false,
        }
    }
    let low = scan.low(a);
    if matches!(low, "dob" | "mrn" | "d.o.b") {
        return true;
    }
    let aged = |s: &str| {
        word_set!(words!["y/o", "yo", "yr", "yrs", "y", "years", "yof", "yom"]).contains(s)
    };
    match scan.kind(a) {
        Some(Kind::Number) => scan.next_solid(a).is_some_and(|u| {
            aged(scan.low(u)) || (scan.low(u) == "y" && scan.is_punct(u + 1, '/'))
        }),
        Some(Kind::Mixed) => {
            let rest = low.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.len() < low.len() && (aged(rest) || matches!(rest, "f" | "m"))
        }
        _ => false,
    }
}

/// Endearments that are given names too: `hey honey,` addresses no one by name.
const ENDEARMENTS: &str = words![
    "honey",
    "love",
    "buddy",
    "sunshine",
    "sweetie",
    "darling",
    "dear",
    "babe",
    "baby",
    "sugar",
    "angel",
    "doll",
    "man",
    "dude",
    "bro",
    "boss",
    "chief",
    "champ",
    "sweetheart",
    "bud",
    "ma",
    "pa",
];

/// A staff member's initials (two or three letters, token `i` to `end`)
/// opening a note that asks them for something, or after an arrow to them:
/// `JT pls call mrs delgado`, `dk -> mp: lopez twins due`.
fn addressed_initials(scan: &Scan, i: usize, end: usize, first_word: usize) -> bool {
    let key = scan.low(i);
    if end != i || !(2..=3).contains(&key.len()) {
        return false;
    }
    let arrow_before = i >= 3
        && scan.kind(i - 1) == Some(Kind::Space)
        && scan.is_punct(i - 2, '>')
        && scan.is_punct(i - 3, '-');
    if !(i == first_word || arrow_before) {
        return false;
    }
    let asks = scan.next_solid(end).is_some_and(|n| {
        matches!(scan.low(n), "pls" | "plz" | "please")
            || (scan.is_punct(n, '-') && scan.is_punct(n + 1, '>'))
            || (arrow_before && scan.is_punct(n, ':'))
    });
    asks && !word_set!(NOT_INITIALS).contains(key) && initials_shaped(scan, i, key)
}

/// Could token `i` (lowercase `key`) be someone's initials: two or three
/// letters that are no credential, staff team, note word or listed term?
fn initials_shaped(scan: &Scan, i: usize, key: &str) -> bool {
    (2..=3).contains(&key.len())
        && key.bytes().all(|b| b.is_ascii_lowercase())
        && !credential(scan.tok(i))
        && !word_set!(STAFF_ABBREVIATIONS).contains(key)
        && !word_set!(NOTE_WORDS).contains(key)
        && super::lexicon::terms(key).next().is_none()
}

/// Short words that open a request and are no one's initials.
const NOT_INITIALS: &str = words![
    "ok", "okay", "hi", "hey", "yo", "so", "and", "but", "all", "you", "can", "pt", "pts", "re",
    "fyi", "btw", "asap", "thx", "ty", "we", "us", "team", "dr", "hola", "por", "the", "pm", "am",
    "ps", "yes", "po", "pls", "plz", "no",
];

/// Staff teams written in capitals at a note's start: `RT in bay 3`.
const STAFF_ABBREVIATIONS: &str = words![
    "rt", "cna", "pct", "pca", "ems", "emt", "ot", "st", "sw", "cm", "rn", "lpn", "md", "np", "pa",
    "ma", "icu", "ed", "er", "or", "ir", "cvs", "iv",
    // Services and places of care a note goes between: `UC -> PCP`, `LTC -> lab`.
    "uc", "pcp", "ltc", "snf", "alf", "irf", "hh", "dme", "lab", "rad", "ob", "gi", "ccu", "sdu",
    "pacu", "nicu", "picu", // Teams paged to a bed: `RRT 6N rm 612`.
    "rrt", "mrt", "crt",
];

/// What a chart note says of a patient right after naming them (`dc:
/// Galeano ready`, `cath lab: Gallagher add-on`, `Rahimi back from PCI`).
const CHART_STATES: &str = words![
    "back",
    "ready",
    "add",
    "dc",
    "needs",
    "pending",
    "refusing",
    "requesting",
    "febrile",
    "afebrile",
    "stable",
    "npo",
    "dnr",
    "admitted",
    "discharged",
    "transferred",
];

/// Words that open a staff note before its subject (`fyi babajide ...`).
const NOTE_OPENERS: &str = words!["fyi", "btw", "ps", "update", "note", "nb"];

/// Does token `i` open a clause of a note: the message start, after `.` `:`
/// `;` `-` or a line break, or after `fyi`?
fn opens_clause(scan: &Scan, i: usize) -> bool {
    sentence_start(scan, i)
        || scan.prev_solid(i).is_some_and(|p| {
            word_set!(NOTE_OPENERS).contains(scan.low(p)) && sentence_start(scan, p)
        })
}

/// Verbs of someone who got in touch, after `from` and where they are from:
/// `grace from rehab called`, `Will from billing is calling`.
const CONTACT_VERBS: &str = words![
    "called", "calling", "calls", "texted", "texting", "phoned", "emailed", "asked", "asking",
    "wants", "wanted", "says", "said", "left", "needs", "llamo", "dice",
];

/// After token `end`: `from`, `in` or `at`, a few words of a place or a
/// team, then a contact verb (`from rehab called`, `from Dr. Lee's office
/// is calling`, `in billing says`).
fn from_place_contacts(scan: &Scan, end: usize) -> bool {
    let Some(from) = scan
        .next_solid(end)
        .filter(|&f| word_set!(words!["from", "de", "in", "at", "en"]).contains(scan.low(f)))
    else {
        return false;
    };
    let mut k = from;
    for _ in 0..8 {
        let Some(n) = scan.next_solid(k) else {
            return false;
        };
        let low = scan.low(n);
        if word_set!(CONTACT_VERBS).contains(low) {
            return n > from + 2;
        }
        if low == "is" || low == "was" {
            k = n;
            continue;
        }
        if !(scan.is_word(n) || scan.is_punct(n, '.') || scan.is_punct(n, '\'')) {
            return false;
        }
        k = n;
    }
    false
}

/// Is a hyphenated part from token `i` to `end` a name rather than a
/// compound (`JAE-WON`, `AL-KHATIB`, not `CHECK-IN`, `GOOD-FAITH` or
/// `BUTTON-UP`): no piece a word that is never a name, one piece a listed
/// name that is no word or an unlisted one shaped like a name? A part
/// without a hyphen is.
fn hyphen_named(scan: &Scan, i: usize, end: usize) -> bool {
    use super::lexicon::{COMMON, FIRST, LAST};
    let key = &scan.lower[scan.tokens[i].start..scan.tokens[end].end];
    end == i
        || (!key
            .split(['-', '\''])
            .any(|p| word_set!(NOT_NAMES).contains(p))
            && key.split(['-', '\'']).any(|p| {
                let flags = name_flags(p);
                p.len() > 1
                    && if flags & (FIRST | LAST) != 0 {
                        flags & COMMON == 0
                    } else {
                        plain_unlisted(p)
                    }
            }))
}

/// Is a person placed in the clinic after token `end`: `in bed 12`, `in rm
/// 7`, `in the lobby`, `in triage`?
fn location_after(scan: &Scan, end: usize) -> bool {
    let Some(a) = scan.next_solid(end).filter(|&a| scan.low(a) == "in") else {
        return false;
    };
    let Some(mut b) = scan.next_solid(a) else {
        return false;
    };
    if scan.low(b) == "the" {
        match scan.next_solid(b) {
            Some(c) => b = c,
            None => return false,
        }
    }
    let numbered = |w: usize| {
        scan.next_solid(w)
            .is_some_and(|n| matches!(scan.kind(n), Some(Kind::Number | Kind::Mixed)))
    };
    // A bare room number, then what a person does or the clause's end:
    // `Bashir in 7 keeps asking`, not `in 2 weeks` or `in 10 min`.
    if scan.kind(b) == Some(Kind::Number) {
        return scan.tok(b).len() <= 3
            && scan.next_solid(b).is_none_or(|n| {
                ([',', '.', ';', '!', '?', '-', ')']
                    .iter()
                    .any(|&c| scan.is_punct(n, c))
                    && !matches!(scan.kind(n + 1), Some(Kind::Number)))
                    || word_set!(PERSON_CUES).contains(scan.low(n))
                    || word_set!(SPEAKS).contains(scan.low(n))
                    || word_set!(words![
                        "keeps",
                        "still",
                        "is",
                        "has",
                        "when",
                    ]).contains(scan.low(n))
                    // Chart shorthand for what the patient reports or needs:
                    // `pt gomez in 5 c/o pain`, `ruiz in 3 needs a sitter`.
                    || (scan.low(n) == "c" && scan.is_punct(n + 1, '/'))
                    || matches!(scan.low(n), "needs" | "wants" | "asking" | "requesting")
            });
    }
    match scan.low(b) {
        "lobby" | "triage" | "pacu" | "recovery" | "waiting" => true,
        "bed" | "rm" | "room" | "bay" | "exam" => numbered(b),
        w => {
            scan.kind(b) == Some(Kind::Mixed)
                && ["rm", "bed", "room"].iter().any(|r| w.starts_with(r))
        }
    }
}

/// A name part at token `i`: a word, with `O'Brien`/`Smith-Jones` joins.
/// Returns (last token of the part, folded lowercase key of its first piece).
fn part(scan: &Scan, i: usize) -> Option<usize> {
    if !scan.is_word(i) {
        return None;
    }
    let mut last = i;
    while scan.kind(last + 1) == Some(Kind::Punct)
        && matches!(scan.tok(last + 1), "'" | "-")
        && scan.is_word(last + 2)
        && !word_set!(words!["s", "t", "ll", "re", "ve", "d", "m"]).contains(scan.low(last + 2))
    {
        last += 2;
    }
    Some(last)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    Lower,
    Capital,
    Upper,
}

/// How a word is written: lowercase, capitalised (`Ana`, `McKenna`) or in
/// capitals (`ANA`, `HA`).
pub(crate) fn case_of(s: &str) -> Case {
    // Most words start with a lowercase ASCII letter: no need to decode.
    if s.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return Case::Lower;
    }
    if s.is_ascii() {
        // The same test a byte at a time: most capitalised words are ASCII.
        let mut letters = s.bytes().filter(u8::is_ascii_alphabetic);
        return match letters.next() {
            Some(b) if b.is_ascii_uppercase() => {
                if letters.all(|b| b.is_ascii_uppercase()) && s.len() > 1 {
                    Case::Upper
                } else {
                    Case::Capital
                }
            }
            _ => Case::Lower,
        };
    }
    let mut chars = s.chars().filter(|c| c.is_alphabetic());
    match chars.next() {
        Some(c) if c.is_uppercase() => {
            if s.chars()
                .filter(|c| c.is_alphabetic())
                .skip(1)
                .all(|c| c.is_uppercase())
                && s.chars().count() > 1
            {
                Case::Upper
            } else {
                Case::Capital
            }
        }
        _ => Case::Lower,
    }
}

#[derive(Clone, Copy)]
struct Evidence {
    first: bool,
    last: bool,
    common: bool,
    case: Case,
}

/// What the part from token `i` to `end` is: [`listed_evidence`], and
/// common when it is one of [`NOT_NAMES`] too.
fn evidence(scan: &Scan, i: usize, end: usize) -> Evidence {
    let ev = listed_evidence(scan, i, end);
    Evidence {
        common: ev.common
            || word_set!(NOT_NAMES)
                .contains(&scan.lower[scan.tokens[i].start..scan.tokens[end].end]),
        ..ev
    }
}

/// The name flags of every token of the scan (0 for no word), once per scan.
/// Out of line: the lookup of a part's flags is asked far more often than
/// this is built.
#[inline(never)]
fn all_name_flags(scan: &Scan) -> Vec<u8> {
    (0..scan.tokens.len())
        .map(|k| {
            if scan.is_word(k) && !preterite(scan, k) {
                name_flags(scan.low(k))
            } else {
                0
            }
        })
        .collect()
}

/// Does word `k` end in an accented `o`, as a Spanish verb's past does
/// (`marcó`, `llamó`, `tomó`), which no listed name does? `la saturación
/// de mi mamá marcó 85` names no Marco.
fn preterite(scan: &Scan, k: usize) -> bool {
    let end = scan.tokens[k].end;
    scan.low(k).ends_with('o') && {
        let (a, b) = scan.folded.original_span(end - 1, end);
        b - a == 2
    }
}

/// The given name's token of a Vietnamese name starting at token `i`: one
/// of the common surnames, `Van` or `Thi`, and a given name, all
/// capitalised or all in capitals.
fn vietnamese_name(scan: &Scan, i: usize) -> Option<usize> {
    let m = i + 2;
    if !(matches!(scan.low(m), "van" | "thi") && scan.kind(i + 1) == Some(Kind::Space)) {
        return None;
    }
    let case = case_of(scan.tok(i));
    let common = word_set!(words![
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
        "ho", "ngo", "duong", "ly", "truong", "dinh", "lam", "mai", "trinh", "luong", "ha", "cao"
    ]);
    let g = scan.next_solid(m).filter(|&g| scan.is_word(g))?;
    (case != Case::Lower
        && case_of(scan.tok(m)) == case
        && case_of(scan.tok(g)) == case
        && common.contains(scan.low(i))
        && !word_set!(NOT_NAMES).contains(scan.low(g)))
    .then_some(g)
}

/// A name as a registration writes it, the surname in capitals first,
/// then the given name capitalised: `CHEN Jianguo`, `KIM Soo-young`, `wife
/// LIU Meifang`. The surname is listed and no word (not `MA Jones`, a
/// medical assistant; not `BROWN Rice`). Returns the given name's last token.
fn capital_surname_first(scan: &Scan, i: usize) -> Option<usize> {
    if scan.kind(i + 1) != Some(Kind::Space)
        || case_of(scan.tok(i)) != Case::Upper
        || scan.shouting()
        || credential(scan.tok(i))
    {
        return None;
    }
    let surname = evidence(scan, i, i);
    if !surname.last || surname.common || word_set!(STAFF_ABBREVIATIONS).contains(scan.low(i)) {
        return None;
    }
    let g = i + 2;
    let last = part(scan, g)?;
    let ev = evidence(scan, g, last);
    let key = &scan.lower[scan.tokens[g].start..scan.tokens[last].end];
    (ev.case == Case::Capital && !ev.common && key.len() >= 3 && (ev.first || plain_unlisted(key)))
        .then_some(last)
}

/// What the name lists and the case say of the part from token `i` to
/// `end`, common only when the lexicon marks it so. Most words of a message
/// are lowercase and on no list, which this decides without [`NOT_NAMES`].
fn listed_evidence(scan: &Scan, i: usize, end: usize) -> Evidence {
    use super::lexicon::{COMMON, FIRST, LAST};
    let (whole, known) = if i == end {
        let flags = scan.name_flags.get_or_init(|| all_name_flags(scan))[i];
        (flags, flags)
    } else {
        joined_name_flags(scan, i, end)
    };
    Evidence {
        first: known & FIRST != 0,
        last: known & LAST != 0,
        // In Vietnamese, a word written with its marks is no English word:
        // `Cảm ơn Hùng` names Hùng.
        common: whole & COMMON != 0 && !(scan.folded.vietnamese && accented(scan, i, end)),
        // The whole part's case: `E-CHECK-IN` is in capitals, not capitalised.
        case: case_of(&scan.text()[scan.tokens[i].start..scan.tokens[end].end]),
    }
}

/// Was the part from token `i` to `end` written with marks the folding
/// took off (longer in the original)?
pub(crate) fn accented(scan: &Scan, i: usize, end: usize) -> bool {
    let (start, stop) = (scan.tokens[i].start, scan.tokens[end].end);
    let (a, b) = scan.folded.original_span(start, stop);
    b - a != stop - start
}

/// The name flags of a part joined by hyphens or apostrophes (token `i` to
/// `end`): of the whole, and with a given name's or a surname's flag of
/// any piece, since such a name is known when any piece is. Out of line:
/// most parts are one word.
#[inline(never)]
fn joined_name_flags(scan: &Scan, i: usize, end: usize) -> (u8, u8) {
    use super::lexicon::{FIRST, LAST};
    let key = &scan.lower[scan.tokens[i].start..scan.tokens[end].end];
    let whole = name_flags(key);
    // In lowercase, not a piece that is a common word: `sign-in:` and
    // `log-in,` are no names (`Ah-young`, `Al-Rashidi` are).
    let lower = case_of(scan.tok(i)) == Case::Lower;
    let pieces = key
        .split(['-', '\''])
        .filter(|p| p.len() > 1)
        .map(name_flags)
        .filter(|f| !lower || f & super::lexicon::COMMON == 0)
        .fold(0, |acc, f| acc | f);
    (whole, whole | (pieces & (FIRST | LAST)))
}

/// An organisation word that is also a surname, followed by what only a
/// person takes (`Evan Park's mom`, `Ann Ward called`): part of the name.
fn surname_of_person(scan: &Scan, end: usize, ev: &Evidence) -> bool {
    ev.last
        && ev.case == Case::Capital
        && ((scan.is_punct(end + 1, '\'') && scan.is_word(end + 2) && scan.low(end + 2) == "s")
            || scan.next_solid(end).is_some_and(|a| {
                let low = scan.low(a);
                word_set!(AFTER_NAME).contains(low)
                    // A birth date or a relative after it: `Wendell Park DOB
                    // 07/30/1968`, `Jiho Park mom Eunji called`.
                    || matches!(low, "dob" | "mrn")
                    || singular_relative(low)
            }))
}

/// Does a clause end right after token `end` (`,` `:` `;` `.` `!` `?` or
/// the end of the message)? After a greeting or `for`, a given name
/// and an organisation word that is also a surname closing the clause is a
/// person (`Reminder for Jae-won Park:`), not a place (`Lincoln Park Clinic`).
fn clause_ends_after(scan: &Scan, end: usize) -> bool {
    scan.next_solid(end).is_none_or(|a| {
        [',', ':', ';', '.', '!', '?']
            .iter()
            .any(|&c| scan.is_punct(a, c))
    })
}

/// After one or two surname particles starting at token `n` (`de la `,
/// `van der `), the token the surname starts at.
fn after_particles(scan: &Scan, n: usize) -> Option<usize> {
    let mut k = n;
    let mut count = 0;
    while count < 2
        && scan.is_word(k)
        && word_set!(PARTICLES).contains(scan.low(k))
        && scan.kind(k + 1) == Some(Kind::Space)
    {
        k += 2;
        count += 1;
    }
    (count > 0 && scan.is_word(k)).then_some(k)
}

/// The surname after particles at token `n`, as (its last token, its
/// evidence), when it is one: capitalised (or lowercase in a lowercase
/// name), and listed or no common word.
fn particle_surname(scan: &Scan, n: usize, lower: bool) -> Option<(usize, Evidence)> {
    let m = after_particles(scan, n)?;
    let e = part(scan, m)?;
    let ev = evidence(scan, m, e);
    let fits = if lower {
        ev.case == Case::Lower && ev.last && !ev.common
    } else {
        ev.case == Case::Capital && (ev.last || !ev.common)
    };
    (fits && !word_set!(PARTICLES).contains(scan.low(m))).then_some((e, ev))
}

/// The index of the message's first word token.
fn first_word_index(scan: &Scan) -> usize {
    (0..scan.tokens.len())
        .find(|&k| scan.is_word(k))
        .unwrap_or(usize::MAX)
}

/// Is token `i` at the start of a sentence (or the message)?
fn sentence_start(scan: &Scan, i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        j -= 1;
        match scan.kind(j) {
            Some(Kind::Space) => continue,
            Some(Kind::Newline) => return true,
            Some(Kind::Punct) => {
                return matches!(
                    scan.tok(j),
                    "." | "!" | "?" | ":" | ";" | "\"" | "(" | "¡" | "¿" | "-" | "*"
                )
            }
            _ => return false,
        }
    }
    true
}

/// What precedes a word, as evidence that it is a name.
#[derive(Default)]
struct Before {
    title: bool,
    clinician: bool,
    strong: bool,
    weak: bool,
    /// A greeting (`hey`, `buenos dias`) right before.
    greeting: bool,
}

/// Clinical roles a clinician is named by, before the name (`midwife Rosa
/// Delgado`, `Genetic counselor Ellen Park`) or after it (`Rui, the
/// pharmacist`). Interpreters and front-desk staff are not clinicians.
const CLINICAL_ROLES: &[&str] = &[
    "nurse practitioner",
    "nurse educator",
    "diabetes educator",
    "nurse navigator",
    "nurse trainer",
    "midwife",
    "counselor",
    "counsellor",
    "therapist",
    "pharmacist",
    "attending",
    "surgeon",
    "anesthesiologist",
    "physician",
    "psychologist",
    "psychiatrist",
    "dietitian",
    "nutritionist",
    "audiologist",
    "hygienist",
    "social worker",
    "partera",
    "consejero",
    "consejera",
    "terapeuta",
    "psicologo",
    "psicologa",
    "trabajadora social",
    "trabajador social",
    "farmaceutico",
    "farmaceutica",
];

/// Is the name ending at token `end` said to be someone's relative: `is my
/// niece`, `is his mom`, `es mi hija`?
fn relative_after(scan: &Scan, end: usize) -> bool {
    // Or the writer's partner in what they did: `Grace and i had the baby`.
    if scan.next_solid(end).is_some_and(|a| {
        scan.low(a) == "and"
            && scan
                .next_solid(a)
                .is_some_and(|w| scan.tok(w) == "i" || scan.tok(w) == "I")
    }) {
        return true;
    }
    // Or whose relative it is, after a comma: `it's Mark, Ellie's dad`.
    if let Some(c) = scan.next_solid(end).filter(|&c| scan.is_punct(c, ',')) {
        if let Some(w) = scan.next_solid(c).filter(|&w| scan.is_word(w)) {
            if scan.is_punct(w + 1, '\'')
                && scan.low(w + 2) == "s"
                && scan
                    .next_solid(w + 2)
                    .is_some_and(|r| word_set!(RELATIVES).contains(scan.low(r)))
            {
                return true;
            }
        }
    }
    // Or in brackets: `can Faith (my sister) pick up`.
    let Some(v) = scan
        .next_solid(end)
        .filter(|&v| matches!(scan.low(v), "is" | "es" | "was") || scan.is_punct(v, '('))
    else {
        return false;
    };
    let Some(mut p) = scan.next_solid(v).filter(|&p| {
        word_set!(words![
            "my", "his", "her", "our", "your", "their", "mi", "su", "the", "pt", "patient"
        ])
        .contains(scan.low(p))
    }) else {
        return false;
    };
    // The patient's: `Rusty (pt's son) brought in`.
    if matches!(scan.low(p), "pt" | "patient") {
        if !(scan.is_punct(p + 1, '\'') && scan.is_word(p + 2) && scan.low(p + 2) == "s") {
            return false;
        }
        p += 2;
    }
    scan.next_solid(p)
        .is_some_and(|r| word_set!(RELATIVES).contains(scan.low(r)))
}

/// Is token `p` the last word of a clinical role? Asked before every
/// candidate, so one filtered lookup turns most words away.
fn ends_role(scan: &Scan, p: usize) -> bool {
    static LAST_WORDS: std::sync::OnceLock<super::text::WordSet> = std::sync::OnceLock::new();
    LAST_WORDS
        .get_or_init(|| {
            let words: Vec<&'static str> = CLINICAL_ROLES
                .iter()
                .filter_map(|r| r.rsplit(' ').next())
                .collect();
            super::text::WordSet::new(&words[..])
        })
        .contains(scan.low(p))
}

/// Credentials written after a name, besides [`CREDENTIALS`]: `Megan Ross,
/// LCSW`, `Dana Whitcomb, AuD`, `Keiko Arai, OTR/L`.
const POST_CREDENTIALS: &str = words![
    "LCSW", "LMFT", "LPC", "LMHC", "AuD", "SLP", "CCC-SLP", "OTR", "OT", "DPT", "PharmD", "RD",
    "RDN", "PhD", "PsyD", "MSW", "CRNA", "DDS", "DMD", "OD", "IBCLC", "CDCES", "CDE", "RPh", "CGC",
    "LICSW", "LCPC", "BCBA", "MS",
];

/// Is the name ending at token `end` followed by a credential (`Sarah Kim,
/// NP`, `Summer Alcott, RN`)? Then it is a clinician's.
fn credential_after(scan: &Scan, end: usize) -> bool {
    let Some(mut a) = scan.next_solid(end) else {
        return false;
    };
    if scan.is_punct(a, ',') {
        match scan.next_solid(a) {
            Some(b) => a = b,
            None => return false,
        }
        // A role in apposition: `Lena Fischer, our genetic counselor`, `Rui, the pharmacist`.
        if word_set!(words![
            "our", "the", "your", "su", "la", "el", "nuestra", "nuestro"
        ])
        .contains(scan.low(a))
        {
            let mut k = a;
            for _ in 0..3 {
                match scan.next_solid(k) {
                    Some(w) if scan.is_word(w) => {
                        // The role closes the clause: not `Dulce, la trabajadora social quiere hablar`.
                        if let Some(after) = phrase_index!(CLINICAL_ROLES).at(scan, w) {
                            return clause_ends_after(scan, after - 1);
                        }
                        k = w;
                    }
                    _ => return false,
                }
            }
            return false;
        }
    }
    let tok = scan.tok(a);
    // `PT`, `PA`, `DO`... are words too (`Hi Maria, PT will call`): they
    // count when they close the clause.
    let ambiguous = ["PT", "PA", "DO", "OT", "OD", "MA", "MS"].contains(&tok);
    let closes = || {
        (scan.is_punct(a + 1, '-') && scan.is_word(a + 2) && scan.tok(a + 2) == "C")
            || scan
                .next_solid(a)
                .is_none_or(|n| scan.kind(n) == Some(Kind::Punct) && !scan.is_punct(n, '-'))
    };
    scan.is_word(a)
        && (credential(tok) || word_set!(POST_CREDENTIALS).contains(tok))
        && (!ambiguous || closes())
}

/// A credential after the name ending at token `end` that is no state's
/// abbreviation too: `Sunny Park, PA-C`, `Dawn Ward, RN`, not `Lincoln
/// Park, PA` or `Silver Spring, MD`.
fn plain_credential_after(scan: &Scan, end: usize) -> bool {
    credential_after(scan, end)
        && scan
            .next_solid(end)
            .filter(|&c| scan.is_punct(c, ','))
            .and_then(|c| scan.next_solid(c))
            .is_none_or(|a| !matches!(scan.tok(a), "PA" | "MD") || scan.is_punct(a + 1, '-'))
}

/// Is the lowercase `key` a weekday or a range of them (`sat-sun`)?
/// A season, a given name only when said to be a person: `Summer and
/// Hunter are the twins`, not `Spring and Summer hours`.
fn season(key: &str) -> bool {
    matches!(key, "spring" | "summer" | "autumn" | "winter" | "fall")
}

fn weekdays(key: &str) -> bool {
    // `['-']`, not `'-'`: for a word this short, reading its characters
    // mispredicts less than a byte search.
    key.split(['-'])
        .all(|d| word_set!(WEEKDAY_ABBREVIATIONS).contains(d))
}

/// What precedes token `i`.
fn context_before(scan: &Scan, i: usize) -> Before {
    word_before(scan, i).unwrap_or_else(|end| phrases_before(scan, end))
}

/// Where the words before a candidate end, when only the phrases ending
/// there can tell what precedes it: the word `p`, and whether a comma or a
/// colon follows it.
struct PhraseEnd {
    p: usize,
    comma: bool,
    colon: bool,
}

/// What the token right before `i` (and a mark after it) says: a title, a
/// relative before parentheses, a two-word cue, or nothing after a sentence
/// ends; else where [`phrases_before`] should look. Cheaper than the
/// phrases, so a word that only a title makes a name asks this alone.
fn word_before(scan: &Scan, i: usize) -> Result<Before, PhraseEnd> {
    let Some(mut p) = scan.prev_solid(i) else {
        return Ok(Before::default());
    };
    let (mut period, mut comma, mut colon) = (false, false, false);
    if scan.is_punct(p, '.') || scan.is_punct(p, ',') || scan.is_punct(p, ':') {
        period = scan.is_punct(p, '.');
        comma = scan.is_punct(p, ',');
        colon = scan.is_punct(p, ':');
        match scan.prev_solid(p) {
            Some(q) => p = q,
            None => return Ok(Before::default()),
        }
    }
    // A relative or the patient, then the name in parentheses: `stepmom
    // (Jessamyn)`, `pt (Rafferty)`.
    if scan.is_punct(p, '(') {
        let relative = scan.prev_solid(p).is_some_and(|q| {
            scan.is_word(q)
                && (word_set!(RELATIVES).contains(scan.low(q)) || patient_word(scan.low(q)))
        });
        return Ok(Before {
            strong: relative,
            ..Before::default()
        });
    }
    if !period && !comma && strong_pair(scan, p) {
        return Ok(Before {
            strong: true,
            ..Before::default()
        });
    }
    // The end of a contraction is no context word: `you're booked` is not `re: booked`.
    if p > 1 && scan.is_punct(p - 1, '\'') && scan.is_word(p - 2) {
        return Ok(Before::default());
    }
    let low = scan.low(p);
    // After a period only an abbreviated title (`Dr.`) continues; `nurse.` ends a sentence.
    if period && !abbreviated_title(low) {
        return Ok(Before::default());
    }
    // A credential closing a name is no title of what follows: `Sandra Moe, NP, NPI 1620938476`.
    let titled = |t: bool| t && !comma;
    // `PT:` labels the patient in a pharmacy or chart note, and `PT` or `PA`
    // before a word in capitals are the patient and a prior authorisation
    // (`PT NEEDS WHEELCHAIR`, `PA CASE #`): a clinician's name after them is
    // capitalised (`PT Alvarez`).
    let credentialed = credential(scan.tok(p))
        && !(word_set!(words!["pt", "pa", "ma", "do", "ot"]).contains(low)
            && (colon || case_of(scan.tok(i)) == Case::Upper));
    // `np` in a lowercase note, before a lowercase name: `per np tran`.
    let lowercase_np = low == "np" && scan.tok(p) == "np" && case_of(scan.tok(i)) == Case::Lower;
    if titled(clinician_title(low) || credentialed || lowercase_np) {
        return Ok(Before {
            title: true,
            clinician: true,
            strong: true,
            ..Before::default()
        });
    }
    // `Fr.` with its period only: `fr` alone is texting's "from" (`a text
    // fr Kaiser`); `MS` in capitals, no period, before a word is multiple
    // sclerosis in a message not written in capitals (`the MS Walk team`,
    // `MS Word`), not `MS Garcia`.
    let ms_word = || {
        scan.tok(p) == "MS"
            && !scan.shouting()
            && name_flags(scan.low(i)) & (super::lexicon::COMMON | super::lexicon::WORD) != 0
    };
    if titled(patient_title(low)) && (period || low != "fr") && (period || !ms_word()) {
        return Ok(Before {
            title: true,
            strong: true,
            ..Before::default()
        });
    }
    Err(PhraseEnd { p, comma, colon })
}

/// What the phrases ending at word `p` say of the word after it: a
/// greeting, a clinical role, a strong or a weak context word.
fn phrases_before(scan: &Scan, PhraseEnd { p, comma, colon }: PhraseEnd) -> Before {
    let low = scan.low(p);
    // Greetings and context words may be phrases ("good morning", "llame a").
    let mut k = p;
    while k > 0 && scan.kind(k - 1) != Some(Kind::Newline) && p - k < 4 {
        k -= 1;
    }
    let mut before = Before::default();
    // Every role's last word has six letters or more: most words stop at the length.
    let role_last = !comma && !colon && low.len() >= 6 && ends_role(scan, p);
    for k in k..=p {
        if !scan.is_word(k) {
            continue;
        }
        let ends_at_p = |after: Option<usize>| after.is_some_and(|a| a > p);
        if role_last
            && p - k <= 2
            && phrase_index!(CLINICAL_ROLES)
                .at(scan, k)
                .is_some_and(|a| a == p + 1)
        {
            // `midwife Rosa Delgado`, `la trabajadora social Inés Cárdenas`.
            before.strong = true;
            before.clinician = true;
        } else if ends_at_p(phrase_index!(GREETINGS).at(scan, k))
            // Not the Vietnamese particle `ơi` that calls the name before
            // it (`Minh ơi, mai tái khám`), which folds to Portuguese `oi`
            // (plain ASCII, so the same length in the original).
            && !(scan.low(k) == "oi" && {
                let t = scan.tokens[k];
                let (a, b) = scan.folded.original_span(t.start, t.end);
                b - a != t.end - t.start
            })
        {
            before.strong = true;
            before.greeting = true;
        } else if (!comma && ends_at_p(phrase_index!(STRONG_BEFORE).at(scan, k)))
            || (k == p && (word_set!(RELATIVES).contains(low) || in_law(scan, p)))
        {
            before.strong = true;
        } else if k == p
            && matches!(low, "de" | "do" | "da" | "del")
            && scan
                .prev_solid(p)
                .is_some_and(|r| super::names::singular_relative(scan.low(r)))
        {
            // Whose relative: `mamá de Kusi`, `mãe do Kauã`.
            before.strong = true;
        } else if k == p
            && (low == "walaal"
                || (matches!(low, "m" | "mwen" | "li")
                    && scan.prev_solid(p).is_some_and(|r| {
                        matches!(
                            scan.low(r),
                            "manman" | "papa" | "pitit" | "fi" | "mari" | "madanm"
                        )
                    })))
            && scan
                .next_solid(p)
                .is_some_and(|n| case_of(scan.tok(n)) == Case::Capital)
        {
            // Before a capital: Somali sibling, as one greets another
            // Somali (`Walaal Mahad,`), and Haitian Creole's possessive
            // after the relative (`manman m Anoude`, my mother; `pitit li
            // Woodly`, her child); not `walaal ma i caawin kartaa` (can you
            // help me) nor `manman m ka manje` (can eat).
            before.strong = true;
        } else if k == p && word_set!(WEAK_BEFORE).contains(low) {
            before.weak = true;
        }
    }
    before
}

/// A listed surname that is a word too, lowercase after a title written
/// with its period, or after `mr` or `mrs`, which are never anything else:
/// `mrs. park asked me`, `ask mr brown`. (`ms` alone is as often multiple
/// sclerosis.)
fn titled_surname(scan: &Scan, i: usize, e: &Evidence) -> bool {
    e.last
        && scan.prev_solid(i).is_some_and(|p| {
            if scan.is_punct(p, '.') {
                scan.prev_solid(p)
                    .is_some_and(|t| abbreviated_title(scan.low(t)))
            } else {
                matches!(scan.low(p), "mr" | "mrs")
            }
        })
}

/// A given name's initial and a listed surname, at token `i`: `L. Moreno`
/// in a chart, `r. donnelly` in a note (its case like the initial's), not
/// the end of an abbreviation (`p.m. Lee`) or a surname that is a word
/// (`A. Rose`). Returns the surname's last token.
fn initial_surname(scan: &Scan, i: usize) -> Option<usize> {
    let tok = scan.tok(i);
    if tok.len() != 1 || !scan.is_punct(i + 1, '.') || !tok.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    if i > 0 && scan.is_punct(i - 1, '.') {
        return None;
    }
    let mut m = i + 2 + usize::from(scan.kind(i + 2) == Some(Kind::Space));
    // Two initials in capitals: `R.K. Adhikari`.
    if tok.as_bytes()[0].is_ascii_uppercase()
        && scan.is_word(m)
        && scan.tok(m).len() == 1
        && scan.tok(m).as_bytes()[0].is_ascii_uppercase()
        && scan.is_punct(m + 1, '.')
    {
        m += 2 + usize::from(scan.kind(m + 2) == Some(Kind::Space));
    }
    let end = part(scan, m)?;
    if scan.is_punct(end + 1, '.') && scan.tok(m).len() == 1 {
        return None;
    }
    let ev = evidence(scan, m, end);
    let fits = match case_of(tok) {
        Case::Lower => ev.case == Case::Lower,
        _ => ev.case == Case::Capital || (ev.case == Case::Upper && scan.shouting()),
    };
    // A street after a compass point: `E. Jefferson St`.
    let street = scan
        .next_solid(end)
        .is_some_and(|a| org_word(scan.low(a)) && case_of(scan.tok(a)) != Case::Lower);
    (fits && ev.last && !ev.common && !street && !word_set!(NOT_NAMES).contains(scan.low(m)))
        .then_some(end)
}

/// A patient's initials written with periods (`J.R.`, `M.A.K.`), from
/// token `i`, placed in a bed or a room, or before what only a person does
/// or after `pt` (`J.R. in rm 5`, `pt A.B. called`), and no credential or
/// abbreviation (`R.N.`, `P.O.`, `U.S.`). Returns the last period's token.
fn dotted_initials(scan: &Scan, i: usize) -> Option<usize> {
    let letter = |k: usize| {
        scan.is_word(k)
            && scan.tok(k).len() == 1
            && scan.tok(k).as_bytes()[0].is_ascii_uppercase()
            && scan.is_punct(k + 1, '.')
    };
    if !letter(i) || (i > 0 && scan.is_punct(i - 1, '.')) {
        return None;
    }
    let mut last = i + 1;
    let mut key = String::from(scan.low(i));
    while key.len() < 3 && letter(last + 1) {
        key.push_str(scan.low(last + 1));
        last += 2;
    }
    const ABBREVIATIONS: &str = words!["us", "po", "dc", "uk", "am", "pm", "ok", "bs", "ms", "ma"];
    let cue = || {
        bed_after(scan, last)
            // Staff by where they work: `J.R. from IT`, `M.K. in billing`.
            || works_at(scan, last, false)
            || scan.next_solid(last).is_some_and(|a| {
                word_set!(SPEAKS).contains(scan.low(a))
                    || word_set!(PERSON_CUES).contains(scan.low(a))
            })
            || scan.next_solid(last).is_some_and(|a| status_post(scan, a))
            || scan.prev_solid(i).is_some_and(|p| {
                patient_word(scan.low(p))
                    // What a note does with a patient: `a bed for M.K.`,
                    // `can 5W take J.B.`.
                    || matches!(scan.low(p), "for" | "take" | "re")
                    // A room's number before them: `on 8N-812 J.H.`.
                    || (scan.kind(p) == Some(Kind::Number)
                        && scan.is_punct(p.wrapping_sub(1), '-')
                        && scan.kind(p.wrapping_sub(2)) == Some(Kind::Mixed))
            })
            // A unit's bed after them: `T.W. 8B`, `J.B. 4W`.
            || scan.next_solid(last).is_some_and(|a| {
                let t = scan.tok(a).as_bytes();
                scan.kind(a) == Some(Kind::Mixed)
                    && t.len() <= 4
                    && t[0].is_ascii_digit()
                    && t[t.len() - 1].is_ascii_uppercase()
            })
            // In brackets after a bed or room: `bed 9 (K.B.)`, `318 (T.W.)`.
            || (i > 0
                && scan.is_punct(i - 1, '(')
                && scan.is_punct(last + 1, ')')
                && scan
                    .prev_solid(i - 1)
                    .is_some_and(|p| matches!(scan.kind(p), Some(Kind::Number | Kind::Mixed))))
    };
    (key.len() >= 2
        && !scan.is_word(last + 1)
        && !word_set!(ABBREVIATIONS).contains(key.as_str())
        && !word_set!(STAFF_ABBREVIATIONS).contains(key.as_str())
        && !CREDENTIALS.words().any(|c| c.eq_ignore_ascii_case(&key))
        && super::lexicon::terms(&key).next().is_none()
        && cue())
    .then_some(last)
}

/// Is token `k` the start of `s/p` (status post), which only a patient is?
fn status_post(scan: &Scan, k: usize) -> bool {
    scan.low(k) == "s" && scan.is_punct(k + 1, '/') && scan.low(k + 2) == "p"
}

/// The parts of a name found so far (at most three), each with its
/// evidence: kept on the stack, since nearly every capitalised word starts
/// one.
struct Parts {
    len: usize,
    spans: [(usize, usize); 3],
    evidence: [Evidence; 3],
}

impl Parts {
    fn new(span: (usize, usize), ev: Evidence) -> Parts {
        Parts {
            len: 1,
            spans: [span; 3],
            evidence: [ev; 3],
        }
    }

    fn push(&mut self, span: (usize, usize), ev: Evidence) {
        self.spans[self.len] = span;
        self.evidence[self.len] = ev;
        self.len += 1;
    }

    fn spans(&self) -> &[(usize, usize)] {
        &self.spans[..self.len]
    }

    fn evidence(&self) -> &[Evidence] {
        &self.evidence[..self.len]
    }
}

/// Names: one to three parts, decided by lexicon, case and context.
pub(crate) fn names(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    let shouting = scan.shouting();
    let first_word = first_word_index(scan);
    // Asked only when a lowercase name off every word list could be one.
    let spanish = std::cell::OnceCell::new();
    let mut covered = 0;
    let mut i = 0;
    while i < scan.tokens.len() {
        // A word (every name and initial starts with one), not glued to a
        // word before it, directly or across a hyphen (`Medi-Cal`).
        let glued =
            |k: usize| matches!(scan.kind(k), Some(Kind::Word | Kind::Mixed | Kind::Number));
        if !scan.is_word(i)
            || scan.tokens[i].start < covered
            || (i > 0 && glued(i - 1))
            || (i > 1 && (scan.is_punct(i - 1, '-') || scan.is_punct(i - 1, '\'')) && glued(i - 2))
            // Spanish `mi` (my) before a word opens no name: `hola, mi
            // bebé tiene fiebre`.
            || (scan.tok(i) == "mi" && scan.next_solid(i).is_some_and(|n| scan.is_word(n)))
            // Nor the lowercase word after it: `mi niña`, not Nina.
            || (scan.prev_solid(i).is_some_and(|p| scan.tok(p) == "mi")
                && case_of(scan.tok(i)) == Case::Lower)
            // A Vietnamese weekday is `thứ` and its number: `thứ Sáu` (Friday).
            || (word_set!(words!["hai", "ba", "tu", "nam", "sau", "bay"]).contains(scan.low(i))
                && scan.prev_solid(i).is_some_and(|p| scan.low(p) == "thu"))
            // Romanized words in lowercase that are no names: Arabizi `ana`
            // (I) before a name or a kin word (`marhaba, ana Khaled`, `ana
            // bint Hajj`, not `text ana lopez`); Haitian Creole `jodi a` (today).
            || (scan.tok(i) == "jodi" && scan.next_solid(i).is_some_and(|n| scan.tok(n) == "a"))
            || (scan.tok(i) == "ana"
                && scan.next_solid(i).is_some_and(|n| {
                    scan.is_word(n)
                        && (case_of(scan.tok(n)) == Case::Capital
                            || matches!(scan.tok(n), "ibn" | "bint" | "jouz" | "umm" | "abu"))
                }))
            // Haitian Creole `Li` (he, she) opening a sentence: `Li pa blese`.
            || (scan.tok(i) == "Li"
                && scan.next_solid(i).is_some_and(|n| {
                    word_set!(words![
                        "pa", "te", "gen", "ap", "toujou", "se", "fe", "bezwen", "vle", "di", "ka",
                        "dwe", "konn", "pral", "rete", "genyen", "santi"
                    ])
                    .contains(scan.tok(n))
                }))
            // A title alone, greeted (`Hi Coach,`), names no one.
            || (matches!(scan.low(i), "coach" | "pastor" | "chaplain" | "reverend" | "rabbi" | "imam")
                && !scan.next_solid(i).is_some_and(|n| scan.is_word(n)))
            // A city before its state and a ZIP or the end of the address:
            // `W Carson St, Torrance, CA 90501`, `Torrance, CAの薬局` (not
            // `Dr. Abernathy, ID called`, nor `MD`, `PA` or `MA`, a
            // clinician's credentials).
            || (scan.is_punct(i + 1, ',')
                && scan.next_solid(i + 1).is_some_and(|n| {
                    let code = scan.tok(n);
                    code.len() == 2
                        && code.bytes().all(|b| b.is_ascii_uppercase())
                        && !matches!(code, "MD" | "PA" | "MA")
                        && super::numeric::STATES.contains(&code)
                        && scan.next_solid(n).is_none_or(|z| !scan.is_word(z))
                }))
        {
            i += 1;
            continue;
        }
        // An HL7 name field, family^given(^middle), in an interface error:
        // `PID-5 is OKAFOR^CHINEDU`.
        if scan.is_punct(i + 1, '^') && scan.is_word(i + 2) {
            let mut last = i + 2;
            while scan.is_punct(last + 1, '^') && scan.is_word(last + 2) {
                last += 2;
            }
            // A middle initial may close it: `NAKASHIMA^HIRO^K`.
            let capitals = (i..=last).step_by(2).all(|k| {
                (scan.tok(k).len() >= 2 || k > i + 2)
                    && case_of(scan.tok(k)) != Case::Lower
                    && scan.tok(k).bytes().all(|b| !b.is_ascii_lowercase())
            });
            if capitals {
                let end = scan.tokens[last].end;
                out.push(Cand::new(scan.tokens[i].start, end));
                covered = end;
                i = last + 1;
                continue;
            }
        }
        // A Vietnamese name, surname first, with its middle name `Văn` or
        // `Thị` (a word elsewhere) before a given name that may be a word:
        // `Pham Van Long`, `NGUYEN VAN THANH`.
        if let Some(last) = vietnamese_name(scan, i).or_else(|| capital_surname_first(scan, i)) {
            let end = scan.tokens[last].end;
            out.push(Cand::new(scan.tokens[i].start, end));
            covered = end;
            i = last + 1;
            continue;
        }
        // An initial: one letter and a period (asked of every token: one
        // length test turns most away).
        if scan.tokens[i].end - scan.tokens[i].start == 1 && scan.is_punct(i + 1, '.') {
            if let Some(last) = dotted_initials(scan, i) {
                let end = scan.tokens[last].end;
                out.push(Cand::new(scan.tokens[i].start, end));
                covered = end;
                i = last + 1;
                continue;
            }
            if let Some(last) = initial_surname(scan, i) {
                let end = scan.tokens[last].end;
                out.push(Cand {
                    clinician: context_before(scan, i).clinician || credential_after(scan, last),
                    ..Cand::new(scan.tokens[i].start, end)
                });
                covered = end;
                i = last + 1;
                continue;
            }
        }
        // The common case: a lowercase word on no given-name or surname list,
        // no particle and no piece of a joined part (`o'neil`). It starts a
        // name only after a role (`pt ifeanyi`), or as initials addressed
        // (`jk pls call`): the rest of the chain below would come to the
        // same (2.1k instructions a check fewer, callgrind).
        if scan.text().as_bytes()[scan.tokens[i].start].is_ascii_lowercase()
            && scan.name_flags.get_or_init(|| all_name_flags(scan))[i]
                & (super::lexicon::FIRST | super::lexicon::LAST)
                == 0
            && part(scan, i) == Some(i)
            && !super::clinical::has_cue(scan, i, super::clinical::cue::PARTICLE)
            && !role_before(scan, i).is_some_and(|_| plain_unlisted(scan.low(i)))
        {
            if addressed_initials(scan, i, i, first_word) {
                let end = scan.tokens[i].end;
                out.push(Cand::new(scan.tokens[i].start, end));
                covered = end;
            }
            i += 1;
            continue;
        }
        // A listed given name that is a word in lowercase opens no name but
        // after a title (`miss brandy`), asked once here rather than by each
        // rule below (the greeting's did not ask): `walker in room 4`, `max
        // dose`, Nepali `ma` (I: `namaste, ma Kamala`), West African `ma`
        // (ma'am: `thank you ma`).
        if scan.text().as_bytes()[scan.tokens[i].start].is_ascii_lowercase()
            && word_set!(LOWERCASE_WORDS).contains(scan.tok(i))
            && !context_before(scan, i).title
        {
            i += 1;
            continue;
        }
        // A surname opening with particles after a title: `Ms. De La Cruz`.
        // Or after the patient or a relative, a listed one: `pt de la
        // Fuente-Ochoa`, `su hija de la Rosa`.
        let lead = if super::clinical::has_cue(scan, i, super::clinical::cue::PARTICLE) {
            let before = context_before(scan, i);
            if before.title {
                particle_surname(scan, i, false)
            } else if before.strong && !before.greeting {
                particle_surname(scan, i, false).filter(|(_, ev)| ev.last && !ev.common)
            } else {
                None
            }
        } else {
            None
        };
        let Some(end0) = lead.as_ref().map(|l| l.0).or_else(|| part(scan, i)) else {
            i += 1;
            continue;
        };
        if saint_before(scan, i) {
            i = end0 + 1;
            continue;
        }
        // A title is no name of its own before a capitalised one: `Hola
        // doña Rosa` (`Dona` is a given name too).
        if end0 == i
            && patient_title(scan.low(i))
            && scan
                .next_solid(i)
                .is_some_and(|n| scan.is_word(n) && case_of(scan.tok(n)) == Case::Capital)
        {
            i += 1;
            continue;
        }
        let e0 = match lead {
            Some((_, ev)) => ev,
            None => listed_evidence(scan, i, end0),
        };
        // A verb with `n't` (`DON'T`, `WON'T`) is no name.
        if scan.is_punct(end0 + 1, '\'') && scan.is_word(end0 + 2) && scan.low(end0 + 2) == "t" {
            i = end0 + 1;
            continue;
        }
        // A given name, a word too, in lowercase between `tell` or `ask`
        // and `to`, where only a person can be: `tell bill to call me`.
        if e0.first
            && e0.case == Case::Lower
            && scan
                .prev_solid(i)
                .is_some_and(|p| matches!(scan.low(p), "tell" | "ask"))
            && scan.next_solid(end0).is_some_and(|n| scan.low(n) == "to")
        {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[end0].end));
            covered = scan.tokens[end0].end;
            i = end0 + 1;
            continue;
        }
        // A lowercase word that is no known name never starts one (the common
        // case: skip it cheaply), unless a title, the patient or a relative
        // comes right before it (`dr oduya's`, `pt ifeanyi in lobby`).
        let role = if e0.case == Case::Lower && !e0.first && !e0.last {
            match role_before(scan, i) {
                Some(r)
                    if plain_unlisted(&scan.lower[scan.tokens[i].start..scan.tokens[end0].end]) =>
                {
                    Some(r)
                }
                _ => {
                    if end0 == i && addressed_initials(scan, i, end0, first_word) {
                        let end = scan.tokens[i].end;
                        out.push(Cand::new(scan.tokens[i].start, end));
                        covered = end;
                    }
                    i = end0 + 1;
                    continue;
                }
            }
        } else {
            None
        };
        // A word of a greeting of two words or more is no name: its end
        // (`Buenos días doña Carmen`, `Dias` is a surname too) or its start
        // (`Kia ora`, `Kia` is a given name); nor is the eve of a holiday
        // (`Christmas Eve`, `New Year's Eve`, `Thanksgiving Eve`); nor a
        // unit by its floor (`7 West`, `7 Hope bed 3`). Asked after the lowercase
        // words on no list are turned away.
        if scan
            .prev_solid(i)
            .is_some_and(|p| phrase_index!(GREETINGS).at(scan, p).is_some_and(|a| a > i))
            || phrase_index!(GREETINGS)
                .at(scan, i)
                .is_some_and(|a| a > end0 + 1)
            || (scan.low(i) == "eve"
                && scan.prev_solid(i).is_some_and(|p| {
                    word_set!(words![
                        "christmas",
                        "year",
                        "years",
                        "thanksgiving",
                        "easter",
                        "holiday"
                    ])
                    .contains(scan.low(p))
                        || (scan.low(p) == "s" && p > 1 && scan.low(p - 2) == "year")
                }))
            || unit_by_floor(scan, i, end0)
        {
            i = end0 + 1;
            continue;
        }
        // A word that may start a name: now the word lists.
        let lead_key = &scan.lower[scan.tokens[i].start..scan.tokens[end0].end];
        let lead_unnamed = word_set!(NOT_NAMES).contains(lead_key);
        let e0 = match lead {
            Some(_) => e0,
            None => Evidence {
                common: e0.common || lead_unnamed,
                ..e0
            },
        };
        // The name of a street or an institution after its capitalised head
        // word is no person's: `Clínica San Rafael`, `HOSPITAL SANTA ROSA`;
        // a title or a staff word ends it (`HOSPICE RN TERESA VU`).
        if e0.case != Case::Lower && word_set!(STREET_BEFORE).contains(scan.low(i)) {
            let staff = |n: usize| {
                let low = scan.low(n);
                credential(scan.tok(n))
                    || clinician_title(low)
                    || patient_title(low)
                    || word_set!(NOTE_WORDS).contains(low)
                    || ends_role(scan, n)
            };
            let mut k = i;
            for _ in 0..3 {
                // Particles inside the name: `Clínica del Valle`.
                let n = scan.next_solid(k).map(|n| {
                    after_particles(scan, n)
                        .filter(|&m| case_of(scan.tok(m)) != Case::Lower)
                        .unwrap_or(n)
                });
                match n {
                    Some(n)
                        if scan.is_word(n) && case_of(scan.tok(n)) != Case::Lower && !staff(n) =>
                    {
                        k = n
                    }
                    _ => break,
                }
            }
            covered = scan.tokens[k].end;
            i = k + 1;
            continue;
        }
        let lead_common = lead_unnamed
            || org_word(lead_key)
            || word_set!(DEPARTMENTS).contains(lead_key)
            || word_set!(NOTE_VERBS).contains(lead_key);
        // A given name that is a place's word too, right after a relative,
        // is the relative's: `my son River`, `her daughter Summit`.
        // So is one greeted, alone before a comma or `!`: `Hi River!`.
        let relative_named = e0.first
            && e0.case == Case::Capital
            && scan.prev_solid(i).is_some_and(|p| {
                singular_relative(scan.low(p))
                    || (word_set!(words!["hi", "hey", "hello", "dear", "hola"])
                        .contains(scan.low(p))
                        && scan
                            .next_solid(end0)
                            .is_some_and(|n| scan.is_punct(n, ',') || scan.is_punct(n, '!')))
            });
        let lead_common = lead_common && !relative_named;
        // Such a word not in capitals (no register's surname, no full name
        // in capitals, see below) needs a title right before it: the
        // phrases before it are not asked.
        if lead_common && e0.case != Case::Upper && !word_before(scan, i).is_ok_and(|b| b.title) {
            i += 1;
            continue;
        }
        let Before {
            title,
            clinician,
            strong,
            weak,
            greeting,
        } = context_before(scan, i);
        // A chart row opens with the patient: `IBRAGIMOV, RUSTAM rm 4`.
        let cued = title || strong || weak || (i == first_word && !shouting);
        let plain_capitals = !shouting && !title && e0.case == Case::Upper;
        let capitals = surname_first(scan, i, end0, &e0, cued)
            .map(|last| (last, clinician))
            .or_else(|| {
                plain_capitals
                    .then(|| capitals_name(scan, i, end0, &e0, cued))
                    .flatten()
                    .map(|last| (last, clinician || credential_after(scan, last)))
            })
            .or_else(|| {
                (plain_capitals && strong && cued_capitals(scan, i, end0, &e0))
                    .then_some((end0, clinician))
            });
        if let Some((last, clinician)) = capitals {
            let end = scan.tokens[last].end;
            out.push(Cand {
                clinician,
                ..Cand::new(scan.tokens[i].start, end)
            });
            covered = end;
            i = last + 1;
            continue;
        }
        // A word that is never a name's first (`Please`, `Clinic`) starts
        // none but after a title (see `is_name`): nothing more to ask.
        if lead_common && !title {
            i += 1;
            continue;
        }
        let capital = |e: &Evidence| {
            e.case == Case::Capital || (e.case == Case::Upper && (shouting || title))
        };
        // A message in capitals and no title or greeting before the word: its
        // case tells nothing, and most words look like names (`DRAGAN PETROVIĆ
        // NERVE CONDUCTION STUDY`, `NO USE DESODORANTE NI CREMA`).
        let shouted_plain = shouting && !title && !strong;
        // A listed given name of three letters or more, which in capitals an
        // unlisted or word surname closing the clause may follow
        // (`DRAGAN PETROVXYZ:`, `REMINDER FOR JAE-WON PARK:`).
        let given_lead = e0.first
            && !e0.common
            && scan.lower[scan.tokens[i].start..scan.tokens[end0].end].len() >= 3;
        // A given name of two listed given names joined by a hyphen
        // (`Ji-woo`, `Jean-Luc`) is a person's: no place starts so.
        let hyphen_given = end0 > i
            && scan.lower[scan.tokens[i].start..scan.tokens[end0].end]
                .split('-')
                .all(|p| p.len() > 1 && name_flags(p) & super::lexicon::FIRST != 0);
        // After what a note does to a patient: `pls sched bob whitehorse`,
        // `room Bill Okoro`.
        let after_act = || {
            scan.prev_solid(i)
                .is_some_and(|p| word_set!(ACTS_ON_PATIENT).contains(scan.low(p)))
        };
        let acted_on = e0.case == Case::Lower && after_act();
        // Later parts: capitalised like the first, or known names; a line break may split a name.
        let mut found = Parts::new((i, end0), e0);
        while found.len < 3 {
            let last = found.spans[found.len - 1].1;
            let mut n = last + 1;
            if scan.kind(n) == Some(Kind::Space) {
                n += 1;
            }
            let broke = scan.kind(n) == Some(Kind::Newline);
            if broke {
                n += 1;
                if scan.kind(n) == Some(Kind::Space) {
                    n += 1;
                }
            }
            // A middle initial: `John Q. Public`.
            if scan.is_word(n)
                && scan.tok(n).len() == 1
                && scan.tok(n).starts_with(|c: char| c.is_ascii_uppercase())
                && scan.is_punct(n + 1, '.')
            {
                let m = n + 2 + usize::from(scan.kind(n + 2) == Some(Kind::Space));
                if let Some(e) = part(scan, m) {
                    let ev = evidence(scan, m, e);
                    if ev.last && capital(&ev) {
                        found.push((n, e), ev);
                        continue;
                    }
                }
            }
            let first_case = found.evidence[0].case;
            if let Some((e, ev)) = particle_surname(scan, n, first_case == Case::Lower) {
                found.push((n, e), ev);
                continue;
            }
            let Some(e) = part(scan, n) else { break };
            // A lab value after a name: `Hae-won Lim K 3.1, Mg 1.5`.
            if scan
                .next_solid(e)
                .is_some_and(|v| scan.kind(v) == Some(Kind::Number))
                && (scan.tok(n).len() <= 2 || super::lexicon::analytes().at(scan, n).is_some())
            {
                break;
            }
            let ev = evidence(scan, n, e);
            // A date's month (`Jonah Whitehorse Dec 2`) or a clinical term on
            // no name list (`Brendan Doyle EtOH withdrawal`) ends the name.
            let dated = || {
                super::text::month(scan.low(n))
                    && scan
                        .next_solid(e)
                        .is_some_and(|d| scan.kind(d) == Some(Kind::Number))
            };
            // (Not a capitalised institution's words: `BrightPath Home
            // Health` is judged by its organisation word.)
            let termed = || {
                !ev.first
                    && !ev.last
                    && super::lexicon::terms(scan.low(n)).next().is_some()
                    && !scan
                        .next_solid(e)
                        .is_some_and(|m| case_of(scan.tok(m)) == Case::Capital)
            };
            // (The whole part: `O'Leary` is no Spanish `o`, or.)
            let key = &scan.lower[scan.tokens[n].start..scan.tokens[e].end];
            let fits = !word_set!(NOT_NAMES).contains(key)
                && !dated()
                && !termed()
                && (e == n || !weekdays(key))
                && (!org_word(scan.low(n))
                    || surname_of_person(scan, e, &ev)
                    // After a hyphenated given name: `Ji-woo Park, your A1C`.
                    || (found.len == 1 && hyphen_given && ev.last && ev.case == Case::Capital)
                    // A credential closes it: `Sunny Park, PA-C`.
                    || (ev.last && ev.case == Case::Capital && plain_credential_after(scan, e))
                    // `Park`, the commonest Korean surname, with a listed
                    // given name before it and a lowercase word after, no
                    // place's preposition before: `PA for Lindsey Park
                    // expired`, `call Lindsey Park back` (not `near
                    // Jackson Park now`).
                    || (scan.low(e) == "park"
                        && ev.case == Case::Capital
                        && found.len == 1
                        && found.evidence[0].first
                        && !found.evidence[0].common
                        && scan.next_solid(e).is_some_and(|a| {
                            scan.is_word(a)
                                && case_of(scan.tok(a)) == Case::Lower
                                && !org_word(scan.low(a))
                        })
                        && !scan.prev_solid(i).is_some_and(|p| {
                            word_set!(words!["in", "at", "to", "from", "near", "on", "by", "en"])
                                .contains(scan.low(p))
                        }))
                    // A sender naming themself, the clause ending after:
                    // `this is Maria Park, my son has an appt`.
                    || (ev.last
                        && ev.case == Case::Capital
                        && clause_ends_after(scan, e)
                        && introduced_before(scan, i))
                    || ((strong
                        || scan
                            .prev_solid(i)
                            .is_some_and(|p| matches!(scan.low(p), "for" | "para")))
                        && found.evidence[0].first
                        && (strong || !found.evidence[0].common)
                        && ev.last
                        && clause_ends_after(scan, e)))
                && if first_case == Case::Lower {
                    ev.case == Case::Lower
                        && (((ev.first || ev.last) && !ev.common)
                            // An unlisted surname after a listed given name
                            // that a note acts on: `sched bob whitehorse`.
                            || (found.len == 1
                                && acted_on
                                && found.evidence[0].first
                                && plain_unlisted(
                                    &scan.lower[scan.tokens[n].start..scan.tokens[e].end],
                                )))
                } else {
                    capital(&ev)
                        && if shouting && ev.case == Case::Upper {
                            // In capitals a word is no name part by its case:
                            // listed and no word (or any listed word after a
                            // title or greeting), or an unlisted word that
                            // could be a name after a title or greeting or
                            // closing the clause (`LINDIWE DUBE:`).
                            hyphen_named(scan, n, e)
                                && if ev.first || ev.last {
                                    !ev.common
                                        || !shouted_plain
                                        || (ev.last && given_lead && clause_ends_after(scan, e))
                                } else {
                                    plain_unlisted(
                                        &scan.lower[scan.tokens[n].start..scan.tokens[e].end],
                                    ) && (!shouted_plain
                                        || (given_lead && clause_ends_after(scan, e)))
                                }
                        } else {
                            ev.first || ev.last || !ev.common
                        }
                };
            if !fits || (broke && !(ev.last && capital(&ev))) {
                break;
            }
            found.push((n, e), ev);
        }
        let (parts, evid) = (found.spans(), found.evidence());
        let last_part = parts[parts.len() - 1].1;
        // Trailing organisation words make it a place: `Sunrise Medical Center`.
        let after_all = scan.next_solid(last_part);
        // Before an organisation word (`Hope Clinic`), or a language before
        // its interpreter (`a Karen interpreter`, `the Lakota language line`).
        let org = after_all.is_some_and(|a| {
            (org_word(scan.low(a))
                && case_of(scan.tok(a)) != Case::Lower
                // A prescription's number, not a pharmacy: `Tuan Pham Rx #3391057`.
                && !(scan.low(a) == "rx"
                    && scan.next_solid(a).is_some_and(|n| {
                        scan.is_punct(n, '#') || scan.kind(n) == Some(Kind::Number)
                    })))
                || (last_part == i && word_set!(LANGUAGE_AFTER).contains(scan.low(a)))
        });

        let known = |e: &Evidence| (e.first || e.last) && !e.common;
        let e = &evid[0];
        let e0_lower_known = e.case == Case::Lower && known(e);
        let possessive = scan.is_punct(end0 + 1, '\'')
            && scan.is_word(end0 + 2)
            && scan.low(end0 + 2) == "s"
            && parts.len() == 1;
        let followed_by_person_word =
            after_all.is_some_and(|a| word_set!(AFTER_NAME).contains(scan.low(a)));
        let vocative = after_all.is_some_and(|a| scan.is_punct(a, ','));
        let multi = parts.len() >= 2;

        let addressed = after_all.is_some_and(|a| {
            (scan.is_punct(a, ',') || scan.is_punct(a, ':'))
                && scan.next_solid(a).is_some_and(|w| {
                    word_set!(ADDRESSED).contains(scan.low(w)) || introduces_sender(scan, w)
                })
        });
        let tail_known_last = evid[1..].iter().any(|v| v.last && !v.common);
        let tail_plain = evid[1..].iter().all(|v| capital(v) && !v.common);
        let all_known = evid.iter().all(|v| v.first || v.last);
        // The first word of the message, then a comma: the person addressed
        // (`Rukhsana, the pharmacy called`), unless it is an interjection.
        // The first word after a sender's heading at the message start is
        // as much its opening: `Prairie Ridge: Jordan, reminder of your`.
        let after_heading = || {
            scan.prev_solid(i).is_some_and(|c| {
                scan.is_punct(c, ':')
                    && (first_word..c).filter(|&k| scan.is_word(k)).count() <= 3
                    && (first_word..c)
                        .all(|k| !scan.is_word(k) || case_of(scan.tok(k)) != Case::Lower)
                    && !(first_word..c).any(|k| scan.kind(k) == Some(Kind::Newline))
            })
        };
        let opens_message = i == first_word
            || (i > first_word
                && after_all.is_some_and(|a| {
                    scan.is_punct(a, ',')
                        && scan.next_solid(a).is_some_and(|w| {
                            word_set!(ADDRESSED).contains(scan.low(w))
                                || word_set!(words![
                                    "reminder",
                                    "recordatorio",
                                    "this",
                                    "just",
                                    "thanks"
                                ])
                                .contains(scan.low(w))
                        })
                })
                && after_heading());
        // Or called out: `Bill! the derm office says ur pics came thru`.
        // (Not a greeting in the patient's language: `Namaste, main Arjun
        // bol raha hoon`, `Bonjour, je suis Aminata`.)
        let opening_vocative = opens_message
            && (multi || !word_set!(GREETINGS).contains(lead_key))
            && after_all.is_some_and(|a| {
                scan.is_punct(a, ',')
                    || (scan.is_punct(a, ':') && addressed)
                    || (scan.is_punct(a, '!')
                        && i == first_word
                        && e.first
                        && !multi
                        && scan.next_solid(a).is_some_and(|n| scan.is_word(n)))
            });
        // A list, not a vocative: `Grace, Hope and Will are the rooms`,
        // `Summer, fall and winter hours`; nor a plea (`Patience, please`,
        // `Patience, everyone`).
        let listed_after = || {
            after_all.and_then(|a| scan.next_solid(a)).is_some_and(|n| {
                (case_of(scan.tok(n)) == Case::Capital
                    && name_flags(scan.low(n)) & super::lexicon::FIRST != 0)
                    || word_set!(words![
                        "please",
                        "everyone",
                        "everybody",
                        "all",
                        "team",
                        "folks",
                        "todos"
                    ])
                    .contains(scan.low(n))
                    || scan.next_solid(n).is_some_and(|m| {
                        scan.is_punct(m, ',') || matches!(scan.low(m), "and" | "or" | "y")
                    })
            })
        };
        // A town or street where a store, clinic or shelter is: `the
        // pharmacy in Chester can give it`, `the walgreens on Halsted`.
        let place_after_store = || {
            !multi
                && scan.prev_solid(i).is_some_and(|p| {
                    word_set!(words!["in", "on", "at", "near", "off"]).contains(scan.low(p))
                        && scan.prev_solid(p).is_some_and(|q| {
                            word_set!(words![
                                "pharmacy",
                                "walgreens",
                                "cvs",
                                "walmart",
                                "kroger",
                                "jewel",
                                "costco",
                                "target",
                                "store",
                                "clinic",
                                "office",
                                "entrance",
                                "location",
                                "branch",
                                "hospital",
                                "one",
                                "lab",
                                "exit",
                                // Where an outreach team finds people:
                                // `the bus shelter on Olive`, `the grocery
                                // on Blackstone`.
                                "shelter",
                                "grocery",
                                "depot",
                                "station",
                                "stop",
                                "motel",
                                "library",
                                "church",
                                "market",
                                "camp",
                                "bridge",
                                "underpass",
                                "park",
                                "corner",
                                "laundromat",
                                "encampment"
                            ])
                            .contains(scan.low(q))
                        })
                })
        };
        // A language that is a given name too, in a message about
        // interpreters: `Karen – Eh Say Paw`, `interp req: Karen for Saw Htoo`.
        let language_named = || {
            !multi
                && word_set!(words!["karen", "chin", "kachin", "karenni", "mon", "zomi"])
                    .contains(lead_key)
                && scan.has_word(&[
                    "interpreter",
                    "interpreters",
                    "interp",
                    "interpretation",
                    "language",
                    "languages",
                ])
        };
        // Portuguese `she` and `he`, French `she`, before what they do or
        // have: `ela está com febre`, `Ele não come`, `elle a de la fièvre`
        // (not `Hi Ela,`, `Elle Johnson`).
        let pronoun = || {
            !multi
                && matches!(lead_key, "ela" | "ele" | "elle")
                && scan.next_solid(last_part).is_some_and(|n| {
                    word_set!(words![
                        "esta", "estava", "nao", "tem", "teve", "foi", "vai", "precisa", "ficou",
                        "quer", "pode", "sente", "tomou", "toma", "come", "continua", "acordou",
                        "disse", "ja", "anda", "chegou", "e",
                        // French: `elle a mal au ventre`, `elle ne mange pas`.
                        "a", "est", "ne", "n", "va", "avait", "etait", "doit", "prend", "se"
                    ])
                    .contains(scan.low(n))
                })
        };
        // A holiday by whom it honours: `Happy Valentine's Day`, `Mother's
        // Day`.
        let day = |d: usize| scan.tok(d) == "Day" || scan.tok(d) == "DAY";
        let holiday = || {
            (possessive && scan.next_solid(end0 + 2).is_some_and(day))
                // A day named by a word that is a name too: `Harmony Day`,
                // `Hope Day` (not `Doris Day`).
                || (e.common && (day(last_part) || after_all.is_some_and(day)))
                // Spanish days of: `Feliz Día de los Reyes Magos`.
                || std::iter::successors(Some(i), |&k| scan.prev_solid(k))
                    .take(4)
                    .chain(i..=last_part)
                    .any(|k| {
                        matches!(scan.tok(k), "Dia" | "DIA" | "Día" | "DÍA")
                            && scan.next_solid(k).is_some_and(|n| scan.low(n) == "de")
                    })
        };
        // A clinic's site by its town: `Our Augusta office has moved`,
        // `our Charlotte and Raleigh offices`.
        let our_office = || {
            scan.prev_solid(i).is_some_and(|p| scan.low(p) == "our")
                && after_all.is_some_and(|a| {
                    word_set!(words![
                        "office",
                        "offices",
                        "location",
                        "locations",
                        "clinic",
                        "site",
                        "sites",
                        "campus",
                        "branch",
                        "and"
                    ])
                    .contains(scan.low(a))
                })
        };
        let street = || {
            scan.prev_solid(i)
                .is_some_and(|p| word_set!(STREET_BEFORE).contains(scan.low(p)))
        };
        // A given name that is also a word, mid-sentence and followed by what
        // only a person takes: `bring Grace to her screening`, `note for
        // Victoria (00661203)`.
        let person_after = || {
            after_all.is_some_and(|a| {
                word_set!(AFTER_NAME).contains(scan.low(a))
                    || (scan.low(a) == "to"
                        && scan
                            .next_solid(a)
                            .is_some_and(|b| matches!(scan.low(b), "her" | "his" | "their")))
                    || (scan.is_punct(a, '(')
                        && matches!(scan.kind(a + 1), Some(Kind::Number | Kind::Mixed)))
            })
        };
        // Anywhere, a possessive before what only a person has: `Summer's
        // test results`, `Bill's appointment`, `Grace's hearing test`.
        let owns_personal = || {
            possessive
                && scan.next_solid(end0 + 2).is_some_and(|n| {
                    word_set!(PERSONAL_NOUNS).contains(scan.low(n))
                        || super::clinical::clinical_starts(scan, n)
                })
        };
        // A given name that ends a clause after a comma: the person addressed
        // (`See you there, Wade.`, `Feel better, Hope!`).
        let closing_vocative = || {
            !multi
                && e.case == Case::Capital
                && e.first
                && !word_set!(MONTH_NAMES).contains(lead_key)
                && scan.prev_solid(i).is_some_and(|p| scan.is_punct(p, ','))
                && after_all.is_none_or(|a| {
                    scan.is_punct(a, '.') || scan.is_punct(a, '!') || scan.is_punct(a, '?')
                })
        };
        // Opening a sentence, doing what a patient does to something of
        // theirs or having a condition: `Faith missed her appt`, `Summer
        // has strep`, `Autumn is here for her physical` (not `Summer has
        // arrived`, `Mercy has a new MRI`, `Summer is the season for`).
        let acts_as_person = || {
            let Some(v) = after_all.filter(|&v| scan.is_word(v)) else {
                return false;
            };
            let verb = scan.low(v);
            let acts = word_set!(words![
                "missed", "needs", "needed", "wants", "wanted", "got", "tested"
            ])
            .contains(verb);
            let has = matches!(verb, "has" | "had");
            (acts || has || matches!(verb, "is" | "was"))
                && std::iter::successors(scan.next_solid(v), |&k| scan.next_solid(k))
                    .take(4)
                    .take_while(|&k| scan.is_word(k))
                    .any(|k| match scan.low(k) {
                        "her" | "his" | "their" => true,
                        "patient" | "appt" | "appointment" => acts,
                        _ => (acts || has) && super::clinical::condition_starts(scan, k),
                    })
        };
        let mid_sentence_name = || {
            !multi
                && e.case == Case::Capital
                && e.first
                && !word_set!(MONTH_NAMES).contains(lead_key)
                && ((!sentence_start(scan, i) && (possessive || person_after()))
                    || owns_personal()
                    || (sentence_start(scan, i) && acts_as_person()))
        };
        // What a note asks staff to tell someone: `let Autumn know`.
        let let_know = || {
            scan.prev_solid(i).is_some_and(|p| scan.low(p) == "let")
                && after_all.is_some_and(|a| scan.low(a) == "know")
        };
        // A given name that is a word too (`Mark`, `Sunny`, `Dawn`) and a
        // surname that is a word or on no list (`Mark Oduya`, `Sunny Oh`)
        // are a person when the note says so: by what follows (`says`,
        // `'s`, a bed), by what comes before (`rm 4`, `pls mark`), by the
        // shape of a note's item (`Huddle note: Mark Oyelowo - CHF`), or by
        // a surname capitalised piece by piece before `will`, `is`
        // (`Dawn Pretty-On-Top will`), or a surname that is no word before
        // them (`Frank Oduya is`). Not `Hope Lodge`, `Summer Camp`.
        let word_given_surname = || {
            let (a, b) = parts[parts.len() - 1];
            let v = &evid[evid.len() - 1];
            // A surname that is a word (`Camp`) needs more than the word
            // before it or an item's shape.
            let item = || {
                !v.common
                    && (scan.prev_solid(i).is_some_and(|p| scan.is_punct(p, ':'))
                        || list_marker_before(scan, i))
                    && after_all.is_some_and(|a| {
                        (scan.is_punct(a, '-') || scan.is_punct(a, ':') || scan.is_punct(a, ','))
                            && scan.next_solid(a).is_some_and(|w| {
                                scan.is_word(w)
                                    && super::lexicon::terms(scan.low(w)).next().is_some()
                            })
                    })
            };
            parts.len() == 2
                && e.case == Case::Capital
                && e.first
                && e.common
                && !word_set!(MONTH_NAMES).contains(lead_key)
                && !weekdays(lead_key)
                && v.case == Case::Capital
                && (v.last
                    || (!v.common
                        && plain_unlisted(&scan.lower[scan.tokens[a].start..scan.tokens[b].end])))
                && !org_word(scan.low(a))
                && (after_all.is_some_and(|n| word_set!(SPEAKS).contains(scan.low(n)))
                    || (scan.is_punct(b + 1, '\'')
                        && scan.is_word(b + 2)
                        && scan.low(b + 2) == "s")
                    || bed_before(scan, i)
                    || bed_after(scan, b)
                    || (!v.common && after_act())
                    || item()
                    || identified_after(scan, b)
                    || let_know()
                    // A surname on no list or no word, then what a person
                    // does: `Frank Oduya is getting frustrated`.
                    || (!v.common && followed_by_person_word)
                    // Signing after a dash: `thanks - Grace Mbatha`.
                    || dash_signoff(scan, i, b)
                    || (b > a
                        && (a..=b)
                            .filter(|&k| scan.is_word(k))
                            .all(|k| case_of(scan.tok(k)) != Case::Lower)
                        && followed_by_person_word))
        };
        // After an unlisted lowercase word following a title: what follows a
        // person named (`dr oduya's 3:40`, `dr ramanathan - BOUCHARD`, `dr
        // okafor is out`), not the words of a note (`let dr know`).
        let title_cue = || {
            possessive
                || location_after(scan, end0)
                // A possessive typed without its apostrophe: `from dr
                // morenos office`.
                || (lead_key.ends_with('s')
                    && after_all.is_some_and(|a| {
                        word_set!(words![
                            "office",
                            "clinic",
                            "team",
                            "nurse",
                            "practice",
                            "staff",
                        ]).contains(scan.low(a))
                    }))
                // Asked to reach the one titled: `can u tell dr lindqvist
                // i'm better`, `pls ask dr oduya to call`.
                || scan.prev_solid(i).and_then(|t| scan.prev_solid(t)).is_some_and(|v| {
                    word_set!(words![
                        "tell",
                        "ask",
                        "call",
                        "text",
                        "message",
                        "msg",
                        "remind",
                        "page",
                        "thank",
                        "thx",
                        "ty",
                        "cc",
                        "per",
                    ]).contains(scan.low(v))
                })
                || after_all.is_none_or(|a| {
                    [',', ':', ';', '-', '.', '!', '?', '(']
                        .iter()
                        .any(|&c| scan.is_punct(a, c))
                        || word_set!(AFTER_NAME).contains(scan.low(a))
                        || word_set!(PERSONAL_VERBS).contains(scan.low(a))
                })
        };
        // After an unlisted lowercase word following `pt` or a relative: a
        // place, a person's verb or an identifier (`pt ifeanyi in lobby`,
        // `dtr abeni wants to talk`), not a state (`pt still in lobby`).
        let person_cue = || {
            possessive
                || location_after(scan, last_part)
                || after_all.is_some_and(|a| {
                    word_set!(PERSON_CUES).contains(scan.low(a)) || scan.is_punct(a, '(')
                })
        };
        // A lowercase listed name placed in the clinic: `fyi babajide in bed
        // 12`, `joseph in rm 7` (not a `walker in room 4`).
        let placed = || e0_lower_known && location_after(scan, last_part);
        let role_cue = || match role {
            Some(Role::Title) => title_cue(),
            Some(Role::Person) => person_cue(),
            Some(Role::Aged) => bed_after(scan, last_part) || person_cue(),
            None => false,
        };
        // Every part capitalised and a listed name or an unlisted word that
        // could be one: `Sokha Chhim, your visual field test`, not `Open
        // Enrollment, your plan` or `Flu Season, you`.
        let unlisted_names_only = || {
            parts.iter().zip(evid).all(|(&(a, b), v)| {
                v.case == Case::Capital
                    // A given name may be a word too: `Faith Odhiambo, your`.
                    && (!v.common || (a == i && v.first))
                    && (v.first
                        || v.last
                        || plain_unlisted(&scan.lower[scan.tokens[a].start..scan.tokens[b].end]))
            })
        };
        // A given name opening a clause of a note is its subject when someone
        // got in touch from a place (`grace from rehab called`, also a word-name).
        let note_subject =
            || !multi && e.first && from_place_contacts(scan, end0) && opens_clause(scan, i);
        // A surname opening a chart note's item after its header, or named
        // before a colon after the note's words, then what the note says of
        // the patient (a term, a bed or a time, `s/p`, or a patient's
        // state): `cath lab: Gallagher add-on for LHC`, `dc: Galeano ready`,
        // `stepdown 2: Sikdar GI bleed`, `RD note for Hakimi: malnutrition`,
        // `psych f/u Ojukwu: bipolar I`.
        let chart_subject = || {
            let colon_after = after_all.filter(|&a| scan.is_punct(a, ':'));
            // A header in lowercase or ending in a number (`dc:`, `stepdown
            // 2:`), or a service's name (`Audiology:`, `Triage:`), not a
            // notice's (`ALL STAFF: Employee flu clinic`).
            let header = scan.prev_solid(i).is_some_and(|p| {
                scan.is_punct(p, ':')
                    && scan.prev_solid(p).is_some_and(|h| match scan.kind(h) {
                        Some(Kind::Word) => {
                            case_of(scan.tok(h)) == Case::Lower
                                || (case_of(scan.tok(h)) == Case::Capital
                                    && (scan.low(h).ends_with("ology")
                                        || word_set!(DEPARTMENTS).contains(scan.low(h))))
                        }
                        Some(Kind::Number | Kind::Mixed) => true,
                        _ => false,
                    })
            });
            let note_words = scan
                .prev_solid(i)
                .is_some_and(|p| scan.is_word(p) && case_of(scan.tok(p)) == Case::Lower);
            // At the message's start only a listed surname or a
            // double-barrelled one (`Moreno-Vega dc summary pls`), not the
            // words a note opens with (`Handoff`, `Claim`, `Resultados`).
            let opens = i == first_word
                && !multi
                && !e.common
                && (e.last || (end0 > i && double_barrelled(scan, i, end0)));
            let what = if header || opens {
                after_all
            } else if note_words {
                colon_after.and_then(|c| scan.next_solid(c))
            } else {
                None
            };
            // One surname, or a full name in capitals whose given name may
            // be a word (`Tx coord: Precious Mthembu 3 mo s/p DDKT`).
            let person = if multi {
                e.first
                    && parts.iter().zip(evid).skip(1).all(|(&(a, b), v)| {
                        v.case == Case::Capital
                            && !v.common
                            && (v.first
                                || v.last
                                || plain_unlisted(
                                    &scan.lower[scan.tokens[a].start..scan.tokens[b].end],
                                ))
                    })
            } else {
                !e.common && (known(e) || (lead_key.len() >= 4 && plain_unlisted(lead_key)))
            };
            e.case == Case::Capital
                && person
                && !weekdays(lead_key)
                && !word_set!(MONTH_NAMES).contains(lead_key)
                && !org
                && what.is_some_and(|w| {
                    matches!(scan.kind(w), Some(Kind::Number))
                        || status_post(scan, w)
                        || (scan.is_word(w)
                            && ((scan.low(w) == "to"
                                && scan.next_solid(w).is_some_and(|u| {
                                    word_set!(words![
                                        "or", "ed", "icu", "pacu", "ir", "cath", "rehab", "snf",
                                        "hospice", "dialysis", "hd", "floor"
                                    ])
                                    .contains(scan.low(u))
                                }))
                                || word_set!(CHART_STATES).contains(scan.low(w))
                                || (!word_set!(words!["a", "an", "the", "our", "your"])
                                    .contains(scan.low(w))
                                    && super::lexicon::terms(scan.low(w)).next().is_some())))
                })
        };
        // A lowercase listed name (a given name, when alone) opening the
        // message or a clause of a note: the person addressed (`kwame mensah,
        // you are due`), the subject after a header (`peds f/u: matteo`,
        // `reminder: nguyen thi lan has`) or before a person's verb (`maria
        // needs a refill`).
        // Also a listed surname before a person's verb (`abernathy is due`),
        // a given name before a colon (`fyi marcus: glucose 248`) and a full
        // name before a comma (`- benedicto de la cruz, cellulitis`).
        let lower_subject = || {
            e0_lower_known
                && (multi || e.first || followed_by_person_word)
                && evid.iter().all(known)
                && ((opens_message && addressed)
                    || (opens_clause(scan, i)
                        && (followed_by_person_word
                            || scan.prev_solid(i).is_some_and(|p| scan.is_punct(p, ':'))
                            || after_all.is_some_and(|a| {
                                (multi && scan.is_punct(a, ','))
                                    || (e.first && scan.is_punct(a, ':'))
                            }))))
        };
        // A given name that is a word too, or a month or weekday, is no
        // name by the rules below that admit one.
        let plain_given = || {
            e.first
                && !word_set!(MONTH_NAMES).contains(lead_key)
                && (multi || !word_set!(ENDEARMENTS).contains(lead_key))
                && (e.case != Case::Upper || shouting)
        };
        // A staff member's given name, introduced, opening a clause or after
        // `from`, with where they work: `its jen from intake`, `Mark at the
        // front desk can validate`, `hi mai, kristen from advocacy`, `a
        // callback from Faith in billing`.
        let staff_intro = || {
            plain_given()
                && (introduced_before(scan, i)
                    || opens_clause(scan, i)
                    || scan
                        .prev_solid(i)
                        .is_some_and(|p| scan.is_punct(p, ',') || scan.low(p) == "from"))
                && works_at(scan, last_part, e.common && !multi)
        };
        // A sender introducing themself by an unlisted given name, with
        // where they work: `its Bex from the clinic`, `this is Oluwatoyin
        // at Dr. Reyes's office`.
        let staff_self = || {
            !multi
                && e.case == Case::Capital
                && !e.common
                && introduced_before(scan, i)
                && plain_unlisted(lead_key)
                && works_at(scan, end0, false)
        };
        // After a chart's age and sex, a listed name or an unlisted word
        // placed in a bed: `67M haddad bed 7`, `86yo M quist POD1`.
        let aged = || {
            (role == Some(Role::Aged) && role_cue())
                || (known(e) && e.case != Case::Upper && age_sex_before(scan, i))
        };
        // A patient's initials opening a note and placed in a bed: `JW in
        // bay 3`, not a team (`RT in bay 3`) or a term.
        let initials_placed = || {
            !multi
                && !shouting
                && e.case == Case::Upper
                && opens_clause(scan, i)
                && bed_after(scan, end0)
                && initials_shaped(scan, i, lead_key)
        };
        let initials_addressed =
            || !multi && !shouting && addressed_initials(scan, i, end0, first_word);
        // In capitals, case tells nothing: the first part must be listed, or
        // unlisted but shaped like a name and either after a title or
        // greeting, or addressed (`SOKHA, THE LAB CALLED`), or owning
        // something at a clause start (`GRISHA'S SSN`), or before a listed
        // surname closing the clause (`LINDIWE DUBE:`); a word after a title
        // that is a noun too, mid-sentence, is no name (`THE NURSE WILL
        // CALL`); a listed name of three letters or less needs a cue (`SENT
        // TO ED`, `NO LOC,`); `PA-C` is a credential.
        let shouted_not_name = || {
            if !(shouting && e.case == Case::Upper) {
                return false;
            }
            let unlisted = !e.first && !e.last;
            !hyphen_named(scan, i, end0)
                || credential(&scan.text()[scan.tokens[i].start..scan.tokens[end0].end])
                || (unlisted && !plain_unlisted(lead_key))
                || (unlisted
                    && shouted_plain
                    && !opening_vocative
                    && !(possessive && opens_clause(scan, i))
                    && !(multi
                        && evid[evid.len() - 1].last
                        && !evid[evid.len() - 1].common
                        && scan.tokens[last_part].end
                            - scan.tokens[parts[parts.len() - 1].0].start
                            >= 3
                        && clause_ends_after(scan, last_part)))
                || (title
                    && (word_set!(NOTE_WORDS).contains(lead_key)
                        || (e.common && !sentence_start(scan, scan.prev_solid(i).unwrap_or(i))))
                    && scan.prev_solid(i).is_some_and(|p| {
                        word_set!(words![
                            "nurse",
                            "doctor",
                            "provider",
                            "enfermera",
                            "enfermero"
                        ])
                        .contains(scan.low(p))
                    }))
                || (shouted_plain
                    && !multi
                    && lead_key.len() <= 3
                    && !(opening_vocative
                        || addressed
                        || possessive
                        || (clause_ends_after(scan, end0)
                            && scan
                                .prev_solid(i)
                                .is_some_and(|p| matches!(scan.low(p), "for" | "para")))
                        || after_all.is_some_and(|a| {
                            word_set!(PERSONAL_VERBS).contains(scan.low(a))
                                || word_set!(CONTACT_VERBS).contains(scan.low(a))
                        })))
        };
        // Lowercase listed names that are no English word at all, every
        // part: `fyi nguyen-tran refused the CT`, `is begay still npo?`.
        let pure_lower = || {
            e.case == Case::Lower
                && lead_key.len() >= 4
                && parts.iter().all(|&(a, b)| {
                    let key = &scan.lower[scan.tokens[a].start..scan.tokens[b].end];
                    pure_name(key)
                        // Spanish words in a mostly English note: `en julio`,
                        // `el domingo`, `5 dias`, `mi amor`.
                        && !super::text::month(key)
                        && !matches!(key, "domingo" | "dias" | "amor")
                        && !word_set!(LOWERCASE_WORDS).contains(key)
                        && !word_set!(NOT_NAMES).contains(key)
                        && super::lexicon::terms(key).next().is_none()
                })
                && !in_address(scan, i, last_part)
                && !*spanish.get_or_init(|| spanish_text(scan))
        };
        // A lowercase listed name that a note's word is not: `resched lin`,
        // not `book max dose`.
        let lower_name_not_note_word = || {
            !word_set!(LOWERCASE_WORDS).contains(lead_key)
                && !word_set!(MONTH_NAMES).contains(lead_key)
        };
        // A drug, a test or a diagnosis on no name list never starts a name,
        // even before a particle and a surname: `el Humira de Gregorio
        // Saucedo` is Gregorio Saucedo's Humira.
        let term_lead = || {
            multi
                && !title
                && !e.first
                && !e.last
                && end0 == i
                && super::lexicon::terms(lead_key).any(|(_, t)| t.rest.is_empty())
        };
        // A given name signing the message after thanks, even one that is
        // a word: `thanks so much!! jasmine`, `Thanks,\nAmber`, `thank
        // you - grace`.
        let signed_off = || {
            (e.first || (e.case == Case::Capital && !e.common && plain_unlisted(lead_key)))
                && e.case != Case::Upper
                && lead_key.len() >= 3
                && thanks_before(scan, i)
                && !word_set!(LOWERCASE_WORDS).contains(lead_key)
                && !word_set!(MONTH_NAMES).contains(lead_key)
                && scan.tokens[last_part + 1..]
                    .iter()
                    .all(|t| !matches!(t.kind, Kind::Word | Kind::Number))
        };
        // The given name of a chart's `Surname, Given`, a surname just
        // found before the comma and a birth date or record after it:
        // `Szabo, Dorottya 02/02/1955`, `Ruiz, Xochitl DOB 3/4/88`.
        let inverted_given = || {
            e.case == Case::Capital
                && plain_unlisted(lead_key)
                && scan.prev_solid(i).is_some_and(|c| {
                    scan.is_punct(c, ',')
                        && scan.prev_solid(c).is_some_and(|s| {
                            out.last().is_some_and(|f| f.end == scan.tokens[s].end)
                        })
                })
                && (identified_after(scan, last_part)
                    || scan.next_solid(last_part).is_some_and(|n| {
                        scan.kind(n) == Some(Kind::Number)
                            && (scan.is_punct(n + 1, '/') || scan.is_punct(n + 1, '-'))
                    }))
        };
        let is_name = !org
            && !term_lead()
            && if title {
                // After a title a name-shaped word is a name; lowercase only when known and not a word;
                // a capitalised listed surname even when it is a word elsewhere (`Mrs. Le`, `Mr. Do`).
                (!word_set!(NOT_NAMES).contains(lead_key) || (e.last && e.case == Case::Capital))
                    && (e.case != Case::Lower || known(e) || role_cue() || titled_surname(scan, i, e))
                    && !shouted_not_name()
                    // A second credential after the first: `RN CM`, `RN, BSN`
                    // (those written after a name, and a few that stand only
                    // after another).
                    && !(e.case == Case::Upper
                        && !multi
                        && (word_set!(POST_CREDENTIALS).contains(scan.tok(i))
                            || word_set!(words![
                                "cm",
                                "bsn",
                                "msn",
                                "ccm",
                                "cns",
                                "phd",
                                "mph",
                                "mba",
                                "lmsw",
                                "cadc",
                                "chw",
                            ]).contains(lead_key)))
            } else if lead_common
                // A weekday abbreviation alone: `Mon and Thu at 1 PM`, not `Hi
                // Thu,`; a range of them never (`Mon-Thu 8-5`).
                || (!multi
                    && (!strong || lead_key.as_bytes().contains(&b'-'))
                    && weekdays(lead_key))
                || shouted_not_name()
            {
                false
            } else if multi {
                match e.case {
                    Case::Lower => {
                        ((strong || weak || placed()) && evid.iter().all(known))
                            || (role.is_some() && evid[1..].iter().all(known))
                            // A given name that is a word too: `le recordamos a angel ramirez`,
                            // a month too after a greeting (`hi june okafor!`), or in a
                            // day's list with its time (`hope castellanos 1:15`).
                            || (((strong
                                && (plain_given()
                                    || (greeting && word_set!(MONTH_NAMES).contains(lead_key))))
                                || (plain_given()
                                    && (timed(scan, i, last_part) || after_act())))
                                && evid[1..].iter().all(known))
                            // A listed given name, then a surname on no list,
                            // after what a note does to a patient: `pls sched
                            // bob whitehorse for DEXA`.
                            || (plain_given()
                                && acted_on
                                && parts[1..].iter().zip(&evid[1..]).all(|(&(a, b), v)| {
                                    known(v)
                                        || plain_unlisted(
                                            &scan.lower[scan.tokens[a].start..scan.tokens[b].end],
                                        )
                                }))
                            // A sender naming themself in full: `hi this is
                            // rosa delgado, my mom has an appt`.
                            || (introduced_before(scan, i)
                                && e.first
                                && !e.common
                                && evid[evid.len() - 1].last
                                && evid.iter().all(|v| known(v) && !v.common))
                            || staff_intro()
                            || lower_subject()
                            || pure_lower()
                    }
                    _ => {
                        (capital(e) || shouting)
                            && ((e.first && !e.common)
                                || tail_known_last
                                // Every part capitalised and shaped like a
                                // name, and placed as a person: addressed;
                                // in a bed (`saw Olu Bankole 4N-11`); alone
                                // in parentheses after what it is about
                                // (`Ozempic (Rangi Parata) approved`);
                                // opening a clause before what a person does
                                // (`Aroha Ngata confirmed for 10:30`); before
                                // a credential; a notice's subject closing the
                                // clause (`Pre-op reminder for Tupac Mamani:`).
                                || (unlisted_names_only()
                                    && ((opening_vocative && addressed)
                                        || bed_after(scan, last_part)
                                        || (scan.prev_solid(i).is_some_and(|p| scan.is_punct(p, '('))
                                            && after_all.is_some_and(|a| scan.is_punct(a, ')')))
                                        || (opens_clause(scan, i)
                                            && after_all.is_some_and(|a| {
                                                word_set!(PERSONAL_VERBS).contains(scan.low(a))
                                                    || word_set!(PERSON_ACTS).contains(scan.low(a))
                                                    || person_state_after(scan, a)
                                            }))
                                        || plain_credential_after(scan, last_part)
                                        || identified_after(scan, last_part)
                                        || (notice_for(scan, i) && clause_ends_after(scan, last_part))))
                                || chart_subject()
                                || staff_intro()
                                // A sender naming themself in full, capitalised,
                                // the clause ending after: `hi its Junho Park,
                                // got a text`, `this is Ngozi Park.`
                                || (introduced_before(scan, i)
                                    && !e.common
                                    && clause_ends_after(scan, last_part)
                                    && parts.iter().zip(evid).all(|(&(a, b), v)| {
                                        v.case == Case::Capital
                                            && (v.first
                                                || v.last
                                                || plain_unlisted(
                                                    &scan.lower
                                                        [scan.tokens[a].start..scan.tokens[b].end],
                                                ))
                                    }))
                                // A credential closes it: `Sunny Park, PA-C will see you`.
                                || (all_known && plain_credential_after(scan, last_part))
                                || word_given_surname()
                                || (all_known && (strong || weak))
                                || (strong && (!e.common || tail_plain)))
                    }
                }
            } else if strong {
                (capital(e) && (e.first || e.last || !e.common))
                    || (e.case == Case::Lower && known(e) && e.first)
                    // A listed surname after `pt`, in a bed or before what
                    // a person does: `pt ruiz rm 4 c/o dysuria`.
                    || (e.case == Case::Lower
                        && known(e)
                        && scan
                            .prev_solid(i)
                            .is_some_and(|p| patient_word(scan.low(p)))
                        && (bed_after(scan, end0)
                            || after_all
                                .is_some_and(|a| word_set!(PERSON_CUES).contains(scan.low(a)))))
                    || (e.case == Case::Lower && role.is_some() && role_cue())
                    || (e.case == Case::Lower && double_barrelled(scan, i, end0))
                    || placed()
                    // A given name that is a word too, lowercase: after a
                    // greeting and closing the clause (`hey ray, nurse kim
                    // here`), or after a contact verb with what it is about
                    // (`pls call back may re the shuttle`).
                    || (e.case == Case::Lower
                        && e.first
                        && !word_set!(ENDEARMENTS).contains(lead_key)
                        && if greeting {
                            !word_set!(MONTH_NAMES).contains(lead_key)
                                && after_all.is_none_or(|a| {
                                    [',', '!', '.', '?'].iter().any(|&c| scan.is_punct(a, c))
                                })
                        } else {
                            after_all.is_some_and(|a| {
                                matches!(scan.low(a), "re" | "about" | "regarding" | "asap")
                            })
                        })
                    || staff_intro()
            } else {
                let person = vocative || possessive || followed_by_person_word;
                // A known given name that is no common word is a name wherever it stands.
                (capital(e) && known(e) && e.first)
                    || (capital(e) && !e.common && (e.first || e.last) && person)
                    // A listed name in a day's list by its time: `9:00
                    // Okonkwo - A1C 10.2`, `Okonkwo 9:30`.
                    || (capital(e) && !e.common && (e.first || e.last) && timed(scan, i, end0))
                    || (capital(e) && !e.common && possessive)
                    || (capital(e) && !e.common && sentence_start(scan, i) && addressed)
                    || (capital(e) && opening_vocative && (!e.common || addressed))
                    // A given name that is a word too, opening the message
                    // before a comma: `Hope, the doctor is running late`.
                    || (opening_vocative && plain_given() && !listed_after())
                    || staff_intro()
                    || aged()
                    // A word on no list before whose relative it is, in
                    // brackets: `Makoa (grandson) coordinating`; not a role
                    // shaped like one (`Caller (son)`, `Visitor (wife)`).
                    || (capital(e)
                        && after_all.is_some_and(|a| {
                            scan.is_punct(a, '(')
                                && scan.next_solid(a).is_some_and(|r| {
                                    word_set!(RELATIVES).contains(scan.low(r))
                                        && scan.next_solid(r).is_some_and(|c| scan.is_punct(c, ')'))
                                })
                        })
                        && plain_unlisted(lead_key)
                        && !["er", "or", "ee", "ant", "ent", "ist", "ian"]
                            .iter()
                            .any(|end| lead_key.ends_with(end)))
                    || initials_placed()
                    || initials_addressed()
                    || mid_sentence_name()
                    || closing_vocative()
                    || placed()
                    || note_subject()
                    || chart_subject()
                    || lower_subject()
                    || pure_lower()
                    // A lowercase double-barrelled name after `for`, `with`:
                    // `hold metformin for delgado-ruiz x48h`.
                    || (weak && e.case == Case::Lower && double_barrelled(scan, i, end0))
                    || staff_self()
                    // A listed name placed in a bed or a room: `Bashir in 7
                    // keeps asking`, `Okafor in rm 4`.
                    // An unlisted one too, but not by a bare unit (`Admit
                    // 6W-14`, `RRT 6N rm 612`): `Tauiliili chair 4`.
                    || (capital(e)
                        && !e.common
                        && (e.first
                            || e.last
                            || (plain_unlisted(lead_key)
                                && !scan.next_solid(end0).is_some_and(|a| {
                                    compass_unit(scan.low(a)) && !scan.is_punct(a + 1, '-')
                                })))
                        && bed_after(scan, end0))
                    // A surname that is a word too, in a bare-numbered bed
                    // and doing what a patient does: `King in 3 needs vitals`.
                    || (capital(e)
                        && !multi
                        && e.last
                        && e.common
                        && !word_set!(MONTH_NAMES).contains(lead_key)
                        && !weekdays(lead_key)
                        && scan.next_solid(end0).is_some_and(|a| {
                            scan.low(a) == "in"
                                && scan.next_solid(a).is_some_and(|b| {
                                    scan.kind(b) == Some(Kind::Number)
                                        && scan.tok(b).len() <= 2
                                        && scan.next_solid(b).is_some_and(|v| {
                                            word_set!(PERSON_CUES).contains(scan.low(v))
                                                && scan.low(v) != "here"
                                        })
                                })
                        }))
                    // A given name, a word too or not, said to be someone's
                    // relative: `Blessing is my niece`, `Hope es mi hija`.
                    || (capital(e) && e.first && !multi && relative_after(scan, end0))
                    // Introduced before what the caller is doing: `This is
                    // Precious, calling back about my son's forms`.
                    || (capital(e)
                        && e.first
                        && !multi
                        && introduced_before(scan, i)
                        && scan
                            .next_solid(end0)
                            .filter(|&c| scan.is_punct(c, ','))
                            .and_then(|c| scan.next_solid(c))
                            .is_some_and(|v| {
                                word_set!(words![
                                    "calling",
                                    "checking",
                                    "following",
                                    "texting",
                                    "writing",
                                    "reaching",
                                    "returning",
                                    "confirming",
                                ]).contains(scan.low(v))
                            }))
                    // A given name that is a word too, in a numbered bed or
                    // room: `Precious in rm 2 needs juice`.
                    || (capital(e)
                        && e.first
                        && !word_set!(MONTH_NAMES).contains(lead_key)
                        && numbered_bed_after(scan, end0))
                    // A listed surname mid-sentence after a word a note
                    // puts before a patient: `K+ 6.1 on Halvorsen`, `labs
                    // for Okafor`, `per Lindqvist`.
                    || (e.case == Case::Capital
                        && e.last
                        && !e.common
                        && !sentence_start(scan, i)
                        && scan.prev_solid(i).is_some_and(|p| match scan.low(p) {
                            "for" | "with" | "per" | "saw" | "see" => true,
                            // `spoke w/ Okafor`.
                            "/" => p > 0 && scan.low(p - 1) == "w",
                            // Not a street after a place: `Walgreens on Ponce`;
                            // but after a test in capitals: `UDS on Pruitt`.
                            "on" => scan.prev_solid(p).is_none_or(|q| {
                                !scan.is_word(q)
                                    || case_of(scan.tok(q)) == Case::Lower
                                    || (case_of(scan.tok(q)) == Case::Upper
                                        && super::clinical::clinical_starts(scan, q))
                            }),
                            _ => false,
                        }))
                    // A listed surname before the household it names:
                    // `the Halvorsen family`, `lopez twins due for 2mo vax`.
                    || ((capital(e) || e.case == Case::Lower)
                        && known(e)
                        && e.last
                        && household_after(scan, end0, true))
                    // Or one on no list, capitalised after `the`: `- the
                    // Oduya family`.
                    || (e.case == Case::Capital
                        && !e.common
                        && plain_unlisted(lead_key)
                        && scan.prev_solid(i).is_some_and(|p| scan.low(p) == "the")
                        && household_after(scan, end0, false))
                    // A listed name that is no word, after what a note does
                    // to a patient: `can someone resched lin`, `Room
                    // Castellanos next please`.
                    || ((capital(e) || (e.case == Case::Lower && lower_name_not_note_word()))
                        && known(e)
                        && after_act())
                    // A name signing the message after a dash: `she took
                    // it. -Tee`, `See you then - Grace`, and a listed given
                    // name that is no word in lowercase: `thats normal right? -val`.
                    || (((capital(e)
                        && (plain_given() || known(e) || plain_unlisted(lead_key)))
                        || (e.case == Case::Lower
                            && e.first
                            && !e.common
                            && lower_name_not_note_word()))
                        && dash_signoff(scan, i, end0))
                    // A name signing with its department: `Oyelaran, front desk`.
                    || (capital(e)
                        && (known(e) || plain_unlisted(lead_key))
                        && signed_department(scan, end0))
                    // A name between `let` and `know`: `let Autumn know`,
                    // and in a lowercase note `pls let tamsin know`.
                    || (capital(e)
                        && let_know()
                        && (e.first || e.last || plain_unlisted(lead_key)))
                    || (e.case == Case::Lower
                        && !multi
                        && let_know()
                        && (((e.first || e.last) && !e.common) || plain_unlisted(lead_key)))
                    // A given name that is a word too, signing with a
                    // credential: `-Al PA-C`, `Hope RN`.
                    || (capital(e) && e.first && plain_credential_after(scan, end0))
                    // A given name that is a word too, before what only a
                    // person does: `Summer asked if her forms are done`.
                    || (capital(e)
                        && e.first
                        && after_all.is_some_and(|a| word_set!(SPEAKS).contains(scan.low(a))))
                    // A given name that is a word too, opening the message
                    // before what a person does in a front desk's note:
                    // `Faith left a voicemail`, `Sunny wants to know`,
                    // `Precious is in the waiting room` (not `Grace period
                    // ends`, `Will call you`, nor a season: `Summer is here`).
                    || (capital(e)
                        && e.first
                        && !multi
                        && i == first_word
                        && !matches!(lead_key, "summer" | "spring" | "autumn" | "winter")
                        && after_all.is_some_and(|a| opening_person_act(scan, a)))
                    // A surname opening a staff row, a dash before what the
                    // person did: `Kowalczyk - left vm`, `Ortiz: called back`.
                    || (e.case == Case::Capital
                        && !multi
                        && i == first_word
                        && ((known(e) && !e.common) || plain_unlisted(lead_key))
                        && after_all
                            .filter(|&d| scan.is_punct(d, '-') || scan.is_punct(d, ':'))
                            .and_then(|d| scan.next_solid(d))
                            .is_some_and(|a| {
                                opening_person_act(scan, a)
                                    || word_set!(SPEAKS).contains(scan.low(a))
                            }))
                    // An unlisted name that only a person's verb follows:
                    // `Priyamvada called again about the refill`.
                    || (e.case == Case::Capital
                        && !e.common
                        && !org_word(lead_key)
                        && after_all.is_some_and(|a| {
                            word_set!(PERSONAL_VERBS).contains(scan.low(a))
                                // Not a chart's sex: `91 yo F s/p fall`.
                                || (status_post(scan, a) && lead_key.len() > 1)
                                || ((word_set!(PERSON_ACTS).contains(scan.low(a))
                                    || person_state_after(scan, a))
                                    && plain_unlisted(lead_key))
                        }))
                    // A capitalised name placed in a bed before it: `MICU
                    // rounds bed 6 Ferreira: septic shock`.
                    || (e.case == Case::Capital
                        && (known(e) || plain_unlisted(lead_key))
                        && bed_before(scan, i))
                    || signed_off()
                    || inverted_given()
                    // `Will` after a modal verb, where the verb cannot be:
                    // `can Will pick up the forms?`, `could Will call me`.
                    // So any given name that is a word too, or a word on
                    // no list, before what a person does: `can Rose take
                    // them in?`, `can Dewi come in with me?`.
                    || ((lead_key == "will"
                        || ((e.first || (!e.common && plain_unlisted(lead_key)))
                            && scan.next_solid(end0).is_some_and(|n| {
                                word_set!(words![
                                    "take",
                                    "pick",
                                    "bring",
                                    "come",
                                    "call",
                                    "drive",
                                    "sign",
                                    "get",
                                    "go",
                                    "see",
                                    "help",
                                    "stay",
                                    "meet",
                                    "drop",
                                    "grab",
                                    "text",
                                    "stop",
                                    "ride",
                                    "watch",
                                    "answer",
                                ]).contains(scan.tok(n))
                            })))
                        && e.case == Case::Capital
                        && scan.prev_solid(i).is_some_and(|p| {
                            word_set!(words![
                                "can",
                                "could",
                                "would",
                                "should",
                                "did",
                                "does",
                                "may",
                            ]).contains(scan.low(p))
                        }))
                    // A sender introducing themself by a given name, even a
                    // word, then where from: `hey its june from next door`,
                    // `this is Dakota from earlier`, `hi its Grace again`;
                    // one on no other list closing the clause in any case:
                    // `hey its maria, call me`.
                    || (e.first
                        && introduced_before(scan, i)
                        && ((e.case != Case::Upper
                            && after_all.is_some_and(|a| match scan.low(a) {
                                "from" => true,
                                // Not a month come round: `its june again`.
                                "again" => !word_set!(MONTH_NAMES).contains(lead_key),
                                _ => false,
                            }))
                            || (!e.common && clause_ends_after(scan, end0))))
                    // A given name owning a relative or someone's care,
                    // even a word in lowercase: `this is hope's mom`,
                    // `Will's dad called`, `Gene's insulin pens came in`
                    // (not a season's: `this summer's moms' group`).
                    || (possessive
                        && plain_given()
                        && !scan.prev_solid(i).is_some_and(|p| {
                            word_set!(words![
                                "this",
                                "that",
                                "the",
                                "last",
                                "next",
                                "every",
                                "each",
                            ]).contains(scan.low(p))
                        })
                        && scan.next_solid(end0 + 2).is_some_and(|n| {
                            word_set!(RELATIVES).contains(scan.low(n))
                                // Or their care: `Gene's insulin pens came in`,
                                // `Hope's appt is moved`.
                                || word_set!(words![
                                    "appt",
                                    "appointment",
                                    "appts",
                                    "meds",
                                    "results",
                                    "labs",
                                    "prescription",
                                    "rx",
                                    "refill",
                                    "insulin",
                                    "forms",
                                    "surgery",
                                    "chart",
                                    "referral",
                                ]).contains(scan.low(n))
                        }))
            }
            && !street()
            && !holiday()
            && !our_office()
            && !language_named()
            && !pronoun()
            && !place_after_store();
        if is_name {
            let end = scan.tokens[last_part].end;
            // A clinician's title in words read as the name's first part
            // stays out of it: `Enfermera Rosa llamó`, `Doktè Pierre-Louis`.
            // So does a greeting in another language that a name list
            // holds too: `Namaste Rajesh`, `Ciao Marco`, `Aloha Keoni`.
            // (A greeting, then a title: `Buongiorno Signor Bianchi`.)
            let title = clinician_title(scan.low(i));
            let titled = (title || word_set!(GREETINGS).contains(scan.low(i)))
                .then(|| scan.next_solid(i))
                .flatten()
                .map(|n| match scan.next_solid(n) {
                    Some(m) if !title && patient_title(scan.low(n)) => m,
                    _ => n,
                })
                .filter(|&n| n <= last_part);
            out.push(Cand {
                clinician: clinician
                    || (title && titled.is_some())
                    || credential_after(scan, last_part),
                ..Cand::new(scan.tokens[titled.unwrap_or(i)].start, end)
            });
            covered = end;
            i = last_part + 1;
        } else {
            i += 1;
        }
    }
    list_siblings(scan, out);
    sandwiched(scan, out);
    repeated_parts(scan, out);
    paired_given_names(scan, out);
    conjoined(scan, out);
    karen_names(scan, out);
    honorific_after(scan, out);
    charted_caps(scan, out);
    arabic_script_names(scan, out);
    super::scripts::script_names(scan, out);
    named_before_clinical(scan, out);
    out.retain(|c| !not_a_name_here(scan, c));
}

/// A word found alone that its neighbours show is no name: `Jan` after a
/// word of time, closing its clause (`can't see him til Jan.`, `goes up in
/// Jan`), and Haitian Creole's `Pa` (not) before a lowercase word (`Pa
/// bliye pran warfarin`; a Hmong `Pa Houa` has a capital after it). And
/// the HIV care program named for Ryan White, after `the` or before what
/// the program does (`your Ryan White and Medicaid renewal`, `Ryan White
/// recert`).
fn not_a_name_here(scan: &Scan, c: &Cand) -> bool {
    let i = scan.tokens.partition_point(|t| t.start < c.start);
    if &scan.text()[c.start..c.end] == "Ryan White" {
        return scan.prev_solid(i).is_some_and(|p| scan.low(p) == "the")
            || scan.next_solid(i + 2).is_some_and(|n| {
                word_set!(words![
                    "program",
                    "recert",
                    "recertification",
                    "and",
                    "funding",
                    "eligibility",
                    "services",
                    "part",
                    "coverage",
                    "case",
                    "paperwork",
                    "application"
                ])
                .contains(scan.low(n))
            });
    }
    if scan.tokens.get(i).is_none_or(|t| t.end != c.end) {
        return false;
    }
    match scan.tok(i) {
        "Jan" => {
            clause_ends_after(scan, i)
                && scan.prev_solid(i).is_some_and(|p| {
                    word_set!(words![
                        "in", "til", "till", "until", "by", "since", "from", "after", "before",
                        "early", "late", "mid", "next", "last", "this", "of"
                    ])
                    .contains(scan.low(p))
                })
        }
        "Pa" => scan
            .next_solid(i)
            .is_some_and(|n| scan.is_word(n) && case_of(scan.tok(n)) == Case::Lower),
        _ => false,
    }
}

/// A capitalised word that is a listed name and no word of any list
/// (`Quintero`, `Pellegrini`, not `Frost` or `Hope`) right before a listed
/// test or condition, wherever it stands: a chart's shorthand for the
/// patient's (`GI path FYI: Quintero colonoscopy path:`, `Dr. Nakamura:
/// Pellegrini MRI c-spine shows`). Not in a message written in capitals.
fn named_before_clinical(scan: &Scan, out: &mut Vec<Cand>) {
    use super::lexicon::{COMMON, FIRST, LAST, WORD};
    // Looked for from the terms, which most messages have few of.
    let mut terms = super::clinical::term_tokens(scan).peekable();
    if terms.peek().is_none() || scan.shouting() {
        return;
    }
    let flags = scan.name_flags.get_or_init(|| all_name_flags(scan));
    for n in terms {
        // Past a side (`Nakashima L TSA`) and an opening bracket
        // (`Boateng (R renal stone, 9 mm)`).
        let mut k = n;
        if let Some(s) = scan
            .prev_solid(k)
            .filter(|&s| matches!(scan.tok(s), "R" | "L" | "B" | "rt" | "lt"))
        {
            k = s;
        }
        if k >= 2 && scan.is_punct(k - 1, '(') {
            k -= 1;
        }
        let Some(i) = k.checked_sub(2).filter(|&i| {
            scan.kind(i + 1) == Some(Kind::Space)
                && flags[i] & (FIRST | LAST) != 0
                && flags[i] & (COMMON | WORD) == 0
        }) else {
            continue;
        };
        if case_of(scan.tok(i)) != Case::Capital
            || !super::clinical::clinical_starts(scan, n)
            || word_set!(NOT_NAMES).contains(scan.low(i))
        {
            continue;
        }
        let (start, end) = (scan.tokens[i].start, scan.tokens[i].end);
        if out.iter().all(|c| c.end <= start || c.start >= end) {
            out.push(Cand::new(start, end));
        }
    }
}

/// Two given names that are words too, joined by `and` (`&`) and said to
/// be people: by a plural relative before them (`my twins Honor and
/// Justice`) or by what follows (`Miracle and King both need shot records`,
/// `Grace and Faith are sisters`, `Autumn and River are new patients`). A
/// pair of virtues or seasons is neither (`Faith and Hope are virtues`,
/// `Summer and Fall hours`).
fn paired_given_names(scan: &Scan, out: &mut Vec<Cand>) {
    let given = |k: usize| {
        let e = evidence(scan, k, k);
        scan.is_word(k)
            && e.case == Case::Capital
            && e.first
            && !word_set!(MONTH_NAMES).contains(scan.low(k))
            && !weekdays(scan.low(k))
    };
    for c in 0..scan.tokens.len() {
        if !(scan.is_punct(c, '&') || (scan.is_word(c) && scan.low(c) == "and")) {
            continue;
        }
        let (Some(a), Some(b)) = (scan.prev_solid(c), scan.next_solid(c)) else {
            continue;
        };
        if !(given(a) && given(b)) {
            continue;
        }
        let next = |k: Option<usize>| k.and_then(|k| scan.next_solid(k));
        let low = |k: Option<usize>| k.map_or("", |k| scan.low(k));
        let v = next(Some(b));
        // A season is a person only when said to be one: `Spring and Summer
        // are both busy`.
        let season = [a, b].iter().any(|&k| season(scan.low(k)));
        // Or one a condition is had by: `Sunny and Summer both have fevers`.
        let sick = |k: Option<usize>| {
            matches!(low(k), "have" | "had" | "got" | "caught")
                && next(k).is_some_and(|t| super::clinical::condition_starts(scan, t))
        };
        // `are the twins`, `are his caregivers`.
        let noun = next(v).map(|k| {
            if word_set!(words!["the", "my", "our", "his", "her", "your", "their"])
                .contains(scan.low(k))
            {
                next(Some(k))
            } else {
                Some(k)
            }
        });
        let people_after = match low(v) {
            "both" => !season || sick(next(v)),
            // `Precious and Blessing will be at the front table`.
            "will" => !season && matches!(low(next(v)), "be" | "bring" | "pick" | "come"),
            "are" | "have" | "need" => {
                word_set!(words![
                    "caregivers",
                    "kids",
                    "girls",
                    "boys",
                    "daughters",
                    "sons",
                    "sisters",
                    "brothers",
                    "twins",
                    "cousins",
                    "siblings",
                    "new",
                    "checkups",
                    "appts",
                    "appointments",
                    "shots",
                    "physicals"
                ])
                .contains(low(noun.flatten()))
                    || (!season && low(next(v)) == "both")
            }
            _ => false,
        };
        let relatives_before = scan.prev_solid(a).is_some_and(|p| {
            word_set!(words![
                "twins",
                "kids",
                "girls",
                "boys",
                "sons",
                "daughters",
                "grandkids"
            ])
            .contains(scan.low(p))
        });
        if !(people_after || relatives_before) {
            continue;
        }
        for k in [a, b] {
            let (start, end) = (scan.tokens[k].start, scan.tokens[k].end);
            if !out.iter().any(|f| f.start < end && start < f.end) {
                out.push(Cand::new(start, end));
            }
        }
    }
}

/// Honorifics said after a name, in lowercase: pinyin `xiansheng` (Mr.),
/// `nushi` (Ms.), `taitai`, `xiaojie`, `ayi` (auntie), `shushu`, `shifu`
/// (a driver's or craftsman's), `laoshi` (teacher); Korean `ssi` and `nim`,
/// Japanese `san` and `sama`, Hindi `ji`, Persian and Armenian `joon`,
/// `jaan` and `jan`, Turkish `hanim` and `bey`; and a clinician's: pinyin
/// `yisheng`, `daifu`, `hushi`, Japanese `sensei`.
const HONORIFICS_AFTER: &str = words![
    "xiansheng",
    "nushi",
    "nvshi",
    "taitai",
    "xiaojie",
    "ayi",
    "shushu",
    "shifu",
    "laoshi",
    "ssi",
    "nim",
    "san",
    "sama",
    "ji",
    "joon",
    "jaan",
    "jan",
    "hanim",
    "bey",
    // A Turkish nurse: `Zeynep Hemşire`.
    "hemsire",
    "yisheng",
    "daifu",
    "hushi",
    "sensei",
    // Aunt, uncle, elder sister and brother in South Asian English, Hindi
    // and Nepali: `Kamla aunty`, `Sarita didi`, `Bikash bhai`.
    "aunty",
    "auntie",
    "uncle",
    "didi",
    "bhai",
    "bhaiya",
];

/// A chart's or roster's `SURNAME, GIVEN M` in capitals, where the surname
/// or the given name is a word too (`WHITE, SUMMER A`, `KING, CHRISTIAN M`,
/// `LE, VAN HUNG`, `VAN DER MEER, HENDRIK`): a listed surname (or any
/// after its particles), a comma, a listed given name, then a second given
/// name or an initial. Both names words and no initial (`BACK, MAY I ASK`,
/// `LITTLE, HOPE`) is too little.
fn charted_caps(scan: &Scan, out: &mut Vec<Cand>) {
    use super::lexicon::{COMMON, FIRST, LAST};
    let caps = |k: usize| scan.is_word(k) && case_of(scan.tok(k)) == Case::Upper;
    for c in 0..scan.tokens.len() {
        if !scan.is_punct(c, ',') {
            continue;
        }
        let (Some(s), Some(g)) = (scan.prev_solid(c), scan.next_solid(c)) else {
            continue;
        };
        let (sf, gf) = (name_flags(scan.low(s)), name_flags(scan.low(g)));
        if !caps(s) || !caps(g) || gf & FIRST == 0 || scan.low(g).len() < 2 {
            continue;
        }
        // The surname's particles: `VAN DER MEER`, `DE LA CRUZ`; with them
        // the surname need not be listed.
        let mut start = s;
        while let Some(p) = scan.prev_solid(start).filter(|&p| {
            p + 2 == start
                && caps(p)
                && word_set!(words![
                    "van", "der", "den", "de", "la", "del", "da", "dos", "al", "bin", "le"
                ])
                .contains(scan.low(p))
        }) {
            start = p;
        }
        if sf & LAST == 0 && start == s {
            continue;
        }
        // A second given name or an initial (`SUMMER A`), not `I`.
        let after = scan.next_solid(g).filter(|&n| n == g + 2).filter(|&n| {
            let t = scan.tok(n);
            (t.len() == 1 && t != "I" && t.as_bytes()[0].is_ascii_uppercase())
                || (caps(n) && name_flags(scan.low(n)) & FIRST != 0)
        });
        let both_words = sf & COMMON != 0 && gf & COMMON != 0;
        let Some(end) = after.or((!both_words).then_some(g)) else {
            continue;
        };
        let (from, to) = (scan.tokens[start].start, scan.tokens[end].end);
        if out.iter().any(|o| o.start <= from && o.end >= to) {
            continue;
        }
        out.retain(|o| o.end <= from || o.start >= to);
        out.push(Cand::new(from, to));
    }
}

/// One to three capitalised words right before a lowercase honorific of
/// [`HONORIFICS_AFTER`], each a listed name that is no word or on no list
/// at all: `Zhou Haoran xiansheng`, `Liu Yuqin ayi`, `Anahit jan`. The
/// honorific itself is no name (`Shirin joon`), and a month is not one
/// (`jan 12`).
fn honorific_after(scan: &Scan, out: &mut Vec<Cand>) {
    for h in 0..scan.tokens.len() {
        // Joined by a hyphen, as Japanese is romanized: `Tanaka-sensei`,
        // `Yuki-chan`, `Kenji-kun`.
        let hyphened = h >= 2 && scan.is_punct(h - 1, '-') && scan.is_word(h - 2);
        if !(scan.is_word(h)
            && (word_set!(HONORIFICS_AFTER).contains(scan.low(h))
                || (hyphened && matches!(scan.low(h), "chan" | "kun")))
            // Turkish writes its titles capitalised too: `Emine Hanım`.
            && (case_of(scan.tok(h)) == Case::Lower
                || matches!(scan.low(h), "hanim" | "hemsire")))
            || scan
                .next_solid(h)
                .is_some_and(|n| scan.kind(n) == Some(Kind::Number))
        {
            continue;
        }
        let (hs, he) = (scan.tokens[h].start, scan.tokens[h].end);
        out.retain(|c| !(c.start == hs && c.end == he));
        let mut first = None;
        let mut k = h;
        while k >= 2
            && (scan.kind(k - 1) == Some(Kind::Space) || (k == h && hyphened))
            && scan.is_word(k - 2)
        {
            let w = k - 2;
            let key = scan.low(w);
            let ev = evidence(scan, w, w);
            if case_of(scan.tok(w)) != Case::Capital
                || word_set!(GREETINGS).contains(key)
                || !(((ev.first || ev.last) && !ev.common) || plain_unlisted(key))
                || first.is_some_and(|f| f - w > 4)
            {
                break;
            }
            first = Some(w);
            k = w;
        }
        let Some(first) = first else {
            continue;
        };
        let (start, end) = (scan.tokens[first].start, scan.tokens[h - 2].end);
        if out
            .iter()
            .any(|c| c.start < start && start < c.end || c.start < end && end < c.end)
        {
            continue;
        }
        // A name found inside keeps its clinician: `Dr. Sharma ji`.
        let mut clinician =
            word_set!(words!["yisheng", "daifu", "hushi", "sensei"]).contains(scan.low(h));
        out.retain(|c| {
            let inside = start <= c.start && c.end <= end;
            clinician |= inside && c.clinician;
            !inside
        });
        out.push(Cand {
            clinician,
            ..Cand::new(start, end)
        });
    }
}

/// A Karen name: the honorific `Saw` (a man's) or `Naw` (a woman's) and
/// one to three short capitalised syllables, the honorific inside the
/// name as Karen families write it (`Saw Eh Doh`, `Naw Mu Htoo`). Not the
/// verb opening a sentence before a pronoun, a title or a word (`Saw you
/// hit 90 days`, `Saw Dr. Lee`, `Saw Mom`, `Saw Kim in clinic`: one listed
/// name). It takes the place of any name found inside it (`Eh Htoo`).
fn karen_names(scan: &Scan, out: &mut Vec<Cand>) {
    if !scan.may_have("saw") && !scan.may_have("naw") {
        return;
    }
    let syllable = |k: usize| {
        let t = scan.tok(k);
        scan.is_word(k)
            && case_of(t) == Case::Capital
            && (2..=5).contains(&t.len())
            && t.bytes().all(|b| b.is_ascii_alphabetic())
            && name_flags(scan.low(k)) & (super::lexicon::COMMON | super::lexicon::WORD) == 0
            && !patient_title(scan.low(k))
            && !clinician_title(scan.low(k))
            && !word_set!(RELATIVES).contains(scan.low(k))
    };
    for i in 0..scan.tokens.len() {
        if !matches!(scan.tok(i), "Saw" | "Naw") {
            continue;
        }
        let mut last = i;
        while last - i < 6 {
            match scan.next_solid(last) {
                Some(n) if n == last + 2 && scan.tok(last + 1) == " " && syllable(n) => last = n,
                _ => break,
            }
        }
        // One listed name after the verb opening a sentence: `Saw Kim in
        // clinic` (but `for Saw Htoo`).
        let opens = scan
            .prev_solid(i)
            .is_none_or(|p| matches!(scan.tok(p), "." | "!" | "?" | ":" | "\n"));
        if last == i || (opens && last == i + 2 && name_flags(scan.low(last)) != 0) {
            continue;
        }
        let (start, end) = (scan.tokens[i].start, scan.tokens[last].end);
        out.retain(|c| c.end <= start || c.start >= end);
        out.push(Cand::new(start, end));
    }
}

/// Is token `k` a word in Arabic letters (Arabic, Persian, Dari, Pashto)?
fn arabic_word(scan: &Scan, k: usize) -> bool {
    scan.is_word(k)
        && scan
            .tok(k)
            .chars()
            .next()
            .is_some_and(|c| ('\u{0620}'..='\u{06FF}').contains(&c))
}

/// Names written in Arabic letters, which have no capitals: the word after
/// a greeting or a title (`سلام حمیدالله وردګ،`, `أهلاً أستاذ سمير`,
/// `داکتر اوکافور`), or before Dari's `جان` (`فرید جان`). A second word
/// joins the first when a comma or colon closes them. After a doctor's
/// title, a clinician's.
fn arabic_script_names(scan: &Scan, out: &mut Vec<Cand>) {
    const BEFORE: &str = words![
        "سلام",
        "مرحبا",
        "مرحباً",
        "أهلاً",
        "أهلا",
        "اهلا",
        "أستاذ",
        "استاذ",
        "استاد",
        "خانم",
        "آقای",
        "اقای",
        "السيد",
        "السيدة",
        "الأستاذ",
        "الاستاذ",
        "الأخ",
        "الأخت",
    ];
    // Doctors and a nurse (`خانم پرستار`, Ms. Nurse).
    const DOCTORS: &str = words!["داکتر", "دكتور", "دکتر", "ډاکټر", "الدكتور", "پرستار"];
    if scan.ascii {
        return;
    }
    for i in 0..scan.tokens.len() {
        if !arabic_word(scan, i) {
            continue;
        }
        let low = scan.low(i);
        // (Nor `صاحب`, sir: `ډاکټر صاحب،`.)
        if word_set!(BEFORE).contains(low) || word_set!(DOCTORS).contains(low) || low == "صاحب"
        {
            continue;
        }
        let before = scan.prev_solid(i).filter(|&p| arabic_word(scan, p));
        let titled = before.is_some_and(|p| word_set!(BEFORE).contains(scan.low(p)));
        let doctor = before.is_some_and(|p| word_set!(DOCTORS).contains(scan.low(p)));
        let jan = scan.next_solid(i).is_some_and(|n| scan.tok(n) == "جان");
        if !(titled || doctor || jan)
            || out
                .iter()
                .any(|c| c.end > scan.tokens[i].start && c.start < scan.tokens[i].end)
        {
            continue;
        }
        let mut last = i;
        if let Some(n) = scan.next_solid(i).filter(|&n| !jan && arabic_word(scan, n)) {
            if scan
                .next_solid(n)
                .is_some_and(|c| matches!(scan.tok(c), "،" | "," | ":"))
            {
                last = n;
            }
        }
        out.push(Cand {
            clinician: doctor,
            ..Cand::new(scan.tokens[i].start, scan.tokens[last].end)
        });
    }
}

/// A capitalised word that could be a name, joined by `and` (`&`, `y`) to
/// a person's name found, or one joined so to it in turn: `Farrukh and
/// Gulnora called`, `Gulnora y Farrukh`.
/// Either side: a listed name that is no word, or a word on no list shaped
/// like a name (no drug, no English ending).
fn conjoined(scan: &Scan, out: &mut Vec<Cand>) {
    // Names found here are asked in turn: `(Mendoza, Abara, Kowalczyk)`.
    let mut next = 0;
    while next < out.len() {
        let f = next;
        next += 1;
        let fi = scan.tokens.partition_point(|t| t.start < out[f].start);
        let fl = scan.tokens.partition_point(|t| t.end < out[f].end);
        if fl >= scan.tokens.len() || fi >= scan.tokens.len() {
            continue;
        }
        // A clinician's name joins another's only after a plural title:
        // `Drs. Salgado and Ibáñez`, `los doctores Salgado y Ibáñez`.
        let clinician = out[f].clinician;
        if clinician
            && !scan
                .prev_solid(fi)
                .and_then(|p| {
                    if scan.is_punct(p, '.') {
                        scan.prev_solid(p)
                    } else {
                        Some(p)
                    }
                })
                .is_some_and(|p| matches!(scan.low(p), "drs" | "doctores" | "doctoras"))
        {
            continue;
        }
        // Inside parentheses a comma joins them too: `group class (Mendoza,
        // Abara, Kowalczyk)`.
        let parenthesised = (fi.saturating_sub(12)..fi)
            .rev()
            .find(|&k| scan.is_punct(k, '(') || scan.is_punct(k, ')'))
            .is_some_and(|k| scan.is_punct(k, '('));
        let and = |k: usize| {
            scan.is_punct(k, '&')
                || (scan.is_punct(k, ',') && (parenthesised || comma_series(scan, k)))
                || (scan.is_word(k) && matches!(scan.low(k), "and" | "y"))
        };
        // A series' last comma may come before its `and`: `Ruiz, Chen, and Abara`.
        let comma = |k: usize| scan.is_punct(k, ',');
        let other = [
            scan.prev_solid(fi)
                .filter(|&p| and(p))
                .and_then(|p| scan.prev_solid(p))
                .and_then(|p| {
                    if comma(p) && scan.prev_solid(p).is_some_and(|w| scan.is_word(w)) {
                        scan.prev_solid(p)
                    } else {
                        Some(p)
                    }
                }),
            scan.next_solid(fl)
                .and_then(|n| {
                    let after = scan.next_solid(n);
                    if comma(n) && after.is_some_and(|a| scan.low(a) == "and") {
                        after
                    } else {
                        Some(n)
                    }
                })
                .filter(|&n| and(n))
                .and_then(|n| scan.next_solid(n)),
        ];
        for (side, k) in other.into_iter().enumerate() {
            let Some(k) = k else {
                continue;
            };
            // A hyphenated surname is one part: `Begaye-Nez and Lindgren`.
            let e = part(scan, k).unwrap_or(k);
            let (mut start, end) = (scan.tokens[k].start, scan.tokens[e].end);
            let key = &scan.lower[start..end];
            let ev = evidence(scan, k, e);
            // A given name that is a word too joins a person's name, not a
            // clinician's, unless a verb follows it: `Precious and
            // Blessing`, not `Maria and Will be there`; and with a given
            // name before it, both do: `Autumn Love and Willow King-Harris`.
            let and = |j: Option<usize>| {
                j.is_some_and(|j| scan.is_punct(j, '&') || matches!(scan.low(j), "and" | "y"))
            };
            let word_name = ev.common
                && ev.first
                && !clinician
                && and(if side == 0 {
                    scan.next_solid(e)
                } else {
                    scan.prev_solid(k)
                })
                // Not a season nor a weekday (`Maria and Tuesday work`).
                && !season(key)
                && !word_set!(NOT_NAMES).contains(key)
                && scan.next_solid(e).is_none_or(|n| {
                    !scan.is_word(n)
                        || (case_of(scan.tok(n)) == Case::Lower
                            && !matches!(scan.low(n), "be" | "the"))
                });
            if word_name && side == 0 && k >= 2 && scan.kind(k - 1) == Some(Kind::Space) {
                let g = k - 2;
                let gev = evidence(scan, g, g);
                if scan.is_word(g) && case_of(scan.tok(g)) == Case::Capital && gev.first {
                    start = scan.tokens[g].start;
                }
            }
            let shaped = scan.is_word(k)
                && case_of(scan.tok(k)) == Case::Capital
                && (!ev.common || word_name)
                && !word_set!(MONTH_NAMES).contains(key)
                && !weekdays(key)
                && !org_word(key)
                && (ev.first || ev.last || plain_unlisted(key))
                && !scan.is_punct(e + 1, '.');
            if shaped && !out.iter().any(|c| c.start < end && start < c.end) {
                out.push(Cand {
                    clinician,
                    ..Cand::new(start, end)
                });
            }
        }
    }
}

/// Whether the comma at token `k` joins the items of a series that `and`
/// (`&`, `y`) closes, each item one capitalised word or hyphenated pair:
/// `Ruiz, Begaye-Nez and Lindgren`, `Ruiz, Chen, and Abara`.
fn comma_series(scan: &Scan, k: usize) -> bool {
    let mut c = k;
    for _ in 0..6 {
        let Some(w) = scan
            .next_solid(c)
            .filter(|&w| scan.is_word(w) && case_of(scan.tok(w)) == Case::Capital)
        else {
            return false;
        };
        let e = part(scan, w).unwrap_or(w);
        match scan.next_solid(e) {
            Some(n) if scan.is_punct(n, '&') || matches!(scan.low(n), "and" | "y") => return true,
            Some(n) if scan.is_punct(n, ',') => {
                if scan
                    .next_solid(n)
                    .is_some_and(|a| matches!(scan.low(a), "and" | "y"))
                {
                    return true;
                }
                c = n;
            }
            _ => return false,
        }
    }
    false
}

/// A list item: its name's first and last token, and whether a time came
/// with it.
struct Item {
    first: usize,
    last: usize,
    timed: bool,
}

/// Token `k`, or the one after it when `k` is a space or a line break: a
/// list segment's first solid token.
fn skip_space(scan: &Scan, k: usize) -> usize {
    if matches!(scan.kind(k), Some(Kind::Space | Kind::Newline)) {
        k + 1
    } else {
        k
    }
}

/// The tokens of one list segment `[a, b)` read as a list item: a time, a
/// name of up to four words (and `Last, First` when `comma_inside`), a time
/// again, then the segment's end or what may follow an item (`- all need
/// vitals`, `(DOB …)`, a full stop). `None` when anything else is there.
fn list_item(scan: &Scan, a: usize, b: usize, comma_inside: bool) -> Option<Item> {
    // `8:40`, `8:40 am`, `9 pm`; a bare number is no time.
    let time = |k: usize| -> Option<usize> {
        if scan.kind(k) != Some(Kind::Number) {
            return None;
        }
        let mut end = k + 1;
        let clock = scan.is_punct(end, ':') && scan.kind(end + 1) == Some(Kind::Number);
        if clock {
            end += 2;
        }
        if scan.kind(end) == Some(Kind::Space)
            && scan.is_word(end + 1)
            && matches!(scan.low(end + 1), "am" | "pm")
        {
            return Some(end + 2);
        }
        clock.then_some(end)
    };
    let mut k = skip_space(scan, a);
    let mut timed = false;
    if let Some(t) = time(k) {
        timed = true;
        k = skip_space(scan, t);
    }
    let first = k;
    let mut last = part(scan, k)?;
    for _ in 0..3 {
        let gap = last + 1;
        let next = if scan.kind(gap) == Some(Kind::Space) {
            gap + 1
        } else if comma_inside && scan.is_punct(gap, ',') && scan.kind(gap + 1) == Some(Kind::Space)
        {
            gap + 2
        } else {
            break;
        };
        match part(scan, next) {
            Some(e) if next < b => last = e,
            _ => break,
        }
    }
    if last >= b {
        return None;
    }
    let mut k = skip_space(scan, last + 1);
    if let Some(t) = time(k).filter(|&t| t <= b) {
        timed = true;
        k = skip_space(scan, t);
    }
    let full_stop = scan.is_punct(k, '.')
        && matches!(scan.kind(k + 1), None | Some(Kind::Space | Kind::Newline));
    let ends = k >= b || full_stop || scan.is_punct(k, '-') || scan.is_punct(k, '(');
    ends.then_some(Item { first, last, timed })
}

/// Whether the found name at word `i` may open a chart list: a listed
/// name that is no English word, or a word on no list shaped like a name
/// (`Kwarteng`, not `Brookside` or `Willow`).
fn chart_opener(scan: &Scan, i: usize) -> bool {
    let flags = super::lexicon::name_flags(scan.low(i));
    if flags == 0 {
        return plain_unlisted(scan.low(i));
    }
    flags & (super::lexicon::FIRST | super::lexicon::LAST) != 0
        && flags & (super::lexicon::WORD | super::lexicon::COMMON) == 0
}

/// A word between two names found in a list, written as they are and
/// shaped like a name, is a name too: `reminder ngata, oduya, pruitt, sarr
/// all still need A1C` (`oduya` between `ngata` and `pruitt`). Each side is
/// a comma, or `and`/`&` before the last.
fn sandwiched(scan: &Scan, out: &mut Vec<Cand>) {
    if out.len() < 2 {
        return;
    }
    let mut found: Vec<(usize, usize, bool)> =
        out.iter().map(|c| (c.start, c.end, c.clinician)).collect();
    crate::sort::sort(&mut found);
    let token_at = |byte: usize| scan.tokens.partition_point(|t| t.start < byte);
    let mut add = Vec::new();
    for pair in found.windows(2) {
        let (a_end, b_start) = (pair[0].1, pair[1].0);
        // `A, X, B` or `A, X and B`: one word between two separators.
        let x = token_at(a_end);
        if x >= scan.tokens.len() || !scan.is_punct(x, ',') {
            continue;
        }
        let Some(w) = scan.next_solid(x).filter(|&w| scan.is_word(w)) else {
            continue;
        };
        let Some(sep) = scan.next_solid(w) else {
            continue;
        };
        let joined = scan.is_punct(sep, ',') || matches!(scan.low(sep), "and" | "&" | "y");
        if !joined || scan.next_solid(sep).map(|b| scan.tokens[b].start) != Some(b_start) {
            continue;
        }
        let case = case_of(scan.tok(token_at(pair[0].0)));
        let key = scan.low(w);
        if case_of(scan.tok(w)) == case
            && (plain_unlisted(key) || {
                let ev = evidence(scan, w, w);
                (ev.first || ev.last) && !ev.common
            })
        {
            add.push(Cand {
                clinician: pair[0].2 && pair[1].2,
                ..Cand::new(scan.tokens[w].start, scan.tokens[w].end)
            });
        }
    }
    out.extend(add);
}

/// The name opening segment `[a, b)` of a chart list, with notes after it:
/// up to three words written in `case`, the first a listed name that is
/// no English word (or a name found already), read as [`sibling_name`]
/// reads an item.
fn chart_item(scan: &Scan, a: usize, b: usize, case: Case, found: &[Cand]) -> Option<Item> {
    let first = skip_space(scan, a);
    let mut last = part(scan, first).filter(|&e| e < b)?;
    let ev = evidence(scan, first, last);
    let known = found.iter().any(|c| c.start == scan.tokens[first].start);
    let word = super::lexicon::name_flags(scan.low(first)) & super::lexicon::WORD != 0;
    if !known && (!(ev.first || ev.last) || ev.common || word) {
        return None;
    }
    for _ in 0..2 {
        match part(scan, last + 2) {
            Some(e)
                if e < b
                    && scan.kind(last + 1) == Some(Kind::Space)
                    && case_of(scan.tok(last + 2)) == case =>
            {
                last = e;
            }
            _ => break,
        }
    }
    let it = Item {
        first,
        last,
        timed: false,
    };
    sibling_name(scan, &it, case).then_some(it)
}

/// Whether item `it` could be a name listed next to a found one whose first
/// word is written in `case`: each word in that case, none a word of a note,
/// an organisation, a weekday, a month or a clinical term, and one at least
/// a listed name that is no common word or a word shaped like a name
/// (lowercase lists take listed names only).
fn sibling_name(scan: &Scan, it: &Item, case: Case) -> bool {
    let mut words = Vec::new();
    let mut k = it.first;
    while k <= it.last {
        let e = part(scan, k).unwrap_or(k);
        words.push((k, e));
        k = e + 1;
        while k <= it.last && !scan.is_word(k) {
            k += 1;
        }
    }
    let mut named = false;
    for (n, &(a, e)) in words.iter().enumerate() {
        let key = &scan.lower[scan.tokens[a].start..scan.tokens[e].end];
        let written = case_of(&scan.text()[scan.tokens[a].start..scan.tokens[e].end]);
        if n > 0 && written == Case::Lower && word_set!(PARTICLES).contains(key) {
            continue;
        }
        let ev = evidence(scan, a, e);
        // An organisation word may be a surname after a given name (`Ji-woo Park`).
        if written != case
            || word_set!(NOT_NAMES).contains(key)
            || word_set!(MONTH_NAMES).contains(key)
            || (org_word(key) && !(n > 0 && ev.last))
            || weekdays(key)
            || super::lexicon::terms(key).next().is_some()
        {
            return false;
        }
        let listed = (ev.first || ev.last) && !ev.common;
        if case == Case::Lower && !(ev.first || ev.last) {
            return false;
        }
        named |= listed || (!ev.common && plain_unlisted(key));
    }
    named
}

/// Names listed like a found one. In a list under a header (`pts for tmrw:
/// Okonkwo 8:00, Tran 8:20, Delgado-Ruiz 8:40`, `No-shows: BEAUCHAMP,
/// ANTOINE; SILVERCLOUD, DENISE`) or with times (`1:00 Ahmad Karimi\n1:20 Sky
/// Redfeather`), an item that is only a name shaped like the found one is a
/// name too. The items between the header and the found name must all be
/// such names, so a letter's signature (`Thanks,\nFront Desk`) is no list,
/// and an item a colon ends is the label of a form (`| Dept: Cardiology`).
fn list_siblings(scan: &Scan, out: &mut Vec<Cand>) {
    const ITEM_REACH: usize = 16;
    const MAX_ITEMS: usize = 40;
    let found = out.len();
    for f in 0..found {
        let (start, end, clinician) = (out[f].start, out[f].end, out[f].clinician);
        let fi = scan.tokens.partition_point(|t| t.start < start);
        let fl = scan.tokens.partition_point(|t| t.end < end);
        if fi >= scan.tokens.len() || fl >= scan.tokens.len() || scan.tokens[fi].start != start {
            continue;
        }
        let comma_inside = scan.text()[start..end].contains(',');
        let number = |k: usize| scan.kind(k) == Some(Kind::Number);
        let header = |k: usize| scan.is_punct(k, ':') && !(k > 0 && number(k - 1) && number(k + 1));
        let sep = |k: usize| {
            scan.kind(k) == Some(Kind::Newline)
                || scan.is_punct(k, ';')
                || scan.is_punct(k, '|')
                || (!comma_inside && scan.is_punct(k, ','))
        };
        let bound = |k: usize| sep(k) || header(k);
        // An item is a few tokens: the search for its ends stops at
        // `ITEM_REACH`, so a long text without separators costs no more.
        let (mut a, mut b) = (fi, fl + 1);
        while a > 0 && !bound(a - 1) && fi - a < ITEM_REACH {
            a -= 1;
        }
        while b < scan.tokens.len() && !bound(b) && b - fl < ITEM_REACH {
            b += 1;
        }
        // The item must start at a boundary; it may end at what follows an
        // item (`- all need vitals`), which `list_item` reads.
        if a > 0 && !bound(a - 1) {
            continue;
        }
        let case = case_of(scan.tok(fi));
        let lead = skip_space(scan, a);
        // A chart list: the found name opens its item and notes follow it
        // (`pending at 0200: Kwarteng UCx, Begay wrist XR, Yazzie strep cx`).
        let (timed_here, chart) = match list_item(scan, a, b, comma_inside) {
            Some(it) if it.first == fi && it.last == fl => (it.timed, false),
            _ if lead == fi && !comma_inside && chart_opener(scan, fi) => (false, true),
            _ => continue,
        };
        let item = |z: usize, y: usize| {
            if chart {
                chart_item(scan, z, y, case, out)
            } else {
                list_item(scan, z, y, comma_inside).filter(|it| sibling_name(scan, it, case))
            }
        };
        let blank = |x: usize, y: usize| {
            (x..y).all(|k| matches!(scan.kind(k), Some(Kind::Space | Kind::Newline)))
        };
        // Items before the found name, back to a header or a non-item.
        let mut items = Vec::new();
        let mut timed = timed_here;
        let mut headed = a > 0 && header(a - 1);
        let mut x = a;
        while x > 0 && sep(x - 1) && items.len() < MAX_ITEMS {
            let y = x - 1;
            let mut z = y;
            while z > 0 && !bound(z - 1) && y - z < ITEM_REACH {
                z -= 1;
            }
            if z > 0 && !bound(z - 1) {
                headed = false;
                break;
            }
            x = z;
            if blank(z, y) {
                headed = z > 0 && header(z - 1);
                continue;
            }
            match item(z, y) {
                Some(it) => {
                    timed |= it.timed;
                    items.push(it);
                    headed = z > 0 && header(z - 1);
                }
                _ => {
                    headed = false;
                    break;
                }
            }
        }
        // Items after it, up to a non-item or a header.
        let mut y = b;
        while y < scan.tokens.len() && sep(y) && items.len() < 2 * MAX_ITEMS {
            let z0 = y + 1;
            let mut z = z0;
            while z < scan.tokens.len() && !bound(z) && z - z0 < ITEM_REACH {
                z += 1;
            }
            let open = z < scan.tokens.len() && !bound(z);
            y = z;
            if blank(z0, z) {
                continue;
            }
            if z < scan.tokens.len() && header(z) {
                break;
            }
            match item(z0, z) {
                Some(it) => {
                    timed |= it.timed;
                    items.push(it);
                }
                _ => break,
            }
            if open {
                break;
            }
        }
        if !headed && (chart || !timed) {
            continue;
        }
        for it in items {
            let (s, e) = (scan.tokens[it.first].start, scan.tokens[it.last].end);
            if !out.iter().any(|c| c.start < e && s < c.end) {
                out.push(Cand {
                    clinician,
                    ..Cand::new(s, e)
                });
            }
        }
    }
}

/// A part of a full name found earlier, or a name found alone, used again:
/// `Bill Horton's family called; Bill is having trouble swallowing`, `the
/// mom's name is Hope - yes, just Hope`. A part that is also a word needs a
/// person after it (`Bill is`, `Bill's`, `Bill,`), and a name found alone
/// that is a word may close a clause instead (`just Hope -`).
fn repeated_parts(scan: &Scan, out: &mut Vec<Cand>) {
    let found = out.len();
    let multi: Vec<(&str, bool, bool)> = out
        .iter()
        .flat_map(|c| {
            let alone = !scan.text()[c.start..c.end].contains(char::is_whitespace);
            scan.lower[c.start..c.end]
                .split_whitespace()
                .map(move |w| (w, c.clinician, alone))
        })
        .filter(|(w, _, _)| w.len() > 1 && !word_set!(PARTICLES).contains(w))
        .collect();
    if multi.is_empty() {
        return;
    }
    for i in 0..scan.tokens.len() {
        if !scan.is_word(i) {
            continue;
        }
        let key = scan.low(i);
        let Some(&(_, clinician, alone)) = multi.iter().find(|(w, _, _)| *w == key) else {
            continue;
        };
        if case_of(scan.tok(i)) != Case::Capital {
            continue;
        }
        let (start, end) = (scan.tokens[i].start, scan.tokens[i].end);
        if out[..found].iter().any(|c| c.start < end && start < c.end)
            || word_set!(NOT_NAMES).contains(key)
            || word_set!(MONTH_NAMES).contains(key)
            || (i > 0
                && scan.kind(i - 1) != Some(Kind::Space)
                && scan.kind(i - 1) != Some(Kind::Newline)
                && !scan.is_punct(i - 1, '('))
        {
            continue;
        }
        let common = evidence(scan, i, i).common;
        let person = scan
            .next_solid(i)
            .is_some_and(|a| word_set!(AFTER_NAME).contains(scan.low(a)) || scan.is_punct(a, ','))
            || (scan.is_punct(i + 1, '\'') && scan.is_word(i + 2) && scan.low(i + 2) == "s")
            || (alone
                && scan.next_solid(i).is_none_or(|a| {
                    ['.', '!', '?', ';', '-', ')']
                        .iter()
                        .any(|&c| scan.is_punct(a, c))
                }));
        if !common || person {
            out.push(Cand {
                clinician,
                ..Cand::new(start, end)
            });
        }
    }
}
