//! What a message needs: the variables it uses (and as what), the functions
//! it calls and the selects it makes, read from the Fluent syntax tree once,
//! when a catalog is compiled.

use fluent_syntax::ast;

/// How a variable is used, as a set of flags: a variable printed as is and
/// also passed to `DATE()` carries both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Expect(u8);

impl Expect {
    /// Printed as is: any argument type.
    pub const PLAIN: Expect = Expect(1);
    /// Passed to `MONEY()`.
    pub const MONEY: Expect = Expect(2);
    /// Passed to `DATETIME()`: an instant.
    pub const DATETIME: Expect = Expect(4);
    /// Passed to `DATE()`: a date or an instant.
    pub const DATE: Expect = Expect(8);
    /// A plural selector or passed to `NUMBER()`: an integer.
    pub const COUNT: Expect = Expect(16);
    /// A selector over named keys (`[wrong]`, `[missing]`): a string.
    pub const CHOICE: Expect = Expect(32);

    pub fn has(self, other: Expect) -> bool {
        self.0 & other.0 != 0
    }

    fn add(&mut self, other: Expect) {
        self.0 |= other.0;
    }
}

/// The CLDR plural categories, the keys a plural select may use.
pub(crate) const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// One select expression, for the linter.
#[derive(Debug, Clone)]
pub(crate) struct Select {
    /// The selected variable, when the selector is `$x` or `NUMBER($x)`.
    pub var: Option<String>,
    /// The variant keys as written.
    pub keys: Vec<String>,
    /// Whether the keys make it a plural select.
    pub plural: bool,
}

/// Everything known about one message (or attribute) of one bundle.
#[derive(Debug, Clone, Default)]
pub(crate) struct Facts {
    /// Each variable once, in order of first use, with how it is used.
    pub vars: Vec<(String, Expect)>,
    /// Each function call: name and whether it has named options.
    pub functions: Vec<(String, bool)>,
    /// Each select expression.
    pub selects: Vec<Select>,
}

impl Facts {
    fn var(&mut self, name: &str, how: Expect) {
        match self.vars.iter_mut().find(|(n, _)| n == name) {
            Some((_, e)) => e.add(how),
            None => self.vars.push((name.to_string(), how)),
        }
    }

    /// The variable names, sorted.
    pub fn var_names(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.vars.iter().map(|(n, _)| n.as_str()).collect();
        v.sort_unstable();
        v
    }
}

/// Looks up another message's pattern (for message references): `(id,
/// attribute)` to the pattern, if it exists.
pub(crate) trait Lookup<'a> {
    fn pattern(&self, id: &str, attribute: Option<&str>) -> Option<&'a ast::Pattern<&'a str>>;
}

/// The facts of `pattern`, following message references through `lookup`.
pub(crate) fn analyze<'a>(pattern: &'a ast::Pattern<&'a str>, lookup: &dyn Lookup<'a>) -> Facts {
    let mut walker = Walker {
        facts: Facts::default(),
        lookup,
        seen: Vec::new(),
    };
    walker.pattern(pattern);
    walker.facts
}

struct Walker<'a, 'l> {
    facts: Facts,
    lookup: &'l dyn Lookup<'a>,
    seen: Vec<(&'a str, Option<&'a str>)>,
}

impl<'a> Walker<'a, '_> {
    fn pattern(&mut self, pattern: &'a ast::Pattern<&'a str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &'a ast::Expression<&'a str>) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, Expect::PLAIN),
            ast::Expression::Select { selector, variants } => {
                let keys: Vec<String> = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                let named = keys
                    .iter()
                    .any(|k| !is_number(k) && !PLURAL_CATEGORIES.contains(&k.as_str()));
                let plural = !named && keys.iter().any(|k| k != "other");
                let how = if named {
                    Expect::CHOICE
                } else if plural {
                    Expect::COUNT
                } else {
                    Expect::PLAIN
                };
                let var = match selector {
                    ast::InlineExpression::VariableReference { id } => Some(id.name.to_string()),
                    ast::InlineExpression::FunctionReference { id, arguments }
                        if id.name == "NUMBER" =>
                    {
                        match arguments.positional.first() {
                            Some(ast::InlineExpression::VariableReference { id }) => {
                                Some(id.name.to_string())
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                };
                self.facts.selects.push(Select { var, keys, plural });
                self.inline(selector, how);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
        }
    }

    fn inline(&mut self, inline: &'a ast::InlineExpression<&'a str>, how: Expect) {
        match inline {
            ast::InlineExpression::VariableReference { id } => self.facts.var(id.name, how),
            ast::InlineExpression::FunctionReference { id, arguments } => {
                let name = id.name;
                self.facts
                    .functions
                    .push((name.to_string(), !arguments.named.is_empty()));
                let arg_how = match name {
                    "MONEY" => Expect::MONEY,
                    "DATETIME" => Expect::DATETIME,
                    "DATE" => Expect::DATE,
                    "NUMBER" => Expect::COUNT,
                    _ => Expect::PLAIN,
                };
                for (i, arg) in arguments.positional.iter().enumerate() {
                    self.inline(arg, if i == 0 { arg_how } else { Expect::PLAIN });
                }
                for named in &arguments.named {
                    self.inline(&named.value, Expect::PLAIN);
                }
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                let key = (id.name, attribute.as_ref().map(|a| a.name));
                if self.seen.contains(&key) {
                    return;
                }
                self.seen.push(key);
                if let Some(p) = self.lookup.pattern(key.0, key.1) {
                    self.pattern(p);
                }
            }
            ast::InlineExpression::TermReference { arguments, .. } => {
                // A term sees only the arguments passed to it, so only the
                // variables in those arguments belong to the message.
                if let Some(arguments) = arguments {
                    for arg in &arguments.positional {
                        self.inline(arg, Expect::PLAIN);
                    }
                    for named in &arguments.named {
                        self.inline(&named.value, Expect::PLAIN);
                    }
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }
}

fn is_number(key: &str) -> bool {
    key.parse::<f64>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoRefs;
    impl<'a> Lookup<'a> for NoRefs {
        fn pattern(&self, _: &str, _: Option<&str>) -> Option<&'a ast::Pattern<&'a str>> {
            None
        }
    }

    fn facts(src: &'static str) -> Facts {
        let res = fluent_syntax::parser::parse(src).expect("parses");
        let res: &'static ast::Resource<&'static str> = Box::leak(Box::new(res));
        let ast::Entry::Message(m) = &res.body[0] else {
            panic!("not a message")
        };
        analyze(m.value.as_ref().expect("value"), &NoRefs)
    }

    #[test]
    fn uses_are_classified() {
        let f = facts(
            "m = { $name } { MONEY($amount) } { DATE($when) } { $days ->\n  [one] day\n *[other] { $days } days\n} { $kind ->\n  [wrong] w\n *[other] o\n}\n",
        );
        let get = |n: &str| f.vars.iter().find(|(v, _)| v == n).map(|(_, e)| *e);
        assert_eq!(get("name"), Some(Expect::PLAIN));
        assert_eq!(get("amount"), Some(Expect::MONEY));
        assert_eq!(get("when"), Some(Expect::DATE));
        let days = get("days").unwrap();
        assert!(days.has(Expect::COUNT) && days.has(Expect::PLAIN));
        assert_eq!(get("kind"), Some(Expect::CHOICE));
        assert_eq!(f.selects.len(), 2);
        assert!(f.selects[0].plural && !f.selects[1].plural);
        assert_eq!(f.functions.len(), 2);
    }
}
