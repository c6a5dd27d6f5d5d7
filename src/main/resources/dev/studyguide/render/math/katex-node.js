// KaTeX under node for studyguide's NodeKatex: one JSON message a line on stdin, one reply a line on stdout.
// The first message brings KaTeX's script and the render function (the very texts the in-JVM engine evaluates);
// the reply names KaTeX's version. Every later message is a batch [[tex, display], ...]; the reply is the
// render function's results in order. End of input ends the process.
'use strict';
const readline = require('readline');

let render = null;
const input = readline.createInterface({input: process.stdin, crlfDelay: Infinity});
input.on('line', (line) => {
  const message = JSON.parse(line);
  if (render === null) {
    const loaded = {exports: {}};
    new Function('module', 'exports', message.katex)(loaded, loaded.exports);
    const katex = loaded.exports;
    render = new Function('katex', 'return ' + message.render)(katex);
    process.stdout.write(JSON.stringify({version: katex.version}) + '\n');
  } else {
    process.stdout.write(JSON.stringify(message.map((formula) => render(formula[0], formula[1]))) + '\n');
  }
});
