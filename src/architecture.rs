//! Tests of the code's shape: the top-level modules import each other in one
//! direction only, the renderer trait's module names no material, and `unsafe`
//! stays in the three FFI modules.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::testing::root;

/// Every `.rs` file below `dir`, with its text up to its unit tests (tests may
/// use anything; only the code's own imports count).
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or_default().to_owned();
            found.push((path.to_string_lossy().into_owned(), code));
        }
    }
    found
}

/// The top-level modules each top-level module names through `crate::`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = root().join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if ["lib", "main", "testing", "architecture"].contains(&name.as_str()) {
            continue;
        }
        let files = if path.is_dir() { sources(&path) } else { vec![(String::new(), std::fs::read_to_string(&path).unwrap())] };
        let uses = graph.entry(name.clone()).or_default();
        for (_, code) in files {
            let code = code.split("#[cfg(test)]\nmod tests").next().unwrap_or_default();
            for part in code.split("crate::").skip(1) {
                let module: String = part.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                if !module.is_empty() && module != name {
                    uses.insert(module);
                }
            }
        }
    }
    graph
}

#[test]
fn no_module_imports_a_module_that_imports_it_back() {
    let graph = imports();
    assert!(graph.len() > 15 && graph["materials"].contains("render"), "the scan sees the modules: {graph:?}");
    for start in graph.keys() {
        // Depth-first from `start`: reaching `start` again is a cycle.
        let mut stack: Vec<Vec<&str>> = vec![vec![start.as_str()]];
        let mut seen = BTreeSet::new();
        while let Some(path) = stack.pop() {
            for next in graph.get(*path.last().unwrap()).into_iter().flatten() {
                let mut longer = path.clone();
                longer.push(next);
                assert!(next != start, "import cycle: {}", longer.join(" -> "));
                if seen.insert(next.as_str()) {
                    stack.push(longer);
                }
            }
        }
    }
}

#[test]
fn the_renderer_trait_names_no_material() {
    let render = std::fs::read_to_string(root().join("src/render.rs")).unwrap();
    assert!(!render.contains("crate::materials"), "render.rs imports a material");
    assert!(!imports()["render"].contains("materials"));
}

#[test]
fn unsafe_code_stays_in_the_ffi_modules() {
    let allowed = ["src/braille/louis.rs", "src/speech/espeak.rs", "src/memory.rs"];
    for (path, code) in sources(&root().join("src")) {
        let is_ffi = allowed.iter().any(|a| path.ends_with(a));
        if path.ends_with("src/architecture.rs") {
            continue; // this file names what it looks for
        }
        if !is_ffi {
            assert!(!code.contains("unsafe {") && !code.contains("unsafe fn") && !code.contains("allow(unsafe_code)"), "{path} has unsafe code");
            continue;
        }
        // Every unsafe block has its SAFETY comment on one of the lines just above.
        let lines: Vec<&str> = code.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.contains("unsafe {") {
                let above = &lines[i.saturating_sub(4)..i];
                assert!(above.iter().any(|l| l.contains("SAFETY:")) || line.contains("SAFETY:"), "{path}:{}: unsafe block without a SAFETY comment", i + 1);
            }
        }
    }
}

/// Every text file below `dir` (sources, scripts, data), with its path.
fn every_file(dir: &Path, found: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            every_file(&path, found);
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            found.push((path.to_string_lossy().into_owned(), text));
        }
    }
}

#[test]
fn the_tests_need_nothing_beside_the_project() {
    // A clean clone has nothing beside it: the tests keep their data in tests/data.
    let beside = concat!("..", "/shared");
    let mut files = Vec::new();
    for dir in ["src", "tests", "scripts", ".ci", "bench"] {
        every_file(&root().join(dir), &mut files);
    }
    let reading: Vec<&str> = files.iter().filter(|(_, text)| text.contains(beside)).map(|(path, _)| path.as_str()).collect();
    assert!(reading.is_empty(), "these files refer to {beside}: {reading:?}");
}
