//! The folded view detectors read, and the map back to the original text.
//!
//! Obfuscation hides identifiers from naive patterns: fullwidth digits
//! (`４１５`), zero-width joiners inside a number, Cyrillic `о` for Latin `o`.
//! Detectors therefore read a folded copy in which such characters are plain
//! ASCII; every folded byte remembers which original character produced it, so
//! a finding always maps back to the exact original span.

/// The folded text and, for each of its bytes, the original byte span of the
/// character it came from.
pub(crate) struct Folded {
    pub text: String,
    /// Empty when the folded text is the original (plain ASCII, nothing
    /// dropped): offsets then map to themselves.
    starts: Vec<u32>,
    ends: Vec<u32>,
    /// Whether the original holds two or more letters only Vietnamese
    /// writes (`ơ`, `ư`, `đ`, the stacked tone marks) in words that do not
    /// open with a capital, which folding removes: the name finder reads
    /// such a message by its own rule.
    pub vietnamese: bool,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        // Plain ASCII without digits typed one by one folds to itself: no map needed.
        if original.is_ascii() {
            let b = original.as_bytes();
            // Seven lone digits are the least a spaced run holds: most
            // messages have fewer, counted without the general reader.
            if lone_digits(b) < 7 || spaced_digit_gaps(b.len(), |i| char::from(b[i])).is_none() {
                return Folded {
                    text: original.to_string(),
                    starts: Vec::new(),
                    ends: Vec::new(),
                    vietnamese: false,
                };
            }
        }
        let mut chars: Vec<(char, u32, u32)> = Vec::with_capacity(original.len());
        let mut vietnamese = 0;
        // Whether the word being read opened with a capital: Vietnamese
        // letters only in capitalised words are names in a message of
        // another language (`Thanh Hương from the church is driving Mrs.
        // Trần`), not a Vietnamese message.
        let (mut in_word, mut capitalised) = (false, false);
        for (at, c) in original.char_indices() {
            let letter = c.is_alphabetic();
            if letter && !in_word {
                capitalised = c.is_uppercase();
            }
            in_word = letter;
            let u = c as u32;
            if u >= 0x0110 && !capitalised {
                vietnamese += usize::from(matches!(
                    u,
                    0x01A0 | 0x01A1 | 0x01AF | 0x01B0 | 0x0110 | 0x0111 | 0x1EA0..=0x1EF9
                ));
            }
            if let Some(f) = fold_char(c) {
                chars.push((f, at as u32, (at + c.len_utf8()) as u32));
            }
        }
        let spaced = spaced_digit_gaps(chars.len(), |i| chars[i].0);
        let mut text = String::with_capacity(original.len());
        let mut starts = Vec::with_capacity(original.len());
        let mut ends = Vec::with_capacity(original.len());
        for (k, &(f, start, end)) in chars.iter().enumerate() {
            if spaced.as_ref().is_some_and(|gaps| gaps[k]) {
                continue;
            }
            let before = text.len();
            text.push(f);
            for _ in before..text.len() {
                starts.push(start);
                ends.push(end);
            }
        }
        Folded {
            text,
            starts,
            ends,
            vietnamese: vietnamese >= 2,
        }
    }

    /// The original byte span of the folded byte span `start..end` (non-empty,
    /// on char boundaries of the folded text).
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.text.len());
        if self.starts.is_empty() {
            return (start, end);
        }
        (self.starts[start] as usize, self.ends[end - 1] as usize)
    }
}

/// How many digits in `b` stand alone, with no letter or digit on either side.
fn lone_digits(b: &[u8]) -> usize {
    let solid = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    (0..b.len())
        .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !solid(i - 1)) && !solid(i + 1))
        .count()
}

/// Spaces inside digits typed one by one (`2 1 9 - 4 5 - 6 7 8 9`), which
/// hide an identifier from every digit pattern: `Some(mask)` marks the spaces
/// to drop, `None` when there are none (the common case, no allocation).
fn spaced_digit_gaps(n: usize, ch: impl Fn(usize) -> char) -> Option<Vec<bool>> {
    let lone = |i: usize| {
        ch(i).is_ascii_digit()
            && (i == 0 || !ch(i - 1).is_ascii_alphanumeric())
            && (i + 1 >= n || !ch(i + 1).is_ascii_alphanumeric())
    };
    let mut mask: Option<Vec<bool>> = None;
    let mut k = 0;
    while k < n {
        if !lone(k) {
            k += 1;
            continue;
        }
        // Lone digits separated by spaces and at most one of `-./` each time.
        let (mut digits, mut i, mut last_digit) = (1, k + 1, k);
        loop {
            let (mut j, mut mark) = (i, false);
            while j < n && (ch(j) == ' ' || (matches!(ch(j), '-' | '.' | '/') && !mark)) {
                mark |= ch(j) != ' ';
                j += 1;
            }
            if j == i || j - i > 3 || j >= n || !lone(j) {
                break;
            }
            digits += 1;
            last_digit = j;
            i = j + 1;
        }
        if digits >= 7 {
            let m = mask.get_or_insert_with(|| vec![false; n]);
            for (g, gap) in m.iter_mut().enumerate().take(last_digit).skip(k) {
                *gap = ch(g) == ' ';
            }
        }
        k = last_digit + 1;
    }
    mask
}

/// Folds one character: `None` drops it, anything else replaces it.
fn fold_char(c: char) -> Option<char> {
    let u = c as u32;
    if u < 0x80 {
        return Some(c);
    }
    Some(match u {
        // Invisible characters used to split identifiers.
        0x00AD | 0x200B..=0x200D | 0x2060 | 0xFEFF | 0x180E => return None,
        // The ʻokina of Hawaiian, Samoan and Tongan names is inside a word
        // (`Kaʻiulani`, `ʻAna`): dropped, so the name reads as its lists'.
        0x02BB => return None,
        // Spaces of every width.
        0x00A0 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => ' ',
        // Dashes and the minus sign.
        0x2010..=0x2015 | 0x2212 | 0xFE58 | 0xFE63 => '-',
        0x2018 | 0x2019 | 0x02BC => '\'',
        0x201C | 0x201D => '"',
        0x2024 | 0x3002 | 0xFF61 => '.',
        0x2044 | 0x2215 => '/',
        // Fullwidth ASCII.
        0xFF01..=0xFF5E => char::from_u32(u - 0xFEE0)?,
        _ => {
            if let Some(d) = unicode_digit(u) {
                return Some(char::from(b'0' + d));
            }
            if let Some(a) = math_alnum(u) {
                return Some(a);
            }
            if let Some(l) = latin_extended(u) {
                return Some(l);
            }
            return Some(lookalike(c).unwrap_or(c));
        }
    })
}

/// Decimal digits of other scripts, by the first code point of their run of ten.
fn unicode_digit(u: u32) -> Option<u8> {
    const ZEROS: &[u32] = &[
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
        0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xAA50,
        0xABF0, 0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1FBF0,
    ];
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&u))
        .map(|&z| (u - z) as u8)
}

/// Mathematical bold/italic/script/... Latin letters (U+1D400..U+1D6A3), 13
/// alphabets of 52 letters each.
fn math_alnum(u: u32) -> Option<char> {
    if !(0x1D400..=0x1D6A3).contains(&u) {
        return None;
    }
    let i = ((u - 0x1D400) % 52) as u8;
    Some(char::from(if i < 26 { b'A' + i } else { b'a' + i - 26 }))
}

/// Base letters of Latin Extended-A (U+0100..U+017F), in code point order.
const LATIN_EXTENDED_A: &[u8; 128] = b"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/// Latin Extended-A (Polish, Czech, Turkish, Baltic ... letters) and the
/// Vietnamese letters of Latin Extended Additional fold to their base letter.
fn latin_extended(u: u32) -> Option<char> {
    match u {
        0x0100..=0x017F => Some(char::from(LATIN_EXTENDED_A[(u - 0x0100) as usize])),
        0x01A0 | 0x01AF => Some(if u == 0x01A0 { 'O' } else { 'U' }),
        0x01A1 | 0x01B0 => Some(if u == 0x01A1 { 'o' } else { 'u' }),
        // Pinyin's third tone and ü with its tones: `liúchǎn`, `nǚ`.
        0x01CD..=0x01DC => Some(char::from(b"AaIiOoUuUuUuUuUu"[(u - 0x01CD) as usize])),
        0x1EA0..=0x1EF9 => {
            let base = match u {
                0x1EA0..=0x1EB7 => b'A',
                0x1EB8..=0x1EC7 => b'E',
                0x1EC8..=0x1ECB => b'I',
                0x1ECC..=0x1EE3 => b'O',
                0x1EE4..=0x1EF1 => b'U',
                _ => b'Y',
            };
            // Upper case at even code points, lower case at odd ones.
            Some(char::from(if u % 2 == 0 {
                base
            } else {
                base.to_ascii_lowercase()
            }))
        }
        _ => None,
    }
}

/// Latin letters with diacritics fold to their base letter (so `teléfono` and
/// `telefono` read alike); Cyrillic and Greek letters that look Latin fold to
/// the Latin letter; circled and enclosed digits to digits.
fn lookalike(c: char) -> Option<char> {
    Some(match c {
        'À'..='Å' => 'A',
        'à'..='å' => 'a',
        'Ç' => 'C',
        'ç' => 'c',
        'È'..='Ë' => 'E',
        'è'..='ë' => 'e',
        'Ì'..='Ï' => 'I',
        'ì'..='ï' => 'i',
        'Ñ' => 'N',
        'ñ' => 'n',
        'Ò'..='Ö' | 'Ø' => 'O',
        'ò'..='ö' | 'ø' => 'o',
        'Ù'..='Ü' => 'U',
        'ù'..='ü' => 'u',
        'Ý' => 'Y',
        'ý' | 'ÿ' => 'y',
        // Cyrillic.
        'А' => 'A',
        'В' => 'B',
        'Е' | 'Ё' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'У' => 'Y',
        'І' => 'I',
        'Ј' => 'J',
        'Ѕ' => 'S',
        'а' => 'a',
        'е' | 'ё' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'һ' => 'h',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        // Greek.
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        'ο' => 'o',
        'ν' => 'v',
        'ι' => 'i',
        'κ' => 'k',
        'ρ' => 'p',
        'τ' => 't',
        'υ' => 'u',
        'χ' => 'x',
        // Enclosed digits.
        '⓪' => '0',
        '①'..='⑨' => char::from(b'1' + (c as u32 - '①' as u32) as u8),
        '⓵'..='⓽' => char::from(b'1' + (c as u32 - '⓵' as u32) as u8),
        '➀'..='➈' => char::from(b'1' + (c as u32 - '➀' as u32) as u8),
        _ => return None,
    })
}

/// Converts byte offsets of `text` to UTF-16 code unit offsets, for offsets
/// given in any order, in one pass over the text.
pub(crate) fn utf16_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    if text.is_ascii() {
        // One unit a byte: the offsets are their own.
        return byte_offsets.to_vec();
    }
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| byte_offsets[i]);
    let mut out = vec![0; byte_offsets.len()];
    let (mut byte, mut units) = (0usize, 0usize);
    let mut chars = text.chars();
    for i in order {
        let target = byte_offsets[i];
        while byte < target {
            let Some(c) = chars.next() else { break };
            byte += c.len_utf8();
            units += c.len_utf16();
        }
        out[i] = units;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let original = "call ４１５\u{200B}555 оk ٣";
        let f = Folded::new(original);
        assert_eq!(f.text, "call 415555 ok 3");
        let at = f.text.find("415555").unwrap();
        let (s, e) = f.original_span(at, at + 6);
        assert_eq!(&original[s..e], "４１５\u{200B}555");
    }

    #[test]
    fn utf16_counts_astral_characters_as_two_units() {
        let text = "😀 é 555";
        let at = text.find("555").unwrap();
        assert_eq!(utf16_offsets(text, &[at, 0, text.len()]), vec![5, 0, 8]);
    }

    #[test]
    fn digits_typed_one_by_one_close_up() {
        let original = "SSN 2 1 9 - 4 5 - 6 7 8 9 and call 5 1 0 . 5 5 5 . 0 1 2 8 or room 2 3";
        let f = Folded::new(original);
        assert_eq!(f.text, "SSN 219-45-6789 and call 510.555.0128 or room 2 3");
        let at = f.text.find("219").unwrap();
        let (s, e) = f.original_span(at, at + "219-45-6789".len());
        assert_eq!(&original[s..e], "2 1 9 - 4 5 - 6 7 8 9");
    }

    #[test]
    fn latin_extended_letters_fold_to_their_base() {
        assert_eq!(
            Folded::new("Yılmaz Łukasz Dvořák Nguyễn Văn Ơn Ưu Świątek liúchǎn nǚ").text,
            "Yilmaz Lukasz Dvorak Nguyen Van On Uu Swiatek liuchan nu"
        );
    }

    #[test]
    fn folded_text_stays_char_for_char_with_diacritics() {
        let f = Folded::new("Teléfono: Núñez");
        assert_eq!(f.text, "Telefono: Nunez");
    }
}
