//! Tests of the code's shape: in every folder (the crate root too) the
//! modules import each other in one direction only, the renderer trait's
//! module names no material, `unsafe` stays in the three FFI modules, and
//! the crate root holds at most five files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::dev::testing::root;

/// Every `.rs` file below `dir`, with its text up to its unit tests (tests may
/// use anything; only the code's own imports count).
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") && !path.to_string_lossy().ends_with("_tests.rs") {
            // (`*_tests.rs`: a module of unit tests, which may use anything.)
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]\nmod ").next().unwrap_or_default().to_owned();
            found.push((path.to_string_lossy().into_owned(), code));
        }
    }
    found
}

/// A source file's module path (`speech/encode.rs` is `speech::encode`, a
/// folder's `mod.rs` the folder).
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut path: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if path.last().is_some_and(|last| last == "mod" || last == "lib") {
        path.pop();
    }
    path
}

/// The module paths a file's code names: `crate::a::b`, and `super::x`
/// from where the file is (with the names of a `super::{x, y}` group).
fn references(module: &[String], is_folder: bool, code: &str) -> Vec<Vec<String>> {
    let ident = |text: &str| -> Vec<String> {
        let mut segments = Vec::new();
        for segment in text.split("::") {
            let name: String = segment.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_').collect();
            if name.is_empty() || name.len() != segment.len() && !segment[name.len()..].starts_with(|c: char| !c.is_alphanumeric() && c != '_') {
                if !name.is_empty() {
                    segments.push(name);
                }
                break;
            }
            segments.push(name);
        }
        segments
    };
    // Comments left out: a doc link is not an import.
    let code: String = code.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    let mut found = Vec::new();
    for part in code.split("crate::").skip(1) {
        found.push(ident(part));
    }
    // `super` of a file is its folder's module; of a folder's mod.rs, the folder's parent.
    // (in either case the module path without its last name).
    let _ = is_folder;
    let parent: Vec<String> = module[..module.len().saturating_sub(1)].to_vec();
    for part in code.split("super::").skip(1) {
        let names: Vec<String> = match part.strip_prefix('{') {
            Some(group) => group.split('}').next().unwrap_or_default().split(',').map(|n| n.trim().to_owned()).collect(),
            None => vec![part.to_owned()],
        };
        for name in names {
            let mut path = parent.clone();
            path.extend(ident(&name));
            found.push(path);
        }
    }
    found
}

/// For every folder of `src/` (the crate root too), which of its direct
/// children (files and subfolders) names which other: an edge from child `a`
/// to child `b` when code anywhere in `a` names `b` or something in it.
fn imports_by_folder() -> BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> {
    let src = root().join("src");
    let mut graphs: BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    let mut children: BTreeMap<Vec<String>, BTreeSet<String>> = BTreeMap::new();
    let files = sources(&src);
    for (path, _) in &files {
        let module = module_of(&src, Path::new(path));
        for depth in 0..module.len() {
            children.entry(module[..depth].to_vec()).or_default().insert(module[depth].clone());
        }
    }
    for (path, code) in &files {
        let file = Path::new(path);
        // Only the code's own imports: the tests of the shape and their helpers name anything.
        if ["main.rs", "lib.rs"].iter().any(|f| path.ends_with(&format!("src/{f}"))) || path.contains("/src/dev/architecture") || path.contains("/src/dev/testing") {
            continue;
        }
        let module = module_of(&src, file);
        let is_folder = file.file_stem().is_some_and(|s| s == "mod");
        for reference in references(&module, is_folder, code) {
            // The deepest folder both lie in: there, `module` is under one child and `reference` another.
            let common = module.iter().zip(&reference).take_while(|(a, b)| a == b).count();
            let (Some(from), Some(to)) = (module.get(common), reference.get(common)) else { continue };
            let folder = module[..common].to_vec();
            if children.get(&folder).is_some_and(|c| c.contains(to)) {
                graphs.entry(folder).or_default().entry(from.clone()).or_default().insert(to.clone());
            }
        }
    }
    graphs
}

/// The crate root's graph: which top-level module names which.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    imports_by_folder().remove(&Vec::new()).unwrap_or_default()
}

/// The first import cycle in a graph, as the path around it.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    for start in graph.keys() {
        // Depth-first from `start`: reaching `start` again is a cycle.
        let mut stack: Vec<Vec<&str>> = vec![vec![start.as_str()]];
        let mut seen = BTreeSet::new();
        while let Some(path) = stack.pop() {
            for next in graph.get(*path.last().unwrap()).into_iter().flatten() {
                let mut longer = path.clone();
                longer.push(next);
                if next == start {
                    return Some(longer.iter().map(|s| s.to_string()).collect());
                }
                if seen.insert(next.as_str()) {
                    stack.push(longer);
                }
            }
        }
    }
    None
}

#[test]
fn no_module_imports_a_module_that_imports_it_back() {
    let graphs = imports_by_folder();
    let root_graph = &graphs[&Vec::new()];
    assert!(root_graph.len() > 10 && root_graph["materials"].contains("render"), "the scan sees the modules: {root_graph:?}");
    // Inside folders too: siblings (`speech`'s `encode` and `loudness`) in one direction only.
    assert!(graphs[&vec!["speech".to_owned()]]["encode"].contains("loudness"), "the scan sees inside folders: {graphs:?}");
    let cycles: Vec<String> = graphs.iter().filter_map(|(folder, graph)| cycle(graph).map(|c| format!("src/{}: {}", folder.join("/"), c.join(" -> ")))).collect();
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn a_cycle_between_siblings_is_found() {
    let module = |path: &str| path.split('/').map(str::to_owned).collect::<Vec<_>>();
    // `encode` naming `super::loudness`, and `loudness` naming `crate::speech::encode`.
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, code) in [("speech/encode", "use super::loudness::Levels;"), ("speech/loudness", "use crate::speech::encode::SAMPLE_RATE;")] {
        let here = module(file);
        for reference in references(&here, false, code) {
            assert_eq!(reference[0], "speech", "{reference:?}");
            graph.entry(here[1].clone()).or_default().insert(reference[1].clone());
        }
    }
    assert_eq!(cycle(&graph).unwrap().len(), 3);
    // A group: `super::{clips, worker}` names both.
    let names = references(&module("speech"), true, "use super::{clips, worker};");
    assert_eq!(names, [module("clips"), module("worker")], "the mod.rs of speech: its super is the crate root");
    let names = references(&module("speech/clips"), false, "use super::{encode, espeak::Speech};");
    assert_eq!(names, [module("speech/encode"), module("speech/espeak")]);
}

#[test]
fn the_crate_root_holds_few_files() {
    // Everything else lives in a folder that says what it is part of.
    let files: Vec<String> = std::fs::read_dir(root().join("src")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_file()).map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert!(files.len() <= 5, "{files:?}");
}

#[test]
fn the_renderer_trait_names_no_material() {
    let render = std::fs::read_to_string(root().join("src/render.rs")).unwrap();
    assert!(!render.contains("crate::materials"), "render.rs imports a material");
    assert!(!imports()["render"].contains("materials"));
}

#[test]
fn unsafe_code_stays_in_the_ffi_modules() {
    let allowed = ["src/braille/louis.rs", "src/speech/espeak.rs", "src/build/memory.rs"];
    for (path, code) in sources(&root().join("src")) {
        let is_ffi = allowed.iter().any(|a| path.ends_with(a));
        if path.ends_with("src/dev/architecture.rs") {
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
