/*
 * The study page: choose what to practise, go through cards (prompt, other phrasings on request, reveal, grade),
 * schedule each graded question with the SM-2 scheduler (study-scheduler.js) and keep its state in localStorage
 * under "studyguide-card:" + the question's stable id, so a rebuilt guide keeps a learner's progress.
 * Keyboard: Space reveals, 1-4 grade. Card data come from study-index.js, study-cards.js and study-notes.js (each
 * topic's notes, once, for the cards without an answer): scripts, so the page works from file://. Nothing leaves
 * the browser.
 */
(function () {
  "use strict";
  var S = window.StudyScheduler;
  var DATA = window.STUDY_INDEX;
  var CARDS = window.STUDY_CARDS;
  var NOTES = window.STUDY_NOTES || {};
  var PREFIX = "studyguide-card:";
  var el = function (id) { return document.getElementById(id); };
  if (!S || !DATA || !CARDS || !el("study")) return;

  var byId = {};
  CARDS.forEach(function (c) { byId[c.id] = c; });
  var allIds = CARDS.map(function (c) { return c.id; });
  // Difficulty as the sources mark it (easy, medium, hard); "" studies every card, marked or not.
  var difficulty = new URLSearchParams(location.search).get("difficulty") || "";
  function ofDifficulty(id) { return !difficulty || byId[id].difficulty === difficulty; }

  // ---- storage ---------------------------------------------------------------------------------------------
  function load(id) {
    try {
      var s = JSON.parse(localStorage.getItem(PREFIX + id));
      return S.valid(s) ? s : null;
    } catch (e) {
      return null;
    }
  }
  function save(id, state) {
    try { localStorage.setItem(PREFIX + id, JSON.stringify(state)); } catch (e) { /* private mode: session only */ }
  }
  function allStates() {
    var out = {};
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      if (key && key.indexOf(PREFIX) === 0) {
        var s = load(key.substring(PREFIX.length));
        if (s) out[key.substring(PREFIX.length)] = s;
      }
    }
    return out;
  }

  // ---- scopes ----------------------------------------------------------------------------------------------
  function scopes() {
    var list = [{ key: "all", label: "Everything (" + allIds.length + ")", ids: allIds },
      { key: "due", label: "Due today", ids: allIds, dueOnly: true }];
    DATA.categories.forEach(function (c) {
      var ids = [];
      c.topics.forEach(function (t) { ids = ids.concat(DATA.topics[t].questions); });
      if (ids.length) list.push({ key: "category:" + c.id, group: "Categories", label: c.title + " (" + ids.length + ")", ids: ids });
    });
    DATA.packs.forEach(function (p) {
      if (p.questions.length && p.id !== "guide" && !DATA.categories.some(function (c) { return c.id === p.id; })) {
        list.push({ key: "pack:" + p.id, group: "Packs", label: p.title + " (" + p.questions.length + ")", ids: p.questions });
      }
    });
    DATA.categories.forEach(function (c) {
      c.topics.forEach(function (t) {
        var topic = DATA.topics[t];
        if (topic.questions.length) {
          list.push({ key: "topic:" + t, group: "Topics · " + c.title, label: topic.title + " (" + topic.questions.length + ")", ids: topic.questions });
        }
      });
    });
    return list;
  }
  var SCOPES = scopes();

  function scopeFromUrl() {
    var params = new URLSearchParams(location.search);
    var keys = ["topic", "category", "pack"];
    for (var i = 0; i < keys.length; i++) {
      var v = params.get(keys[i]);
      if (v) {
        // The category packs are the categories; "guide" is everything.
        if (keys[i] === "pack" && v === "guide") return "all";
        if (keys[i] === "pack" && DATA.categories.some(function (c) { return c.id === v; })) return "category:" + v;
        return keys[i] + ":" + v;
      }
    }
    return params.get("due") ? "due" : "all";
  }

  function fillSelect(current) {
    var select = el("study-select");
    var groups = {};
    SCOPES.forEach(function (s) {
      var option = document.createElement("option");
      option.value = s.key;
      option.textContent = s.label;
      if (!s.group) {
        select.appendChild(option);
        return;
      }
      if (!groups[s.group]) {
        groups[s.group] = document.createElement("optgroup");
        groups[s.group].label = s.group;
        select.appendChild(groups[s.group]);
      }
      groups[s.group].appendChild(option);
    });
    select.value = SCOPES.some(function (s) { return s.key === current; }) ? current : "all";
    select.addEventListener("change", function () {
      var url = new URL(location.href);
      ["topic", "category", "pack", "due"].forEach(function (k) { url.searchParams.delete(k); });
      var v = select.value;
      if (v === "due") url.searchParams.set("due", "1");
      else if (v !== "all") url.searchParams.set(v.substring(0, v.indexOf(":")), v.substring(v.indexOf(":") + 1));
      history.replaceState(null, "", url.toString());
      start(v, false);
    });
  }

  /** The difficulty filter, offered only when some card has a difficulty. */
  function fillDifficulty() {
    if (!CARDS.some(function (c) { return c.difficulty; })) return;
    var select = el("study-difficulty");
    el("study-difficulty-field").hidden = false;
    select.value = ["easy", "medium", "hard"].indexOf(difficulty) >= 0 ? difficulty : "";
    difficulty = select.value;
    select.addEventListener("change", function () {
      difficulty = select.value;
      var url = new URL(location.href);
      if (difficulty) url.searchParams.set("difficulty", difficulty); else url.searchParams.delete("difficulty");
      history.replaceState(null, "", url.toString());
      start(el("study-select").value, false);
    });
  }

  // ---- session ---------------------------------------------------------------------------------------------
  var session = { queue: [], done: 0, scope: null, current: null, revealed: false };

  /** Due cards first (longest overdue first), then new cards in guide order; cards scheduled later wait. */
  function queueFor(scope, cram) {
    var now = Date.now();
    var due = [], fresh = [], later = [];
    scope.ids.filter(ofDifficulty).forEach(function (id) {
      var s = load(id);
      if (!s) { if (!scope.dueOnly) fresh.push(id); }
      else if (S.isDue(s, endOfToday(now))) due.push(id);
      else later.push(id);
    });
    due.sort(function (a, b) { return load(a).due - load(b).due; });
    return cram ? due.concat(fresh, later) : due.concat(fresh);
  }

  function endOfToday(now) {
    var d = new Date(now);
    d.setHours(23, 59, 59, 999);
    return d.getTime();
  }

  function start(key, cram) {
    session.scope = SCOPES.filter(function (s) { return s.key === key; })[0] || SCOPES[0];
    session.queue = queueFor(session.scope, cram);
    session.done = 0;
    showCounts();
    next();
  }

  function next() {
    session.current = session.queue.shift() || null;
    session.revealed = false;
    if (!session.current) {
      finished();
      return;
    }
    el("study-done").hidden = true;
    el("study-card").hidden = false;
    render(byId[session.current]);
  }

  function finished() {
    el("study-card").hidden = true;
    el("study-done").hidden = false;
    var states = allStates();
    var later = session.scope.ids.map(function (id) { return states[id]; }).filter(Boolean)
      .map(function (s) { return s.due; }).sort(function (a, b) { return a - b; })[0];
    el("study-done-text").textContent = (session.done ? "Done: " + session.done + " cards studied. " : "")
      + "Nothing more is due in this selection today."
      + (later ? " The next card is due " + new Date(later).toLocaleString() + "." : "");
    el("study-cram").hidden = session.scope.ids.length === 0;
    showCounts();
    showSummary();
  }

  function render(card) {
    var topic = DATA.topics[card.topic];
    el("study-position").textContent = "Card " + (session.done + 1) + " of " + (session.done + session.queue.length + 1)
      + (load(card.id) ? "" : " · new");
    el("study-topic").textContent = topic.title;
    el("study-topic").href = topic.url + "#" + card.id;
    el("study-title").textContent = card.title;
    el("study-title").hidden = !card.title;
    el("study-prompt").innerHTML = card.prompt;
    var phr = el("study-phrasings");
    phr.innerHTML = card.phrasings.map(function (p) { return "<li>" + p + "</li>"; }).join("");
    phr.hidden = true;
    var toggle = el("study-phrasings-toggle");
    toggle.hidden = card.phrasings.length === 0;
    toggle.setAttribute("aria-expanded", "false");
    toggle.textContent = "Other phrasings (" + card.phrasings.length + ")";
    el("study-answer").hidden = true;
    el("study-answer").innerHTML = "";
    el("study-grades").hidden = true;
    el("study-reveal").hidden = false;
    el("study-think").hidden = false;
  }

  function reveal() {
    if (!session.current || session.revealed) return;
    session.revealed = true;
    var card = byId[session.current];
    var html = "";
    var fromSources = card.fromSources || [];
    if (card.answers.length) {
      card.answers.forEach(function (a) {
        html += "<div class=\"answer\">" + a.html + "</div>" + sourceLine(a.source);
      });
    }
    if (fromSources.length) {
      // Passages from elsewhere in the sources that answer it: after the question's own answer, never instead.
      html += "<p class=\"from-label\">From the sources</p>";
      fromSources.forEach(function (f) {
        html += "<div class=\"answer from-source\"><p class=\"from-title\"><a href=\"" + escapeAttr(f.home) + "\">"
          + f.titleHtml + "</a></p>" + f.html + "</div>" + sourceLine(f.source);
      });
    }
    if (!card.answers.length && !fromSources.length) {
      html += "<p class=\"where\">The sources ask this without an answer. Where the answer lives:</p>";
      if (card.followUps.length) {
        html += "<p>Follow-ups to think through:</p><ul class=\"follow-ups\">"
          + card.followUps.map(function (f) { return "<li>" + f + "</li>"; }).join("") + "</ul>";
      }
      var topic = DATA.topics[card.topic];
      html += "<ul class=\"notes\">" + (NOTES[card.topic] || []).map(function (n) {
        return "<li><a href=\"" + escapeAttr(n.href) + "\">" + escapeText(n.text) + "</a> <span class=\"source-badge\">"
          + escapeText(n.title) + "</span></li>";
      }).join("") + "<li><a href=\"" + escapeAttr(topic.url) + "\">" + escapeText(topic.title) + " (topic page)</a></li></ul>";
    }
    if ((card.answers.length || fromSources.length) && card.followUps.length) {
      html += "<details><summary>Follow-ups (" + card.followUps.length + ")</summary><ul class=\"follow-ups\">"
        + card.followUps.map(function (f) { return "<li>" + f + "</li>"; }).join("") + "</ul></details>";
    }
    el("study-answer").innerHTML = html;
    el("study-answer").hidden = false;
    el("study-reveal").hidden = true;
    el("study-think").hidden = true;
    var state = load(card.id);
    var now = Date.now();
    Array.prototype.forEach.call(el("study-grades").querySelectorAll("button"), function (b) {
      b.querySelector("span").textContent = S.preview(state, Number(b.dataset.grade), now);
    });
    el("study-grades").hidden = false;
    el("study-grades").querySelector(".grade-good").focus({ preventScroll: true });
    // The grades stick to the bottom of the screen; bring the prompt and the start of the answer into view.
    el("study-card").scrollIntoView({ block: "start", behavior: "auto" });
  }

  function sourceLine(source) {
    return "<p class=\"answer-source\"><a class=\"source-badge\" href=\"" + escapeAttr(source.href) + "\" title=\""
      + escapeAttr(source.title) + "\">" + escapeText(source.text) + "</a></p>";
  }

  function grade(g) {
    if (!session.current || !session.revealed) return;
    var id = session.current;
    var state = S.grade(load(id), g, Date.now());
    save(id, state);
    session.done++;
    if (g === 1) session.queue.push(id); // again: back at the end of this session
    showCounts();
    next();
  }

  // ---- progress --------------------------------------------------------------------------------------------
  function showCounts() {
    if (!session.scope) return;
    var sum = S.summary(session.scope.ids, allStates(), endOfToday(Date.now()));
    el("study-counts").textContent = sum.total + " questions · " + sum.due + " due · " + sum.fresh + " new · "
      + sum.mastered + " mastered";
  }

  function showSummary() {
    var sum = S.summary(allIds, allStates(), endOfToday(Date.now()));
    el("study-summary").textContent = "Seen " + sum.seen + " of " + sum.total + " questions · " + sum.due
      + " due today · " + sum.mastered + " mastered (next review 21 days or more away).";
  }

  function exportProgress() {
    var data = { format: "studyguide-progress", version: 1, exported: new Date().toISOString(), cards: allStates() };
    var blob = new Blob([JSON.stringify(data, null, 1)], { type: "application/json" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "studyguide-progress-" + data.exported.substring(0, 10) + ".json";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }

  function importProgress(text) {
    var data;
    try { data = JSON.parse(text); } catch (e) { data = null; }
    if (!data || data.format !== "studyguide-progress" || typeof data.cards !== "object") {
      el("study-import-status").textContent = "That file is not a studyguide progress export; nothing was changed.";
      return;
    }
    var mine = allStates();
    var merged = S.merge(mine, data.cards);
    var changed = 0;
    Object.keys(merged).forEach(function (id) {
      if (merged[id] !== mine[id]) { save(id, merged[id]); changed++; }
    });
    el("study-import-status").textContent = "Imported: " + changed + " cards updated.";
    start(session.scope.key, false);
    showSummary();
  }

  function escapeText(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function escapeAttr(s) {
    return escapeText(s).replace(/"/g, "&quot;");
  }

  // ---- wiring ----------------------------------------------------------------------------------------------
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) return;
    if (e.key === " " || e.key === "Spacebar") {
      if (!session.revealed && session.current) { e.preventDefault(); reveal(); }
    } else if (/^[1-4]$/.test(e.key) && session.revealed) {
      e.preventDefault();
      grade(Number(e.key));
    }
  });
  el("study-reveal").addEventListener("click", reveal);
  el("study-grades").addEventListener("click", function (e) {
    var b = e.target.closest("button[data-grade]");
    if (b) grade(Number(b.dataset.grade));
  });
  el("study-phrasings-toggle").addEventListener("click", function () {
    var open = el("study-phrasings").hidden;
    el("study-phrasings").hidden = !open;
    this.setAttribute("aria-expanded", String(open));
  });
  el("study-cram").addEventListener("click", function () { start(session.scope.key, true); });
  el("study-export").addEventListener("click", exportProgress);
  el("study-import").addEventListener("change", function () {
    var file = this.files && this.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () { importProgress(String(reader.result)); };
    reader.readAsText(file);
    this.value = "";
  });

  el("study-scope").hidden = false;
  el("study-tools").hidden = false;
  var initial = scopeFromUrl();
  fillSelect(initial);
  fillDifficulty();
  start(el("study-select").value, false);
  showSummary();
  window.studyguideStudy = { importProgress: importProgress, states: allStates };
})();
