//! What a message needs: the variables it uses (and as what), the functions
//! it calls and the selects it makes, read from the Fluent syntax tree once,
//! when a catalog is compiled.

use std::collections::{HashMap, HashSet};

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
    /// Adds a function call, once per name and kind (with or without options).
    fn function(&mut self, name: String, has_options: bool) {
        if !self
            .functions
            .iter()
            .any(|(n, o)| *n == name && *o == has_options)
        {
            self.functions.push((name, has_options));
        }
    }

    /// Adds the variables and functions of referenced messages, each once
    /// (one pass over each, whatever the number of messages).
    pub fn merge_all<'f>(&mut self, others: impl IntoIterator<Item = &'f Facts>) {
        let mut vars: HashMap<String, usize> = self
            .vars
            .iter()
            .enumerate()
            .map(|(i, (n, _))| (n.clone(), i))
            .collect();
        let mut functions: HashSet<(String, bool)> = self.functions.iter().cloned().collect();
        for other in others {
            for (name, how) in &other.vars {
                match vars.get(name) {
                    Some(&i) => self.vars[i].1.add(*how),
                    None => {
                        vars.insert(name.clone(), self.vars.len());
                        self.vars.push((name.clone(), *how));
                    }
                }
            }
            for f in &other.functions {
                if functions.insert(f.clone()) {
                    self.functions.push(f.clone());
                }
            }
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

/// A message reference: id and attribute.
pub(crate) type RefKey<'a> = (&'a str, Option<&'a str>);

/// The facts of `pattern` alone, and the messages it references (each
/// once, in order of first use). Variables, functions and selects of the
/// referenced messages are not included: [`analyze_all`] merges them.
///
/// The walk recurses once per nested placeable; the catalog refuses
/// sources nested deeper than [`MAX_NESTING`](super::catalog::MAX_NESTING)
/// before they are parsed, so the depth is bounded.
pub(crate) fn local<'a>(pattern: &'a ast::Pattern<&'a str>) -> (Facts, Vec<RefKey<'a>>) {
    let mut walker = Walker::default();
    walker.pattern(pattern);
    (walker.facts, walker.refs)
}

/// The facts of every message in `keys`, following message references
/// through `lookup` transitively: a message's variables and functions are
/// its own plus those of every message it references (its selects are its
/// own only: each message is checked for its own selects).
///
/// Linear in the size of the messages plus the size of the result: each
/// pattern is walked once, and the references are followed by one
/// iterative pass (Tarjan's strongly connected components) that merges each
/// message's facts into those that reference it, so a chain of thousands of
/// references neither recurses nor is walked once per message. Messages in
/// a cycle of references (which fails to render anyway) all get the facts
/// of the whole cycle.
pub(crate) fn analyze_all<'a>(
    keys: &[RefKey<'a>],
    lookup: &dyn Lookup<'a>,
) -> HashMap<RefKey<'a>, Facts> {
    let mut graph = Graph {
        lookup,
        ids: HashMap::new(),
        nodes: Vec::new(),
        counter: 0,
        scc: Vec::new(),
    };
    for &root in keys {
        let r = graph.node(root);
        if graph.nodes[r].index.is_none() {
            graph.components_from(r);
        }
    }
    let Graph { ids, mut nodes, .. } = graph;
    ids.into_iter()
        .filter_map(|(key, i)| nodes[i].done.take().map(|f| (key, f)))
        .collect()
}

/// One message in the reference graph.
struct Node<'a> {
    own: Facts,
    refs: Vec<RefKey<'a>>,
    index: Option<usize>,
    low: usize,
    on_stack: bool,
    done: Option<Facts>,
}

struct Graph<'a, 'l> {
    lookup: &'l dyn Lookup<'a>,
    ids: HashMap<RefKey<'a>, usize>,
    nodes: Vec<Node<'a>>,
    counter: usize,
    scc: Vec<usize>,
}

impl<'a> Graph<'a, '_> {
    /// The node of `key`, walking its pattern on first sight.
    fn node(&mut self, key: RefKey<'a>) -> usize {
        if let Some(&i) = self.ids.get(&key) {
            return i;
        }
        let (own, refs) = match self.lookup.pattern(key.0, key.1) {
            Some(p) => local(p),
            None => (Facts::default(), Vec::new()),
        };
        let i = self.nodes.len();
        self.ids.insert(key, i);
        self.nodes.push(Node {
            own,
            refs,
            index: None,
            low: 0,
            on_stack: false,
            done: None,
        });
        i
    }

    fn enter(&mut self, v: usize, stack: &mut Vec<(usize, usize)>) {
        self.nodes[v].index = Some(self.counter);
        self.nodes[v].low = self.counter;
        self.counter += 1;
        self.nodes[v].on_stack = true;
        self.scc.push(v);
        stack.push((v, 0));
    }

    /// Tarjan's algorithm from `root`, without recursion.
    fn components_from(&mut self, root: usize) {
        let mut stack: Vec<(usize, usize)> = Vec::new();
        self.enter(root, &mut stack);
        while let Some(&(v, next)) = stack.last() {
            if let Some(&key) = self.nodes[v].refs.get(next) {
                if let Some(top) = stack.last_mut() {
                    top.1 += 1;
                }
                let w = self.node(key);
                match self.nodes[w].index {
                    None => self.enter(w, &mut stack),
                    Some(index) if self.nodes[w].on_stack => {
                        self.nodes[v].low = self.nodes[v].low.min(index);
                    }
                    Some(_) => {}
                }
                continue;
            }
            stack.pop();
            if let Some(&(u, _)) = stack.last() {
                self.nodes[u].low = self.nodes[u].low.min(self.nodes[v].low);
            }
            if Some(self.nodes[v].low) == self.nodes[v].index {
                self.finish_component(v);
            }
        }
    }

    /// Pops the component whose root is `v` and gives each of its messages
    /// the facts of the whole component and of everything it references.
    fn finish_component(&mut self, v: usize) {
        let mut members = Vec::new();
        while let Some(w) = self.scc.pop() {
            self.nodes[w].on_stack = false;
            members.push(w);
            if w == v {
                break;
            }
        }
        let mut owns = Vec::with_capacity(members.len());
        let mut own_selects = Vec::with_capacity(members.len());
        for &m in &members {
            let mut own = std::mem::take(&mut self.nodes[m].own);
            own_selects.push(std::mem::take(&mut own.selects));
            owns.push(own);
        }
        let mut facts = Facts::default();
        let referenced = members
            .iter()
            .flat_map(|&m| self.nodes[m].refs.iter())
            .filter_map(|key| self.ids.get(key).and_then(|&r| self.nodes[r].done.as_ref()));
        facts.merge_all(owns.iter().chain(referenced));
        for (&m, selects) in members.iter().zip(own_selects) {
            let mut mine = facts.clone();
            mine.selects = selects;
            self.nodes[m].done = Some(mine);
        }
    }
}

#[derive(Default)]
struct Walker<'a> {
    facts: Facts,
    var_index: HashMap<String, usize>,
    refs: Vec<RefKey<'a>>,
    seen: HashSet<RefKey<'a>>,
}

impl<'a> Walker<'a> {
    fn var(&mut self, name: &str, how: Expect) {
        match self.var_index.get(name) {
            Some(&i) => self.facts.vars[i].1.add(how),
            None => {
                self.var_index
                    .insert(name.to_string(), self.facts.vars.len());
                self.facts.vars.push((name.to_string(), how));
            }
        }
    }

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
            ast::InlineExpression::VariableReference { id } => self.var(id.name, how),
            ast::InlineExpression::FunctionReference { id, arguments } => {
                let name = id.name;
                self.facts
                    .function(name.to_string(), !arguments.named.is_empty());
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
                if self.seen.insert(key) {
                    self.refs.push(key);
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

    fn facts(src: &'static str) -> Facts {
        let res = fluent_syntax::parser::parse(src).expect("parses");
        let res: &'static ast::Resource<&'static str> = Box::leak(Box::new(res));
        let ast::Entry::Message(m) = &res.body[0] else {
            panic!("not a message")
        };
        local(m.value.as_ref().expect("value")).0
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
