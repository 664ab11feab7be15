#!/usr/bin/env node
// The phigate command. Verdicts go to stdout; errors go to stderr and never
// quote message text or arguments that may hold it (it may be PHI).
import { readFileSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { Filter } from "./node.js";

const USAGE = `usage:
  phigate check --channel ID [--to +E164] [--purpose treatment|operations|marketing]
                [--consent] [--policy FILE] TEXT
  phigate check --jsonl [--policy FILE] < messages.jsonl
  phigate scan [--policy FILE] TEXT
  phigate redact [--policy FILE] TEXT

check prints the verdict as JSON. With --jsonl it reads one message per line
({"channel": ..., "body": ..., "to": ...}) and writes one verdict per line, in
order; a line that is not a valid message gives {"line": N, "error": {...}}.
Put -- before a TEXT that starts with a dash.
Exit status: 0 ok; 1 a message or line was invalid; 2 usage or policy error.`;

/** Ends the command with a status; `usage` adds the usage text. */
class Exit extends Error {
  constructor(status, message, usage = false) {
    super(message);
    this.status = status;
    this.usage = usage;
  }
}
const usageError = (message) => new Exit(2, message, true);

const OPTIONS = {
  channel: { type: "string" },
  to: { type: "string" },
  purpose: { type: "string" },
  consent: { type: "boolean" },
  policy: { type: "string" },
  jsonl: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

function parse(args) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    // Node's message quotes the offending token, which could be message text:
    // name it only when it looks like an option name.
    const name = /'(--?[A-Za-z][A-Za-z-]{0,30})[ ']/.exec(err.message)?.[1];
    throw usageError(err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && name
      ? `option ${name} needs a value`
      : `unknown option${name ? ` ${name}` : ""}`);
  }
}

function loadFilter(path) {
  if (path === undefined) return new Filter();
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new Exit(2, `cannot read the policy file (${err.code ?? err.name})`);
  }
  let policy;
  try {
    policy = JSON.parse(text);
  } catch {
    throw new Exit(2, "the policy file is not valid JSON");
  }
  try {
    return new Filter(policy);
  } catch (err) {
    const { code, message } = describe(err);
    throw new Exit(2, `${code}: ${message}`);
  }
}

/** An error as written out; only phigate's coded errors carry their (safe) message. */
function describe(err) {
  return typeof err?.code === "string" && err.code.startsWith("PHIGATE_")
    ? { code: err.code, message: err.message }
    : { code: "PHIGATE_INTERNAL", message: "phigate failed unexpectedly" };
}

function parseLine(line) {
  try {
    return JSON.parse(line);
  } catch {
    // JSON.parse's message quotes the input: never pass it on.
    const err = new Error("the line is not valid JSON");
    err.code = "PHIGATE_INVALID_JSON";
    throw err;
  }
}

/** Checks one message per line; line numbers count every line, blank ones too. */
async function checkLines(filter, input, output) {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let failed = 0;
  for await (const raw of lines) {
    n += 1;
    const line = n === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") continue;
    let out;
    try {
      out = filter.check(parseLine(line));
    } catch (err) {
      failed += 1;
      out = { line: n, error: describe(err) };
    }
    if (!output.write(JSON.stringify(out) + "\n")) await once(output, "drain");
  }
  return failed ? 1 : 0;
}

function onePositional(positionals, what) {
  if (positionals.length !== 1) {
    throw usageError(positionals.length ? `${what} takes one TEXT argument (quote it)` : `${what} needs TEXT`);
  }
  return positionals[0];
}

async function main(argv) {
  const [command, ...args] = argv;
  if (command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (!["check", "scan", "redact"].includes(command)) {
    throw usageError(command === undefined ? "no command given" : "unknown command (expected check, scan or redact)");
  }
  const { values: o, positionals } = parse(args);
  if (o.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (o.jsonl && command !== "check") throw usageError("--jsonl works with check only");
  const messageOptions = ["channel", "to", "purpose", "consent"].filter((k) => o[k] !== undefined);
  if ((o.jsonl || command !== "check") && messageOptions.length) {
    throw usageError(`--${messageOptions.join(", --")}: only for check with TEXT (--jsonl reads them per line)`);
  }

  if (command === "check" && o.jsonl) {
    if (positionals.length) throw usageError("--jsonl reads messages from stdin and takes no TEXT");
    return checkLines(loadFilter(o.policy), process.stdin, process.stdout);
  }
  const text = onePositional(positionals, command);
  if (command === "check" && o.channel === undefined) throw usageError("check needs --channel");
  const filter = loadFilter(o.policy);

  let result;
  try {
    if (command === "scan") result = filter.scan(text);
    else if (command === "redact") result = filter.redact(text);
    else {
      const message = { channel: o.channel, body: text };
      if (o.to !== undefined) message.to = o.to;
      if (o.purpose !== undefined) message.purpose = o.purpose;
      if (o.consent) message.consent = true;
      result = filter.check(message);
    }
  } catch (err) {
    const { code, message } = describe(err);
    throw new Exit(1, `${code}: ${message}`);
  }
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  return 0;
}

// A reader that goes away (`| head`) is not an error worth a stack trace.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (err) => {
    if (err instanceof Exit) {
      process.stderr.write(`phigate: ${err.message}\n${err.usage ? "\n" + USAGE + "\n" : ""}`);
      process.exitCode = err.status;
    } else {
      process.stderr.write(`phigate: internal error (${err?.name ?? "unknown"})\n`);
      process.exitCode = 1;
    }
  },
);
