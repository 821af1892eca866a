//! The condition language of `when = "…"`: tokens and an untyped syntax tree with byte spans.
//! Names are resolved and types checked later, against the fact vocabulary (content::resolve).

use std::ops::Range;

pub use crate::model::cond::{ArithOp, CompareOp};

/// Byte range inside the condition text.
pub type Span = Range<usize>;

/// A parsed condition or number, not yet checked against facts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What it is.
    pub kind: NodeKind,
    /// Where it stands in the condition text.
    pub span: Span,
}

/// A word with its place in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The word as written.
    pub text: String,
    /// Where it stands.
    pub span: Span,
}

/// The shapes a condition can take.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    /// A fact name: a yes/no fact as a condition, or an integer fact as a number.
    Name(String),
    /// A number literal in hundredths (`1314.20` is 131420).
    Number(i128),
    /// `param(id)`: a dated parameter.
    Param(Word),
    /// `count(fact)`: 1/0 for a yes/no fact, the number of values of a set.
    Count(Word),
    /// `status(right)`: another right's outcome, only usable with `is` or `in`.
    Status(Word),
    /// Arithmetic on two numbers.
    Arith(ArithOp, Box<Node>, Box<Node>),
    /// A comparison of two numbers.
    Compare(CompareOp, Box<Node>, Box<Node>),
    /// `subject is v`, `subject in [..]`, `subject has v`, `has-any [..]`, `has-none [..]`.
    Member(MemberOp, Box<Node>, Vec<Word>),
    /// All must hold.
    And(Vec<Node>),
    /// At least one must hold.
    Or(Vec<Node>),
    /// The opposite.
    Not(Box<Node>),
}

/// The membership forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberOp {
    /// `x is v`: a choice (or status) equals one value.
    Is,
    /// `x in [a, b]`: a choice (or status) is one of the values.
    In,
    /// `s has v`: a set contains the value.
    Has,
    /// `s has-any [a, b]`: a set contains at least one of the values.
    HasAny,
    /// `s has-none [a, b]`: a set contains none of the values.
    HasNone,
}

/// A syntax error with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// What is wrong.
    pub message: String,
    /// Where.
    pub span: Span,
    /// How to fix it, when we can tell.
    pub help: Option<String>,
}

/// Words with a meaning of their own; they cannot be fact ids.
pub const KEYWORDS: [&str; 11] =
    ["and", "or", "not", "is", "in", "has", "has-any", "has-none", "param", "count", "status"];

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Number(i128),
    Symbol(&'static str),
}

fn tokenize(text: &str) -> Result<Vec<(Token, Span)>, SyntaxError> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_lowercase() {
            let start = i;
            i += 1;
            loop {
                while i < bytes.len() && (bytes[i].is_ascii_lowercase() || bytes[i].is_ascii_digit()) {
                    i += 1;
                }
                // A hyphen belongs to the id when a letter or digit follows it at once.
                if i + 1 < bytes.len()
                    && bytes[i] == b'-'
                    && (bytes[i + 1].is_ascii_lowercase() || bytes[i + 1].is_ascii_digit())
                {
                    i += 1;
                } else {
                    break;
                }
            }
            tokens.push((Token::Word(text[start..i].to_string()), start..i));
        } else if c.is_ascii_digit() {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'_') {
                i += 1;
            }
            let mut fraction = String::new();
            if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
                i += 1;
                let fraction_start = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                fraction = text[fraction_start..i].to_string();
            }
            let span = start..i;
            if fraction.len() > 2 {
                return Err(SyntaxError {
                    message: "a number may have at most two decimals".into(),
                    span,
                    help: Some("amounts are in euro and cent, e.g. `1314.20`".into()),
                });
            }
            let whole: String =
                text[start..].chars().take_while(|c| c.is_ascii_digit() || *c == '_').filter(|c| *c != '_').collect();
            let cents = format!("{fraction:0<2}");
            let value = whole
                .parse::<i128>()
                .ok()
                .zip(cents.parse::<i128>().ok())
                .and_then(|(w, c)| w.checked_mul(100)?.checked_add(c));
            match value {
                Some(value) if value <= i128::from(i64::MAX) => tokens.push((Token::Number(value), span)),
                _ => return Err(SyntaxError { message: "this number is too large".into(), span, help: None }),
            }
        } else {
            let two = text.get(i..i + 2).unwrap_or("");
            let symbol = match two {
                "<=" => Some("<="),
                ">=" => Some(">="),
                "==" => Some("=="),
                "!=" => Some("!="),
                _ => None,
            };
            if let Some(symbol) = symbol {
                tokens.push((Token::Symbol(symbol), i..i + 2));
                i += 2;
                continue;
            }
            let symbol = match c {
                b'<' => "<",
                b'>' => ">",
                b'+' => "+",
                b'-' => "-",
                b'*' => "*",
                b'(' => "(",
                b')' => ")",
                b'[' => "[",
                b']' => "]",
                b',' => ",",
                _ => {
                    let ch = text[i..].chars().next().unwrap_or('?');
                    let help = match ch {
                        '=' => Some("compare with `==`".to_string()),
                        '&' => Some("combine with `and`".to_string()),
                        '|' => Some("combine with `or`".to_string()),
                        '!' => Some("use `not`".to_string()),
                        c if c.is_uppercase() => Some("ids are written in lower case".to_string()),
                        _ => None,
                    };
                    return Err(SyntaxError {
                        message: format!("unexpected character `{}`", ch.escape_default()),
                        span: i..i + ch.len_utf8(),
                        help,
                    });
                }
            };
            tokens.push((Token::Symbol(symbol), i..i + 1));
            i += 1;
        }
    }
    Ok(tokens)
}

/// Parses a condition. Nesting deeper than this is refused, so hostile content cannot
/// exhaust the stack.
const MAX_DEPTH: usize = 64;

/// Arithmetic builds a tree one level deeper per `+`, `-` or `*`, which later passes walk
/// recursively; a condition holds at most this many, so no rule can overflow the stack.
const MAX_OPERATORS: usize = 256;

/// Parses the text of a `when` condition into an untyped tree.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let tokens = tokenize(text)?;
    let mut parser = Parser { tokens, position: 0, end: text.len(), depth: 0, operators: 0 };
    if parser.tokens.is_empty() {
        return Err(SyntaxError {
            message: "the condition is empty".into(),
            span: 0..text.len(),
            help: Some("write a condition such as `age >= 18`".into()),
        });
    }
    let node = parser.or()?;
    match parser.peek() {
        None => Ok(node),
        Some((_, span)) => Err(SyntaxError {
            message: "unexpected text after the condition".into(),
            span: span.clone(),
            help: Some("combine conditions with `and` or `or`".into()),
        }),
    }
}

struct Parser {
    tokens: Vec<(Token, Span)>,
    position: usize,
    end: usize,
    depth: usize,
    /// The arithmetic operators read so far.
    operators: usize,
}

impl Parser {
    fn peek(&self) -> Option<&(Token, Span)> {
        self.tokens.get(self.position)
    }

    fn next_is_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some((Token::Word(w), _)) if w == word)
    }

    fn next_is_symbol(&self, symbol: &str) -> bool {
        matches!(self.peek(), Some((Token::Symbol(s), _)) if *s == symbol)
    }

    fn here(&self) -> Span {
        self.peek().map_or(self.end..self.end, |(_, span)| span.clone())
    }

    fn advance(&mut self) -> Span {
        let span = self.here();
        self.position += 1;
        span
    }

    fn expect_symbol(&mut self, symbol: &str, what: &str) -> Result<Span, SyntaxError> {
        if self.next_is_symbol(symbol) {
            Ok(self.advance())
        } else {
            Err(SyntaxError { message: format!("expected `{symbol}` {what}"), span: self.here(), help: None })
        }
    }

    fn descend(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError {
                message: "the condition is nested too deeply".into(),
                span: self.here(),
                help: Some("split it over several rules".into()),
            });
        }
        Ok(())
    }

    /// Reads an arithmetic operator, counting it against [`MAX_OPERATORS`].
    fn operator(&mut self) -> Result<(), SyntaxError> {
        self.operators += 1;
        if self.operators > MAX_OPERATORS {
            return Err(SyntaxError {
                message: format!("the condition has more than {MAX_OPERATORS} `+`, `-` and `*`"),
                span: self.here(),
                help: Some("put part of the sum in a parameter, or split it over several rules".into()),
            });
        }
        self.advance();
        Ok(())
    }

    fn or(&mut self) -> Result<Node, SyntaxError> {
        self.descend()?;
        let first = self.and()?;
        let mut parts = vec![first];
        while self.next_is_word("or") {
            self.advance();
            parts.push(self.and()?);
        }
        self.depth -= 1;
        Ok(combine(parts, NodeKind::Or))
    }

    fn and(&mut self) -> Result<Node, SyntaxError> {
        let first = self.unary()?;
        let mut parts = vec![first];
        while self.next_is_word("and") {
            self.advance();
            parts.push(self.unary()?);
        }
        Ok(combine(parts, NodeKind::And))
    }

    fn unary(&mut self) -> Result<Node, SyntaxError> {
        if self.next_is_word("not") {
            self.descend()?;
            let start = self.advance().start;
            let inner = self.unary()?;
            self.depth -= 1;
            let span = start..inner.span.end;
            return Ok(Node { kind: NodeKind::Not(Box::new(inner)), span });
        }
        self.predicate()
    }

    fn predicate(&mut self) -> Result<Node, SyntaxError> {
        let left = self.sum()?;
        let compare = match self.peek() {
            Some((Token::Symbol("<"), _)) => Some(CompareOp::Less),
            Some((Token::Symbol("<="), _)) => Some(CompareOp::LessEqual),
            Some((Token::Symbol(">"), _)) => Some(CompareOp::Greater),
            Some((Token::Symbol(">="), _)) => Some(CompareOp::GreaterEqual),
            Some((Token::Symbol("=="), _)) => Some(CompareOp::Equal),
            Some((Token::Symbol("!="), _)) => Some(CompareOp::NotEqual),
            _ => None,
        };
        if let Some(op) = compare {
            self.advance();
            let right = self.sum()?;
            let span = left.span.start..right.span.end;
            return Ok(Node { kind: NodeKind::Compare(op, Box::new(left), Box::new(right)), span });
        }
        let member = match self.peek() {
            Some((Token::Word(w), _)) => match w.as_str() {
                "is" => Some(MemberOp::Is),
                "in" => Some(MemberOp::In),
                "has" => Some(MemberOp::Has),
                "has-any" => Some(MemberOp::HasAny),
                "has-none" => Some(MemberOp::HasNone),
                _ => None,
            },
            _ => None,
        };
        let Some(op) = member else { return Ok(left) };
        self.advance();
        let values = match op {
            MemberOp::Is | MemberOp::Has => vec![self.value_word()?],
            MemberOp::In | MemberOp::HasAny | MemberOp::HasNone => self.list()?,
        };
        // The last token consumed is the value or the closing bracket.
        let end = self.tokens.get(self.position.saturating_sub(1)).map_or(left.span.end, |(_, s)| s.end);
        let span = left.span.start..end;
        Ok(Node { kind: NodeKind::Member(op, Box::new(left), values), span })
    }

    fn value_word(&mut self) -> Result<Word, SyntaxError> {
        match self.peek() {
            Some((Token::Word(w), span)) if !KEYWORDS.contains(&w.as_str()) => {
                let word = Word { text: w.clone(), span: span.clone() };
                self.advance();
                Ok(word)
            }
            _ => Err(SyntaxError {
                message: "expected a value".into(),
                span: self.here(),
                help: Some("values are ids such as `flanders` or `leefloon`".into()),
            }),
        }
    }

    fn list(&mut self) -> Result<Vec<Word>, SyntaxError> {
        self.expect_symbol("[", "to open the list of values")?;
        let mut words = vec![self.value_word()?];
        while self.next_is_symbol(",") {
            self.advance();
            if self.next_is_symbol("]") {
                break;
            }
            words.push(self.value_word()?);
        }
        self.expect_symbol("]", "to close the list of values")?;
        Ok(words)
    }

    fn sum(&mut self) -> Result<Node, SyntaxError> {
        let mut left = self.product()?;
        loop {
            let op = if self.next_is_symbol("+") {
                ArithOp::Add
            } else if self.next_is_symbol("-") {
                ArithOp::Sub
            } else {
                break;
            };
            self.operator()?;
            let right = self.product()?;
            let span = left.span.start..right.span.end;
            left = Node { kind: NodeKind::Arith(op, Box::new(left), Box::new(right)), span };
        }
        Ok(left)
    }

    fn product(&mut self) -> Result<Node, SyntaxError> {
        let mut left = self.atom()?;
        while self.next_is_symbol("*") {
            self.operator()?;
            let right = self.atom()?;
            let span = left.span.start..right.span.end;
            left = Node { kind: NodeKind::Arith(ArithOp::Mul, Box::new(left), Box::new(right)), span };
        }
        Ok(left)
    }

    fn atom(&mut self) -> Result<Node, SyntaxError> {
        let Some((token, span)) = self.peek().cloned() else {
            return Err(SyntaxError { message: "the condition ends too early".into(), span: self.here(), help: None });
        };
        match token {
            Token::Number(value) => {
                self.advance();
                Ok(Node { kind: NodeKind::Number(value), span })
            }
            Token::Symbol("(") => {
                self.advance();
                let inner = self.or()?;
                let close = self.expect_symbol(")", "to close the parenthesis")?;
                Ok(Node { kind: inner.kind, span: span.start..close.end })
            }
            Token::Word(word) if matches!(word.as_str(), "param" | "count" | "status") => {
                self.advance();
                self.expect_symbol("(", &format!("after `{word}`"))?;
                let argument = match self.peek() {
                    Some((Token::Word(w), s)) if !KEYWORDS.contains(&w.as_str()) => {
                        Word { text: w.clone(), span: s.clone() }
                    }
                    _ => {
                        return Err(SyntaxError {
                            message: format!("expected an id inside `{word}(…)`"),
                            span: self.here(),
                            help: None,
                        });
                    }
                };
                self.advance();
                let close = self.expect_symbol(")", &format!("to close `{word}(…)`"))?;
                let span = span.start..close.end;
                let kind = match word.as_str() {
                    "param" => NodeKind::Param(argument),
                    "count" => NodeKind::Count(argument),
                    _ => NodeKind::Status(argument),
                };
                Ok(Node { kind, span })
            }
            Token::Word(word) if KEYWORDS.contains(&word.as_str()) => Err(SyntaxError {
                message: format!("`{word}` cannot stand here"),
                span,
                help: Some("a fact, a number, `param(…)`, `count(…)` or `status(…)` is expected here".into()),
            }),
            Token::Word(word) => {
                self.advance();
                Ok(Node { kind: NodeKind::Name(word), span })
            }
            Token::Symbol(symbol) => Err(SyntaxError { message: format!("unexpected `{symbol}`"), span, help: None }),
        }
    }
}

fn combine(mut parts: Vec<Node>, make: fn(Vec<Node>) -> NodeKind) -> Node {
    if parts.len() == 1 {
        return parts.remove(0);
    }
    let start = parts.first().map_or(0, |n| n.span.start);
    let end = parts.last().map_or(0, |n| n.span.end);
    Node { kind: make(parts), span: start..end }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(node: &Node) -> String {
        match &node.kind {
            NodeKind::Name(n) => n.clone(),
            NodeKind::Number(v) => format!("{v}"),
            NodeKind::Param(w) => format!("param({})", w.text),
            NodeKind::Count(w) => format!("count({})", w.text),
            NodeKind::Status(w) => format!("status({})", w.text),
            NodeKind::Arith(op, a, b) => format!("({} {op:?} {})", shape(a), shape(b)),
            NodeKind::Compare(op, a, b) => format!("({} {op:?} {})", shape(a), shape(b)),
            NodeKind::Member(op, a, vs) => {
                format!("({} {op:?} {})", shape(a), vs.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join("|"))
            }
            NodeKind::And(ps) => format!("and[{}]", ps.iter().map(shape).collect::<Vec<_>>().join(", ")),
            NodeKind::Or(ps) => format!("or[{}]", ps.iter().map(shape).collect::<Vec<_>>().join(", ")),
            NodeKind::Not(n) => format!("not {}", shape(n)),
        }
    }

    #[test]
    fn precedence_and_hyphenated_ids() {
        let node = parse("not partner and income-monthly-net * 12 <= param(vt-limit) + 4744.94 * children or region in [brussels, wallonia]").unwrap();
        assert_eq!(
            shape(&node),
            "or[and[not partner, ((income-monthly-net Mul 1200) LessEqual (param(vt-limit) Add (474494 Mul children)))], (region In brussels|wallonia)]"
        );
    }

    #[test]
    fn minus_needs_no_hyphen_ambiguity() {
        assert_eq!(shape(&parse("children - 1 >= 0").unwrap()), "((children Sub 100) GreaterEqual 0)");
        assert_eq!(shape(&parse("a-1 >= 0").unwrap()), "(a-1 GreaterEqual 0)");
    }

    #[test]
    fn spans_point_at_the_words() {
        let text = "receives has-any [igo, ivt]";
        let node = parse(text).unwrap();
        let NodeKind::Member(MemberOp::HasAny, subject, values) = &node.kind else { panic!("{node:?}") };
        assert_eq!(&text[subject.span.clone()], "receives");
        assert_eq!(&text[values[1].span.clone()], "ivt");
        assert_eq!(node.span, 0..text.len());
    }

    #[test]
    fn a_sum_of_any_length_is_refused_before_it_could_overflow_the_stack() {
        let long = vec!["age"; 20_000].join(" + ") + " > 1";
        let error = parse(&long).unwrap_err();
        assert!(error.message.contains("more than 256"), "{}", error.message);
        // The error points at the first operator too many.
        assert_eq!(error.span.start, "age + ".len() * 256 + "age ".len());
        let fits = vec!["age"; 257].join(" * ") + " > 1";
        assert!(parse(&fits).is_ok());
    }

    #[test]
    fn syntax_errors_say_where_and_how() {
        let error = parse("age = 18").unwrap_err();
        assert_eq!((error.span, error.help.as_deref()), (4..5, Some("compare with `==`")));
        assert_eq!(parse("age >=").unwrap_err().message, "the condition ends too early");
        assert_eq!(parse("(age >= 18").unwrap_err().message, "expected `)` to close the parenthesis");
        assert_eq!(parse("age >= 18 partner").unwrap_err().span, 10..17);
        assert_eq!(parse("").unwrap_err().message, "the condition is empty");
        assert!(parse(&"(".repeat(500)).is_err());
        assert!(parse(&"not ".repeat(500)).is_err());
        assert_eq!(parse("x >= 1.234").unwrap_err().message, "a number may have at most two decimals");
    }
}
