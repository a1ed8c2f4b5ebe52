// textlint + textlint-rule-prh as a long-lived worker for bench/peers.py.
//
// Reads one JSON line per request ({"text": "..."}) from stdin and answers one JSON line
// ({"ns": elapsed nanoseconds of lintText, "cpu_us": the process's CPU time in it, "found":
// number of messages}). Timing is taken here, with process.hrtime and process.cpuUsage, so
// node's start-up and the pipe are not counted.
// Usage: node textlint_worker.mjs <.textlintrc.json>
import readline from "node:readline";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter, loadTextlintrc } from "textlint";

const here = path.dirname(fileURLToPath(import.meta.url));
const descriptor = await loadTextlintrc({
  configFilePath: process.argv[2],
  node_modulesDir: path.join(here, "node_modules"),
});
const linter = createLinter({ descriptor });
process.stdout.write(JSON.stringify({ ready: true }) + "\n");

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  const { text } = JSON.parse(line);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = await linter.lintText(text, "draft.txt");
  const ns = Number(process.hrtime.bigint() - start);
  const used = process.cpuUsage(cpu);
  const cpu_us = used.user + used.system;
  process.stdout.write(JSON.stringify({ ns, cpu_us, found: result.messages.length }) + "\n");
}
