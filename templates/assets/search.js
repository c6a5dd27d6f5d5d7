// Search, without a server. The index was built by Lucene at build time and exported as small script files
// (search/index.js, then shards fetched as needed), each calling __studyguideSearch(name, data), so it loads
// from file:// as well as over HTTP under any sub-path. Queries are analyzed the way Lucene analyzed the text by
// looking words up in the exported vocabulary (no stemmer here); scores were computed by Lucene and are only
// added up. The engine (StudyguideSearch.Engine) has no DOM and is tested under node; the UI below wires it to
// the search box every page has and to search.html.
(function (global) {
  "use strict";

  var EXACT = "exact";
  var PREFIX = "prefix";
  var FUZZY = "fuzzy";
  var MARK = { exact: "", prefix: "*", fuzzy: "~" };

  // ---------------------------------------------------------------- words, as Lucene's StandardTokenizer cuts them

  var LETTER = /[\p{L}\p{M}]/u;
  var DIGIT = /\p{Nd}/u;
  // Unicode word-break classes between letters (MidLetter), numbers (MidNum) or both (MidNumLet, quote).
  var MID_LETTER = ":\u00B7\u0387\u05F4\u2027\uFE13\uFE55\uFF1A";
  var MID_NUM = ",;\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B";
  var MID_BOTH = ".'\u2018\u2019\u2024\uFE52\uFF07\uFF0E";

  /** The text with math characters mapped as the index mapped them, and where each mapped char came from. */
  function mapChars(text, chars) {
    var out = "";
    var from = [];
    var i = 0;
    for (var ch of text) {
      var to = Object.prototype.hasOwnProperty.call(chars, ch) ? chars[ch] : ch;
      out += to;
      for (var k = 0; k < to.length; k++) {
        from.push(i);
      }
      i += ch.length;
    }
    from.push(i);
    return { text: out, from: from };
  }

  function kind(ch) {
    if (ch === undefined) return "";
    if (DIGIT.test(ch)) return "N";
    if (LETTER.test(ch) || ch === "_") return "L";
    return "";
  }

  /** Tokens of already-mapped text: [{word, start, end}] with offsets into that text. */
  function cut(text) {
    var out = [];
    var chars = Array.from(text);
    var offsets = [];
    var at = 0;
    chars.forEach(function (c) { offsets.push(at); at += c.length; });
    offsets.push(at);
    var i = 0;
    while (i < chars.length) {
      if (!kind(chars[i])) { i++; continue; }
      var start = i;
      i++;
      for (;;) {
        if (i < chars.length && kind(chars[i])) { i++; continue; }
        var mid = chars[i];
        var before = kind(chars[i - 1]);
        var after = kind(chars[i + 1]);
        var joins = mid !== undefined && after && (
          (before === "L" && after === "L" && (MID_LETTER.indexOf(mid) >= 0 || MID_BOTH.indexOf(mid) >= 0)) ||
          (before === "N" && after === "N" && (MID_NUM.indexOf(mid) >= 0 || MID_BOTH.indexOf(mid) >= 0)));
        if (!joins) break;
        i += 2;
      }
      out.push({ word: text.slice(offsets[start], offsets[i]), start: offsets[start], end: offsets[i] });
    }
    return out;
  }

  /** The query's words, as the index's surface forms: mapped, cut, lower-cased, at most maxWords. */
  function words(text, meta) {
    var mapped = mapChars(text.toLowerCase(), meta.chars).text;
    return cut(mapped).map(function (t) { return t.word.toLowerCase(); }).slice(0, meta.rules.maxWords);
  }

  function isSpace(ch) {
    return /[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]/.test(ch);
  }

  /** Typo tolerance is for words: "1,000" is not a misspelt "10000". */
  function letters(word) {
    return (word.match(/\p{L}/gu) || []).length;
  }

  /** One insertion, deletion, substitution or swap of neighbours apart (and not equal). */
  function oneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) return false;
    var start = 0;
    while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
    if (a.length !== b.length) {
      var longer = a.length > b.length ? a : b;
      var shorter = a.length > b.length ? b : a;
      return longer.slice(start + 1) === shorter.slice(start);
    }
    if (a.slice(start + 1) === b.slice(start + 1)) return true;
    return start + 1 < a.length && a[start] === b[start + 1] && a[start + 1] === b[start] &&
      a.slice(start + 2) === b.slice(start + 2);
  }

  // ---------------------------------------------------------------- the engine

  /**
   * @param base the URL of the search/ folder, ending in "/"
   * @param loadScript (url) → Promise resolved once the script has run
   */
  function Engine(base, loadScript) {
    this.base = base;
    this.loadScript = loadScript;
    this.files = {};
    this.loaded = [];
  }

  Engine.prototype.receive = function (name, data) {
    var file = this.files[name];
    if (file && !file.done) {
      file.done = true;
      file.resolve(data);
    }
  };

  /** The data of one index file, loading it at most once. */
  Engine.prototype.file = function (name) {
    var self = this;
    var file = this.files[name];
    if (!file) {
      file = this.files[name] = { done: false };
      file.promise = new Promise(function (resolve, reject) { file.resolve = resolve; file.reject = reject; });
      self.loaded.push(name);
      this.loadScript(this.base + name).then(function () {
        if (!file.done) throw new Error("search file " + name + " did not load its data");
      }).catch(function (error) {
        delete self.files[name];
        file.done = true;
        file.reject(error);
      });
    }
    return file.promise;
  };

  Engine.prototype.meta = function () {
    return this.file("index.js");
  };

  /** The shard holding a key: the last whose first key is not after it. */
  function shardIndex(meta, key) {
    var low = 0;
    var high = meta.shards.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (meta.shards[middle][0] <= key) low = middle; else high = middle - 1;
    }
    return low;
  }

  Engine.prototype.shard = function (meta, index) {
    return this.file(meta.shards[index][1]).then(function (data) {
      if (!data.__keys) {
        Object.defineProperty(data, "__keys", { value: Object.keys(data).sort() });
      }
      return data;
    });
  };

  /** The entry of a key, or undefined. */
  Engine.prototype.entry = function (meta, key) {
    return this.shard(meta, shardIndex(meta, key)).then(function (data) {
      return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
    });
  };

  /** Every [key, entry] whose key starts with the prefix, in key order. */
  Engine.prototype.range = async function (meta, prefix) {
    var first = shardIndex(meta, prefix);
    var last = shardIndex(meta, prefix + "\uffff");
    var out = [];
    for (var i = first; i <= last; i++) {
      var data = await this.shard(meta, i);
      data.__keys.forEach(function (key) {
        if (key.startsWith(prefix)) out.push([key, data[key]]);
      });
    }
    return out;
  };

  function byCount(a, b) {
    return b[1].c - a[1].c || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  }

  /** Known words starting with the word being typed, most frequent first. */
  Engine.prototype.completions = async function (meta, prefix) {
    if (prefix.length < meta.rules.minPrefix) return [];
    var found = (await this.range(meta, prefix)).filter(function (e) {
      return e[0] !== prefix && e[1].t && e[1].t.length > 0 && !e[1].s;
    });
    return found.sort(byCount).slice(0, meta.rules.maxCompletions);
  };

  /** Known words one edit away, most frequent first: only fetched for words the index does not know. */
  Engine.prototype.corrections = async function (meta, word) {
    var self = this;
    var candidates = [];
    for (var length = word.length - 1; length <= word.length + 1; length++) {
      var name = meta.words[String(length)];
      if (!name) continue;
      (await this.file(name)).forEach(function (w) { if (oneEdit(word, w)) candidates.push(w); });
    }
    var entries = await Promise.all(candidates.map(function (w) { return self.entry(meta, w); }));
    var found = candidates.map(function (w, i) { return [w, entries[i]]; }).filter(function (e) { return e[1]; });
    return found.sort(byCount).slice(0, meta.rules.maxCorrections);
  };

  function weightOf(meta, origin) {
    return origin === EXACT ? 1 : origin === PREFIX ? meta.rules.prefixWeight : meta.rules.fuzzyWeight;
  }

  /** The terms of a query, as QueryResolver makes them: [{term, origin, weight, words: [positions]}]. */
  Engine.prototype.resolve = async function (text, typing) {
    var meta = await this.meta();
    var self = this;
    var cutText = text.length > meta.rules.maxChars ? text.slice(0, meta.rules.maxChars) : text;
    var list = words(cutText, meta);
    typing = typing && cutText.length > 0 && !isSpace(cutText[cutText.length - 1]);
    var terms = new Map();
    function add(term, origin, from, to) {
      var positions = [];
      for (var p = from; p <= to; p++) positions.push(p);
      var had = terms.get(term);
      if (had) {
        positions.forEach(function (p) { if (had.words.indexOf(p) < 0) had.words.push(p); });
        had.words.sort(function (a, b) { return a - b; });
        if (weightOf(meta, origin) > had.weight) { had.origin = origin; had.weight = weightOf(meta, origin); }
      } else {
        terms.set(term, { term: term, origin: origin, weight: weightOf(meta, origin), words: positions });
      }
    }
    var entries = await Promise.all(list.map(function (w) { return self.entry(meta, w); }));
    // A closed compound the text writes apart ("crossentropy" for "cross-entropy") is read as its words.
    if (entries.some(function (e) { return e && e.s; })) {
      var apart = [];
      list.forEach(function (w, k) { apart.push.apply(apart, entries[k] && entries[k].s ? entries[k].s : [w]); });
      list = apart.slice(0, meta.rules.maxWords);
      entries = await Promise.all(list.map(function (w) { return self.entry(meta, w); }));
    }
    var forms = [];
    var formOrigins = [];
    var knownWords = [];
    for (var i = 0; i < list.length; i++) {
      var word = list[i];
      var known = entries[i] && entries[i].t ? entries[i] : null;
      knownWords.push(!!known);
      if (known) known.t.forEach(function (t) { add(t, EXACT, i, i); });
      var completions = typing && i === list.length - 1 ? await this.completions(meta, word) : [];
      completions.forEach(function (c) { c[1].t.forEach(function (t) { add(t, PREFIX, i, i); }); });
      var corrections = !known && completions.length === 0 && letters(word) >= meta.rules.minFuzzy
        ? await this.corrections(meta, word) : [];
      corrections.forEach(function (c) { c[1].t.forEach(function (t) { add(t, FUZZY, i, i); }); });
      var named = known ? [word, known]
        : corrections.length ? corrections[0] : completions.length ? completions[0] : null;
      forms.push(named ? ("f" in named[1] ? named[1].f : named[0]) : null);
      formOrigins.push(known ? EXACT : corrections.length ? FUZZY : PREFIX);
    }
    var names = await this.concepts(meta, forms);
    names.forEach(function (n) {
      var origin = EXACT;
      for (var p = n.from; p <= n.to; p++) {
        if (weightOf(meta, formOrigins[p]) < weightOf(meta, origin)) origin = formOrigins[p];
      }
      add(n.concept, origin, n.from, n.to);
    });
    return { text: text, words: list, known: knownWords, clauses: Array.from(terms.values()) };
  };

  /** Topic names in the word forms: left to right, longest first, not overlapping. */
  Engine.prototype.concepts = async function (meta, forms) {
    var self = this;
    var entries = await Promise.all(forms.map(function (f) { return f === null ? null : self.entry(meta, f); }));
    var out = [];
    var i = 0;
    while (i < forms.length) {
      var longest = 0;
      var found = [];
      var phrases = entries[i] && entries[i].n ? entries[i].n : [];
      phrases.forEach(function (phrase) {
        var rest = phrase[0] === "" ? [] : phrase[0].split(" ");
        var length = 1 + rest.length;
        if (length > longest && i + length <= forms.length &&
            rest.every(function (r, k) { return forms[i + 1 + k] === r; })) {
          longest = length;
          found = phrase[1];
        }
      });
      var from = i;
      found.forEach(function (c) { out.push({ concept: "topic:" + c, from: from, to: from + longest - 1 }); });
      i += Math.max(longest, 1);
    }
    return out;
  };

  /** The notation of the shared analysis table: terms sorted, marked by origin. */
  function notation(resolved) {
    return resolved.clauses.map(function (c) { return c.term + MARK[c.origin]; }).sort().join(" ");
  }

  /**
   * Every matching document, best first: the sum of each term's precomputed score times its weight, times the
   * share of the query's words the document has; ties to the earlier document. The page of a topic whose title or
   * alias is the whole query comes first; documents under the floor's share of the best score are left out.
   */
  Engine.prototype.search = async function (text, typing) {
    var meta = await this.meta();
    var resolved = await this.resolve(text, typing);
    var self = this;
    var entries = await Promise.all(resolved.clauses.map(function (c) { return self.entry(meta, c.term); }));
    var scores = new Map();
    var found = new Map();
    var meaningful = new Set();
    resolved.clauses.forEach(function (clause, i) {
      clause.words.forEach(function (w) { meaningful.add(w); });
      var postings = entries[i] && entries[i].p;
      if (!postings) return;
      var doc = 0;
      for (var k = 0; k < postings.length; k += 2) {
        doc += postings[k];
        scores.set(doc, (scores.get(doc) || 0) + clause.weight * postings[k + 1] / meta.scale);
        var words = found.get(doc);
        if (!words) found.set(doc, words = new Set());
        clause.words.forEach(function (w) { words.add(w); });
      }
    });
    // Topics named by every word as typed (not through a completion or a correction): their own pages.
    var named = new Set();
    resolved.clauses.forEach(function (clause, i) {
      if (clause.origin === EXACT && clause.term.startsWith("topic:") && entries[i] && "o" in entries[i] &&
          clause.words.length === resolved.words.length) named.add(entries[i].o);
    });
    var results = [];
    var best = 0;
    scores.forEach(function (score, doc) {
      var result = { doc: doc, score: score * found.get(doc).size / meaningful.size, exact: named.has(doc) };
      best = Math.max(best, result.score);
      results.push(result);
    });
    results = results.filter(function (r) { return r.exact || r.score >= meta.rules.floor * best; });
    results.sort(function (a, b) { return (b.exact - a.exact) || b.score - a.score || a.doc - b.doc; });
    return { resolved: resolved, results: results };
  };

  /** A submitted query: as typed; if that finds nothing, with its last word completed. */
  Engine.prototype.searchSubmitted = async function (text) {
    var answer = await this.search(text, false);
    if (answer.results.length === 0) {
      var typed = await this.search(text, true);
      if (typed.results.length > 0) return typed;
    }
    return answer;
  };

  /** A document's record: {index, kind, url, title, topic, text}. */
  Engine.prototype.doc = async function (index) {
    var meta = await this.meta();
    var data = await this.file(meta.docDir + "/" + index + ".js");
    return { index: index, kind: meta.kinds[data[0]], url: data[1], title: data[2], topic: data[3], text: data[4] };
  };

  /** What to mark in a result for the resolved query: single words and multi-word names, as surface forms. */
  Engine.prototype.highlighter = async function (resolved) {
    var meta = await this.meta();
    var self = this;
    var entries = await Promise.all(resolved.clauses.map(function (c) { return self.entry(meta, c.term); }));
    var single = new Set();
    var phrases = [];
    resolved.clauses.forEach(function (clause, i) {
      var shown = entries[i] && entries[i].h ? entries[i].h : [clause.term];
      shown.forEach(function (s) {
        var parts = words(s, meta);
        if (parts.length === 1) single.add(parts[0]); else if (parts.length > 1) phrases.push(parts);
      });
    });
    return { meta: meta, single: single, phrases: phrases };
  };

  /** Character ranges [start, end) of a text to mark. */
  function marks(text, highlighter) {
    var mapped = mapChars(text, highlighter.meta.chars);
    var tokens = cut(mapped.text).map(function (t) {
      return { word: t.word.toLowerCase(), start: mapped.from[t.start], end: mapped.from[t.end - 1] + 1 };
    });
    tokens.forEach(function (t) {
      var ch = text.codePointAt(t.end - 1);
      if (ch > 0xffff) t.end++; // the mapped character was a surrogate pair
    });
    var out = [];
    for (var i = 0; i < tokens.length; i++) {
      var matched = 0;
      highlighter.phrases.forEach(function (phrase) {
        if (phrase.length > matched && i + phrase.length <= tokens.length &&
            phrase.every(function (p, k) { return tokens[i + k].word === p; })) matched = phrase.length;
      });
      if (matched > 0) {
        for (var k = 0; k < matched; k++) out.push([tokens[i + k].start, tokens[i + k].end]);
        i += matched - 1;
      } else if (highlighter.single.has(tokens[i].word)) {
        out.push([tokens[i].start, tokens[i].end]);
      }
    }
    return out;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function markedHtml(text, ranges) {
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] >= last[1] && /^\s*$/.test(text.slice(last[1], r[0]))) last[1] = r[1];
      else merged.push([r[0], r[1]]);
    });
    var out = "";
    var at = 0;
    merged.forEach(function (r) {
      if (r[0] < at) return;
      out += escapeHtml(text.slice(at, r[0])) + "<mark>" + escapeHtml(text.slice(r[0], r[1])) + "</mark>";
      at = r[1];
    });
    return out + escapeHtml(text.slice(at));
  }

  /** The title with matches marked, as HTML. */
  function titleHtml(title, highlighter) {
    return markedHtml(title, marks(title, highlighter));
  }

  /** About {@code length} characters of the text around its densest matches, marked, as HTML. */
  function snippetHtml(text, highlighter, length) {
    length = length || 180;
    var flat = text.replace(/\s*\n\s*/g, " · ");
    var ranges = marks(flat, highlighter);
    var start = 0;
    if (ranges.length > 0) {
      var best = -1;
      ranges.forEach(function (r) {
        var from = Math.max(0, r[0] - 40);
        var seen = new Set();
        ranges.forEach(function (o) {
          if (o[0] >= from && o[1] <= from + length) seen.add(flat.slice(o[0], o[1]).toLowerCase());
        });
        if (seen.size > best) { best = seen.size; start = from; }
      });
    }
    if (start > 0) {
      var space = flat.indexOf(" ", start);
      start = space >= 0 && space < start + 20 ? space + 1 : start;
    }
    var end = Math.min(flat.length, start + length);
    if (end < flat.length) {
      var cutAt = flat.lastIndexOf(" ", end);
      end = cutAt > start + length / 2 ? cutAt : end;
    }
    var inside = ranges.filter(function (r) { return r[0] >= start && r[1] <= end; })
      .map(function (r) { return [r[0] - start, r[1] - start]; });
    return (start > 0 ? "… " : "") + markedHtml(flat.slice(start, end), inside) + (end < flat.length ? " …" : "");
  }

  var api = {
    Engine: Engine, words: words, cut: cut, mapChars: mapChars, oneEdit: oneEdit, notation: notation,
    titleHtml: titleHtml, snippetHtml: snippetHtml, escapeHtml: escapeHtml
  };
  global.StudyguideSearch = api;
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  }

  // ---------------------------------------------------------------- the UI

  if (typeof document === "undefined") return;

  var script = document.currentScript;
  var root = script ? script.src.replace(/assets\/search\.js(\?.*)?$/, "") : "";

  function loadScript(url) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = url;
      tag.async = true;
      tag.onload = function () { tag.remove(); resolve(); };
      tag.onerror = function () { tag.remove(); reject(new Error("cannot load " + url)); };
      document.head.appendChild(tag);
    });
  }

  var engine = new Engine(root + "search/", loadScript);
  global.__studyguideSearch = function (name, data) { engine.receive(name, data); };
  api.engine = engine;

  var SHOWN = 8;
  var PAGE = 20;

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function quote(text) {
    var t = text.trim();
    return "“" + (t.length > 60 ? t.slice(0, 60) + "…" : t) + "”";
  }

  /** A calm message for a query that finds nothing: what was typed, and what to try. */
  function emptyMessage(text, resolved) {
    if (resolved.words.length === 0) return "Type a topic, a formula word or a question to search the guide.";
    if (resolved.clauses.length === 0 && resolved.known.every(Boolean)) {
      return "Nothing to search for in " + quote(text) + ": those words are too common. Try a topic name.";
    }
    return "No results for " + quote(text) + ". Try another spelling or a topic name such as “softmax”.";
  }

  async function render(answer, from, count, length) {
    var highlighter = await engine.highlighter(answer.resolved);
    var slice = answer.results.slice(from, from + count);
    var docs = await Promise.all(slice.map(function (r) { return engine.doc(r.doc); }));
    return docs.map(function (doc) {
      // A topic's snippet is its one-line summary; other results show the passage that matched best.
      var text = doc.kind === "Topic" ? doc.text.split("\n")[0] : doc.text;
      return { doc: doc, title: titleHtml(doc.title, highlighter), snippet: snippetHtml(text, highlighter, length) };
    });
  }

  function kindBadge(kind) {
    return '<span class="result-kind kind-' + kind.toLowerCase() + '">' + kind + "</span>";
  }

  function resultHtml(item, optionId) {
    var doc = item.doc;
    var where = doc.kind === "Topic" ? "" : '<span class="result-topic">' + escapeHtml(doc.topic) + "</span>";
    return (optionId ? '<li role="option" id="' + optionId + '" aria-selected="false">' : "<li>") +
      '<a class="result" href="' + escapeHtml(root + doc.url) + '"' + (optionId ? ' tabindex="-1"' : "") + ">" +
      '<span class="result-head">' + kindBadge(doc.kind) + '<span class="result-title">' + item.title +
      "</span></span>" + where +
      (item.snippet ? '<span class="result-snippet">' + item.snippet + "</span>" : "") + "</a></li>";
  }

  // -------- the search box on every page: a combobox with a list of results as you type

  function setUpBox(input) {
    var form = input.form;
    var panel = document.createElement("div");
    panel.className = "search-panel";
    panel.hidden = true;
    panel.innerHTML = '<ul id="search-suggestions" class="search-suggestions" role="listbox" ' +
      'aria-label="Search results"></ul><a class="search-all" href="#"></a>';
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.id = "search-box-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    form.appendChild(panel);
    form.appendChild(status);
    var list = panel.querySelector("ul");
    var all = panel.querySelector(".search-all");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", "search-suggestions");
    input.setAttribute("aria-describedby", "search-box-status");
    var active = -1;
    var sequence = 0;
    var timer = 0;

    function options() {
      return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
    }

    function open(show) {
      panel.hidden = !show;
      input.setAttribute("aria-expanded", show ? "true" : "false");
      if (!show) activate(-1);
    }

    function activate(index) {
      var items = options();
      items.forEach(function (o, i) { o.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index >= 0 && index < items.length ? index : -1;
      if (active >= 0) {
        input.setAttribute("aria-activedescendant", items[active].id);
        items[active].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    async function run() {
      var text = input.value;
      var mine = ++sequence;
      var started = performance.now();
      if (text.trim() === "") {
        open(false);
        status.textContent = "";
        return;
      }
      try {
        var answer = await engine.search(text, true);
        var items = await render(answer, 0, SHOWN, 140);
        if (mine !== sequence) return;
        list.innerHTML = items.map(function (item, i) { return resultHtml(item, "search-option-" + i); }).join("");
        var total = answer.results.length;
        all.href = root + "search.html?q=" + encodeURIComponent(text.trim());
        all.textContent = total > SHOWN ? "See all " + total + " results" : "Open the results page";
        all.hidden = total === 0;
        if (total === 0) {
          list.innerHTML = '<li class="search-empty" role="presentation">' +
            escapeHtml(emptyMessage(text, answer.resolved)) + "</li>";
        }
        status.textContent = total === 0 ? emptyMessage(text, answer.resolved)
          : plural(total, "result") + (total > SHOWN ? ", showing the first " + SHOWN : "") +
            ". Use the up and down arrows to choose one.";
        activate(-1);
        open(true);
        panel.dataset.searchMs = String(Math.round(performance.now() - started));
        panel.dataset.query = text;
      } catch (error) {
        if (mine !== sequence) return;
        list.innerHTML = '<li class="search-empty" role="presentation">Search is not available here (' +
          escapeHtml(error.message) + ").</li>";
        open(true);
      }
    }

    input.addEventListener("focus", function () {
      engine.meta().catch(function () { /* reported when searching */ });
      if (input.value.trim() !== "" && list.children.length > 0) open(true);
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 40);
    });
    input.addEventListener("keydown", function (event) {
      var items = options();
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (panel.hidden) {
          if (input.value.trim() !== "") { open(true); }
          return;
        }
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : -1;
        var next = active + step;
        activate(next < -1 ? items.length - 1 : next >= items.length ? -1 : next);
      } else if (event.key === "Enter") {
        if (active >= 0 && !panel.hidden) {
          event.preventDefault();
          window.location.href = items[active].querySelector("a").href;
        }
      } else if (event.key === "Escape") {
        if (!panel.hidden) {
          event.preventDefault();
          open(false);
        } else if (input.value !== "") {
          event.preventDefault();
          input.value = "";
          status.textContent = "";
        }
      } else if (event.key === "Tab") {
        open(false);
      }
    });
    list.addEventListener("mousedown", function (event) {
      event.preventDefault(); // keep focus in the box; the link still follows on click
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) open(false);
    });
  }

  // -------- search.html: the full results page, search.html?q=...

  function setUpPage(input) {
    var list = document.getElementById("search-page-results");
    var status = document.getElementById("search-page-status");
    var more = document.createElement("button");
    more.type = "button";
    more.className = "search-more";
    more.hidden = true;
    list.parentNode.insertBefore(more, list.nextSibling);
    var answer = null;
    var shown = 0;
    var sequence = 0;
    var timer = 0;

    async function show(count) {
      var mine = sequence;
      var items = await render(answer, shown, count, 220);
      if (mine !== sequence) return;
      list.insertAdjacentHTML("beforeend", items.map(function (item) { return resultHtml(item, null); }).join(""));
      shown += items.length;
      var left = answer.results.length - shown;
      more.hidden = left <= 0;
      more.textContent = "Show " + Math.min(PAGE, left) + " more";
    }

    async function run(submitted) {
      var text = input.value;
      var mine = ++sequence;
      var started = performance.now();
      try {
        var found = submitted ? await engine.searchSubmitted(text) : await engine.search(text, true);
        if (mine !== sequence) return;
        answer = found;
        shown = 0;
        list.innerHTML = "";
        var total = answer.results.length;
        if (total === 0) {
          status.textContent = text.trim() === "" ? "" : emptyMessage(text, answer.resolved);
          more.hidden = true;
        } else {
          status.textContent = plural(total, "result") + " for " + quote(text) + ".";
          await show(PAGE);
        }
        list.dataset.searchMs = String(Math.round(performance.now() - started));
        list.dataset.query = text;
        var url = new URL(window.location.href);
        url.searchParams.set("q", text);
        if (url.protocol !== "file:" || url.href.length < 2000) {
          try { history.replaceState(null, "", url.href); } catch (e) { /* some file:// setups refuse */ }
        }
      } catch (error) {
        if (mine !== sequence) return;
        status.textContent = "Search is not available here (" + error.message + ").";
      }
    }

    more.addEventListener("click", function () {
      var first = shown;
      show(PAGE).then(function () {
        var link = list.children[first] && list.children[first].querySelector("a");
        if (link) link.focus();
      });
    });
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(true);
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(false); }, 60);
    });
    // Arrow keys walk from the box through the results and back.
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && list.firstElementChild) {
        event.preventDefault();
        list.firstElementChild.querySelector("a").focus();
      }
    });
    list.addEventListener("keydown", function (event) {
      var item = event.target.closest("li");
      if (!item || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
      event.preventDefault();
      var next = event.key === "ArrowDown" ? item.nextElementSibling : item.previousElementSibling;
      if (next) next.querySelector("a").focus(); else if (event.key === "ArrowUp") input.focus();
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      input.value = query;
      run(true);
    }
  }

  function start() {
    var box = document.getElementById("search-input");
    if (box && box.form) setUpBox(box);
    var page = document.getElementById("search-page-input");
    if (page && page.form) setUpPage(page);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})(typeof window !== "undefined" ? window : globalThis);
