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
            tracks.into_iter().map(move |t| format!("{id}/{}", t["file"].as_str().unwrap())).collect::<Vec<_>>()
        })
        .collect();
    assert!(expected.len() > 40, "tracks recorded: {}", expected.len());
    let players = browser.eval("[...document.querySelectorAll('tr[data-track] audio')].map(a => decodeURIComponent(a.src).split('/kz-2023-mazhilis/')[1])");
    let players: Vec<String> = players.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect();
    assert_eq!(players, expected);

    // Every audio file and preview loads (no missing files).
    let failed = browser.eval(
        "Promise.all([...document.querySelectorAll('audio')].map(a => new Promise(done => {
            if (a.readyState >= 1) return done(null);
            a.addEventListener('loadedmetadata', () => done(null));
            a.addEventListener('error', () => done(a.src));
            a.load();
        }))).then(r => r.filter(x => x))",
    );
    assert_eq!(failed, json!([]), "media that did not load");
    let audio_count = browser.eval("document.querySelectorAll('audio').length").as_u64().unwrap();
    let ballots = manifest["ballots"].as_array().unwrap().len();
    assert_eq!(ballots, 3);
    assert_eq!(audio_count as usize, expected.len() + 2 * ballots, "tracks plus one whole-ballot player per ballot and language");
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

    // Mark a track as a problem with a comment, name the reviewer, export.
    browser.eval(
        "(() => { document.getElementById('filter').value = ''; document.getElementById('filter').dispatchEvent(new Event('input'));
           const r = document.getElementById('reviewer'); r.value = 'Айгүл, QA'; r.dispatchEvent(new Event('input'));
           const row = document.querySelector('tr[data-ballot=\"zhambyl-15\"][data-lang=\"ru\"][data-track=\"2\"]');
           row.querySelector('input[value=problem]').click();
           const c = row.querySelector('input.comment'); c.value = 'фамилия \"не та\"'; c.dispatchEvent(new Event('input'));
           document.getElementById('export').click(); return true; })()",
    );
    let csv_path = downloads.join("review-kz-2023-mazhilis.csv");
    let started = Instant::now();
    while !csv_path.exists() {
        assert!(started.elapsed() < Duration::from_secs(20), "no CSV downloaded");
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(300));
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    let proof = manifest["ballots"].as_array().unwrap().iter().find(|b| b["id"] == "zhambyl-15").unwrap()["proof_id"].as_str().unwrap().to_owned();
    assert_eq!(
        csv,
        format!("ballot,language,track,verdict,comment,reviewer,proof_id\r\nzhambyl-15,ru,2,problem,\"фамилия \"\"не та\"\"\",\"Айгүл, QA\",{proof}\r\n")
    );

    // The mark survives a reload (localStorage) and shows on the row.
    browser.open(&page);
    let kept = browser.eval("document.querySelector('tr[data-ballot=\"zhambyl-15\"][data-lang=\"ru\"][data-track=\"2\"] input[value=problem]').checked");
    assert_eq!(kept, json!(true));

    // A screenshot for people to look at (target/review-screenshot.png).
    let shot = browser.call("Page.captureScreenshot", json!({ "format": "png" }));
    let png = shot["data"].as_str().unwrap().len();
    assert!(png > 10_000, "screenshot too small");
    if let Ok(dir) = std::env::var("REVIEW_SCREENSHOT") {
        std::fs::write(Path::new(&dir), base64_decode(shot["data"].as_str().unwrap())).unwrap();
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
