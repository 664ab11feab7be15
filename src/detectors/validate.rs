//! Check digits and number-range rules that separate real identifiers from
//! look-alike numbers. Each takes the identifier's characters (separators
//! allowed; they are skipped).

fn digits(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

/// The Luhn (mod 10) check used by payment cards, IMEI and NPI.
pub(crate) fn luhn(s: &str) -> bool {
    let d = digits(s);
    luhn_digits(&d)
}

fn luhn_digits(d: &[u8]) -> bool {
    if d.len() < 2 {
        return false;
    }
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let x = u32::from(x);
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 {
                    y - 9
                } else {
                    y
                }
            } else {
                x
            }
        })
        .sum();
    sum % 10 == 0
}

/// A US SSN: area not 000, 666 or 900–999, group not 00, serial not 0000,
/// and not one of the numbers printed in ads and sample cards.
pub(crate) fn ssn(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 9 {
        return false;
    }
    let n = |r: std::ops::Range<usize>| d[r].iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    let (area, group, serial) = (n(0..3), n(3..5), n(5..9));
    const SAMPLES: &[u32] = &[78_051_120, 219_099_999, 457_555_462];
    area != 0
        && area != 666
        && area < 900
        && group != 0
        && serial != 0
        && !SAMPLES.contains(&n(0..9))
}

/// The last four digits of an SSN: anything but 0000.
pub(crate) fn ssn_last4(s: &str) -> bool {
    let d = digits(s);
    d.len() == 4 && d.iter().any(|&x| x != 0)
}

/// A payment card: 13–19 digits, an issuer prefix in use, and the Luhn check.
pub(crate) fn payment_card(s: &str) -> bool {
    let d = digits(s);
    if !(13..=19).contains(&d.len()) || !luhn_digits(&d) {
        return false;
    }
    let p = |n: usize| d[..n].iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    let len = d.len();
    match d[0] {
        4 => matches!(len, 13 | 16 | 19),
        5 => (51..=55).contains(&p(2)) && len == 16,
        2 => (2221..=2720).contains(&p(4)) && len == 16,
        3 => {
            matches!(p(2), 34 | 37) && len == 15
                || (3528..=3589).contains(&p(4))
                || matches!(p(2), 30 | 36 | 38) && len >= 14
        }
        6 => p(4) == 6011 || p(2) == 65 || (644..=649).contains(&p(3)) || p(2) == 62,
        _ => false,
    }
}

/// An NPI: 10 digits whose Luhn check runs over the prefix 80840.
pub(crate) fn npi(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 10 || !matches!(d[0], 1 | 2) {
        return false;
    }
    let mut full = vec![8, 0, 8, 4, 0];
    full.extend_from_slice(&d);
    luhn_digits(&full)
}

/// An IMEI: 15 digits with the Luhn check.
pub(crate) fn imei(s: &str) -> bool {
    digits(s).len() == 15 && luhn(s)
}

/// A DEA registration number: registrant type letter, a letter (or 9), seven
/// digits, the last of which is the checksum.
pub(crate) fn dea(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 9 || !b[2..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let first = b[0].to_ascii_uppercase();
    if !b"ABCDEFGHJKLMPRSTUX".contains(&first) || !(b[1].is_ascii_alphabetic() || b[1] == b'9') {
        return false;
    }
    let d: Vec<u32> = b[2..].iter().map(|x| u32::from(x - b'0')).collect();
    let check = (d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5]);
    check % 10 == d[6]
}

/// A 17-character VIN with a valid check digit (position 9).
pub(crate) fn vin(s: &str) -> bool {
    vin_shape(s) && {
        const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
        let value = |c: u8| -> u32 {
            match c {
                b'0'..=b'9' => u32::from(c - b'0'),
                b'A'..=b'H' => u32::from(c - b'A') + 1,
                b'J'..=b'N' => u32::from(c - b'J') + 1,
                b'P' => 7,
                b'R' => 9,
                b'S'..=b'Z' => u32::from(c - b'S') + 2,
                _ => 0,
            }
        };
        let up: Vec<u8> = s.bytes().map(|c| c.to_ascii_uppercase()).collect();
        let sum: u32 = up.iter().zip(WEIGHTS).map(|(&c, w)| value(c) * w).sum();
        let check = sum % 11;
        up[8]
            == if check == 10 {
                b'X'
            } else {
                b'0' + check as u8
            }
    }
}

/// 17 characters of the VIN alphabet (no I, O, Q) with digits and letters.
pub(crate) fn vin_shape(s: &str) -> bool {
    s.len() == 17
        && s.bytes()
            .all(|c| c.is_ascii_digit() || (c.is_ascii_alphabetic() && !b"IOQioq".contains(&c)))
        && s.bytes().any(|c| c.is_ascii_digit())
        && s.bytes().any(|c| c.is_ascii_alphabetic())
}

/// A Medicare Beneficiary Identifier by its position mask: C A AN N A AN N A A N N,
/// letters excluding S, L, O, I, B, Z (dashes allowed between parts).
pub(crate) fn mbi(s: &str) -> bool {
    let b: Vec<u8> = s
        .bytes()
        .filter(|&c| c != b'-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if b.len() != 11 {
        return false;
    }
    b.iter().enumerate().all(|(k, &c)| mbi_fits(k, c))
}

/// Whether uppercase byte `c` may stand at place `k` of an MBI: C A AN N A
/// AN N A A N N, its letters excluding S, L, O, I, B, Z.
pub(crate) fn mbi_fits(k: usize, c: u8) -> bool {
    let alpha = c.is_ascii_uppercase() && !b"SLOIBZ".contains(&c);
    let num = c.is_ascii_digit();
    match k {
        0 => (b'1'..=b'9').contains(&c),
        1 | 4 | 7 | 8 => alpha,
        2 | 5 => alpha || num,
        3 | 6 | 9 | 10 => num,
        _ => false,
    }
}

/// Anything but a full date: a record label's value is no date (`the DOB on
/// his chart (2025-06-03)` is a birth date, not a chart number). A date is
/// year-month-day or month/day/year, its parts in range.
pub(crate) fn not_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    let num = |p: &str, lo: u32, hi: u32| {
        !p.is_empty()
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| (lo..=hi).contains(&n))
    };
    let date = parts.len() == 3
        && ((parts[0].len() == 4
            && num(parts[0], 1900, 2100)
            && num(parts[1], 1, 12)
            && num(parts[2], 1, 31))
            || (parts[0].len() <= 2
                && parts[1].len() <= 2
                && num(parts[0], 1, 12)
                && num(parts[1], 1, 31)
                && matches!(parts[2].len(), 2 | 4)
                && num(parts[2], 0, 2100)));
    !date
}

/// A valid IPv4 address: four numbers 0–255 without leading zeros.
pub(crate) fn ipv4(s: &str) -> bool {
    // Defanged addresses (`203[.]0[.]113[.]77`) are checked without their brackets.
    let plain: String;
    let s = if s.contains(['[', '(']) {
        plain = s
            .chars()
            .filter(|c| !matches!(c, '[' | ']' | '(' | ')'))
            .collect();
        plain.as_str()
    } else {
        s
    };
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 3
                && !(p.len() > 1 && p.starts_with('0'))
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_values_are_no_dates() {
        assert!(!not_date("2025-06-03"));
        assert!(!not_date("06/03/2025"));
        assert!(!not_date("6/3/25"));
        assert!(not_date("1185-602-4"));
        assert!(not_date("2025-0603"));
        assert!(not_date("00482913"));
        assert!(not_date("13-45-2020"));
    }

    #[test]
    fn check_digit_rules() {
        assert!(luhn("4111 1111 1111 1111") && !luhn("4111 1111 1111 1112"));
        assert!(
            ssn("219-45-6789") && !ssn("666-45-6789") && !ssn("900-45-6789") && !ssn("219-00-6789")
        );
        assert!(!ssn("219-45-0000") && !ssn("078-05-1120") && !ssn("000-12-3456"));
        assert!(payment_card("4111111111111111") && payment_card("378282246310005"));
        assert!(!payment_card("1234567812345670"), "no issuer starts with 1");
        assert!(npi("1234567893") && !npi("1234567890"));
        assert!(dea("AB1234563") && !dea("AB1234564") && !dea("IB1234563"));
        assert!(vin("1M8GDM9AXKP042788") && !vin("1M8GDM9A1KP042788"));
        assert!(mbi("1EG4-TE5-MK73") && !mbi("1SG4-TE5-MK73") && !mbi("0EG4TE5MK73"));
        assert!(imei("490154203237518") && !imei("490154203237519"));
        assert!(ipv4("192.168.10.1") && !ipv4("256.1.1.1") && !ipv4("01.2.3.4"));
    }
}
