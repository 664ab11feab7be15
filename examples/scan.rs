//! Prints the findings in a text: `cargo run --example scan -- "text"`.
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    for f in phigate::Filter::default().scan(&text) {
        println!(
            "{:<16} {:<20} {:?}{}",
            f.category.as_str(),
            f.detector,
            &text[f.start..f.end],
            f.sensitivity
                .map(|s| format!(" [{}]", s.as_str()))
                .unwrap_or_default()
        );
    }
}
