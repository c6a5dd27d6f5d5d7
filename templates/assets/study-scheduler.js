/*
 * The study scheduler: SM-2 (SuperMemo 2, Wozniak 1990), the algorithm Anki grew from, with Anki's four grades.
 * SM-2 rather than FSRS because it needs no trained parameters: FSRS predicts recall from a learner's review
 * history with 19 weights fitted on millions of reviews; its defaults are fine, but its intervals cannot be
 * checked by hand, and a guide of ~170 questions studied for weeks before an interview gains little from it.
 * SM-2 is a few lines, its every interval can be worked out on paper (and is, in the tests), and its state
 * (repetitions, ease, interval, due) is easy to export and read.
 *
 * Grades: again (1) = forgotten, hard (2), good (3), easy (4); mapped to SM-2's qualities 1, 3, 4, 5.
 * - Again: repetitions start over, the ease is kept (as SM-2 says), and the card comes back in 10 minutes
 *   (a learning step, as in Anki; SM-2 itself would wait until tomorrow).
 * - Otherwise the ease changes by 0.1 - (5 - q)(0.08 + (5 - q) 0.02), never below 1.3 (hard -0.14, good 0,
 *   easy +0.1), and the interval is 1 day after the first success, 6 days after the second, then the previous
 *   interval times the new ease, rounded to whole days.
 * A card is mastered once its interval reaches 21 days (Anki's "mature").
 *
 * Runs in the browser (window.StudyScheduler) and in node (module.exports) for the tests.
 */
(function (root) {
  "use strict";

  var MINUTE = 60 * 1000;
  var DAY = 24 * 60 * MINUTE;
  var START_EASE = 2.5;
  var MIN_EASE = 1.3;
  var RELEARN_MINUTES = 10;
  var MASTERED_DAYS = 21;
  var QUALITY = { 1: 1, 2: 3, 3: 4, 4: 5 };
  var GRADE_NAMES = { 1: "again", 2: "hard", 3: "good", 4: "easy" };

  function newState() {
    return { reps: 0, ease: START_EASE, interval: 0, due: 0, lapses: 0, reviews: 0, last: 0 };
  }

  /** The state after grading {@code state} (or a new card when null) at {@code now} (ms since epoch). */
  function grade(state, g, now) {
    if (!QUALITY[g]) {
      throw new RangeError("grade must be 1 (again), 2 (hard), 3 (good) or 4 (easy): " + g);
    }
    var s = Object.assign(newState(), state || {});
    var q = QUALITY[g];
    var next = { reps: s.reps, ease: s.ease, interval: s.interval, due: s.due, lapses: s.lapses,
      reviews: s.reviews + 1, last: now };
    if (q < 3) {
      next.reps = 0;
      next.interval = 0;
      next.lapses = s.lapses + 1;
      next.due = now + RELEARN_MINUTES * MINUTE;
      return next;
    }
    next.ease = Math.max(MIN_EASE, round2(s.ease + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)));
    if (s.reps === 0) {
      next.interval = 1;
    } else if (s.reps === 1) {
      next.interval = 6;
    } else {
      next.interval = Math.max(s.interval + 1, Math.round(s.interval * next.ease));
    }
    next.reps = s.reps + 1;
    next.due = now + next.interval * DAY;
    return next;
  }

  /** Two decimals, so an ease read back from JSON schedules exactly as the one in memory. */
  function round2(x) {
    return Math.round(x * 100) / 100;
  }

  function isDue(state, now) {
    return !!state && state.due <= now;
  }

  function isMastered(state) {
    return !!state && state.interval >= MASTERED_DAYS;
  }

  /** "10 min", "1 d", "6 d", "2.3 mo": how long until the card comes back after grade g. */
  function preview(state, g, now) {
    var wait = grade(state, g, now).due - now;
    if (wait < DAY) {
      return Math.round(wait / MINUTE) + " min";
    }
    var days = Math.round(wait / DAY);
    return days < 60 ? days + " d" : (Math.round(days / 3.044) / 10) + " mo";
  }

  /** seen / due / mastered / new counts for the given question ids and stored states (id → state). */
  function summary(ids, states, now) {
    var out = { total: ids.length, seen: 0, due: 0, mastered: 0, fresh: 0 };
    ids.forEach(function (id) {
      var s = states[id];
      if (!s) {
        out.fresh++;
        return;
      }
      out.seen++;
      if (isDue(s, now)) out.due++;
      if (isMastered(s)) out.mastered++;
    });
    return out;
  }

  /**
   * Two progress maps merged card by card: the later review wins, so importing an export from another browser
   * never takes back a review made here since.
   */
  function merge(mine, theirs) {
    var out = Object.assign({}, mine);
    Object.keys(theirs || {}).forEach(function (id) {
      var t = theirs[id];
      if (!valid(t)) return;
      if (!out[id] || out[id].last < t.last) out[id] = t;
    });
    return out;
  }

  function valid(s) {
    return !!s && typeof s === "object" && ["reps", "ease", "interval", "due", "last"].every(function (k) {
      return typeof s[k] === "number" && isFinite(s[k]);
    });
  }

  var api = {
    DAY: DAY, MINUTE: MINUTE, MASTERED_DAYS: MASTERED_DAYS, GRADE_NAMES: GRADE_NAMES,
    newState: newState, grade: grade, isDue: isDue, isMastered: isMastered, preview: preview,
    summary: summary, merge: merge, valid: valid
  };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.StudyScheduler = api;
  }
})(typeof window !== "undefined" ? window : this);
