#!/usr/bin/env node
// Records what Node prints for every program in programs/ as NN-name.verified.txt beside this script: the
// ground truth that the C# ports (NodeCorpusTests) are approved against.
//
//   node tests/node-corpus/record.mjs            re-record every transcript (prints which ones changed)
//   node tests/node-corpus/record.mjs --check    change nothing; exit 1 if Node now prints something else
//   node tests/node-corpus/record.mjs --real     run on Node's real timers, all programs at once (about 7 s), and
//                                                compare with the recorded files: shows the virtual clock changes nothing
//   add program names (e.g. 05-microtask-vs-timer) to handle only those.
//
// Files named NN-name.csharp.verified.txt belong to the C# tests (where C# differs from Node); this script
// never touches them.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes("--check");
const real = args.includes("--real");
const only = args.filter((arg) => !arg.startsWith("--"));

const programs = readdirSync(join(here, "programs"))
  .filter((file) => /^\d\d-.+\.js$/.test(file))
  .filter((file) => only.length === 0 || only.includes(basename(file, ".js")))
  .sort();

if (programs.length === 0) {
  console.error("record.mjs: no programs matched.");
  process.exit(2);
}

// Transcripts are compared byte for byte: UTF-8, \n line endings, one final newline.
const normalise = (text) => text.replace(/\r\n?/g, "\n").replace(/\n*$/, "\n");

// Each program runs in a Node of its own; they run side by side (on the virtual clock they take milliseconds).
const runOne = (program) =>
  promisify(execFile)(process.execPath, [join("programs", program)], {
    cwd: here,
    encoding: "utf8",
    env: { ...process.env, NODE_CORPUS_CLOCK: real ? "real" : "virtual" },
    timeout: 60_000,
  }).then(
    ({ stdout, stderr }) => ({ stdout, stderr, status: 0 }),
    (error) => ({ stdout: error.stdout ?? "", stderr: error.stderr ?? String(error), status: error.code ?? error.signal }),
  );
const runs = await Promise.all(programs.map(runOne));

let problems = 0;
programs.forEach((program, index) => {
  const name = basename(program, ".js");
  const run = runs[index];
  if (run.status !== 0 || run.stderr.trim() !== "") {
    console.error(`✘ ${name}: node exited with ${run.status}\n${run.stderr}`);
    problems++;
    return;
  }

  const received = normalise(run.stdout);
  const file = join(here, `${name}.verified.txt`);
  const recorded = existsSync(file) ? readFileSync(file, "utf8") : null;
  if (received === recorded) {
    console.log(`✔ ${name}`);
  } else if (check || real) {
    console.error(`✘ ${name}: Node${real ? " (real timers)" : ""} prints something else than ${basename(file)}:\n${received}`);
    problems++;
  } else {
    writeFileSync(file, received, "utf8");
    console.log(`✎ ${name}: ${recorded === null ? "recorded" : "re-recorded (it changed: review the diff)"}`);
  }
});

console.log(`node ${process.version}: ${programs.length - problems} of ${programs.length} ${check || real ? "match" : "ok"}`);
process.exit(problems === 0 ? 0 : 1);
