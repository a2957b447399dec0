//! The QA review page in a real headless Chromium, driven through the DevTools
//! protocol (a tiny WebSocket client over std's TcpStream): every track has a
//! player, media and previews load from disk, a hostile candidate name shows
//! as text, and marking a track then exporting gives the CSV.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{copy_dir, root, run, stderr};
use serde_json::{json, Value};

const HOSTILE: &str = "<img src=x onerror=alert(1)>";

/// A headless Chromium and one DevTools WebSocket connection to its page.
struct Browser {
    child: Child,
    socket: TcpStream,
    next_id: u64,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn http_get(port: u16, path: &str) -> String {
    let stream = TcpStream::connect(("127.0.0.1", port)).expect("DevTools HTTP");
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(&stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").unwrap();
    let mut reader = BufReader::new(stream);
    let mut length = 0;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap();
            }
        }
        if line == "\r\n" || line.is_empty() {
            break;
        }
    }
    let mut body = vec![0u8; length];
    reader.read_exact(&mut body).unwrap();
    String::from_utf8(body).unwrap()
}

impl Browser {
    fn start() -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let child = Command::new("chromium")
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            .arg("--remote-debugging-port=0")
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("--window-size=1280,2000")
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromium runs (scripts/setup --test installs it)");
        // Chromium writes the port it chose into the profile folder.
        let port_file = profile.path().join("DevToolsActivePort");
        let started = Instant::now();
        let port: u16 = loop {
            if let Some(port) = std::fs::read_to_string(&port_file).ok().and_then(|t| t.lines().next()?.parse().ok()) {
                break port;
            }
            assert!(started.elapsed() < Duration::from_secs(30), "chromium did not start");
            std::thread::sleep(Duration::from_millis(100));
        };
        let targets: Value = serde_json::from_str(&http_get(port, "/json/list")).expect("target list");
        let page = targets.as_array().unwrap().iter().find(|t| t["type"] == "page").expect("a page target");
        let ws = page["webSocketDebuggerUrl"].as_str().unwrap();
        let path = &ws[ws.find("/devtools").unwrap()..];
        let mut socket = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            socket,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        .unwrap();
        let mut reader = BufReader::new(socket.try_clone().unwrap());
        let mut status = String::new();
        reader.read_line(&mut status).unwrap();
        assert!(status.contains("101"), "WebSocket upgrade refused: {status}");
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
        }
        socket.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        Browser { child, socket, next_id: 0, _profile: profile }
    }

    fn send_frame(&mut self, text: &str) {
        let payload = text.as_bytes();
        let mut frame = vec![0x81u8];
        match payload.len() {
            n if n < 126 => frame.push(0x80 | n as u8),
            n if n < 65_536 => {
                frame.push(0x80 | 126);
                frame.extend_from_slice(&(n as u16).to_be_bytes());
            }
            n => {
                frame.push(0x80 | 127);
                frame.extend_from_slice(&(n as u64).to_be_bytes());
            }
        }
        frame.extend_from_slice(&[0, 0, 0, 0]); // a zero mask leaves the payload as is
        frame.extend_from_slice(payload);
        self.socket.write_all(&frame).unwrap();
    }

    fn read_message(&mut self) -> Value {
        let mut message = Vec::new();
        loop {
            let mut head = [0u8; 2];
            self.socket.read_exact(&mut head).expect("DevTools message");
            let mut len = u64::from(head[1] & 0x7F);
            if len == 126 {
                let mut b = [0u8; 2];
                self.socket.read_exact(&mut b).unwrap();
                len = u64::from(u16::from_be_bytes(b));
            } else if len == 127 {
                let mut b = [0u8; 8];
                self.socket.read_exact(&mut b).unwrap();
                len = u64::from_be_bytes(b);
            }
            let mut payload = vec![0u8; len as usize];
            self.socket.read_exact(&mut payload).unwrap();
            message.extend(payload);
            if head[0] & 0x80 != 0 {
                return serde_json::from_slice(&message).unwrap_or(Value::Null);
            }
        }
    }

    /// Sends a DevTools command and returns its result, skipping events.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send_frame(&json!({ "id": id, "method": method, "params": params }).to_string());
        loop {
            let message = self.read_message();
            if message["id"] == id {
                assert!(message.get("error").is_none(), "{method} failed: {message}");
                return message["result"].clone();
            }
        }
    }

    /// Evaluates JavaScript (awaiting promises) and returns its value.
    fn eval(&mut self, expression: &str) -> Value {
        let result = self.call("Runtime.evaluate", json!({ "expression": expression, "awaitPromise": true, "returnByValue": true }));
        assert!(result.get("exceptionDetails").is_none(), "{expression}: {result}");
        result["result"]["value"].clone()
    }

    fn open(&mut self, path: &Path) {
        self.call("Page.navigate", json!({ "url": format!("file://{}", path.display()) }));
        let started = Instant::now();
        while self.eval("document.readyState") != "complete" {
            assert!(started.elapsed() < Duration::from_secs(30), "page did not load");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// The parliamentary example with one candidate renamed to an HTML injection.
fn hostile_election(dir: &Path) -> PathBuf {
    let election = dir.join("kz-2023-mazhilis");
    copy_dir(&root().join("ballots/kz-2023-mazhilis"), &election);
    let path = election.join("districts/zhambyl-15.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    // The second candidate (no label of its own) gets the hostile name and a label.
    let line = text.lines().find(|l| l.contains("БАЙМҰХАМБЕТОВА")).expect("the second candidate");
    let indent = &line[..line.find('-').unwrap()];
    let hostile = format!("{indent}- name: {{ kk: \"{HOSTILE}\", ru: \"{HOSTILE}\" }}\n{indent}  label: {{ kk: Сынақ, ru: Тест }}");
    std::fs::write(&path, text.replace(line, &hostile)).unwrap();
    election
}

#[test]
fn review_page_works_in_a_real_browser() {
    let dir = tempfile::tempdir().unwrap();
    let election = hostile_election(dir.path());
    let out = dir.path().join("out");
    let output = run(dir.path(), &["build", election.to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let folder = out.join("kz-2023-mazhilis");
    let manifest: Value = serde_json::from_slice(&std::fs::read(folder.join("manifest.json")).unwrap()).unwrap();
    let page = folder.join("review/index.html");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains(HOSTILE), "the hostile name appears unescaped in the HTML");
    assert!(!html.contains("http://") && !html.contains("https://"), "the page refers to the network");

    let mut browser = Browser::start();
    let downloads = dir.path().join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    browser.call("Page.enable", json!({}));
    browser.call("Page.setDownloadBehavior", json!({ "behavior": "allow", "downloadPath": downloads.to_str().unwrap() }));
    browser.open(&page);

    // Every track of every ballot has its player, in order.
    let expected: Vec<String> = manifest["ballots"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|b| {
            let id = b["id"].as_str().unwrap().to_owned();
            let review: serde_json::Value = serde_json::from_slice(&std::fs::read(folder.join(&id).join("review.json")).unwrap()).unwrap();
            let tracks = review["tracks"].as_array().unwrap().clone();
            assert_eq!(tracks.len(), b["tracks"].as_object().unwrap().values().map(|n| n.as_u64().unwrap() as usize).sum::<usize>(), "{id}: track counts");
            // Each language's tracks, then its whole ballot (with its own verdict).
            let mut files = Vec::new();
            for lang in ["kk", "ru"] {
                files.extend(tracks.iter().filter(|t| t["lang"] == lang).map(|t| format!("{id}/{}", t["file"].as_str().unwrap())));
                files.push(format!("{id}/audio/{lang}/ballot.mp3"));
            }
            files
        })
        .collect();
    assert!(expected.len() > 40, "tracks recorded: {}", expected.len());
    // Ballots in id order, whatever order they were built in.
    let mut expected = expected;
    expected.sort_by_key(|f| f.split('/').next().unwrap().to_owned());
    let players = browser.eval("[...document.querySelectorAll('tr[data-track] audio')].map(a => decodeURIComponent(a.src).split('/kz-2023-mazhilis/')[1])");
    let players: Vec<String> = players.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect();
    assert_eq!(players, expected);

    // Every audio file and preview loads (no missing files).
    let failed = browser.eval(
        "Promise.all([...document.querySelectorAll('audio')].map(a => new Promise(done => {
            if (a.readyState >= 1) return done(null);
            a.preload = 'metadata';
            a.addEventListener('loadedmetadata', () => done(null));
            a.addEventListener('error', () => done(a.src));
            a.load();
        }))).then(r => r.filter(x => x))",
    );
    assert_eq!(failed, json!([]), "media that did not load");
    // No player loads anything until asked: a page of thousands of tracks opens at once.
    assert!(html.contains("preload=\"none\"") && !html.contains("preload=\"metadata\""), "players preload");
    let audio_count = browser.eval("document.querySelectorAll('audio').length").as_u64().unwrap();
    let ballots = manifest["ballots"].as_array().unwrap().len();
    assert_eq!(ballots, 3);
    assert_eq!(audio_count as usize, expected.len(), "one player per track and per whole ballot and language");
    let broken_images = browser.eval("[...document.images].filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)");
    assert_eq!(broken_images, json!([]));
    let image_count = browser.eval("document.images.length").as_u64().unwrap();
    assert_eq!(image_count as usize, 6 * ballots, "a stencil, an overlay and a large-print preview per language and ballot");

    // The hostile name is text, not an element.
    assert_eq!(browser.eval("document.querySelectorAll('img[src=x], [onerror]').length"), json!(0));
    let shown = browser.eval("document.body.innerText").as_str().unwrap().to_owned();
    assert!(shown.contains(HOSTILE), "the hostile name is not shown as text");

    // The filter hides other ballots.
    let visible = browser.eval(
        "(() => { const f = document.getElementById('filter'); f.value = 'almaty'; f.dispatchEvent(new Event('input'));
           return [...document.querySelectorAll('section.ballot')].filter(s => !s.hidden).map(s => s.id); })()",
    );
    assert_eq!(visible, json!(["b-almaty-3"]));

    // The interface speaks the election's first language by default (Kazakh),
    // switches to Russian and English, and keeps definition texts as they are.
    let interface = |browser: &mut Browser, lang: &str| -> Value {
        browser.eval(&format!(
            "(() => {{ const s = document.getElementById('ui-lang'); if ({lang:?}) {{ s.value = {lang:?}; s.dispatchEvent(new Event('change')); }}
               const row = document.querySelector('tr[data-track=\"1\"]');
               return [document.documentElement.lang, document.querySelector('label[for=reviewer]').textContent, document.getElementById('export').textContent,
                 row.querySelector('legend').textContent, row.querySelector('audio').getAttribute('aria-label')]; }})()"
        ))
    };
    // Screen-reader labels too: the legend of each verdict and each player's label.
    assert_eq!(interface(&mut browser, ""), json!(["kk", "Тексерушінің аты", "Белгілерді CSV-ге шығару", "01-трек бағасы, kk", "01-трек, kk"]));
    assert_eq!(interface(&mut browser, "ru"), json!(["ru", "Имя проверяющего", "Выгрузить отметки в CSV", "Оценка дорожки 01, kk", "Дорожка 01, kk"]));
    assert_eq!(interface(&mut browser, "en"), json!(["en", "Reviewer name", "Export marks as CSV", "Verdict for track 01, kk", "Track 01, kk"]));

    // No name, no mark: every mark records who made it.
    let refused = browser.eval(
        "(() => { document.getElementById('filter').value = ''; document.getElementById('filter').dispatchEvent(new Event('input'));
           const r = document.getElementById('reviewer'); r.value = ''; r.dispatchEvent(new Event('input'));
           const row = document.querySelector('tr[data-ballot=\"zhambyl-15\"][data-lang=\"ru\"][data-track=\"2\"]');
           row.querySelector('input[value=problem]').click();
           return [row.querySelector('input[value=problem]').checked, document.getElementById('export-status').textContent]; })()",
    );
    assert_eq!(refused[0], json!(false));
    assert!(refused[1].as_str().unwrap().contains("Enter your name first"), "{refused}");

    // Reviewer A marks two tracks, with comments a spreadsheet would run; B marks another.
    let mark = |browser: &mut Browser, reviewer: &str, track: &str, verdict: &str, comment: &str| {
        browser.eval(&format!(
            "(() => {{ const r = document.getElementById('reviewer'); r.value = {reviewer:?}; r.dispatchEvent(new Event('input'));
               const row = document.querySelector('tr[data-ballot=\"zhambyl-15\"][data-lang=\"ru\"][data-track=\"{track}\"]');
               row.querySelector('input[value={verdict}]').click();
               const c = row.querySelector('input.comment'); c.value = {comment:?}; c.dispatchEvent(new Event('input')); return true; }})()"
        ));
    };
    let export = |browser: &mut Browser, before: usize| -> String {
        browser.eval("document.getElementById('export').click()");
        let started = Instant::now();
        loop {
            let csvs: Vec<PathBuf> = std::fs::read_dir(&downloads).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "csv")).collect();
            if csvs.len() > before {
                std::thread::sleep(Duration::from_millis(300));
                let newest = csvs.into_iter().max_by_key(|p| std::fs::metadata(p).unwrap().modified().unwrap()).unwrap();
                return std::fs::read_to_string(newest).unwrap();
            }
            assert!(started.elapsed() < Duration::from_secs(20), "no CSV downloaded");
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    mark(&mut browser, "Айгүл, QA", "2", "problem", "фамилия \"не та\"; ok;=1+1;");
    mark(&mut browser, "Айгүл, QA", "3", "ok", "  =HYPERLINK(\"http://x\"); a;\"=1+1;x; '-5'");
    // OK for a track never played is flagged.
    let warned = browser.eval("document.querySelector('tr[data-ballot=\"zhambyl-15\"][data-lang=\"ru\"][data-track=\"3\"] .mark-info').textContent");
    assert!(warned.as_str().unwrap().contains("never played to its end"), "{warned}");
    let a = export(&mut browser, 0);
    // B plays track 4 to its end (the player's `ended`), then marks it OK.
    browser.eval("document.querySelector('tr[data-ballot=\"zhambyl-15\"][data-lang=\"ru\"][data-track=\"4\"] audio').dispatchEvent(new Event('ended'))");
    mark(&mut browser, "Дмитрий", "4", "ok", "");
    let b = export(&mut browser, 1);

    let rows = browser.eval("document.querySelectorAll('tr[data-track]').length").as_u64().unwrap() as usize;
    for csv in [&a, &b] {
        assert!(csv.starts_with('\u{feff}'), "no byte-order mark");
        assert_eq!(csv.trim_end().split("\r\n").count(), rows + 1, "one row per track, reviewed or not");
        assert!(csv.starts_with("\u{feff}\"election\",\"ballot\",\"proof_id\",\"language\",\"track\",\"file\",\"audio_sha256\",\"verdict\",\"reviewer\",\"marked_at\",\"comment\",\"played\",\"text_sha256\"\r\n"), "{}", &csv[..200]);
    }
    // Each mark keeps the reviewer who made it, with its time.
    let row = |csv: &str, track: &str| csv.lines().find(|l| l.contains("\"zhambyl-15\"") && l.contains(&format!("\"ru\",\"{track}\""))).unwrap().to_owned();
    assert!(row(&b, "2").contains("\"problem\",\"Айгүл, QA\",\"20") && row(&b, "4").contains("\"ok\",\"Дмитрий\",\"20"), "{}\n{}", row(&b, "2"), row(&b, "4"));
    assert!(row(&a, "4").contains("\"\",\"\",\"\",\"\""), "track 4 unmarked in A's export: {}", row(&a, "4"));

    // A spreadsheet splitting on `;` or on `,`: no cell starts a formula.
    let csv_path = dir.path().join("a.csv");
    std::fs::write(&csv_path, &a).unwrap();
    std::fs::write(dir.path().join("b.csv"), &b).unwrap();
    for separator in [";", ","] {
        let script = format!("import csv, sys, json\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n    print(json.dumps([c for r in csv.reader(f, delimiter='{separator}') for c in r]))");
        let cells: Vec<String> = serde_json::from_str(&crate::common::tool("python3", &["-c", &script, csv_path.to_str().unwrap()])).unwrap();
        let runs: Vec<&String> = cells.iter().filter(|c| c.trim_start().starts_with(['=', '+', '-', '@'])).collect();
        assert!(runs.is_empty(), "split on {separator:?}, cells a spreadsheet would run: {runs:?}");
    }

    // Both files merged into the sign-off log; the status says what is missing.
    let imported = run(dir.path(), &["review", "import", folder.to_str().unwrap(), "a.csv", "b.csv"]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    // A's two marks, and B's export holding those (appended once) and its own.
    assert!(stderr(&imported).contains("3 marks applied, 2 already in the log"), "{}", stderr(&imported));
    let status = run(dir.path(), &["review", "status", folder.to_str().unwrap(), "--only", "zhambyl-*"]);
    assert_eq!(status.status.code(), Some(1));
    // Track 3's OK was never played to its end: it does not count.
    assert!(crate::common::stdout(&status).contains("zhambyl-15: 1 OK, 1 problem") && crate::common::stdout(&status).contains("(1 marked OK but never played to the end)"), "{}", crate::common::stdout(&status));
    assert!(b.contains("\"ru\",\"4\",") && row(&b, "4").contains("\"yes\""), "played is exported: {}", row(&b, "4"));
    let log = std::fs::read_to_string(folder.join("review/signoff-log.jsonl")).unwrap();
    assert!(log.contains("фамилия \\\"не та\\\"; ok;=1+1;"), "the comment is restored as typed: {log}");

    // The page shows the merged marks, and the marks survive a reload.
    browser.open(&page);
    let info = browser.eval("document.querySelector('tr[data-ballot=\"zhambyl-15\"][data-lang=\"ru\"][data-track=\"4\"] .mark-info').textContent");
    assert!(info.as_str().unwrap().contains("In the sign-off log: OK") && info.as_str().unwrap().contains("Дмитрий"), "{info}");
    let kept = browser.eval("document.querySelector('tr[data-ballot=\"zhambyl-15\"][data-lang=\"ru\"][data-track=\"2\"] input[value=problem]').checked");
    assert_eq!(kept, json!(true));
    // "Next unreviewed" goes to a track without a mark.
    let next = browser.eval("(() => { document.getElementById('next').click(); const row = document.activeElement.closest('tr'); return [row.dataset.ballot, row.dataset.track, document.getElementById('export-status').textContent]; })()");
    assert!(next[2].as_str().unwrap().starts_with("Next unreviewed"), "{next}");

    // A fix to one name (option 3) rebuilds the ballot: only track 3's mark is
    // for other audio and text now, shown as outdated with its comment; the
    // problem on track 2 stands and track 4's OK still counts.
    let ballot = election.join("districts/zhambyl-15.yaml");
    let text = std::fs::read_to_string(&ballot).unwrap();
    assert!(text.contains("Нурлан Кайратович"));
    std::fs::write(&ballot, text.replace("Нурлан Кайратович", "Нурлан Каиратович")).unwrap();
    let rebuilt = run(dir.path(), &["build", election.to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet"]);
    assert!(rebuilt.status.success(), "{}", stderr(&rebuilt));
    browser.open(&page);
    let after = browser.eval(
        "['3', '2', '4'].map(n => { const row = document.querySelector(`tr[data-ballot=\"zhambyl-15\"][data-lang=\"ru\"][data-track=\"${n}\"]`);
           return [row.querySelector('input[value=problem]').checked || row.querySelector('input[value=ok]').checked, row.querySelector('.mark-info').textContent]; })",
    );
    assert_eq!(after[0][0], json!(false), "the old mark still counts: {after}");
    assert!(after[0][1].as_str().unwrap().contains("Outdated") && after[0][1].as_str().unwrap().contains("HYPERLINK"), "{after}");
    assert_eq!(after[1][0], json!(true), "the problem on track 2 is kept: {after}");
    assert!(!after[2][1].as_str().unwrap().contains("Outdated") && after[2][1].as_str().unwrap().contains("Дмитрий"), "{after}");
    let status = run(dir.path(), &["review", "status", folder.to_str().unwrap(), "--only", "zhambyl-*"]);
    assert!(crate::common::stdout(&status).contains("zhambyl-15: 1 OK, 1 problem, 15 unmarked, 1 outdated"), "{}", crate::common::stdout(&status));

    // Keys, pressed as a person would (the browser's own key handling): arrows
    // never change a verdict; X gives one.
    browser.eval("document.querySelector('tr[data-ballot=\"zhambyl-15\"][data-lang=\"kk\"][data-track=\"1\"] input[value=ok]').focus()");
    let press = |browser: &mut Browser, key: &str, code: &str, vk: u32, text: &str| {
        for kind in ["keyDown", "keyUp"] {
            let mut event = json!({ "type": kind, "key": key, "code": code, "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk });
            if kind == "keyDown" && !text.is_empty() {
                event["text"] = json!(text);
            }
            browser.call("Input.dispatchKeyEvent", event);
        }
    };
    press(&mut browser, "ArrowDown", "ArrowDown", 40, "");
    press(&mut browser, "ArrowRight", "ArrowRight", 39, "");
    let row = "document.querySelector('tr[data-ballot=\"zhambyl-15\"][data-lang=\"kk\"][data-track=\"1\"]')";
    let arrows = browser.eval(&format!("[...{row}.querySelectorAll('input[type=radio]')].some(r => r.checked)"));
    assert_eq!(arrows, json!(false), "an arrow key gave a verdict");
    press(&mut browser, "x", "KeyX", 88, "x");
    let x = browser.eval(&format!("{row}.querySelector('input[value=problem]').checked"));
    assert_eq!(x, json!(true), "the X shortcut");
    // Storage full: the mark is not kept, and the page says so and offers the export.
    let full = browser.eval(
        "(() => { Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
           const row = document.querySelector('tr[data-ballot=\"zhambyl-15\"][data-lang=\"kk\"][data-track=\"2\"]');
           row.querySelector('input[value=ok]').click();
           return [row.querySelector('input[value=ok]').checked, document.getElementById('export-status').textContent, document.activeElement.id]; })()",
    );
    assert_eq!(full[0], json!(false), "{full}");
    assert!(full[1].as_str().unwrap().contains("NOT kept") && full[2] == json!("export"), "{full}");

    // A screenshot for people to look at (target/review-screenshot.png).
    let shot = browser.call("Page.captureScreenshot", json!({ "format": "png" }));
    let png = shot["data"].as_str().unwrap().len();
    assert!(png > 10_000, "screenshot too small");
    if let Ok(dir) = std::env::var("REVIEW_SCREENSHOT") {
        std::fs::write(Path::new(&dir), base64_decode(shot["data"].as_str().unwrap())).unwrap();
    }
}

/// The CSV the page downloaded into `downloads` (waits for it).
fn downloaded_csv(downloads: &Path) -> String {
    let started = Instant::now();
    loop {
        if let Some(file) = std::fs::read_dir(downloads).unwrap().map(|e| e.unwrap().path()).find(|p| p.extension().is_some_and(|e| e == "csv")) {
            std::thread::sleep(Duration::from_millis(300));
            return std::fs::read_to_string(file).unwrap();
        }
        assert!(started.elapsed() < Duration::from_secs(20), "no CSV downloaded");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let bytes: Vec<u8> = text.bytes().filter(|&c| c != b'=').collect();
    let mut out = Vec::new();
    for chunk in bytes.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &c)| n | u32::from(value(c)) << (18 - 6 * i));
        for i in 0..chunk.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}

/// An election of more than 20 ballots has a page per ballot: its index
/// shows each ballot's status from the sign-off log, "Next unreviewed" goes
/// to a ballot to review, and the index's export holds the marks this browser
/// made on the ballots' own pages.
#[test]
fn the_index_of_a_large_election_works_across_its_ballots() {
    let dir = tempfile::tempdir().unwrap();
    let generated = run(dir.path(), &["generate", "--ballots", "21", "--out", "e"]);
    assert!(generated.status.success(), "{}", stderr(&generated));
    let built = run(dir.path(), &["build", "e", "--out", "out", "--quiet"]);
    assert!(built.status.success(), "{}", stderr(&built));
    let manifest: Value = serde_json::from_slice(&std::fs::read(std::fs::read_dir(dir.path().join("out")).unwrap().map(|e| e.unwrap().path()).find(|p| p.join("manifest.json").is_file()).unwrap().join("manifest.json")).unwrap()).unwrap();
    let election = manifest["election"].as_str().unwrap().to_owned();
    let folder = dir.path().join("out").join(&election);
    let ids: Vec<String> = manifest["ballots"].as_array().unwrap().iter().map(|b| b["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(ids.len(), 21);

    let mut browser = Browser::start();
    let downloads = dir.path().join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    browser.call("Page.enable", json!({}));
    browser.call("Page.setDownloadBehavior", json!({ "behavior": "allow", "downloadPath": downloads.to_str().unwrap() }));
    // A mark on the second ballot's own page.
    browser.open(&folder.join("review").join(format!("{}.html", ids[1])));
    browser.eval(&format!(
        "(() => {{ const r = document.getElementById('reviewer'); r.value = 'Айгүл'; r.dispatchEvent(new Event('input'));
           document.querySelector('tr[data-ballot=\"{}\"][data-track=\"1\"] input[value=problem]').click(); return true; }})()",
        ids[1]
    ));
    // The index counts it, and exports it.
    // The index reads the browser's marks as it loads; Chromium hands a mark
    // made on another page to a new page's storage after a moment, so the
    // index is opened again until it shows the mark (10 s at most).
    let counts_the_mark = |text: &str| text.contains('1') && (text.contains("браузер") || text.contains("browser"));
    let started = Instant::now();
    let counted = loop {
        browser.open(&folder.join("review/index.html"));
        let counted = browser.eval(&format!("(document.querySelector('[data-progress=\"{}\"]') || {{}}).textContent || ''", ids[1]));
        if counts_the_mark(counted.as_str().unwrap_or("")) || started.elapsed() > Duration::from_secs(10) {
            break counted;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(counts_the_mark(counted.as_str().unwrap_or("")), "{counted}");
    browser.eval("document.getElementById('export').click()");
    let csv = downloaded_csv(&downloads);
    let rows: Vec<&str> = csv.trim_end().split("\r\n").skip(1).collect();
    assert_eq!(rows.len(), 1, "{csv}");
    assert!(rows[0].contains(&format!("\"{}\"", ids[1])) && rows[0].contains("\"problem\",\"Айгүл\""), "{csv}");
    // Imported, the index shows the problem on that ballot, and the others to review.
    std::fs::write(dir.path().join("a.csv"), &csv).unwrap();
    let imported = run(dir.path(), &["review", "import", folder.to_str().unwrap(), "a.csv"]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    browser.open(&folder.join("review/index.html"));
    let shown = browser.eval(&format!("[...document.querySelectorAll('[data-progress]')].map(e => [e.dataset.progress, e.textContent]).filter(([id]) => id === '{}' || id === '{}')", ids[0], ids[1]));
    let shown = shown.to_string();
    assert!(shown.contains("Ақау") || shown.contains("Problem") || shown.contains("Проблема"), "{shown}");
    // The time as the interface language writes it (22.11.2026, 15:00 in Kazakh).
    let when = shown.split("(Айгүл, ").nth(1).unwrap_or("");
    assert!(when.starts_with(|c: char| c.is_ascii_digit()) && when.contains(':'), "the problem names its reviewer and time: {shown}");
    // Typing in the filter is typing, not shortcuts (N would go to the next ballot).
    browser.eval("document.getElementById('filter').focus()");
    for (key, code, vk) in [("n", "KeyN", 78), ("o", "KeyO", 79)] {
        for kind in ["keyDown", "keyUp"] {
            let mut event = json!({ "type": kind, "key": key, "code": code, "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk });
            if kind == "keyDown" {
                event["text"] = json!(key);
            }
            browser.call("Input.dispatchKeyEvent", event);
        }
    }
    let typed = browser.eval("[document.getElementById('filter').value, window.location.pathname.endsWith('/index.html')]");
    assert_eq!(typed, json!(["no", true]), "{typed}");
    browser.eval("(() => { const f = document.getElementById('filter'); f.value = ''; f.dispatchEvent(new Event('input')); return true; })()");
    // "Next unreviewed" opens the first page of phrases still to review
    // (each heard once for every track joined from it).
    browser.eval("document.getElementById('next').click()");
    std::thread::sleep(Duration::from_millis(1500));
    let location = browser.eval("window.location.pathname");
    assert!(location.as_str().unwrap().ends_with("/review/_phrases-kk-1.html"), "{location}");
    // A phrase heard to its end and marked OK (the O key) is exported with the
    // other pages' marks, and once imported the index counts it.
    browser.eval(
        "(() => { const row = document.querySelector('tr[data-track^=\"phrase-\"]');
           row.querySelector('audio').dispatchEvent(new Event('ended'));
           row.querySelector('input[value=ok]').focus(); return true; })()",
    );
    for kind in ["keyDown", "keyUp"] {
        let mut event = json!({ "type": kind, "key": "o", "code": "KeyO", "windowsVirtualKeyCode": 79, "nativeVirtualKeyCode": 79 });
        if kind == "keyDown" {
            event["text"] = json!("o");
        }
        browser.call("Input.dispatchKeyEvent", event);
    }
    for old in std::fs::read_dir(&downloads).unwrap() {
        std::fs::remove_file(old.unwrap().path()).unwrap();
    }
    browser.eval("document.getElementById('export').click()");
    let csv = downloaded_csv(&downloads);
    let marked: Vec<&str> = csv.split("\r\n").filter(|l| l.contains("\"Айгүл\"")).collect();
    assert_eq!(marked.len(), 2, "the phrase and the other page's problem: {csv}");
    assert!(marked.iter().any(|l| l.starts_with(&format!("\"{election}\",\"\",\"\",\"kk\",\"phrase-")) && l.contains("\"ok\"") && l.contains("\"yes\"")), "{csv}");
    std::fs::write(dir.path().join("b.csv"), &csv).unwrap();
    let imported = run(dir.path(), &["review", "import", folder.to_str().unwrap(), "b.csv"]);
    assert!(imported.status.success() && stderr(&imported).contains("1 mark applied"), "{}", stderr(&imported));
    browser.open(&folder.join("review/index.html"));
    let progress = browser.eval("document.querySelector('[data-phrase-progress=\"_phrases-kk-1\"]').textContent");
    // "1 of 200 reviewed" in whichever interface language the page chose.
    let mut numbers: Vec<u32> = progress.as_str().unwrap().split_whitespace().filter_map(|w| w.parse().ok()).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, [1, ballot_access::review::PHRASES_PER_PAGE as u32], "{progress}");
}

/// A realistic region (162 ballots): every review page stays small enough to
/// open at once, whatever the size of the election.
#[test]
fn a_realistic_regions_review_pages_stay_small() {
    let dir = tempfile::tempdir().unwrap();
    let generated = run(dir.path(), &["generate", "--national", "--scale", "0.06", "--out", "e"]);
    assert!(generated.status.success(), "{}", stderr(&generated));
    let built = run(dir.path(), &["build", "e", "--out", "out", "--quiet"]);
    assert!(built.status.success(), "{}", stderr(&built));
    let review = std::fs::read_dir(dir.path().join("out")).unwrap().map(|e| e.unwrap().path().join("review")).find(|p| p.is_dir()).unwrap();
    let pages: Vec<PathBuf> = std::fs::read_dir(&review).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "html")).collect();
    assert!(pages.len() > 100, "a page per ballot: {}", pages.len());
    let mut largest = 0;
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        let players = html.matches("<audio").count();
        assert!(players <= ballot_access::review::ONE_PAGE_MAX_PLAYERS, "{}: {players} players", page.display());
        assert!(!html.contains("preload=\"metadata\"") && !html.contains("preload=\"auto\""), "{}: players preload", page.display());
        // A ballot's page carries its own sign-off data only.
        let name = page.file_stem().unwrap().to_string_lossy().into_owned();
        let data = html.split("id=\"signoff-data\">").nth(1).unwrap().split("</script>").next().unwrap();
        let data: Value = serde_json::from_str(data).unwrap();
        if name.starts_with("_phrases-") {
            assert!(data["ballots"].as_object().unwrap().is_empty(), "{name}");
            assert!(players <= ballot_access::review::PHRASES_PER_PAGE && players > 0, "{name}: {players}");
        } else if name != "index" {
            assert_eq!(data["ballots"].as_object().unwrap().keys().collect::<Vec<_>>(), [&name], "{name}");
        } else {
            assert_eq!(players, 0, "the index of a large election holds no player");
            let phrase_pages = data["phrase_pages"].as_object().unwrap().len();
            assert!(phrase_pages > 1, "{phrase_pages}");
            assert_eq!(data["ballots"].as_object().unwrap().len(), pages.len() - 1 - phrase_pages, "the index shows every ballot's status");
        }
        largest = largest.max(html.len());
    }
    assert!(largest < 512 * 1024, "the largest page is {largest} bytes");

    // Listening: every track and whole ballot once, against each distinct
    // phrase once (the whole ballots then confirmed without a full hearing).
    let folder = review.parent().unwrap();
    let (mut tracks_ms, mut phrases_ms) = (0u64, std::collections::BTreeMap::new());
    for entry in std::fs::read_dir(folder).unwrap() {
        let Ok(bytes) = std::fs::read(entry.unwrap().path().join("review.json")) else { continue };
        let data: Value = serde_json::from_slice(&bytes).unwrap();
        for track in data["tracks"].as_array().unwrap() {
            // Twice: the track, and again inside ballot.mp3.
            tracks_ms += 2 * track["milliseconds"].as_u64().unwrap();
            for phrase in track["phrases"].as_array().unwrap() {
                phrases_ms.insert((phrase["sha256"].to_string(), phrase["text"].to_string()), phrase["milliseconds"].as_u64().unwrap());
            }
        }
    }
    let phrases_total: u64 = phrases_ms.values().sum();
    let hours = |ms: u64| ms as f64 / 3_600_000.0;
    eprintln!("listening: every track and whole ballot {:.2} h; each distinct phrase once ({}) {:.2} h", hours(tracks_ms), phrases_ms.len(), hours(phrases_total));
    assert!(phrases_total * 3 <= tracks_ms, "the goal: at most a third of today's listening");
    let status = run(dir.path(), &["review", "status", folder.to_str().unwrap()]);
    let count = phrases_ms.len().to_string();
    let count = if count.len() > 3 { format!("{},{}", &count[..count.len() - 3], &count[count.len() - 3..]) } else { count };
    assert!(crate::common::stdout(&status).contains(&format!("phrases: 0 of {count} reviewed")), "{}", crate::common::stdout(&status));
}
