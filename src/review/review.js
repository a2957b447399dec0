// The review page's behaviour: filter; marks kept in localStorage, each with
// its reviewer and time and bound to the SHA-256 of the audio reviewed (a
// rebuilt track needs a new mark); whether each track was played to its end;
// marks merged from the sign-off log (`review import`) shown beside them;
// marks for earlier audio shown as outdated; "next unreviewed"; CSV export of
// every track. No network.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var signoff = JSON.parse(document.getElementById("signoff-data").textContent);
  var merged = signoff.marks || [];
  var fromLog = signoff.ballots || {};
  // The index: each page of phrases' progress, from the log.
  var phrasePages = signoff.phrase_pages || {};
  var prefix = "ballot-access-review:" + data.election + ":";
  var store = window.localStorage;

  function id(ballot, lang, track) { return ballot + ":" + lang + ":" + track; }
  // A mark is bound to the audio heard and the transcript line it was compared with.
  function markKey(ballot, lang, track, sha, text) { return prefix + "mark:" + id(ballot, lang, track) + ":" + sha + ":" + text; }
  function playedKey(ballot, lang, track, sha) { return prefix + "played:" + id(ballot, lang, track) + ":" + sha; }
  function read(k) {
    try { return JSON.parse(store.getItem(k) || "null"); } catch (e) { return null; }
  }
  // This election's marks in storage, by track, from one pass over it (the
  // storage is shared by every page opened from disk and may hold thousands).
  var stored = {};
  function remember(k) {
    var rest = k.slice((prefix + "mark:").length).split(":");
    var track = id(rest[0], rest[1], rest[2]);
    stored[track] = stored[track] || [];
    if (stored[track].indexOf(k) < 0) { stored[track].push(k); }
  }
  for (var s0 = 0; s0 < store.length; s0 += 1) {
    var k0 = store.key(s0);
    if (k0 && k0.indexOf(prefix + "mark:") === 0) { remember(k0); }
  }
  function now() { return new Date().toISOString().replace(/\.\d{3}Z$/, "Z"); }
  // Browser storage can fill up: a mark that could not be kept is never lost
  // in silence; the reviewer is told to export what is kept.
  function keep(k, value) {
    try {
      store.setItem(k, value);
      return true;
    } catch (e) {
      var s = document.getElementById("export-status");
      s.textContent = t("storage-full");
      document.getElementById("export").focus();
      return false;
    }
  }

  // Interface language: the election's first by default, switchable, remembered.
  var texts = BALLOT_ACCESS_I18N;
  var uiLang = store.getItem(prefix + "ui-lang") || data.ui;
  if (!Object.prototype.hasOwnProperty.call(texts, uiLang)) { uiLang = "en"; }
  // The plural form of a count in the interface language.
  function plural(n) {
    if (uiLang === "ru") {
      var one = n % 10, hundred = n % 100;
      if (one === 1 && hundred !== 11) { return "one"; }
      return one >= 2 && one <= 4 && (hundred < 12 || hundred > 14) ? "few" : "many";
    }
    if (uiLang === "en") { return n === 1 ? "one" : "other"; }
    // Kazakh: the noun stays singular after a number.
    return "other";
  }
  // A value as shown: counts (numbers) grouped in thousands as the language
  // writes them (12,345 in English; 12 345 in Kazakh and Russian, which leave
  // four digits whole); text (names, track numbers, years) as it is.
  function shown(value) {
    if (typeof value !== "number") { return String(value == null ? "" : value); }
    var digits = String(Math.abs(value));
    if (digits.length >= (uiLang === "en" ? 4 : 5)) { digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, uiLang === "en" ? "," : "\u00a0"); }
    return (value < 0 ? "-" : "") + digits;
  }
  // The text `keyName` in the interface language, its {names} filled in one
  // pass (a reviewer's comment holding "{at}" or "$&" stays as typed).
  function t(keyName, vars) {
    vars = vars || {};
    var own = function (table) { return Object.prototype.hasOwnProperty.call(table, keyName) ? table[keyName] : null; };
    var s = own(texts[uiLang]) || own(texts.en);
    if (s == null) { return keyName; }
    if (typeof s === "object") { s = s[plural(Number(vars.n))] || s.other || s.many || ""; }
    return s.replace(/\{(\w+)\}/g, function (all, k) { return Object.prototype.hasOwnProperty.call(vars, k) ? shown(vars[k]) : all; });
  }
  // A mark's time (UTC, as stored and exported) as the language writes a
  // date and time, in this computer's time zone.
  function when(at) {
    var d = new Date(at);
    if (!at || isNaN(d.getTime())) { return at || ""; }
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return t("date-time", {
      d: String(d.getDate()), dd: two(d.getDate()), mm: two(d.getMonth() + 1), month: texts.en.months.split(" ")[d.getMonth()],
      y: String(d.getFullYear()), time: two(d.getHours()) + ":" + two(d.getMinutes())
    });
  }
  // The page's heading after the election's title: a ballot's id, or a page of phrases' range.
  function heading() {
    var h = data.heading;
    if (!h) { return ""; }
    return h.key ? t(h.key, h.args) : h.text;
  }
  function translate() {
    document.documentElement.lang = uiLang;
    document.title = t("page-title", { title: data.title || "" }) + (heading() ? " — " + heading() : "");
    // Labels with arguments (screen-reader labels name the track and language).
    function args(el) { try { return JSON.parse(el.dataset.i18nArgs || "{}"); } catch (e) { return {}; } }
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (el) { el.textContent = t(el.dataset.i18n, args(el)); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n-aria]"), function (el) { el.setAttribute("aria-label", t(el.dataset.i18nAria, args(el))); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n-alt]"), function (el) { el.setAttribute("alt", t(el.dataset.i18nAlt, args(el))); });
  }
  var switcher = document.getElementById("ui-lang");
  switcher.value = uiLang;
  translate();

  // Merged marks by track (the latest of each, whatever its audio).
  var mergedBy = {};
  merged.forEach(function (m) { mergedBy[id(m.ballot, m.language, m.track)] = m; });

  // Reviewer name: required before marking, stored with every mark.
  var reviewer = document.getElementById("reviewer");
  var status = document.getElementById("export-status");
  reviewer.value = store.getItem(prefix + "reviewer") || "";
  function name() { return reviewer.value.trim(); }

  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-track]"));
  var painters = [];
  function current(row) {
    var d = row.dataset;
    return read(markKey(d.ballot, d.lang, d.track, d.sha, d.text));
  }
  function reviewed(row) {
    var mine = current(row), theirs = mergedBy[id(row.dataset.ballot, row.dataset.lang, row.dataset.track)];
    // The log's verdict counts as the sign-off counts it (an OK never played does not).
    return !!((mine && mine.verdict) || (theirs && theirs.sha === row.dataset.sha && theirs.text === row.dataset.text && (theirs.state === "ok" || theirs.state === "problem")));
  }

  // A mark as a line: its verdict in the interface language, the comment as
  // typed, who gave it and when.
  function describe(m) {
    var verdict = ["ok", "problem", "resolved"].indexOf(m.verdict) >= 0 ? t(m.verdict) : (m.verdict || "");
    return verdict + (m.comment ? " — " + m.comment : "") + " (" + m.reviewer + ", " + when(m.at) + ")";
  }

  rows.forEach(function (row) {
    var d = row.dataset;
    var k = markKey(d.ballot, d.lang, d.track, d.sha, d.text);
    var saved = read(k) || { verdict: "", comment: "", reviewer: "", at: "" };
    var radios = row.querySelectorAll("input[type=radio]");
    var comment = row.querySelector("input.comment");
    var audio = row.querySelector("audio");
    var info = document.createElement("div");
    info.className = "mark-info";
    info.setAttribute("role", "status");
    comment.parentNode.appendChild(info);
    function played() { return store.getItem(playedKey(d.ballot, d.lang, d.track, d.sha)) === "1"; }

    function paint() {
      row.classList.toggle("ok-row", saved.verdict === "ok");
      row.classList.toggle("problem-row", saved.verdict === "problem");
      var lines = [];
      if (saved.verdict) { lines.push(t("marked", { mark: describe(saved) })); }
      // The whole ballot is its tracks joined (recorded by the build): heard for order and completeness.
      if (saved.verdict === "ok" && !played() && !row.classList.contains("whole")) { lines.push(t("never-played")); }
      var theirs = mergedBy[id(d.ballot, d.lang, d.track)];
      var same = theirs && theirs.sha === d.sha && theirs.text === d.text;
      if (same) { lines.push(t("in-log", { mark: describe(theirs) })); }
      // OK because every phrase it is joined from was reviewed OK.
      if (same && theirs.via === "phrases" && theirs.state === "ok") { lines.push(t("by-phrases")); }
      if (same && theirs.state === "not-played") { lines.push(t("never-played")); }
      if (theirs && !same) { lines.push(t("outdated", { mark: describe(theirs) })); }
      // This browser's marks for earlier audio of the same track stay visible.
      (stored[id(d.ballot, d.lang, d.track)] || []).forEach(function (other) {
        if (other === k) { return; }
        var old = read(other);
        if (old && (old.verdict || old.comment)) { lines.push(t("outdated", { mark: describe(old) })); }
      });
      info.textContent = lines.join("\n");
    }
    // A verdict is stamped with who gave it and when; editing its comment later
    // keeps that stamp (the verdict is still theirs).
    function save(stamp) {
      if (stamp) {
        saved.reviewer = name();
        saved.at = now();
      }
      // All a CSV row needs, so any page of the election can export it.
      saved.proof = d.proof;
      saved.ballot = d.ballot; saved.lang = d.lang; saved.track = d.track; saved.file = d.file; saved.sha = d.sha; saved.text = d.text;
      if (saved.verdict || saved.comment) {
        remember(k);
        if (!keep(k, JSON.stringify(saved))) {
          // Not kept: show what is kept, not what was clicked.
          saved = read(k) || { verdict: "", comment: "", reviewer: "", at: "" };
          Array.prototype.forEach.call(radios, function (r) { r.checked = r.value === saved.verdict; });
          paint();
          return;
        }
      } else { store.removeItem(k); }
      paint();
      counts();
    }
    Array.prototype.forEach.call(radios, function (radio) {
      radio.checked = radio.value === saved.verdict;
      // Arrow keys move between radio buttons and would change a verdict by
      // accident: a verdict is given only by a click, Space or a shortcut.
      radio.addEventListener("keydown", function (e) {
        if (e.key.indexOf("Arrow") === 0) { e.preventDefault(); }
      });
      radio.addEventListener("change", function () {
        if (!name()) {
          radio.checked = radio.value === saved.verdict;
          Array.prototype.forEach.call(radios, function (r) { r.checked = r.value === saved.verdict; });
          status.textContent = t("need-name");
          reviewer.focus();
          return;
        }
        // `resolved` settles a reported problem: it needs a comment saying how.
        if (radio.checked && radio.value === "resolved" && !comment.value.trim()) {
          Array.prototype.forEach.call(radios, function (r) { r.checked = r.value === saved.verdict; });
          status.textContent = t("need-comment");
          comment.focus();
          return;
        }
        if (radio.checked) { saved.verdict = radio.value; save(true); }
      });
    });
    comment.value = saved.comment || "";
    comment.addEventListener("input", function () {
      if (!name()) {
        comment.value = saved.comment || "";
        status.textContent = t("need-name");
        reviewer.focus();
        return;
      }
      saved.comment = comment.value;
      save(!saved.verdict);
    });
    if (audio) {
      audio.addEventListener("ended", function () { keep(playedKey(d.ballot, d.lang, d.track, d.sha), "1"); paint(); });
    }
    paint();
    painters.push(paint);
  });

  reviewer.addEventListener("input", function () { keep(prefix + "reviewer", reviewer.value); });

  // Shortcuts on a track's row (not while typing a comment or name): P plays
  // or pauses, O marks OK, X marks a problem, N goes to the next unreviewed.
  document.addEventListener("keydown", function (e) {
    var target = e.target;
    // Never while typing: any text field (the filter is a search field), list or editable text.
    var typing = target.isContentEditable || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || (target.tagName === "INPUT" && target.type !== "radio");
    if (e.ctrlKey || e.metaKey || e.altKey || typing) { return; }
    var key = e.key.toLowerCase();
    if (key === "n") { e.preventDefault(); document.getElementById("next").click(); return; }
    var row = target.closest && target.closest("tr[data-track]");
    if (!row) { return; }
    if (key === "p") {
      var audio = row.querySelector("audio");
      if (audio) { e.preventDefault(); if (audio.paused) { audio.play(); } else { audio.pause(); } }
    } else if (key === "o" || key === "x") {
      e.preventDefault();
      row.querySelector("input[value=" + (key === "o" ? "ok" : "problem") + "]").click();
    }
  });

  // Reviewed counts per ballot on this page.
  function counts() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-progress]"), function (el) {
      var total = 0, done = 0, problems = 0;
      rows.forEach(function (row) {
        if (row.dataset.ballot !== el.dataset.progress) { return; }
        total += 1;
        if (reviewed(row)) { done += 1; }
        var mine = current(row);
        if (mine && mine.verdict === "problem") { problems += 1; }
      });
      if (total) {
        el.textContent = t("reviewed-of", { done: done, total: total }) + (problems ? ", " + t("problems", { n: problems }) : "");
        return;
      }
      // A ballot on a page of its own: what the sign-off log says of it, and
      // how many marks this browser holds for it (not yet imported, maybe).
      var logged = fromLog[el.dataset.progress];
      var mine = 0;
      Object.keys(stored).forEach(function (track) {
        if (track.indexOf(el.dataset.progress + ":") !== 0) { return; }
        stored[track].forEach(function (key) { var m = read(key); if (m && m.verdict) { mine += 1; } });
      });
      var parts = [];
      if (logged) { parts.push(logged.signed ? t("signed-off") : t("to-review", { n: logged.to_review })); }
      if (mine) { parts.push(t("in-browser", { n: mine })); }
      var problems = logged ? logged.problems : [];
      problems.forEach(function (p) {
        var vars = { lang: p.lang, track: p.track, comment: p.comment, reviewer: p.reviewer, at: when(p.at) };
        parts.push(t(p.track === "ballot" ? "problem-whole" : "problem-track", vars));
      });
      el.textContent = parts.join("; ");
      var item = el.closest("li");
      if (item) { item.classList.toggle("problem-row", problems.length > 0); }
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-phrase-progress]"), function (el) {
      var p = phrasePages[el.dataset.phraseProgress];
      if (!p) { return; }
      el.textContent = t("reviewed-of", { done: p.ok + p.problems, total: p.total }) + (p.problems ? ", " + t("problems", { n: p.problems }) : "");
      el.closest("li").classList.toggle("problem-row", p.problems > 0);
    });
  }
  counts();

  switcher.addEventListener("change", function () {
    uiLang = Object.prototype.hasOwnProperty.call(texts, switcher.value) ? switcher.value : "en";
    keep(prefix + "ui-lang", uiLang);
    translate();
    painters.forEach(function (paint) { paint(); });
    counts();
  });

  // Next unreviewed: focus the first track without a mark for its current audio.
  document.getElementById("next").addEventListener("click", function () {
    var next = rows.filter(function (row) { return !reviewed(row) && !row.closest("[hidden]"); })[0];
    if (!next && !rows.length) {
      // The index: first the phrases still to review (each heard once for
      // every track), then the first ballot the log does not sign off.
      var page = Array.prototype.filter.call(document.querySelectorAll("[data-phrase-progress]"), function (el) {
        var p = phrasePages[el.dataset.phraseProgress];
        return p && p.to_review > 0;
      })[0];
      if (page) { window.location.href = page.closest("li").querySelector("a").href; return; }
      var link = Array.prototype.filter.call(document.querySelectorAll("li[data-search]"), function (li) {
        var logged = fromLog[li.querySelector("[data-progress]").dataset.progress];
        return !li.hidden && !(logged && logged.signed);
      })[0];
      if (link) { window.location.href = link.querySelector("a").href; return; }
    }
    // A page of phrases done: on to the next page of them.
    var following = document.querySelector("a[rel=next]");
    if (!next && following) { window.location.href = following.href; return; }
    if (!next) { status.textContent = t("all-reviewed"); return; }
    next.scrollIntoView({ block: "center" });
    next.querySelector("input[type=radio]").focus();
    var d = next.dataset;
    if (!d.ballot) {
      status.textContent = t("next-phrase", { n: next.querySelector("th").textContent, lang: d.lang });
    } else {
      status.textContent = t(d.track === "ballot" ? "next-whole" : "next-track", { ballot: d.ballot, lang: d.lang, track: d.track });
    }
  });

  // Filter by id, constituency or region.
  var filter = document.getElementById("filter");
  if (filter) {
    filter.addEventListener("input", function () {
      var q = filter.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(document.querySelectorAll("[data-search]"), function (el) {
        var match = !q || el.dataset.search.toLowerCase().indexOf(q) >= 0;
        el.hidden = !match;
        if (match && el.tagName === "LI") { shown += 1; }
      });
      document.getElementById("filter-status").textContent = t("shown", { n: shown });
    });
  }

  // CSV export of every track, reviewed or not. Every cell quoted, and a
  // formula-leading character (=, +, -, @, tab, CR) or ' gets a ' wherever a
  // cell could start: at the beginning and after every ; or , (spaces and
  // quotes skipped),
  // so the file is safe whichever separator a spreadsheet splits on. The
  // same rule as src/util/spreadsheet.rs, which `review import` undoes.
  function cell(value) {
    var s = String(value == null ? "" : value).replace(/(^|[;,])([ "]*)([=+\-@\t\r'])/g, "$1$2'$3");
    return '"' + s.replace(/"/g, '""') + '"';
  }
  function csv() {
    var columns = ["election", "ballot", "proof_id", "language", "track", "file", "audio_sha256", "verdict", "reviewer", "marked_at", "comment", "played", "text_sha256"];
    var lines = [columns.map(cell).join(",")];
    rows.forEach(function (row) {
      var d = row.dataset, m = current(row) || {};
      var played = store.getItem(playedKey(d.ballot, d.lang, d.track, d.sha)) === "1";
      lines.push([data.election, d.ballot, d.proof, d.lang, d.track, d.file, d.sha, m.verdict || "", m.verdict || m.comment ? m.reviewer : "", m.verdict || m.comment ? m.at : "", m.comment || "", played ? "yes" : "no", d.text].map(cell).join(","));
    });
    // And this browser's marks of the election's other tracks and phrases
    // (other pages): one export from any page holds all of them.
    var here = {};
    rows.forEach(function (row) { here[id(row.dataset.ballot, row.dataset.lang, row.dataset.track)] = true; });
    for (var i = 0; i < store.length; i += 1) {
      var key = store.key(i);
      if (!key || key.indexOf(prefix + "mark:") !== 0) { continue; }
      var m = read(key);
      if (!m || !m.file || here[id(m.ballot, m.lang, m.track)] || !(m.verdict || m.comment)) { continue; }
      var played = store.getItem(playedKey(m.ballot, m.lang, m.track, m.sha)) === "1";
      lines.push([data.election, m.ballot, m.proof, m.lang, m.track, m.file, m.sha, m.verdict || "", m.reviewer, m.at, m.comment || "", played ? "yes" : "no", m.text].map(cell).join(","));
    }
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }
  document.getElementById("export").addEventListener("click", function () {
    var text = csv();
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    link.download = "review-" + data.election + (name() ? "-" + name().replace(/[^\w\u0400-\u04FF]+/g, "-") : "") + ".csv";
    document.body.appendChild(link);
    link.click();
    link.remove();
    status.textContent = t("exported", { n: text.split("\r\n").length - 2 });
  });
})();
