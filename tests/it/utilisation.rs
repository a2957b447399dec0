//! Where a build's time goes: its profile by stage, and its speech workers
//! stopped and waited for, so their CPU time is counted where the build's is.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::common::root;

/// Runs a cold build of the base corpus ballot as a child of a Python
/// process made a subreaper (so any process the build leaves behind becomes
/// its child); returns the build's exit status, its CPU seconds as wait4
/// counts them (with every descendant it waited for), and the processes left.
fn build_under_subreaper(dir: &Path) -> (i32, f64, Vec<String>) {
    let script = r#"
import ctypes, json, os, subprocess, sys, time
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
time.sleep(0.5)
left = []
for pid in os.listdir("/proc"):
    try:
        stat = open(f"/proc/{pid}/stat").read()
    except OSError:
        continue
    if pid.isdigit() and stat.rsplit(")", 1)[1].split()[1] == str(os.getpid()):
        left.append(open(f"/proc/{pid}/cmdline").read().replace("\0", " ").strip() or stat.split(" ")[1])
print(json.dumps({"status": os.waitstatus_to_exitcode(status), "cpu": usage.ru_utime + usage.ru_stime, "left": left}))
"#;
    let output = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_ballot-access"))
        .args(["build", "e", "--out", "out", "--quiet", "--jobs", "2"])
        .current_dir(dir)
        .env("BALLOT_ACCESS_PROFILE", dir.join("profile.tsv"))
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("python3 runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let answer: serde_json::Value = serde_json::from_slice(&output.stdout).expect("the script's JSON");
    let left = answer["left"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_owned()).collect();
    (answer["status"].as_i64().unwrap() as i32, answer["cpu"].as_f64().unwrap(), left)
}

#[test]
fn a_build_stops_its_speech_workers_and_reports_its_time_by_stage() {
    let dir = tempfile::tempdir().unwrap();
    let base = root().join("tests/corpus/base");
    fs::create_dir_all(dir.path().join("e")).unwrap();
    for file in ["election.yaml", "ballot.yaml"] {
        fs::copy(base.join(file), dir.path().join("e").join(file)).unwrap();
    }
    let (status, cpu, left) = build_under_subreaper(dir.path());
    assert_eq!(status, 0);
    // Workers left to end with the build's exit would be nobody's to wait for.
    assert!(left.is_empty(), "processes left behind: {left:?}");

    let table = fs::read_to_string(dir.path().join("profile.tsv")).unwrap();
    let mut lines = table.lines();
    assert_eq!(lines.next(), Some("stage\tcpu_seconds\twall_seconds"));
    let rows: BTreeMap<String, (f64, f64)> = lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{line}");
            let number = |f: &str| if f.is_empty() { 0.0 } else { f.parse::<f64>().unwrap_or_else(|_| panic!("{line}")) };
            (fields[0].to_owned(), (number(fields[1]), number(fields[2])))
        })
        .collect();
    // Every stage that does work on a cold build did some.
    for stage in [
        "braille (liblouis)",
        "stencil (layout, PDF, SVG, proof)",
        "overlay (layout, PDF)",
        "large print (layout, PDF)",
        "PNG previews",
        "audio (tracks, ballot.mp3, tags, checks)",
        "loudness (EBU R128)",
        "MP3 encoding (LAME)",
        "writing ballot files",
        "review pages",
        "print plan",
        "manifest",
        "espeak-ng (speech workers)",
    ] {
        let (cpu, _) = rows.get(stage).unwrap_or_else(|| panic!("no row {stage:?} in\n{table}"));
        assert!(*cpu > 0.0, "{stage}: no CPU time in\n{table}");
    }
    let (_, waited) = rows["waiting for speech workers"];
    assert!(waited > 0.0, "{table}");
    // The stages' CPU is part of what wait4 counted for the build, the
    // speech workers' included: they were waited for, not left to end.
    let counted: f64 = rows.values().map(|(cpu, _)| cpu).sum();
    let espeak = rows["espeak-ng (speech workers)"].0;
    assert!(counted <= cpu * 1.05 + 0.05, "stages {counted:.2} s > the build's {cpu:.2} s\n{table}");
    assert!(espeak < cpu, "{table}");
}
