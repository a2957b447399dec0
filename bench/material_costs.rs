//! Time each material's renderer on the first ballots of an election, to see
//! where build time goes. Run:
//! `cargo build --release && cargo run --release --example material_costs -- PATH [BALLOTS]`
//! (speech runs in `target/release/ballot-access` worker processes).

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "ballots".into());
    let count: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(4);
    let loaded = ballot_access::definition::load(&[std::path::PathBuf::from(path)]);
    assert!(!loaded.diagnostics.has_errors(), "the definitions are not valid");
    let exe = std::env::current_exe().expect("own path");
    let workers = exe.parent().and_then(|examples| examples.parent()).expect("target folder").join("ballot-access");
    assert!(workers.is_file(), "build the binary first: {} is missing", workers.display());
    ballot_access::speech::worker::set_program(workers);
    let context = ballot_access::render::RenderContext::default();
    for renderer in ballot_access::materials::all() {
        let started = Instant::now();
        let mut ballots = 0;
        for election in &loaded.elections {
            for ballot in election.ballots.iter().take(count) {
                renderer.render(&context, &election.info, ballot).expect("renders");
                ballots += 1;
            }
        }
        println!("{}: {:.3} s per ballot", renderer.name(), started.elapsed().as_secs_f64() / ballots.max(1) as f64);
    }
}
