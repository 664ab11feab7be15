// The assertions the contract cases use, the same in every runtime: node:assert
// is not available in a browser or workerd, and one implementation everywhere
// means a case cannot pass in one runtime only because its assert is laxer.

export class AssertionError extends Error {
  name = "AssertionError";
}

const show = (v) => {
  try {
    const s = typeof v === "string" ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
    return s.length > 300 ? `${s.slice(0, 300)}…` : s;
  } catch {
    return Object.prototype.toString.call(v);
  }
};

function fail(message) {
  throw new AssertionError(message);
}

function ok(value, message) {
  if (!value) fail(message ?? `expected a truthy value, got ${show(value)}`);
}

function equal(actual, expected, message) {
  if (!Object.is(actual, expected)) fail(message ?? `expected ${show(expected)}, got ${show(actual)}`);
}

function notEqual(actual, expected, message) {
  if (Object.is(actual, expected)) fail(message ?? `expected anything but ${show(expected)}`);
}

/** Why `a` and `b` differ (same prototypes, own enumerable keys, values), or "" when they do not. */
function difference(a, b, path) {
  if (Object.is(a, b)) return "";
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return `${path}: expected ${show(b)}, got ${show(a)}`;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: different prototypes`;
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  if (ka.join("\0") !== kb.join("\0")) return `${path}: keys ${show(ka)}, expected ${show(kb)}`;
  for (const k of ka) {
    const d = difference(a[k], b[k], `${path}.${k}`);
    if (d) return d;
  }
  return "";
}

function deepEqual(actual, expected, message) {
  const d = difference(actual, expected, "value");
  if (d) fail(message ? `${message}: ${d}` : d);
}

function match(string, regexp, message) {
  if (typeof string !== "string" || !regexp.test(string)) fail(message ?? `${show(string)} does not match ${regexp}`);
}

/**
 * `fn` must throw. `expected` is a function returning true for the error, or an
 * object whose properties the error must have (RegExps are matched against them).
 */
function throws(fn, expected, message) {
  let err;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  if (err === undefined) fail(message ?? "expected an exception, none was thrown");
  if (typeof expected === "function") {
    ok(expected(err) === true, message ?? `the exception did not pass its check: ${err}`);
  } else if (expected) {
    for (const [k, want] of Object.entries(expected)) {
      if (want instanceof RegExp) match(err[k], want, message ?? `error.${k} ${show(err[k])} does not match ${want}`);
      else equal(err[k], want, message ?? `error.${k} is ${show(err[k])}, expected ${show(want)} (${err})`);
    }
  }
  return err;
}

export const assert = { ok, equal, notEqual, deepEqual, match, throws, fail };
