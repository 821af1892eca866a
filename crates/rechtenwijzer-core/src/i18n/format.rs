//! Numbers, amounts and dates the way each language writes them: separators come from the
//! language's `locale.toml`, the words (euro sign, months) from its messages.

use serde::{Deserialize, Serialize};

/// How a language writes numbers (`locales/<lang>/locale.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct NumberFormat {
    /// Between groups of three digits: `.` in Dutch, a narrow no-break space in French.
    pub group: String,
    /// Before the cents: `,` in Dutch, `.` in English.
    pub decimal: String,
    /// The fewest digits of a whole number before grouping starts (CLDR's minimum grouping
    /// digits plus three): 4 in most languages, 5 in Polish (`1000` but `10 000`).
    pub min_grouping: usize,
}

impl Default for NumberFormat {
    fn default() -> NumberFormat {
        NumberFormat { group: ".".into(), decimal: ",".into(), min_grouping: 4 }
    }
}

impl NumberFormat {
    /// `hundredths` with this language's separators; `decimals` is 0 (rounded to whole units)
    /// or 2.
    pub fn format(&self, hundredths: i64, decimals: usize) -> String {
        let negative = hundredths < 0;
        let magnitude = hundredths.unsigned_abs();
        let whole = if decimals == 0 { (magnitude + 50) / 100 } else { magnitude / 100 };
        let digits = whole.to_string();
        let mut grouped = String::new();
        for (index, digit) in digits.chars().enumerate() {
            let from_end = digits.len() - index;
            if index > 0 && from_end % 3 == 0 && digits.len() >= self.min_grouping {
                grouped.push_str(&self.group);
            }
            grouped.push(digit);
        }
        let sign = if negative { "-" } else { "" };
        if decimals == 0 {
            format!("{sign}{grouped}")
        } else {
            format!("{sign}{grouped}{}{:02}", self.decimal, magnitude % 100)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_digits_by_the_language_rules() {
        let dutch = NumberFormat::default();
        assert_eq!(dutch.format(131_420, 2), "1.314,20");
        assert_eq!(dutch.format(2_563_000, 0), "25.630");
        assert_eq!(dutch.format(99_950, 0), "1.000");
        assert_eq!(dutch.format(-5, 2), "-0,05");
        let polish = NumberFormat { group: "\u{A0}".into(), decimal: ",".into(), min_grouping: 5 };
        assert_eq!(polish.format(100_000, 0), "1000");
        assert_eq!(polish.format(1_000_000, 0), "10\u{A0}000");
    }
}
