//! Offsets map back to the original text whatever precedes or hides inside
//! a finding, and any text at all gets an answer.

use phigate::{Category, Filter, Message};

fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).unwrap()
}

/// (text, category, the original text of the finding)
const CASES: &[(&str, Category, &str)] = &[
    ("😀😀 call 415-555-0142", Category::Phone, "415-555-0142"),
    ("👩‍⚕️ SSN 219-45-6789 👍", Category::Ssn, "219-45-6789"),
    (
        "患者の電話 415-555-0142 です",
        Category::Phone,
        "415-555-0142",
    ),
    (
        "tel ４１５-５５５-０１４２",
        Category::Phone,
        "４１５-５５５-０１４２",
    ),
    (
        "SSN 219\u{200B}-45-\u{2060}6789",
        Category::Ssn,
        "219\u{200B}-45-\u{2060}6789",
    ),
    (
        "call 415\u{00AD}555\u{00AD}0142 now",
        Category::Phone,
        "415\u{00AD}555\u{00AD}0142",
    ),
    (
        "email јdое@ехаmple.com",
        Category::Email,
        "јdое@ехаmple.com",
    ),
    ("MRN ٠٠١٢٣٤٥٦", Category::Mrn, "٠٠١٢٣٤٥٦"),
    ("𝟒𝟏𝟓-𝟓𝟓𝟓-𝟎𝟏𝟒𝟐 is my cell", Category::Phone, "𝟒𝟏𝟓-𝟓𝟓𝟓-𝟎𝟏𝟒𝟐"),
    ("Teléfono: 415 555 0142", Category::Phone, "415 555 0142"),
    ("call 415–555–0142", Category::Phone, "415–555–0142"),
];

#[test]
fn findings_map_back_to_the_original_text() {
    let filter = Filter::default();
    for (text, category, expected) in CASES {
        let found = filter.scan(text);
        let f = found
            .iter()
            .find(|f| f.category == *category)
            .unwrap_or_else(|| panic!("{text:?}: no {category} in {found:?}"));
        assert_eq!(&text[f.start..f.end], *expected, "{text:?} bytes");
        assert_eq!(
            utf16_slice(text, f.start_utf16, f.end_utf16),
            *expected,
            "{text:?} UTF-16"
        );
    }
}

#[test]
fn redaction_replaces_exactly_the_original_span() {
    let r = Filter::default().redact("😀 SSN ２１９-４５-６７８９ ok");
    assert_eq!(r.text, "😀 SSN [SSN] ok");
}

/// A small deterministic generator, so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "0",
    "1",
    "4",
    "5",
    "9",
    "415",
    "555",
    "0142",
    "-",
    ".",
    " ",
    "/",
    "(",
    ")",
    "+",
    ":",
    "@",
    "#",
    "\n",
    "a",
    "Z",
    "at",
    "dot",
    "MRN",
    "SSN",
    "DOB",
    "Dr.",
    "Hi",
    "Maria",
    "March",
    "St",
    "Apt",
    "http://",
    "www.",
    ".com",
    "😀",
    "\u{200B}",
    "\u{00AD}",
    "４",
    "é",
    "日本",
    "\u{0301}",
    "\u{FEFF}",
    "y/o",
    "92",
    "xxx-xx-",
    "(01)",
    "::",
    "ff",
    "member",
    "ID",
    "\t",
    "\r\n",
    "\u{0000}",
    "\u{10FFFF}",
    "ǅ",
    "ﬁ",
    "İ",
    "\"",
    "'",
    "’",
    "“",
    ",",
    "'s",
];

/// What every answer must satisfy: findings in order, on char boundaries,
/// with UTF-16 offsets that slice the same text, and a redacted body that
/// has nothing left to redact.
fn assert_consistent(filter: &Filter, text: &str) {
    let found = filter.scan(text);
    let mut last_end = 0;
    for f in &found {
        assert!(f.start < f.end && f.end <= text.len(), "{text:?}: {f:?}");
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "{text:?}: {f:?}"
        );
        assert!(
            f.start >= last_end,
            "findings overlap or are out of order in {text:?}"
        );
        last_end = f.end;
        assert_eq!(
            utf16_slice(text, f.start_utf16, f.end_utf16),
            &text[f.start..f.end]
        );
    }
    let v = filter.check(&Message::new("ohmd", text.to_string()));
    assert!(
        !v.reasons.iter().any(|r| r.code == "internal_error"),
        "{text:?} failed internally"
    );
    if let Some(body) = &v.body {
        let again = filter.redact(body);
        assert_eq!(
            &again.text, body,
            "redacted body of {text:?} still has PHI to redact"
        );
    }
}

#[test]
fn random_text_never_panics_and_offsets_stay_consistent() {
    let filter = Filter::default();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let n = (rng.next() % 40) as usize;
        let text: String = (0..n).map(|_| rng.pick(PIECES)).collect();
        assert_consistent(&filter, &text);
    }
}

/// The words and punctuation of the dev corpus (markup removed), each once.
fn corpus_pieces() -> Vec<&'static str> {
    let corpus = include_str!("corpus/dev.txt");
    let mut plain = String::new();
    for line in corpus.lines().filter(|l| !l.starts_with('#')) {
        let mut rest = line;
        while let Some(open) = rest.find("{{") {
            plain.push_str(&rest[..open]);
            let inner = &rest[open + 2..];
            let colon = inner.find(':').map_or(0, |c| c + 1);
            let close = inner.find("}}").unwrap_or(inner.len());
            plain.push_str(&inner[colon.min(close)..close]);
            rest = inner.get(close + 2..).unwrap_or("");
        }
        plain.push_str(rest);
        plain.push('\n');
    }
    let plain: &'static str = Box::leak(plain.into_boxed_str());
    let mut pieces: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, c) in plain.char_indices() {
        if !c.is_alphanumeric() {
            if start < i {
                pieces.push(&plain[start..i]);
            }
            pieces.push(&plain[i..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    pieces.sort_unstable();
    pieces.dedup();
    assert!(pieces.len() > 2_000, "only {} pieces", pieces.len());
    pieces
}

/// Every corpus word ending a message, alone, after a cue or after a name,
/// bare or with a space, hyphen, slash or `y` after it: a finder that reads
/// a token or two after a cue word must stop at the end (`she turned ninety `
/// once read past it, and `Priyamvada s/` panicked the name finder).
#[test]
fn every_corpus_word_ending_a_message_is_read_within_bounds() {
    let filter = Filter::default();
    for piece in corpus_pieces() {
        for tail in ["", " ", "-", "/", " y", " y "] {
            assert_consistent(&filter, &format!("{piece}{tail}"));
            assert_consistent(&filter, &format!("Hi Ana, she is {piece}{tail}"));
            assert_consistent(&filter, &format!("Priyamvada {piece}{tail}"));
        }
    }
}

/// Texts ending inside what rules read two or three tokens of: a name's
/// `s/p`, a test's grade, a fluid's rate, a trended value, a code.
#[test]
fn texts_ending_inside_a_rules_pattern_are_read_within_bounds() {
    let filter = Filter::default();
    let tails = [
        "s/",
        "w/",
        "ag/",
        "ASC-",
        "Gleason 3+",
        "Bethesda",
        "PT /",
        "NS 200",
        "LR @",
        "recheck",
        "down from",
        "up to",
        "D2391",
        "99214",
        "score:",
        "margins",
        "it'",
        "1:",
        "^",
    ];
    for stem in ["", "Priyamvada ", "91 yo F ", "Superbill for Dora Vance: "] {
        for tail in tails {
            assert_consistent(&filter, &format!("{stem}{tail}"));
        }
    }
}

/// The words and punctuation of the dev corpus, shuffled into new messages:
/// names, drugs, tests and labels next to each other and to quotes, in
/// orders no one wrote.
#[test]
fn shuffled_corpus_words_never_panic_and_offsets_stay_consistent() {
    let pieces = corpus_pieces();
    let filter = Filter::default();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..10_000 {
        let n = (rng.next() % 60) as usize;
        let text: String = (0..n).map(|_| rng.pick(&pieces)).collect();
        assert_consistent(&filter, &text);
    }
}

#[test]
fn a_megabyte_of_hostile_text_gets_an_answer() {
    let filter = Filter::default();
    for unit in [
        "1-",
        "a.",
        "a-",
        "@a",
        "415-555-0142 ",
        "x at y dot ",
        "MRN ",
        "::",
        "😀",
        "\u{200B}",
        "Dr. A ",
    ] {
        let text = unit.repeat(1_000_000 / unit.len());
        let v = filter.check(&Message::new("ohmd", text));
        assert!(matches!(v.action.as_str(), "allow" | "redact"), "{unit:?}");
    }
    // Punctuation before many lines that each open with a name: a per-line walk
    // back to the first word would be quadratic here.
    let text = "!".repeat(500_000) + &"\nMaria, hi".repeat(50_000);
    assert!(!Filter::default().scan(&text).is_empty());
}
