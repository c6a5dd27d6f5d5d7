// Unit tests of templates/assets/study-scheduler.js (SM-2), run by node's test runner:
//   node --test src/test/js/   (StudySchedulerTest runs this from mvn test)
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const S = require(path.join(__dirname, "..", "..", "..", "templates", "assets", "study-scheduler.js"));

const NOW = Date.UTC(2026, 0, 10, 9, 0, 0);
const DAY = 24 * 3600 * 1000;
const MIN = 60 * 1000;

function run(grades, start = NOW) {
  let s = null;
  let t = start;
  const states = [];
  for (const g of grades) {
    s = S.grade(s, g, t);
    states.push(s);
    t = s.due; // review exactly when due
  }
  return states;
}

test("a new card graded good comes back after 1 day, then 6 days, then 6 x 2.5 = 15 days", () => {
  const [a, b, c] = run([3, 3, 3]);
  assert.deepEqual([a.interval, b.interval, c.interval], [1, 6, 15]);
  assert.equal(a.due, NOW + DAY);
  assert.equal(b.due, NOW + DAY + 6 * DAY);
  assert.equal(c.ease, 2.5);
  assert.equal(c.reps, 3);
});

test("easy raises the ease by 0.1 each time and the third interval uses it: 6 x 2.8 = 17 days", () => {
  const [a, b, c] = run([4, 4, 4]);
  assert.deepEqual([a.ease, b.ease, c.ease], [2.6, 2.7, 2.8]);
  assert.deepEqual([a.interval, b.interval, c.interval], [1, 6, 17]);
});

test("hard lowers the ease by 0.14 and still grows the interval: 6 x 2.08 = 12 days", () => {
  const [a, b, c] = run([2, 2, 2]);
  assert.deepEqual([a.ease, b.ease, c.ease], [2.36, 2.22, 2.08]);
  assert.deepEqual([a.interval, b.interval, c.interval], [1, 6, 12]);
});

test("the ease never drops below 1.3", () => {
  const states = run([2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
  assert.equal(states.at(-1).ease, 1.3);
  assert.ok(states.every((s) => s.ease >= 1.3));
});

test("again starts the repetitions over, keeps the ease, counts a lapse and brings the card back in 10 minutes", () => {
  const [, , c, lapse, relearned] = run([3, 3, 3, 1, 3]);
  assert.equal(c.interval, 15);
  assert.equal(lapse.reps, 0);
  assert.equal(lapse.interval, 0);
  assert.equal(lapse.ease, c.ease);
  assert.equal(lapse.lapses, 1);
  assert.equal(lapse.due - lapse.last, 10 * MIN);
  assert.equal(relearned.interval, 1, "the first success after a lapse is one day again");
  assert.equal(relearned.reviews, 5);
});

test("a card is due from its due time on, not before", () => {
  const s = S.grade(null, 3, NOW);
  assert.equal(S.isDue(s, NOW + DAY - 1), false);
  assert.equal(S.isDue(s, NOW + DAY), true);
  assert.equal(S.isDue(undefined, NOW), false, "a card never seen is new, not due");
});

test("a card is mastered once its interval reaches 21 days", () => {
  const states = run([3, 3, 3, 3]);
  assert.deepEqual(states.map((s) => s.interval), [1, 6, 15, 38]);
  assert.deepEqual(states.map(S.isMastered), [false, false, false, true]);
});

test("the button previews say how long until the card comes back", () => {
  const s = run([3, 3])[1];
  assert.equal(S.preview(s, 1, NOW), "10 min");
  assert.equal(S.preview(s, 2, NOW), "14 d");
  assert.equal(S.preview(s, 3, NOW), "15 d");
  assert.equal(S.preview(s, 4, NOW), "16 d");
  assert.equal(S.preview(null, 3, NOW), "1 d");
});

test("summary counts seen, due, mastered and new cards", () => {
  const states = { a: S.grade(null, 3, NOW - 2 * DAY), b: S.grade(null, 3, NOW), c: run([3, 3, 3, 3])[3] };
  const sum = S.summary(["a", "b", "c", "d"], states, NOW);
  assert.deepEqual(sum, { total: 4, seen: 3, due: 1, mastered: 1, fresh: 1 });
});

test("merging progress keeps the later review of each card and ignores malformed entries", () => {
  const older = S.grade(null, 3, NOW);
  const newer = S.grade(null, 1, NOW + DAY);
  const merged = S.merge({ x: newer, y: older }, { x: older, y: newer, z: { reps: "bad" } });
  assert.deepEqual(merged, { x: newer, y: newer });
});

test("a grade outside 1-4 is refused", () => {
  assert.throws(() => S.grade(null, 5, NOW), RangeError);
});
