// The package's contract: one list of cases that every runtime runs against
// the built package (drivers: ../contract.test.mjs in Node, ../chromium.test.mjs
// in headless Chromium, ../workerd.test.mjs in workerd). It imports nothing of
// any runtime: each case is `run(phigate, assert)`, gets the module the way
// users import it there, and may return what it observed, which the drivers
// compare across runtimes.
import { cases as api } from "./api.mjs";
import { cases as decisions } from "./decisions.mjs";
import { cases as errors } from "./errors.mjs";
import { cases as recovery } from "./recovery.mjs";

export const CASES = [...api, ...decisions, ...errors, ...recovery];

/**
 * Runs every case, one after the other, and reports each: `status` is "pass",
 * "fail", or for a case marked `todo` "todo-pass"/"todo-fail". `observed` is
 * the case's return value as JSON text (null when it threw).
 */
export async function runAll(phigate, assert) {
  const results = [];
  for (const { name, run, todo } of CASES) {
    try {
      const value = await run(phigate, assert);
      results.push({ name, status: todo ? "todo-pass" : "pass", observed: JSON.stringify(value ?? null) });
    } catch (err) {
      const error = `${err?.name}: ${err?.message}${err?.code ? ` [${err.code}]` : ""}`;
      results.push({ name, status: todo ? "todo-fail" : "fail", error, observed: null });
    }
  }
  return results;
}
