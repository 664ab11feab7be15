//! How long the first scan takes against the second, natively: the first
//! builds the small phrase indexes of the detector table and expands the
//! word tables build.rs compiled (stored front-coded) into their searchable
//! layout:
//! `cargo run --release --example coldstart`.
fn main() {
    let t = std::time::Instant::now();
    let filter = phigate::Filter::default();
    let made = t.elapsed();
    let first = filter.scan("Hi Maria, your A1C is 7.2% - call 415-555-0142");
    let first_t = t.elapsed() - made;
    let t2 = std::time::Instant::now();
    let second = filter.scan("Hi Maria, your A1C is 7.2% - call 415-555-0142");
    println!(
        "Filter::default {:?}, first scan {:?}, second scan {:?} ({} findings)",
        made,
        first_t,
        t2.elapsed(),
        first.len().min(second.len())
    );
}
