// The review page's behaviour: filter, verdicts kept in localStorage keyed by
// proof id (a changed ballot needs review again), CSV export. No network.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var prefix = "ballot-access-review:" + data.election + ":";
  var store = window.localStorage;

  function key(ballot, proof, lang, track) {
    return prefix + ballot + ":" + proof + ":" + lang + ":" + track;
  }
  function read(k) {
    try { return JSON.parse(store.getItem(k) || "null"); } catch (e) { return null; }
  }

  // Reviewer name.
  var reviewer = document.getElementById("reviewer");
  reviewer.value = store.getItem(prefix + "reviewer") || "";
  reviewer.addEventListener("input", function () { store.setItem(prefix + "reviewer", reviewer.value); });

  // Verdicts and comments.
  var rows = document.querySelectorAll("tr[data-track]");
  Array.prototype.forEach.call(rows, function (row) {
    var k = key(row.dataset.ballot, row.dataset.proof, row.dataset.lang, row.dataset.track);
    var saved = read(k) || { verdict: "", comment: "" };
    var radios = row.querySelectorAll("input[type=radio]");
    var comment = row.querySelector("input.comment");
    function paint() {
      row.classList.toggle("ok-row", saved.verdict === "ok");
      row.classList.toggle("problem-row", saved.verdict === "problem");
    }
    function save() {
      if (saved.verdict || saved.comment) { store.setItem(k, JSON.stringify(saved)); } else { store.removeItem(k); }
      paint();
      counts();
    }
    Array.prototype.forEach.call(radios, function (radio) {
      radio.checked = radio.value === saved.verdict;
      radio.addEventListener("change", function () { if (radio.checked) { saved.verdict = radio.value; save(); } });
    });
    comment.value = saved.comment || "";
    comment.addEventListener("input", function () { saved.comment = comment.value; save(); });
    paint();
  });

  // Reviewed counts per ballot on this page.
  function counts() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-progress]"), function (el) {
      var ballot = el.dataset.progress, proof = data.proofs[ballot], total = 0, done = 0, problems = 0;
      (data.tracks[ballot] || []).forEach(function (t) {
        total += 1;
        var v = read(key(ballot, proof, t[0], t[1]));
        if (v && v.verdict) { done += 1; if (v.verdict === "problem") { problems += 1; } }
      });
      el.textContent = done + " of " + total + " tracks reviewed" + (problems ? ", " + problems + " problem(s)" : "");
    });
  }
  counts();

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
      document.getElementById("filter-status").textContent = shown + " ballot(s) shown";
    });
  }

  // CSV export of every verdict for the current proofs.
  function cell(value) {
    var s = String(value == null ? "" : value);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; } // keep spreadsheets from running formulas
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csv() {
    var lines = [["ballot", "language", "track", "verdict", "comment", "reviewer", "proof_id"].join(",")];
    Object.keys(data.tracks).sort().forEach(function (ballot) {
      var proof = data.proofs[ballot];
      data.tracks[ballot].forEach(function (t) {
        var v = read(key(ballot, proof, t[0], t[1]));
        if (v && (v.verdict || v.comment)) {
          lines.push([ballot, t[0], t[1], v.verdict, v.comment, reviewer.value, proof].map(cell).join(","));
        }
      });
    });
    return lines.join("\r\n") + "\r\n";
  }
  document.getElementById("export").addEventListener("click", function () {
    var text = csv();
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    link.download = "review-" + data.election + ".csv";
    document.body.appendChild(link);
    link.click();
    link.remove();
    document.getElementById("export-status").textContent = "Exported " + (text.split("\r\n").length - 2) + " verdict(s).";
  });
})();
