//! Reading a typed number the way people in Belgium write it: `1300`, `1.300`, `1300,50`,
//! `€ 1300`, `1 300`. Cents are rounded to whole units; a number that could be read two ways,
//! or anything that is not a number, is refused with a reason, so nothing is dropped silently.

/// A number read from what was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// The whole number.
    pub value: i64,
    /// Whether the typed text was more than plain digits (separators, cents, a euro sign): the
    /// person is then shown the number it was read as.
    pub normalized: bool,
}

/// Why a typed text is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing was typed.
    Empty,
    /// Letters or other signs that are not part of a number.
    NotANumber,
    /// Could be read two ways (`1,300`: one euro thirty, or thirteen hundred?).
    Ambiguous,
    /// Too many digits.
    TooLarge,
}

/// Reads a whole number; separators and cents as Belgians write them (`.` between thousands,
/// `,` before cents; `.` before one or two cents is read as cents too). Cents are rounded to
/// the nearest unit, a half down.
pub fn read(text: &str) -> Result<Reading, NumberError> {
    let mut kept = String::new();
    let mut normalized = false;
    let lowered = text.trim().to_lowercase();
    let without_unit = lowered.trim_end_matches("euro").trim_end_matches("eur").trim();
    for c in without_unit.chars() {
        match c {
            '0'..='9' | '.' | ',' => kept.push(c),
            '€' | ' ' | '\u{A0}' | '\u{202F}' | '\'' => normalized = true,
            _ => return Err(NumberError::NotANumber),
        }
    }
    normalized |= without_unit.len() != lowered.trim().len();
    if kept.is_empty() {
        return Err(if normalized { NumberError::NotANumber } else { NumberError::Empty });
    }
    let (whole, cents) = split_cents(&kept)?;
    normalized |= kept.contains(['.', ',']);
    if whole.is_empty() || whole.len() > 15 {
        return Err(if whole.is_empty() { NumberError::NotANumber } else { NumberError::TooLarge });
    }
    let mut value: i64 = whole.parse().map_err(|_| NumberError::TooLarge)?;
    // Cents: a half or less goes down, more goes up.
    if cents > 50 {
        value += 1;
    }
    Ok(Reading { value, normalized })
}

/// The digits of the whole units and the cents (0–99) of a text of digits, `.` and `,`.
fn split_cents(text: &str) -> Result<(String, i64), NumberError> {
    let separators: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| matches!(c, '.' | ',')).collect();
    let Some(&(last_at, last)) = separators.last() else { return Ok((text.to_string(), 0)) };
    let after = &text[last_at + 1..];
    let decimal = match (after.len(), separators.len(), last) {
        // "1300," or "1300.": nothing after the sign.
        (0, _, _) => true,
        (1 | 2, _, _) => true,
        // "1.300" and "1.300.000": dots between thousands.
        (3, _, '.') => false,
        // "1.300,000" or "1,300": three digits after a comma could be thousands or decimals.
        (3, _, ',') => return Err(NumberError::Ambiguous),
        _ => return Err(NumberError::NotANumber),
    };
    let (grouped, cents_text) = if decimal { (&text[..last_at], after) } else { (text, "") };
    // Every other separator stands between groups of three digits.
    let groups: Vec<&str> = grouped.split(['.', ',']).collect();
    let well_grouped = groups.iter().skip(1).all(|group| group.len() == 3) && !groups[0].is_empty();
    if groups.len() > 1 && !well_grouped {
        return Err(NumberError::NotANumber);
    }
    let mixed = grouped.contains('.') && grouped.contains(',');
    if mixed || (decimal && grouped.contains(last)) {
        return Err(NumberError::NotANumber);
    }
    let cents = match cents_text.len() {
        0 => 0,
        1 => cents_text.parse::<i64>().map_err(|_| NumberError::NotANumber)? * 10,
        _ => cents_text.parse::<i64>().map_err(|_| NumberError::NotANumber)?,
    };
    Ok((groups.concat(), cents))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Result<i64, NumberError> {
        read(text).map(|reading| reading.value)
    }

    #[test]
    fn reads_what_belgians_type() {
        for (text, expected) in [
            ("1300", 1300),
            ("1300,50", 1300),
            ("1300,51", 1301),
            ("1.300", 1300),
            ("€ 1300", 1300),
            ("1300 euro", 1300),
            ("1 300", 1300),
            ("1.300,75", 1301),
            ("950,5", 950),
            ("1300.49", 1300),
            ("1.234.567", 1_234_567),
            ("0", 0),
            ("1300,", 1300),
            ("1,300.50", 1300),
        ] {
            assert_eq!(value(text), Ok(expected), "{text}");
        }
        assert_eq!(read("1300"), Ok(Reading { value: 1300, normalized: false }));
        assert!(read("1300,50").unwrap().normalized, "the person is told it was read as 1300");
    }

    #[test]
    fn refuses_what_it_cannot_read_for_sure() {
        assert_eq!(value(""), Err(NumberError::Empty));
        assert_eq!(value("1,300"), Err(NumberError::Ambiguous));
        assert_eq!(value("1.300,000"), Err(NumberError::Ambiguous));
        for bad in ["abc", "13a0", "1.30.0", "1,2,3", "-5", "€", "1.300.50", "12.34.567,8"] {
            assert!(value(bad).is_err(), "{bad}");
        }
        assert_eq!(value("12345678901234567890"), Err(NumberError::TooLarge));
    }
}
