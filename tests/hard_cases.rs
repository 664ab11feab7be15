//! The hard cases of names and clinical details, one per line: a text, and
//! for each marked span the category (and sensitivity) it must be found as;
//! `!word` marks a span that must NOT be found as any finding.

use phigate::Filter;

/// (text with «spans», expectations in order: "category", "category/sensitivity" or "-" for must-not-find)
const CASES: &[(&str, &[&str])] = &[
    // Names in every case and shape.
    ("can u text «ana lopez» back", &["name"]),
    ("HI «MARIA», YOUR APPOINTMENT IS TOMORROW AT 2", &["name"]),
    ("Ms. «O'Brien» called about her results", &["name"]),
    ("Sra. «Smith-Jones» llamó", &["name"]),
    ("Hola «José Núñez», su cita es mañana", &["name"]),
    ("«Zoë» is scheduled for Monday", &["name"]),
    ("Dear Mr. «Nguyen»,", &["name"]),
    ("your daughter «Aisha» called", &["name"]),
    ("pt «Priya Raman» needs a refill", &["name"]),
    ("«Olumide», your stress test is Monday", &["name"]),
    ("please call «Fatima\nAl-Sayed» back", &["name"]),
    ("«Kenneth Ward» missed his visit", &["name"]),
    ("tell «Grace» her results are in", &["name"]),
    ("Hi «Hope», see you soon", &["name"]),
    // Words that are names only in name context.
    ("«Will» you be able to come?", &["-"]),
    ("«Hope» you feel better", &["-"]),
    ("«Mark» your calendar", &["-"]),
    ("«Bill» is due on receipt", &["-"]),
    ("the «Grace» period ends soon", &["-"]),
    ("We hope to see you in «May»", &["-"]),
    ("Call the nurse «line» today", &["-"]),
    // Clinicians are found and marked.
    ("Dr. «Patel» will see you", &["name/clinician"]),
    ("NP «Alvarez» reviewed your chart", &["name/clinician"]),
    // Clinical details with their sensitivity.
    ("your «diabetes» follow-up", &["condition"]),
    ("hx of «HTN» and «CHF»", &["condition", "condition"]),
    ("start «metformin 500 mg bid»", &["medication"]),
    ("your «Eliquis 5mg» refill is ready", &["medication"]),
    ("your «Descovy» refill is ready", &["medication/hiv"]),
    ("your «Truvada» refill is ready", &["medication/hiv"]),
    ("your «Suboxone» refill is ready", &["medication/eth"]),
    ("your «Seroquel» refill is ready", &["medication/psy"]),
    ("your «Sprintec» refill is ready", &["medication/sex"]),
    ("are you still on «PrEP»?", &["medication/hiv"]),
    ("your «hCG» came back", &["procedure/sex"]),
    ("your «colonoscopy» is Monday", &["procedure"]),
    ("your «A1C 7.2%» is up", &["lab_result"]),
    ("your test «came back positive»", &["lab_result"]),
    ("su «presion alta»", &["condition"]),
    // Word boundaries: hives is not HIV, prep is not PrEP.
    ("you have «hives», take an antihistamine", &["condition"]),
    (
        "start the bowel «prep» at 6 PM for your colonoscopy",
        &["-"],
    ),
    ("«Flu shots» this week, walk in!", &["-"]),
];

fn spans(text: &str) -> (String, Vec<(usize, usize)>) {
    let mut plain = String::new();
    let mut out = Vec::new();
    let mut open = None;
    for c in text.chars() {
        match c {
            '«' => open = Some(plain.len()),
            '»' => out.push((open.take().expect("» closes a «"), plain.len())),
            _ => plain.push(c),
        }
    }
    (plain, out)
}

#[test]
fn hard_cases() {
    let filter = Filter::default();
    let mut failures = Vec::new();
    for (marked, expected) in CASES {
        let (text, marks) = spans(marked);
        assert_eq!(
            marks.len(),
            expected.len(),
            "{marked}: one expectation per span"
        );
        let found = filter.scan(&text);
        for (&(start, end), want) in marks.iter().zip(expected.iter()) {
            let overlapping: Vec<_> = found
                .iter()
                .filter(|f| f.start < end && f.end > start)
                .collect();
            let ok = if *want == "-" {
                overlapping.is_empty()
            } else {
                let (category, extra) = want
                    .split_once('/')
                    .map_or((*want, None), |(c, e)| (c, Some(e)));
                overlapping.iter().any(|f| {
                    f.category.as_str() == category
                        && f.start == start
                        && f.end == end
                        && match extra {
                            None => f.sensitivity.is_none() && !f.clinician,
                            Some("clinician") => f.clinician,
                            Some(s) => f.sensitivity.map(|x| x.as_str()) == Some(s),
                        }
                })
            };
            if !ok {
                let got: Vec<String> = found
                    .iter()
                    .map(|f| {
                        format!(
                            "{}{}@{:?}",
                            f.category,
                            f.sensitivity.map(|s| format!("/{s}")).unwrap_or_default(),
                            &text[f.start..f.end]
                        )
                    })
                    .collect();
                failures.push(format!(
                    "{marked:?}: expected {want} for {:?}, found {got:?}",
                    &text[start..end]
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
