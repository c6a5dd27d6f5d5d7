/*
 * Progress marks on topic, category and home pages: an element with data-study-progress="URL" (a topic or
 * category page, or "" for the page itself) gets "seen / due / mastered" for that topic's or category's
 * questions, from the study page's localStorage records, and a link to practise them. It loads the study index (not
 * the cards) and the scheduler as scripts next to itself (so it works from file://) and only when such an element exists and
 * the learner has studied at least once; otherwise the pages stay as they are.
 */
(function () {
  "use strict";
  var PREFIX = "studyguide-card:";
  var marks = document.querySelectorAll("[data-study-progress]");
  var self = document.currentScript && document.currentScript.src;
  if (!marks.length || !self || !studiedBefore()) return;
  var base = self.substring(0, self.lastIndexOf("/") + 1);

  function studiedBefore() {
    try {
      for (var i = 0; i < localStorage.length; i++) {
        if ((localStorage.key(i) || "").indexOf(PREFIX) === 0) return true;
      }
    } catch (e) { /* storage blocked */ }
    return false;
  }

  function load(src, then) {
    var s = document.createElement("script");
    s.src = base + src;
    s.onload = then;
    document.head.appendChild(s);
  }

  function states(ids) {
    var out = {};
    ids.forEach(function (id) {
      try {
        var s = JSON.parse(localStorage.getItem(PREFIX + id));
        if (window.StudyScheduler.valid(s)) out[id] = s;
      } catch (e) { /* a broken record counts as unseen */ }
    });
    return out;
  }

  function target(value) {
    var path = new URL(value || location.href, location.href).pathname;
    var m = /\/(topics|categories)\/([^\/]+)\.html$/.exec(path) || /\/(index)\.html$/.exec(path) || (/\/$/.test(path) ? [0, "index"] : null);
    return m ? { kind: m[1], id: m[2] } : null;
  }

  function questions(t, data) {
    if (t.kind === "topics") return data.topics[t.id] ? data.topics[t.id].questions : [];
    if (t.kind === "categories") {
      var c = data.categories.filter(function (x) { return x.id === t.id; })[0];
      return c ? [].concat.apply([], c.topics.map(function (id) { return data.topics[id].questions; })) : [];
    }
    return data.packs[0].questions; // the whole guide
  }

  function studyLink(t) {
    var q = t.kind === "topics" ? "?topic=" + t.id : t.kind === "categories" ? "?category=" + t.id : "";
    return base + "../study.html" + q;
  }

  load("study-scheduler.js", function () {
    load("study-index.js", function () {
      var data = window.STUDY_INDEX;
      var S = window.StudyScheduler;
      if (!data || !S) return;
      Array.prototype.forEach.call(marks, function (mark) {
        var t = target(mark.getAttribute("data-study-progress"));
        if (!t) return;
        var ids = questions(t, data);
        if (!ids.length) return;
        var sum = S.summary(ids, states(ids), Date.now());
        var share = Math.round(100 * sum.seen / sum.total);
        mark.innerHTML = "";
        var bar = document.createElement("span");
        bar.className = "bar";
        bar.setAttribute("aria-hidden", "true");
        var fill = document.createElement("i");
        fill.style.width = share + "%";
        bar.appendChild(fill);
        mark.appendChild(bar);
        mark.appendChild(document.createTextNode("Studied " + sum.seen + " of " + sum.total + " · " + sum.due
          + " due · " + sum.mastered + " mastered · "));
        var a = document.createElement("a");
        a.href = studyLink(t);
        a.textContent = sum.due ? "review now" : "practise";
        mark.appendChild(a);
        mark.hidden = false;
      });
    });
  });
})();
