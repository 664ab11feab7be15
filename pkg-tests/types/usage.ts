// Type-checked against the built package's index.d.ts (pkg-tests/types.test.mjs
// runs tsc). Each @ts-expect-error line must be a type error, or tsc fails.
import { Filter, init, version } from "phigate";
import type { Category, Finding, Message, Policy, PhigateError, ReasonCode, Verdict } from "phigate";

const policy: Policy = {
  channels: { twilio: { baa: true, services: ["sms", "mms"] } },
  countries: ["+1", "CA"],
  allow: { phones: ["415-555-0100"], domains: ["example.org"], names: ["Dr. Imani Castellanos"] },
  categories: { name: "allow", ssn: "block" },
  sensitive: "redact",
  attachments: { block: "all" },
};
await init(); // a no-op in Node and workerd, required first in a browser
const filter = new Filter(policy);
const plain = new Filter();
const message: Message = {
  channel: "twilio",
  body: "SSN 123-45-6789",
  to: "+14155550123",
  purpose: "treatment",
  consent: true,
  attachments: [{ contentType: "application/pdf", name: "directions.pdf" }],
};
const verdict: Verdict = filter.check(message);
const action: "allow" | "redact" | "block" = verdict.action;
const body: string | null = verdict.body;
const codes: ReasonCode[] = verdict.audit.reasons;
const ssnCount: number | undefined = verdict.audit.counts.ssn;
const findings: Finding[] = plain.scan("call 415-555-0142");
const category: Category = findings[0].category;
const redacted: string = plain.redact("x").text;
const digest: string = filter.policyDigest;
const effective: "allow" | "redact" | "block" = filter.policy().categories.phone;
const v: string = version();
try {
  new Filter({});
} catch (err) {
  const code: PhigateError["code"] = (err as PhigateError).code;
  void code;
}
void [action, body, codes, ssnCount, category, redacted, digest, effective, v];

// @ts-expect-error: unknown policy keys are errors
new Filter({ colour: "blue" });
// @ts-expect-error: baa is a boolean
new Filter({ channels: { twilio: { baa: "yes" } } });
// @ts-expect-error: not a category
new Filter({ categories: { blood_type: "redact" } });
// @ts-expect-error: not a service
new Filter({ channels: { twilio: { baa: true, services: ["pager"] } } });
// @ts-expect-error: body is required
filter.check({ channel: "ohmd" });
// @ts-expect-error: body is a string
filter.check({ channel: "ohmd", body: 5 });
// @ts-expect-error: not a purpose
filter.check({ channel: "ohmd", body: "hi", purpose: "sales" });
// @ts-expect-error: scan takes a string
plain.scan(42);
// @ts-expect-error: a misspelt field is an error, not ignored
filter.check({ chanel: "ohmd", body: "hi" });
// @ts-expect-error: a verdict is not a finding list
const notFindings: Finding[] = filter.check(message);
void notFindings;
// @ts-expect-error: init takes a URL, a Response, bytes or a module, not a number
void init(42);
// @ts-expect-error: the action is a closed union
const wrong: "send" = verdict.action;
void wrong;
