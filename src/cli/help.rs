//! The command line's help and usage errors in the interface language.
//!
//! Every command's and option's help comes from the `help` catalogue
//! (`help-<command path>` for a command, `help-<command path>--<argument>`
//! for an argument); clap's own words (headings, `[OPTIONS]`, defaults,
//! possible values, the help and version flags) are replaced by the
//! catalogue's, and a usage error is told in the language from clap's
//! structured error.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::i18n::{lookup, Locale};
use crate::msg;

/// The catalogue id of a command (`help-review-import`) or of one of its
/// arguments (`help-review-import--files`).
pub(crate) fn help_id(path: &[&str], arg: Option<&str>) -> String {
    let mut id = String::from("help");
    for part in path {
        id.push('-');
        id.push_str(part);
    }
    if let Some(arg) = arg {
        id.push_str("--");
        id.push_str(arg);
    }
    id
}

/// The command line's definition with every text in `ui`.
pub(crate) fn localized(command: Command, ui: Locale) -> Command {
    localize(command, ui, &[])
}

fn word(ui: Locale, id: &str) -> String {
    lookup(ui, id).unwrap_or_else(|| lookup(Locale::En, id).unwrap_or_default())
}

fn localize(mut command: Command, ui: Locale, path: &[&str]) -> Command {
    let own: Vec<&str> = if path.is_empty() { Vec::new() } else { path.to_vec() };
    let about_id = help_id(&own, None);
    if let Some(about) = lookup(ui, &about_id) {
        command = command.about(about).long_about(None);
    }
    let arguments = word(ui, "help-heading-arguments");
    let options = word(ui, "help-heading-options");
    let ids: Vec<String> = command.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        let key = help_id(&own, Some(&id));
        let heading = command.get_arguments().find(|a| a.get_id() == id.as_str()).is_some_and(Arg::is_positional);
        let heading = if heading { arguments.clone() } else { options.clone() };
        // `BALLOT.yaml` is `help-value-BALLOT-yaml` (a Fluent id has no dots).
        let value_word = |name: &str| lookup(ui, &format!("help-value-{}", name.replace('.', "-"))).unwrap_or_else(|| name.to_owned());
        command = command.mut_arg(id.as_str(), |arg| {
            let mut help = lookup(ui, &key).unwrap_or_else(|| arg.get_help().map(ToString::to_string).unwrap_or_default());
            // clap's own "[default: ...]" and "[possible values: ...]" are English: said here instead.
            let values: Vec<String> = arg.get_possible_values().iter().map(|v| v.get_name().to_owned()).collect();
            if !values.is_empty() && !matches!(arg.get_action(), ArgAction::SetTrue) {
                help.push_str(&format!(" [{}: {}]", word(ui, "help-possible-values"), values.join(", ")));
            }
            let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
            if !defaults.is_empty() && !matches!(arg.get_action(), ArgAction::SetTrue) {
                help.push_str(&format!(" [{}: {}]", word(ui, "help-default"), defaults.join(", ")));
            }
            let names: Option<Vec<String>> = arg.get_value_names().map(|n| n.iter().map(|s| value_word(s.as_str())).collect());
            let takes_values = arg.get_action().takes_values();
            let arg = arg.help(help).help_heading(heading.clone());
            let arg = if takes_values { arg.hide_default_value(true).hide_possible_values(true) } else { arg };
            match names {
                Some(names) => arg.value_names(names),
                None if takes_values => {
                    let name = value_word(&arg.get_id().to_string().to_uppercase());
                    arg.value_name(name)
                }
                None => arg,
            }
        });
    }
    // clap's help and version flags and its `help` command speak English only.
    command = command
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(word(ui, "help-flag-help")).help_heading(options.clone()));
    if path.is_empty() {
        command = command
            .disable_version_flag(true)
            .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help(word(ui, "help-flag-version")).help_heading(options.clone()));
    }
    command = command
        .subcommand_help_heading(word(ui, "help-heading-commands"))
        .subcommand_value_name(word(ui, "help-value-COMMAND"))
        .help_template(format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", word(ui, "help-heading-usage")));
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_owned()).collect();
    for name in names {
        let mut sub_path = own.clone();
        sub_path.push(&name);
        let sub_path: Vec<String> = sub_path.iter().map(|s| (*s).to_owned()).collect();
        command = command.mut_subcommand(name.as_str(), |sub| {
            let refs: Vec<&str> = sub_path.iter().map(String::as_str).collect();
            localize(sub, ui, &refs)
        });
    }
    // `[OPTIONS]` in the usage line is clap's word.
    let usage = command.render_usage().to_string();
    let usage = usage.split_once(' ').map_or(usage.as_str(), |(_, rest)| rest).trim().to_owned();
    let usage = usage.replace("[OPTIONS]", &format!("[{}]", word(ui, "help-value-OPTIONS")));
    // A subcommand not yet built knows only its own name.
    let usage = match path.split_last() {
        Some((_, parents)) => format!("ballot-access {}{usage}", parents.iter().map(|p| format!("{p} ")).collect::<String>()),
        None => usage,
    };
    command.override_usage(usage)
}

/// A usage error (a wrong or missing option, an unknown command) told in
/// `ui`, with the usage line and where to find the help.
pub(crate) fn usage_error(error: &clap::Error, ui: Locale) -> String {
    let text = |kind: ContextKind| -> String {
        match error.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    // What the person typed is shown as code, the same in every language.
    let code = |text: String| if text.is_empty() { text } else { format!("`{text}`") };
    let argument = text(ContextKind::InvalidArg);
    let value = code(text(ContextKind::InvalidValue));
    let message = match error.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let valid = text(ContextKind::ValidValue);
            let valid = valid.split(", ").map(|v| code(v.to_owned())).collect::<Vec<_>>().join(", ");
            if valid.is_empty() {
                msg!("cli-usage-invalid-value", value = value, argument = argument)
            } else {
                msg!("cli-usage-invalid-value-one-of", value = value, argument = argument, valid = valid)
            }
        }
        ErrorKind::UnknownArgument => {
            let suggested = text(ContextKind::SuggestedArg);
            if suggested.is_empty() {
                msg!("cli-usage-unknown-argument", argument = argument)
            } else {
                msg!("cli-usage-unknown-argument-did-you-mean", argument = argument, suggested = suggested)
            }
        }
        ErrorKind::InvalidSubcommand => {
            let suggested = code(text(ContextKind::SuggestedSubcommand));
            let command = code(text(ContextKind::InvalidSubcommand));
            if suggested.is_empty() {
                msg!("cli-usage-unknown-command", command = command)
            } else {
                msg!("cli-usage-unknown-command-did-you-mean", command = command, suggested = suggested)
            }
        }
        ErrorKind::MissingRequiredArgument => msg!("cli-usage-missing", argument = argument),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => msg!("cli-usage-missing-command"),
        ErrorKind::ArgumentConflict => msg!("cli-usage-conflict", argument = argument, other = text(ContextKind::PriorArg)),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues | ErrorKind::NoEquals => {
            msg!("cli-usage-values", argument = argument)
        }
        _ => msg!("cli-usage-other"),
    };
    let usage = text(ContextKind::Usage);
    let usage = usage.split_once(' ').map_or(usage.as_str(), |(_, rest)| rest).trim().to_owned();
    let mut out = format!("{}: {}\n", msg!("label-error").render(ui), message.render(ui));
    if !usage.is_empty() {
        out.push_str(&format!("\n{} {usage}\n", word(ui, "help-heading-usage")));
    }
    out.push_str(&format!("\n{}\n", msg!("cli-usage-see-help").render(ui)));
    out
}
