//! Every detector row proven against its own examples and negative examples.

use phigate::{Filter, Policy};

/// Splits `before «span» after` into the text and the span's byte range.
fn marked(example: &str) -> (String, usize, usize) {
    let start = example
        .find('«')
        .expect("example marks its finding with «»");
    let end = example
        .find('»')
        .expect("example closes its finding with »");
    let text = example.replace(['«', '»'], "");
    (text, start, end - '«'.len_utf8())
}

#[test]
fn detector_table_proves_its_examples() {
    let filter = Filter::new(Policy::default());
    let mut failures = Vec::new();
    for (id, category, examples, negatives) in phigate::table_for_tests() {
        assert!(!examples.is_empty(), "row {id} has no examples");
        assert!(!negatives.is_empty(), "row {id} has no negative examples");
        for ex in examples {
            let (text, start, end) = marked(ex);
            let found = filter.scan(&text);
            if !found
                .iter()
                .any(|f| f.category.as_str() == category && f.start == start && f.end == end)
            {
                let got: Vec<String> = found
                    .iter()
                    .map(|f| format!("{}@{:?}", f.category, &text[f.start..f.end]))
                    .collect();
                failures.push(format!(
                    "{id}: {ex:?} expected {category} {:?}, found {got:?}",
                    &text[start..end]
                ));
            }
        }
        for neg in negatives {
            let found = filter.scan(neg);
            if let Some(f) = found.iter().find(|f| f.category.as_str() == category) {
                failures.push(format!(
                    "{id}: negative {neg:?} found {category} {:?}",
                    &neg[f.start..f.end]
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
