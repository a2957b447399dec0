//! Build progress on stderr: a bar with ballots done, the current ballot and
//! the time left on a terminal; plain periodic lines otherwise.

use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

use crate::i18n::Locale;
use crate::msg;
use crate::project::Progress;

/// Plain progress lines at most this often.
const LINE_EVERY: Duration = Duration::from_secs(5);

enum Display {
    Hidden,
    Bar(ProgressBar),
    Lines { total: usize, done: usize, last: Instant, started: Instant },
}

/// Shows build progress unless quiet.
pub struct Reporter(Mutex<Display>, Locale);

impl Reporter {
    /// A bar on a terminal, lines when stderr is redirected, nothing when quiet.
    pub fn new(quiet: bool, ui: Locale) -> Self {
        let display = if quiet {
            Display::Hidden
        } else if std::io::stderr().is_terminal() {
            let bar = ProgressBar::new(0);
            bar.set_style(
                ProgressStyle::with_template(&format!("{{bar:30}} {}  {{msg}}", msg!("cli-progress-bar", done = "{pos}", total = "{len}", eta = "{eta}").render(ui)))
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            Display::Bar(bar)
        } else {
            Display::Lines { total: 0, done: 0, last: Instant::now(), started: Instant::now() }
        };
        Reporter(Mutex::new(display), ui)
    }

    /// Clears the bar.
    pub fn finish(&self) {
        if let Display::Bar(bar) = &*self.0.lock().unwrap_or_else(|p| p.into_inner()) {
            bar.finish_and_clear();
        }
    }
}

impl Progress for Reporter {
    fn start(&self, total: usize) {
        match &mut *self.0.lock().unwrap_or_else(|p| p.into_inner()) {
            Display::Bar(bar) => bar.set_length(total as u64),
            Display::Lines { total: t, .. } => *t = total,
            Display::Hidden => {}
        }
    }

    fn done(&self, election: &str, ballot: &str) {
        match &mut *self.0.lock().unwrap_or_else(|p| p.into_inner()) {
            Display::Bar(bar) => {
                bar.set_message(format!("{election}/{ballot}"));
                bar.inc(1);
            }
            Display::Lines { total, done, last, started } => {
                *done += 1;
                if last.elapsed() >= LINE_EVERY || *done == *total {
                    *last = Instant::now();
                    let seconds = started.elapsed().as_secs();
                    eprintln!("{}", msg!("cli-progress-line", done = *done, total = *total, ballot = format!("{election}/{ballot}"), seconds = seconds).render(self.1));
                }
            }
            Display::Hidden => {}
        }
    }

    fn note(&self, message: crate::i18n::Message) {
        match &*self.0.lock().unwrap_or_else(|p| p.into_inner()) {
            Display::Bar(bar) => bar.println(message.render(self.1)),
            _ => eprintln!("{}", message.render(self.1)),
        }
    }
}
