// The public Filter class, shared by every runtime entry (node.js, workerd.js,
// browser.js). An entry hands `install` a function that returns the compiled
// WebAssembly.Module, which is all that differs between runtimes.
//
// The core is reached through handles, not wasm-bindgen objects, so that a
// trapped instance can be thrown away whole: a trap (a Rust panic) can leave
// the instance's allocator, stack pointer or filter table half-updated, and no
// later call into it can be trusted. After one, the glue is reset, the module
// is instantiated again and a generation counter moves on; each Filter builds
// its handle again, from its policy JSON, the next time it is used.
import * as core from "./phigate_core.js";

const INTERNAL = "PHIGATE_INTERNAL";

let getModule; // supplied by the runtime entry
let compiled; // the WebAssembly.Module, compiled once and reused by every restart
let generation = 0; // which instance is current; handles from another are dead
let coreVersion;
let categories; // the names the core's compact findings index (core.names())
let sensitivities;
let trapArmed = false;

/** Called once by a runtime entry with a function returning the WebAssembly.Module. */
export function install(supplyModule) {
  compiled = supplyModule();
  instantiate();
  coreVersion = core.version();
  ({ categories, sensitivities } = JSON.parse(core.names()));
  // Last, so that a failed install leaves phigate uninitialized and init() can be tried again.
  getModule = supplyModule;
}

/**
 * The Node and workerd entries install the module as they are imported, so
 * their init() has nothing to do; it exists so that code written for the
 * browser entry (`await init()`) runs unchanged everywhere.
 */
export function init() {
  return Promise.resolve();
}

/** Before the browser entry's init() has finished there is no instance to call. */
function assertInstalled() {
  if (getModule === undefined) {
    throw coded(Error, "PHIGATE_NOT_INITIALIZED", "phigate is not initialized yet: await init() before using it");
  }
}

function instantiate() {
  compiled ??= getModule();
  core.initSync({ module: compiled });
  generation += 1;
}

function restart() {
  core.__phigateReset();
  instantiate();
}

function coded(ErrorClass, code, message) {
  const err = new ErrorClass(message);
  err.code = code;
  return err;
}

/** Errors the core returned on purpose (bad policy or message): the instance is fine. */
function isCoreError(err) {
  return err instanceof Error && typeof err.code === "string" && err.code.startsWith("PHIGATE_");
}

/**
 * Runs one call into the core. Anything thrown other than a coded error means
 * the instance may be broken (a trap, or a JS exception unwinding through wasm
 * frames without Rust's cleanup), so it is replaced and PHIGATE_INTERNAL thrown.
 */
function call(fn) {
  try {
    if (trapArmed) {
      trapArmed = false;
      core.__trapForTests();
    }
    return fn();
  } catch (err) {
    if (isCoreError(err)) throw err;
    restart();
    // Engine trap messages ("unreachable") hold no input; other errors are only named.
    const why = err instanceof WebAssembly.RuntimeError ? `RuntimeError: ${err.message}` : String(err?.name);
    throw coded(Error, INTERNAL, `phigate failed internally (${why}); its WebAssembly instance was restarted`);
  }
}

/** Makes the next call into the core trap for real, so tests can prove recovery. */
export function __trapForTests() {
  trapArmed = true;
}

export function version() {
  assertInstalled();
  return coreVersion;
}

// Handles are freed when their Filter is collected, unless their instance is
// gone: the same number may by then name another Filter in the new instance.
// workerd has no FinalizationRegistry before compatibility date 2025-05-05:
// there a Filter's handle lives until its instance is replaced, so create
// Filters once (at module scope), not per request.
const handles =
  typeof FinalizationRegistry === "function"
    ? new FinalizationRegistry(({ handle, generation: g }) => {
        if (g !== generation) return;
        try {
          core.filterFree(handle);
        } catch (err) {
          if (!isCoreError(err)) restart();
        }
      })
    : { register() {}, unregister() {} };

/** What a value is, for error messages: never its content, which may be PHI. */
function kindOf(v) {
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return "an array";
  const t = typeof v;
  return t === "object" ? `an instance of ${v.constructor?.name || "an anonymous class"}` : /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

function isPlainObject(v) {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

// Lone surrogates cannot cross into Rust (serde_json refuses them); U+FFFD takes
// the place of each one, one code unit for one, so UTF-16 offsets stay valid.
const wellFormed =
  typeof String.prototype.toWellFormed === "function"
    ? (s) => s.toWellFormed()
    : (s) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

function text(value, name) {
  if (typeof value !== "string") {
    throw coded(TypeError, "PHIGATE_INVALID_INPUT", `${name} must be a string, not ${kindOf(value)}`);
  }
  return wellFormed(value);
}

const LONE_SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

function toJson(value, what, code) {
  try {
    // JSON.stringify escapes a lone surrogate as \udXXX, which the core's JSON
    // reader refuses: only then take the slower way that repairs each string
    // (a replacer function costs several µs per message).
    const fast = JSON.stringify(value);
    if (fast === undefined || !LONE_SURROGATE_ESCAPE.test(fast)) return fast;
    return JSON.stringify(value, (_key, v) => (typeof v === "string" ? wellFormed(v) : v));
  } catch (err) {
    // JSON.stringify's own messages name keys only, but say it our way regardless.
    throw coded(TypeError, code, `${what} cannot be converted to JSON (${err?.name}: circular or BigInt value)`);
  }
}

// The core answers compactly (src/wasm.rs): findings as a flat array of
// numbers, a verdict as an array of its parts. These build the public objects,
// their keys in the order the Rust types serialize them.

/** `[category, start, end, flags, ...]` as finding objects. */
function findingsFrom(flat) {
  const findings = [];
  for (let i = 0; i < flat.length; i += 4) {
    const flags = flat[i + 3];
    const f = { category: categories[flat[i]], start: flat[i + 1], end: flat[i + 2] };
    if (flags & 15) f.sensitivity = sensitivities[(flags & 15) - 1];
    if (flags & 16) f.clinician = true;
    if (flags & 32) f.allowed = true;
    findings.push(f);
  }
  return findings;
}

/**
 * `[action, body, findings, [[code, message], ...], channel, service,
 * redacted, attachments]` as the verdict; the audit's counts come from the
 * findings, its body length, digest and version from what the caller holds.
 */
function verdictFrom(compact, bodyLength, policyDigest) {
  const [action, body, flat, given, channel, service, redacted, attachments] = compact;
  const reasons = [];
  const codes = [];
  for (const [code, message] of given) {
    reasons.push({ code, message });
    codes.push(code);
  }
  const perCategory = new Array(categories.length).fill(0);
  for (let i = 0; i < flat.length; i += 4) perCategory[flat[i]] += 1;
  const counts = {};
  for (let c = 0; c < perCategory.length; c++) {
    if (perCategory[c] > 0) counts[categories[c]] = perCategory[c];
  }
  return {
    action,
    body,
    findings: findingsFrom(flat),
    reasons,
    audit: {
      channel,
      service,
      action,
      reasons: codes,
      counts,
      redacted,
      attachments,
      bodyLength,
      policyDigest,
      version: coreVersion,
    },
  };
}

const PLAIN_KEYS = new Set(["channel", "body", "to", "purpose"]);

/** A message whose every field is a string, of channel, body, to and purpose only. */
function plainMessage(message) {
  if (typeof message.channel !== "string") return false;
  for (const key in message) {
    if (!PLAIN_KEYS.has(key) || typeof message[key] !== "string") return false;
  }
  return true;
}

const SERVICES = new Set(["sms", "mms", "voice", "fax"]);

/** The block verdict given when the core failed; mirrors Rust's Filter::internal_error. */
function internalVerdict(message, policyDigest) {
  const channel = message.channel;
  const attachments = Array.isArray(message.attachments) ? message.attachments.length : 0;
  const reasons = [
    { code: "internal_error", message: "phigate failed while checking this message, so it is blocked" },
  ];
  return {
    action: "block",
    body: null,
    findings: [],
    reasons,
    audit: {
      // Only a plain id may be logged: anything else could carry message text.
      channel: typeof channel === "string" && /^[A-Za-z0-9._-]{0,40}$/.test(channel) ? channel : "(invalid channel id)",
      service: SERVICES.has(message.service) ? message.service : attachments > 0 ? "mms" : "sms",
      action: "block",
      reasons: ["internal_error"],
      counts: {},
      redacted: 0,
      attachments,
      bodyLength: message.body.length,
      policyDigest,
      version: coreVersion,
    },
  };
}

export class Filter {
  #policy; // the policy as JSON text, kept to rebuild the handle after a restart
  #handle = 0;
  #generation = 0;
  #digest;

  /** Throws an Error with `code` PHIGATE_INVALID_POLICY or PHIGATE_INVALID_JSON naming the field. */
  constructor(policy) {
    assertInstalled();
    if (policy !== undefined && !isPlainObject(policy)) {
      throw coded(TypeError, "PHIGATE_INVALID_POLICY", `policy must be a plain object, not ${kindOf(policy)}`);
    }
    this.#policy = policy === undefined ? undefined : toJson(policy, "policy", "PHIGATE_INVALID_POLICY");
    this.#digest = this.#run((h) => core.filterDigest(h));
  }

  /** The handle in the current instance, built again if the instance changed. */
  #current() {
    if (this.#generation !== generation) {
      const handle = call(() => core.filterNew(this.#policy));
      handles.unregister(this);
      this.#handle = handle;
      this.#generation = generation;
      handles.register(this, { handle, generation }, this);
    }
    return this.#handle;
  }

  #run(op) {
    return call(() => op(this.#current()));
  }

  /** SHA-256 of the effective policy, as in every audit record. */
  get policyDigest() {
    return this.#digest;
  }

  /** The effective policy, defaults included. */
  policy() {
    return JSON.parse(this.#run((h) => core.filterPolicy(h))).policy;
  }

  scan(input) {
    const t = text(input, "text");
    return findingsFrom(JSON.parse(this.#run((h) => core.filterScan(h, t))));
  }

  /** Fails closed: on an internal error it throws, never returning the text unredacted. */
  redact(input) {
    const t = text(input, "text");
    const [redacted, flat] = JSON.parse(this.#run((h) => core.filterRedact(h, t)));
    return { text: redacted, findings: findingsFrom(flat) };
  }

  /** An invalid message throws (PHIGATE_INVALID_MESSAGE); an internal error gives a block verdict. */
  check(message) {
    if (!isPlainObject(message)) {
      throw coded(TypeError, "PHIGATE_INVALID_MESSAGE", `message must be a plain object, not ${kindOf(message)}`);
    }
    if (message.body === undefined) {
      throw coded(TypeError, "PHIGATE_INVALID_MESSAGE", "message.body is required");
    }
    if (typeof message.body !== "string") {
      throw coded(TypeError, "PHIGATE_INVALID_MESSAGE", `message.body must be a string, not ${kindOf(message.body)}`);
    }
    // The body goes over as a string of its own; the rest as strings too
    // when it is only those (the common case), else as JSON.
    const wellFormedBody = wellFormed(message.body);
    let run;
    if (plainMessage(message)) {
      const { channel, to, purpose } = message;
      const opt = (v) => (v === undefined ? undefined : wellFormed(v));
      run = (h) => core.filterCheckPlain(h, wellFormed(channel), opt(to), opt(purpose), wellFormedBody);
    } else {
      const { body: _body, ...rest } = message;
      const json = toJson(rest, "message", "PHIGATE_INVALID_MESSAGE");
      run = (h) => core.filterCheck(h, json, wellFormedBody);
    }
    try {
      return verdictFrom(JSON.parse(this.#run(run)), wellFormedBody.length, this.#digest);
    } catch (err) {
      if (err?.code === INTERNAL) return internalVerdict(message, this.#digest);
      throw err;
    }
  }
}
