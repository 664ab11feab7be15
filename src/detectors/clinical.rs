//! Clinical details: conditions, medications (with dose and sig), procedures
//! and lab results, each with the sensitivity class it implies.

use super::lexicon::{self, Term};
use super::text::{phrase_at, phrase_index, token_after, word_set};
use super::{Cand, Detector, TermMatches};
use crate::scan::{Kind, Scan};
use crate::{Category, Sensitivity};

/// Short terms that are unambiguous in lowercase; any other term of three
/// letters or fewer counts only when written in capitals (`MS`, `RA`, `PE`).
const LOWERCASE_OK: &[&str] = &[
    "htn", "chf", "uti", "ckd", "cad", "osa", "hiv", "std", "sti", "mdd", "gad", "ibs", "ibd",
    "bph", "dm1", "dm2", "t1d", "t2d", "hld", "ekg", "ecg", "mri", "cbc", "cmp", "bmp", "tsh",
    "psa", "uds", "hcg", "a1c", "ptsd", "adhd", "copd", "gerd", "afib", "esrd", "pcos", "dvt",
    "hpv", "hsv", "hcv", "hbv", "ocd", "tbi", "cva", "tia", "ams",
];

fn is_lower(s: &str) -> bool {
    !s.bytes().any(|b| b.is_ascii_uppercase())
}

fn slot(category: Category) -> usize {
    match category {
        Category::Condition => 0,
        Category::Medication => 1,
        _ => 2,
    }
}

/// The dictionary term of `category` starting at token `i`, if any: (term,
/// token after it). All three categories are looked up once per token and
/// kept in the scan, since several finders ask.
fn term_at(scan: &Scan, i: usize, category: Category) -> Option<(Term, usize)> {
    let memo = scan.terms.get_or_init(|| {
        (0..scan.tokens.len())
            .map(|i| {
                if matches!(scan.kind(i), Some(Kind::Word | Kind::Mixed)) {
                    lookup(scan, i)
                } else {
                    [None; 3]
                }
            })
            .collect()
    });
    memo[i][slot(category)]
}

/// The longest listed term of each category at token `i`.
fn lookup(scan: &Scan, i: usize) -> TermMatches {
    let mut found: TermMatches = [None; 3];
    for (category, t) in lexicon::terms(scan.low(i)) {
        if found[slot(category)].is_none() {
            found[slot(category)] = listed_at(scan, i, t).map(|after| (t, after));
        }
    }
    let medication = &mut found[slot(Category::Medication)];
    if medication.is_none() {
        *medication = spanish_generic(scan, i).map(|t| (t, i + 1));
    }
    found
}

/// Spanish generics are the English ones with a final -a: metformina,
/// warfarina, sertralina (sertraline), insulina.
fn spanish_generic(scan: &Scan, i: usize) -> Option<Term> {
    let stem = scan
        .low(i)
        .strip_suffix('a')
        .filter(|s| s.len() >= 5 && scan.is_word(i))?;
    let drug = |w: &str| {
        lexicon::terms(w)
            .find(|(c, t)| *c == Category::Medication && t.rest.is_empty())
            .map(|(_, t)| t)
    };
    drug(stem).or_else(|| {
        if stem.ends_with("in") {
            drug(&format!("{stem}e"))
        } else {
            None
        }
    })
}

/// The token after term `t` when the text at token `i` is that term (or
/// its plural); short terms count in lowercase only when unambiguous.
fn listed_at(scan: &Scan, i: usize, t: Term) -> Option<usize> {
    // The table was searched by this token, so the first word matches.
    let (word, start) = (scan.low(i), scan.tokens[i].start);
    let text = &scan.lower.as_bytes()[start + word.len()..];
    if !text.starts_with(t.rest.as_bytes()) {
        return None;
    }
    let len = word.len() + t.rest.len();
    let last = *t
        .rest
        .as_bytes()
        .last()
        .unwrap_or(&word.as_bytes()[word.len() - 1]);
    let rest = &text[t.rest.len()..];
    // Plurals count: "flu shots", "UTIs", "biopsies" is left to the list.
    let plural = match (rest.first(), rest.get(1)) {
        (Some(b's'), next) if len > 3 && last.is_ascii_alphabetic() && last != b's' => {
            if next.is_some_and(|b| b.is_ascii_alphanumeric()) {
                return None;
            }
            1
        }
        (Some(b), _) if b.is_ascii_alphanumeric() => return None,
        _ => 0,
    };
    let short = len <= 3 && !t.rest.contains(' ');
    let allowed = t.rest.is_empty() && LOWERCASE_OK.contains(&word);
    if short && is_lower(scan.tok(i)) && !allowed {
        return None;
    }
    Some(token_after(scan, i, start + len + plural))
}

/// Word tokens that can start a term: not glued to a preceding letter or digit.
fn starts<'a>(scan: &'a Scan<'a>) -> impl Iterator<Item = usize> + 'a {
    (0..scan.tokens.len()).filter(move |&i| {
        matches!(scan.kind(i), Some(Kind::Word | Kind::Mixed))
            && !(i > 0
                && matches!(
                    scan.kind(i - 1),
                    Some(Kind::Word | Kind::Mixed | Kind::Number)
                ))
    })
}

fn dictionary(
    scan: &Scan,
    category: Category,
    out: &mut Vec<Cand>,
    extend: fn(&Scan, usize) -> usize,
) {
    let mut covered = 0;
    for i in starts(scan) {
        if scan.tokens[i].start < covered {
            continue;
        }
        if let Some((term, after)) = term_at(scan, i, category) {
            let last = extend(scan, after - 1);
            let end = scan.tokens[last].end;
            out.push(Cand {
                start: scan.tokens[i].start,
                end,
                clinician: false,
                sensitivity: term.sensitivity,
            });
            covered = end;
        }
    }
}

pub(crate) fn condition(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    dictionary(scan, Category::Condition, out, |_, last| last);
    // A body part and what is wrong with it: `wrist pain`, `fractured wrist`,
    // `shoulder injury`, `dolor de oido`.
    for i in starts(scan) {
        let w = scan.low(i);
        let part = word_set!(BODY_PARTS).contains(w);
        let adjective = !part && word_set!(SYMPTOM_ADJECTIVES).contains(w);
        let spanish =
            !part && !adjective && matches!(w, "dolor" | "fractura" | "lesion" | "hinchazon");
        if !(part || adjective || spanish) {
            continue;
        }
        let Some(n) = scan.next_solid(i) else {
            continue;
        };
        let next = scan.low(n);
        let pair = (part && word_set!(SYMPTOMS).contains(next))
            || (adjective && word_set!(BODY_PARTS).contains(next));
        if pair {
            out.push(Cand::new(scan.tokens[i].start, scan.tokens[n].end));
        } else if spanish && next == "de" {
            if let Some(b) = scan
                .next_solid(n)
                .filter(|&b| word_set!(BODY_PARTS).contains(scan.low(b)))
            {
                out.push(Cand::new(scan.tokens[i].start, scan.tokens[b].end));
            }
        }
    }
}

const BODY_PARTS: &[&str] = &[
    "head",
    "neck",
    "back",
    "chest",
    "shoulder",
    "arm",
    "elbow",
    "wrist",
    "hand",
    "finger",
    "thumb",
    "hip",
    "knee",
    "ankle",
    "foot",
    "toe",
    "leg",
    "ear",
    "eye",
    "throat",
    "stomach",
    "abdominal",
    "belly",
    "tooth",
    "jaw",
    "pelvic",
    "rib",
    "heel",
    "joint",
    "muscle",
    "groin",
    "calf",
    "thigh",
    "spine",
    "breast",
    "kidney",
    "bladder",
    "oido",
    "cabeza",
    "espalda",
    "pecho",
    "rodilla",
    "estomago",
    "garganta",
    "muela",
    "brazo",
    "pierna",
    "tobillo",
    "muneca",
    "hombro",
    "cadera",
    "pie",
    "mano",
    "ojo",
    "oidos",
    "wrists",
    "knees",
    "ankles",
    "shoulders",
    "hips",
    "ears",
];
const SYMPTOMS: &[&str] = &[
    "pain",
    "pains",
    "injury",
    "injuries",
    "fracture",
    "sprain",
    "strain",
    "tear",
    "swelling",
    "infection",
    "ache",
    "bleeding",
    "numbness",
    "weakness",
    "tenderness",
    "stiffness",
    "lump",
    "mass",
];
const SYMPTOM_ADJECTIVES: &[&str] = &[
    "fractured",
    "broken",
    "sprained",
    "swollen",
    "injured",
    "infected",
    "torn",
    "dislocated",
];

pub(crate) fn procedure(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    dictionary(scan, Category::Procedure, out, |_, last| last);
    // `prueba de clamidia`, `test for chlamydia`: a test word, then the condition.
    for i in starts(scan) {
        if !matches!(
            scan.low(i),
            "prueba" | "pruebas" | "examen" | "analisis" | "test" | "tests" | "screening"
        ) {
            continue;
        }
        let Some(link) = scan
            .next_solid(i)
            .filter(|&l| matches!(scan.low(l), "de" | "del" | "for" | "para"))
        else {
            continue;
        };
        let Some(c) = scan.next_solid(link) else {
            continue;
        };
        if let Some((term, after)) = term_at(scan, c, Category::Condition) {
            out.push(Cand {
                sensitivity: term.sensitivity,
                ..Cand::new(scan.tokens[i].start, scan.tokens[after - 1].end)
            });
        }
    }
    // A condition named with a test word is a test: `hepatitis C test`,
    // `COVID PCR`, `syphilis screen`, `allergy shots`, `postpartum visit`.
    for i in starts(scan) {
        let Some((term, after)) = term_at(scan, i, Category::Condition) else {
            continue;
        };
        let Some(w) = scan.next_solid(after - 1) else {
            continue;
        };
        if word_set!(TEST_WORDS).contains(scan.low(w)) {
            let mut last = w;
            // `TB skin test`, `HIV viral load`: one more test word.
            if let Some(w2) = scan
                .next_solid(w)
                .filter(|&w2| word_set!(TEST_WORDS).contains(scan.low(w2)))
            {
                last = w2;
            }
            out.push(Cand {
                sensitivity: term.sensitivity,
                ..Cand::new(scan.tokens[i].start, scan.tokens[last].end)
            });
        }
    }
}

const TEST_WORDS: &[&str] = &[
    "test",
    "tests",
    "testing",
    "screen",
    "screening",
    "screenings",
    "panel",
    "shot",
    "shots",
    "vaccine",
    "vaccines",
    "vaccination",
    "pcr",
    "antibody",
    "antibodies",
    "antigen",
    "visit",
    "exam",
    "swab",
    "culture",
    "titer",
    "check",
    "skin",
    "viral",
    "load",
    "prueba",
    "pruebas",
    "examen",
    "vacuna",
    "vacunas",
    "consulta",
    "evaluation",
    "eval",
    "consult",
    "follow-up",
    "followup",
    "appointment",
    "appt",
    "clinic",
    "class",
    "counseling",
    "injection",
    "injections",
    "infusion",
    "treatment",
    "therapy",
];

pub(crate) fn medication(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    dictionary(scan, Category::Medication, out, dose_and_sig);
    // `inhalador de fluticasona`, `pastillas de metformina`: a dosage form, `de`, the drug.
    for i in starts(scan) {
        if !word_set!(DOSAGE_FORMS).contains(scan.low(i)) {
            continue;
        }
        let Some(de) = scan
            .next_solid(i)
            .filter(|&d| matches!(scan.low(d), "de" | "del"))
        else {
            continue;
        };
        let Some(d) = scan.next_solid(de) else {
            continue;
        };
        if let Some((term, after)) = term_at(scan, d, Category::Medication) {
            let last = dose_and_sig(scan, after - 1);
            out.push(Cand {
                sensitivity: term.sensitivity,
                ..Cand::new(scan.tokens[i].start, scan.tokens[last].end)
            });
        }
    }
    // PrEP, written so, is the HIV prevention regimen; "prep" is bowel prep.
    for i in starts(scan) {
        if scan.tok(i) == "PrEP" {
            out.push(Cand {
                sensitivity: Some(Sensitivity::Hiv),
                ..Cand::new(scan.tokens[i].start, scan.tokens[i].end)
            });
        }
    }
}

const DOSAGE_FORMS: &[&str] = &[
    "inhalador",
    "pastillas",
    "pastilla",
    "tabletas",
    "tableta",
    "capsulas",
    "capsula",
    "crema",
    "gotas",
    "jarabe",
    "inyeccion",
    "inyecciones",
    "parche",
    "pomada",
    "receta",
];

const UNITS: &[&str] = &[
    "mg", "mcg", "g", "ml", "l", "unit", "units", "iu", "meq", "tab", "tabs", "tablet", "tablets",
    "cap", "caps", "capsule", "capsules", "puff", "puffs", "drop", "drops", "patch", "spray",
    "sprays", "mg/ml", "%",
];
const SIG: &[&str] = &[
    "po", "bid", "tid", "qid", "qd", "qhs", "qam", "qpm", "prn", "daily", "nightly", "weekly",
    "er", "xr", "sr", "xl", "dr", "odt", "hs", "ac", "pc", "q4h", "q6h", "q8h", "q12h", "q24h",
    "qod", "sl", "im", "sq", "subq",
];

/// Past a drug name: its strength and sig (`500 mg bid`, `5/325 mg`, `10 units qhs`).
fn dose_and_sig(scan: &Scan, last: usize) -> usize {
    let mut end = last;
    let mut j = last;
    for _ in 0..8 {
        let Some(n) = scan.next_solid(j) else { break };
        let low = scan.low(n);
        let ok = match scan.kind(n) {
            Some(Kind::Number) => true,
            Some(Kind::Mixed) => {
                let digits = low.bytes().take_while(u8::is_ascii_digit).count();
                digits > 0 && (UNITS.contains(&&low[digits..]) || SIG.contains(&low))
            }
            Some(Kind::Word) => UNITS.contains(&low) || SIG.contains(&low),
            Some(Kind::Punct) => {
                matches!(low, "." | "/" | "%") && scan.kind(n + 1) != Some(Kind::Space)
            }
            _ => false,
        };
        if !ok {
            break;
        }
        j = n;
        if scan.kind(n) != Some(Kind::Punct) || low == "%" {
            end = n;
        }
    }
    end
}

/// ICD-10-CM codes (`E11.9`, `F32.A`, `Z34.90`): written with their dot, or
/// after a diagnosis word. Sensitivity follows the chapter.
pub(crate) fn icd10(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    for i in starts(scan) {
        let t = scan.tok(i).as_bytes();
        let shaped = t.len() == 3
            && t[0].is_ascii_uppercase()
            && t[0] != b'U'
            && t[1].is_ascii_digit()
            && (t[2].is_ascii_digit() || t[2] == b'A');
        if !shaped {
            continue;
        }
        let mut end = scan.tokens[i].end;
        let dotted = scan.is_punct(i + 1, '.')
            && matches!(
                scan.kind(i + 2),
                Some(Kind::Number | Kind::Mixed | Kind::Word)
            )
            && scan.tok(i + 2).len() <= 4
            && scan
                .tok(i + 2)
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
        if dotted {
            end = scan.tokens[i + 2].end;
        } else if !scan.context_before(scan.tokens[i].start, 24, row.context) {
            continue;
        }
        let code = &scan.text()[scan.tokens[i].start..end];
        out.push(Cand {
            sensitivity: icd10_sensitivity(code),
            ..Cand::new(scan.tokens[i].start, end)
        });
    }
}

fn icd10_sensitivity(code: &str) -> Option<Sensitivity> {
    let b = code.as_bytes();
    let n = u32::from(b[1] - b'0') * 10
        + if b[2].is_ascii_digit() {
            u32::from(b[2] - b'0')
        } else {
            9
        };
    match b[0] {
        b'B' if (20..=24).contains(&n) => Some(Sensitivity::Hiv),
        b'Z' if n == 21 => Some(Sensitivity::Hiv),
        b'A' if (50..=64).contains(&n) => Some(Sensitivity::Std),
        b'F' if (10..=19).contains(&n) => Some(Sensitivity::Eth),
        b'F' => Some(Sensitivity::Psy),
        b'O' => Some(Sensitivity::Sex),
        b'Z' if (30..=39).contains(&n) => Some(Sensitivity::Sex),
        b'T' if n == 74 || n == 76 => Some(Sensitivity::Sdv),
        _ => None,
    }
}

/// CPT codes after a CPT label.
pub(crate) fn cpt(scan: &Scan, row: &Detector, out: &mut Vec<Cand>) {
    super::numeric::number_after_context(scan, row, 5, 16, out);
}

const VALUE_CONNECTORS: &[&str] = &[
    "of",
    "is",
    "was",
    "at",
    "level",
    "levels",
    "de",
    "es",
    "fue",
    "esta",
    "result",
    "came",
    "back",
    "low",
    "high",
    "up",
    "down",
    "went",
    "to",
    "now",
    "increased",
    "decreased",
    "rose",
    "dropped",
    "fell",
    "improved",
    "bajo",
    "alto",
    "en",
    "are",
    "were",
    "reading",
    "value",
    "count",
];
const LAB_UNITS: &[&str] = &[
    "%",
    "mg/dl",
    "mmol/l",
    "ng/ml",
    "g/dl",
    "u/l",
    "iu/l",
    "miu/l",
    "meq/l",
    "pg/ml",
    "ng/dl",
    "k/ul",
    "mcg/dl",
    "mmhg",
    "bpm",
    "mg/l",
    "ml/min",
    "cells/ul",
    "copies/ml",
    "copies",
];
const RESULT_PHRASES: &[&str] = &[
    "came back positive",
    "came back negative",
    "came back normal",
    "came back abnormal",
    "came back elevated",
    "came back high",
    "came back low",
    "came back reactive",
    "came back non-reactive",
    "came back clear",
    "came back fine",
    "came back ok",
    "came back okay",
    "was normal",
    "were normal",
    "is normal",
    "are normal",
    "looked normal",
    "looks normal",
    "look normal",
    "back to normal",
    "was benign",
    "were benign",
    "is benign",
    "is low",
    "was low",
    "are low",
    "is high",
    "was high",
    "are high",
    "were negative",
    "were positive",
    "are negative",
    "are positive",
    "was clear",
    "were clear",
    "is clear",
    "no signs of",
    "no evidence of",
    "tested positive",
    "tested negative",
    "test positive",
    "test negative",
    "positive for",
    "negative for",
    "is positive",
    "was positive",
    "is negative",
    "was negative",
    "abnormal",
    "elevated",
    "within normal range",
    "within the normal range",
    "in the normal range",
    "normal range",
    "out of range",
    "non-reactive",
    "reactive",
    "detectable",
    "undetectable",
    "salio positivo",
    "salio positiva",
    "salio negativo",
    "salio negativa",
    "salio alto",
    "salio alta",
    "salio bajo",
    "salio baja",
    "salio normal",
    "salieron normales",
    "dio positivo",
    "dio negativo",
    "resultado positivo",
    "resultado negativo",
    "anormal",
    "anormales",
    "elevado",
    "elevada",
    "elevados",
    "normales",
    "showed infection",
    "shows infection",
    "showed a",
    "shows a",
    "is rising",
    "is dropping",
    "went up",
    "went down",
    "averaged",
];

const RESULT_WORDS: &[&str] = &[
    "positive",
    "negative",
    "normal",
    "abnormal",
    "elevated",
    "reactive",
    "nonreactive",
    "non-reactive",
    "detected",
    "undetected",
    "benign",
    "malignant",
    "positivo",
    "positiva",
    "negativo",
    "negativa",
    "normales",
];

/// Lab results: an analyte with its value (`A1C 7.2%`, `potassium of 5.9
/// mmol/L`, `BP 150/95`) or a result statement (`came back positive`).
pub(crate) fn lab_result(scan: &Scan, _row: &Detector, out: &mut Vec<Cand>) {
    let mut covered = 0;
    for i in starts(scan) {
        if scan.tokens[i].start < covered {
            continue;
        }
        if let Some(after) = phrase_index!(RESULT_PHRASES).at(scan, i) {
            let end = scan.tokens[after - 1].end;
            out.push(Cand::new(scan.tokens[i].start, end));
            covered = end;
            continue;
        }
        // A test or condition followed by its result: `HPV negative`, `strep positive`.
        let term =
            term_at(scan, i, Category::Procedure).or_else(|| term_at(scan, i, Category::Condition));
        if let Some((_, after)) = term {
            if let Some(w) = scan
                .next_solid(after - 1)
                .filter(|&w| word_set!(RESULT_WORDS).contains(scan.low(w)))
            {
                let end = scan.tokens[w].end;
                out.push(Cand::new(scan.tokens[i].start, end));
                covered = end;
                continue;
            }
        }
        let Some(analytes) = lexicon::analytes(scan.low(i)) else {
            continue;
        };
        let Some(after) = phrase_at(scan, i, analytes) else {
            continue;
        };
        // Connectors, then a number.
        let mut j = after;
        let mut steps = 0;
        while steps < 14 {
            match scan.kind(j) {
                Some(Kind::Space) => {}
                Some(Kind::Punct) if matches!(scan.tok(j), ":" | "=" | "-") => {}
                Some(Kind::Word) if VALUE_CONNECTORS.contains(&scan.low(j)) => {}
                _ => break,
            }
            j += 1;
            steps += 1;
        }
        if scan.kind(j) != Some(Kind::Number) {
            continue;
        }
        let mut last = j;
        // Decimal or ratio: 7.2, 150/95.
        if (scan.is_punct(last + 1, '.') || scan.is_punct(last + 1, '/'))
            && scan.kind(last + 2) == Some(Kind::Number)
        {
            last += 2;
        }
        // A unit, glued or after one space.
        let unit_at = if scan.kind(last + 1) == Some(Kind::Space) {
            last + 2
        } else {
            last + 1
        };
        if let Some(u) = (unit_at < scan.tokens.len())
            .then(|| phrase_at(scan, unit_at, LAB_UNITS))
            .flatten()
        {
            last = u - 1;
        }
        let end = scan.tokens[last].end;
        out.push(Cand::new(scan.tokens[i].start, end));
        covered = end;
    }
}
