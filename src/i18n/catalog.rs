//! The Fluent catalogues, compiled into the binary, and rendering from them.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::{group_thousands, localise_decimal, Arg, Locale, Message};

/// One catalogue file per area and language, as `(area, text)`.
macro_rules! catalogue {
    ($lang:literal: $($area:literal),*) => {
        &[$(($area, include_str!(concat!("../../locales/", $lang, "/", $area, ".ftl")))),*]
    };
}

const EN: &[(&str, &str)] = catalogue!("en": "common", "cli", "help", "definition", "validate", "text", "build", "error", "register", "review", "plan", "measure");
const KK: &[(&str, &str)] = catalogue!("kk": "common", "cli", "help", "definition", "validate", "text", "build", "error", "register", "review", "plan", "measure");
const RU: &[(&str, &str)] = catalogue!("ru": "common", "cli", "help", "definition", "validate", "text", "build", "error", "register", "review", "plan", "measure");

fn files(locale: Locale) -> &'static [(&'static str, &'static str)] {
    match locale {
        Locale::En => EN,
        Locale::Kk => KK,
        Locale::Ru => RU,
    }
}

/// A language's bundle and the variables each of its messages uses.
struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    variables: BTreeMap<String, BTreeSet<String>>,
}

fn format_en(value: &FluentValue, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    format_number(value, Locale::En)
}

fn format_spaced(value: &FluentValue, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    format_number(value, Locale::Ru)
}

fn format_number(value: &FluentValue, locale: Locale) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 9e15 => Some(group_thousands(n.value as i64, locale)),
        _ => None,
    }
}

fn load(locale: Locale) -> Catalogue {
    let language = locale.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // Isolation marks would show as stray characters in a terminal.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(if locale == Locale::En { format_en } else { format_spaced }));
    let mut variables = BTreeMap::new();
    for (area, text) in files(locale) {
        let resource = match FluentResource::try_new((*text).to_owned()) {
            Ok(resource) => resource,
            // A syntax error is caught by the catalogue test; what parsed is kept.
            Err((resource, _)) => {
                debug_assert!(false, "locales/{}/{area}.ftl does not parse", locale.code());
                resource
            }
        };
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let mut used = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut used);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut used);
                }
                variables.insert(message.id.name.to_owned(), used);
            }
        }
        // Duplicate ids are caught by the catalogue test.
        let _ = bundle.add_resource(resource);
    }
    Catalogue { bundle, variables }
}

fn pattern_variables(pattern: &ast::Pattern<&str>, used: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, used);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, used: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, used);
            for variant in variants {
                pattern_variables(&variant.value, used);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, used),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, used: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            used.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, used);
            }
            for named in &arguments.named {
                inline_variables(&named.value, used);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, used),
        _ => {}
    }
}

fn catalogue(locale: Locale) -> &'static Catalogue {
    static CATALOGUES: OnceLock<[Catalogue; 3]> = OnceLock::new();
    let all = CATALOGUES.get_or_init(|| [load(Locale::En), load(Locale::Kk), load(Locale::Ru)]);
    match locale {
        Locale::En => &all[0],
        Locale::Kk => &all[1],
        Locale::Ru => &all[2],
    }
}

/// Every message id of a language's catalogue.
pub fn catalog_ids(locale: Locale) -> BTreeSet<String> {
    catalogue(locale).variables.keys().cloned().collect()
}

/// The variables (without `$`) a message uses in a language, if it has the message.
pub fn message_variables(locale: Locale, id: &str) -> Option<BTreeSet<String>> {
    catalogue(locale).variables.get(id).cloned()
}

/// A message without arguments looked up by an id made at run time (the
/// help of each command and option), if the language has it.
pub fn lookup(locale: Locale, id: &str) -> Option<String> {
    let bundle = &catalogue(locale).bundle;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, None, &mut errors).into_owned())
}

/// Whether rendering reports catalogue problems in the text
/// (`BALLOT_ACCESS_I18N_CHECK=1`, set by the tests).
fn checking() -> bool {
    static CHECK: OnceLock<bool> = OnceLock::new();
    *CHECK.get_or_init(|| std::env::var_os("BALLOT_ACCESS_I18N_CHECK").is_some_and(|v| v == "1"))
}

pub(super) fn render(message: &Message, locale: Locale) -> String {
    let mut problems = Vec::new();
    let text = render_checked(message, locale, &mut problems);
    if checking() && !problems.is_empty() {
        format!("{text} [i18n: {}]", problems.join("; "))
    } else {
        text
    }
}

fn render_checked(message: &Message, locale: Locale, problems: &mut Vec<String>) -> String {
    let mut catalogue = catalogue(locale);
    let found = match catalogue.bundle.get_message(message.id).and_then(|m| m.value()) {
        Some(pattern) => Some(pattern),
        None => {
            problems.push(format!("no message {} in {}", message.id, locale.code()));
            // A missing translation falls back to English rather than to nothing.
            catalogue = self::catalogue(Locale::En);
            catalogue.bundle.get_message(message.id).and_then(|m| m.value())
        }
    };
    let Some(pattern) = found else {
        let args: Vec<String> = message.args.iter().map(|(name, arg)| format!("{name}={}", shown(arg, locale, problems))).collect();
        return format!("{} {}", message.id, args.join(" "));
    };
    let used = catalogue.variables.get(message.id).cloned().unwrap_or_default();
    let mut args = FluentArgs::new();
    for (name, arg) in &message.args {
        if !used.contains(*name) {
            problems.push(format!("{} does not use ${name} in {}", message.id, locale.code()));
        }
        let value: FluentValue = match arg {
            Arg::Count(n) => FluentValue::from(*n),
            other => FluentValue::from(shown(other, locale, problems)),
        };
        args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = catalogue.bundle.format_pattern(pattern, Some(&args), &mut errors);
    problems.extend(errors.iter().map(|e| format!("{}: {e}", message.id)));
    text.into_owned()
}

fn shown(arg: &Arg, locale: Locale, problems: &mut Vec<String>) -> String {
    match arg {
        Arg::Text(text) => text.clone(),
        Arg::Count(n) => group_thousands(*n, locale),
        Arg::Decimal(text) => localise_decimal(text, locale),
        Arg::Message(message) => render_checked(message, locale, problems),
        Arg::List(messages) => messages.iter().map(|m| render_checked(m, locale, problems)).collect::<Vec<_>>().join("; "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every catalogue parses, has no id twice, and every language has the
    /// same messages using the same variables as English.
    #[test]
    fn every_language_has_every_message_with_the_same_variables() {
        let mut failures = Vec::new();
        for locale in Locale::ALL {
            let mut seen = BTreeSet::new();
            for (area, text) in files(locale) {
                match FluentResource::try_new((*text).to_owned()) {
                    Ok(resource) => {
                        for entry in resource.entries() {
                            if let ast::Entry::Message(m) = entry {
                                if !seen.insert(m.id.name.to_owned()) {
                                    failures.push(format!("{}: {} twice", locale.code(), m.id.name));
                                }
                                if m.value.is_none() {
                                    failures.push(format!("{}: {} has no text", locale.code(), m.id.name));
                                }
                            }
                        }
                    }
                    Err((_, errors)) => failures.push(format!("locales/{}/{area}.ftl: {errors:?}", locale.code())),
                }
            }
        }
        let english = &catalogue(Locale::En).variables;
        for locale in [Locale::Kk, Locale::Ru] {
            let other = &catalogue(locale).variables;
            for (id, variables) in english {
                match other.get(id) {
                    None => failures.push(format!("{}: no {id}", locale.code())),
                    Some(v) if v != variables => failures.push(format!("{}: {id} uses {v:?}, English {variables:?}", locale.code())),
                    Some(_) => {}
                }
            }
            for id in other.keys().filter(|id| !english.contains_key(*id)) {
                failures.push(format!("{}: {id} is not in English", locale.code()));
            }
        }
        assert!(failures.is_empty(), "{} catalogue problems:\n{}", failures.len(), failures.join("\n"));
    }

    #[test]
    fn a_wrong_argument_is_reported() {
        let mut problems = Vec::new();
        render_checked(&Message::new("count-ballots").arg("count", 2).arg("stray", "x"), Locale::Ru, &mut problems);
        assert_eq!(problems.len(), 1, "{problems:?}");
        problems.clear();
        render_checked(&Message::new("count-ballots"), Locale::Ru, &mut problems);
        assert!(!problems.is_empty());
        problems.clear();
        render_checked(&Message::new("no-such-message"), Locale::Kk, &mut problems);
        assert!(!problems.is_empty());
    }
}
