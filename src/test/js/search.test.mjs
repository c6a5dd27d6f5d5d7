// The browser's search engine (templates/assets/search.js) under node's test runner, on the index the Java build
// exported. Run by dev.studyguide.search.BrowserEngineTest, which passes in:
//   SEARCH_SITE      the built site (its search/ folder is loaded exactly as the browser loads it)
//   SEARCH_TABLE     the analysis table shared with the Java side (AnalysisTableTest)
//   SEARCH_EXPECTED  the CLI's (Lucene's) ranking for every query of the relevance set
//   SEARCH_OUT       where to write the browser's rankings, for the relevance measures
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const site = process.env.SEARCH_SITE;
const search = require(path.join(site, "assets", "search.js"));

function engine() {
  const e = new search.Engine(path.join(site, "search") + path.sep, async (file) => {
    new Function(readFileSync(file, "utf8"))();
  });
  globalThis.__studyguideSearch = (name, data) => e.receive(name, data);
  return e;
}

function table() {
  return readFileSync(process.env.SEARCH_TABLE, "utf8").split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [mode, input, expected] = line.split("\t");
      return { mode, input: JSON.parse(input), expected: expected ?? "" };
    });
}

test("the browser analyzes every input of the shared table into the terms Lucene's side expects", async () => {
  const e = engine();
  const rows = table();
  assert.ok(rows.length >= 30, "the table has its rows");
  for (const row of rows) {
    const resolved = await e.resolve(row.input, row.mode === "typing");
    assert.equal(search.notation(resolved), row.expected, `${row.mode} ${JSON.stringify(row.input)}`);
  }
});

test("the browser ranks every query of the relevance set as the CLI does", async () => {
  const e = engine();
  const expected = JSON.parse(readFileSync(process.env.SEARCH_EXPECTED, "utf8"));
  const out = {};
  let compared = 0;
  for (const [query, { tolerance, hits }] of Object.entries(expected)) {
    const answer = await e.searchSubmitted(query);
    const mine = answer.results.slice(0, hits.length);
    out[query] = await Promise.all(mine.map(async (r) => (await e.doc(r.doc)).url));
    assert.equal(mine.length, hits.length, `${query}: as many results`);
    hits.forEach((hit, i) => {
      // Scores are Lucene's, rounded to 1/scale per term when exported: equal within that, the order may differ.
      assert.ok(Math.abs(mine[i].score - hit.score) <= tolerance,
        `${query} #${i + 1}: browser ${mine[i].score} vs Lucene ${hit.score}`);
      if (mine[i].doc !== hit.doc) {
        const swapped = hits.find((h) => h.doc === mine[i].doc);
        assert.ok(swapped && Math.abs(swapped.score - hit.score) <= 2 * tolerance,
          `${query} #${i + 1}: browser has doc ${mine[i].doc}, Lucene ${hit.doc} (not a near-tie)`);
      }
      compared++;
    });
  }
  assert.ok(compared > 300, "the relevance set was compared hit by hit");
  writeFileSync(process.env.SEARCH_OUT, JSON.stringify(out, null, 1));
});

test("junk, stop words and very long input give empty results, never an error", async () => {
  const e = engine();
  for (const junk of ["))((", "", "   ", "the of and", "x".repeat(2000), "((".repeat(1000), "\u0000\uffff"]) {
    const answer = await e.search(junk, true);
    assert.equal(answer.results.length, 0, JSON.stringify(junk.slice(0, 20)));
  }
  const long = await e.resolve("softmax ".repeat(300), false);
  assert.ok(long.words.length <= 12, "at most 12 words are read");
});

test("snippets mark the words that matched, including a σ for 'sigma' and whole topic names", async () => {
  const e = engine();
  const sigma = await e.highlighter(await e.resolve("sigma", false));
  assert.equal(search.snippetHtml("the sigmoid σ(x) squashes", sigma), "the sigmoid <mark>σ</mark>(x) squashes");
  const kl = await e.highlighter(await e.resolve("kl", false));
  assert.equal(search.titleHtml("Explain the Kullback-Leibler (KL) divergence, or relative entropy.", kl),
    "Explain the Kullback-Leibler (<mark>KL</mark>) <mark>divergence</mark>, or <mark>relative entropy</mark>.");
  const stems = await e.highlighter(await e.resolve("regularization", false));
  assert.match(search.snippetHtml("Regularized models and regularisation <b>", stems),
    /<mark>Regularized<\/mark> models and <mark>regularisation<\/mark> &lt;b&gt;/);
});
