//! Every corpus message cut short at either end still scans: rules that
//! look a token or two ahead or behind meet the end of the text there
//! (`s/` typed last once panicked the name finder), and a panic in the
//! filter would take the whole request down with it.

use phigate::Filter;

/// The plain text of a corpus line: the `{{category:text}}` marks removed.
fn plain(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let inner = &rest[open + 2..];
        let close = inner.find("}}").expect("a closed mark");
        let colon = inner[..close].find(':').expect("a category");
        out.push_str(&inner[colon + 1..close]);
        rest = &inner[close + 2..];
    }
    out.push_str(rest);
    out.replace("\\n", "\n").replace("\\\\", "\\")
}

#[test]
fn messages_cut_short_at_either_end_scan() {
    let filter = Filter::default();
    let mut scans = 0;
    for file in ["dev.txt", "heldout.txt", "writers.txt"] {
        let path = format!("{}/tests/corpus/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("corpus file");
        for line in text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let message = plain(line);
            let cuts: Vec<usize> = message.char_indices().map(|(i, _)| i).collect();
            let n = cuts.len();
            // Cut in its last four characters and its first two: where a
            // rule runs off the text.
            let ends = cuts
                .iter()
                .skip(n.saturating_sub(4))
                .map(|&i| &message[..i]);
            let starts = cuts.iter().take(2).map(|&i| &message[i..]);
            for part in ends.chain(starts) {
                for f in filter.scan(part) {
                    assert!(f.start <= f.end && f.end <= part.len(), "{part:?}: {f:?}");
                }
                scans += 1;
            }
        }
    }
    assert!(scans > 45_000, "only {scans} scans");
}

/// Texts that end inside the patterns rules look ahead for: each once
/// panicked a rule, or is the start of one that reads two tokens on.
#[test]
fn texts_ending_inside_a_pattern_scan() {
    let filter = Filter::default();
    let tails = [
        "s/",
        "s/p",
        "w/",
        "ag/",
        "ASC-",
        "ASC",
        "Gleason 3+",
        "Gleason",
        "Bethesda",
        "PT",
        "OT",
        "NS",
        "LR @",
        "recheck",
        "down from",
        "D2391",
        "99214",
        "it'",
        "'s",
        "y/",
        "o/",
        "1:",
        "+",
        "-",
        "^",
        "Dr.",
        "DOB",
        "MRN",
        "#",
        "SSN 123-",
        "IPV",
        "score",
        "margins",
        "growing",
    ];
    for stem in [
        "pt Ruiz 88 yo ",
        "Priyamvada ",
        "91 yo F ",
        "Hola Sra. Ruiz, ",
        "",
        "Superbill for Dora Vance: ",
    ] {
        for tail in tails {
            let text = format!("{stem}{tail}");
            for f in filter.scan(&text) {
                assert!(f.end <= text.len(), "{text:?}: {f:?}");
            }
        }
    }
}
