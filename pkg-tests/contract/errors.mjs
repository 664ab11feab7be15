// Bad policies, messages and inputs: each throws an Error with a stable code and
// a message naming the field, never quoting message text, and never yields a verdict.
export const cases = [];
const test = (name, run, opts = {}) => cases.push({ name: `error: ${name}`, run, ...opts });

const PHI = "SSN 123-45-6789";

/** Runs `fn`, which must throw an Error with `code` whose message matches `field`. */
function assertRefused(assert, fn, code, field) {
  let caught;
  try {
    const v = fn();
    assert.fail(`expected ${code}, got ${JSON.stringify(v)?.slice(0, 80)}`);
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof Error, "not an Error");
  assert.equal(caught.code, code, caught.message);
  assert.match(caught.message, field);
  assert.ok(!caught.message.includes("123-45"), `message text leaked: ${caught.message}`);
  return caught;
}

const cycle = { channels: {} };
cycle.channels.self = cycle;

// [policy, code, what the message must name]
const BAD_POLICIES = [
  [{ colour: "blue" }, "PHIGATE_INVALID_POLICY", /policy\.colour is not a known field/],
  [{ channels: { imessage: { baa: true } } }, "PHIGATE_INVALID_POLICY", /policy\.channels\.imessage\.baa cannot be true/],
  [{ channels: { sms: { baa: true } } }, "PHIGATE_INVALID_POLICY", /policy\.channels\.sms\.baa cannot be true/],
  [{ channels: { twilio: { baa: "yes" } } }, "PHIGATE_INVALID_POLICY", /policy\.channels\.twilio\.baa must be a boolean/],
  [{ channels: { twilio: {} } }, "PHIGATE_INVALID_POLICY", /policy\.channels\.twilio\.baa is required/],
  [{ channels: { twilio: { baa: true, services: ["fax"] } } }, "PHIGATE_INVALID_POLICY", /policy\.channels\.twilio\.services\[0\]/],
  [{ countries: "+1" }, "PHIGATE_INVALID_POLICY", /policy\.countries must be an array/],
  [{ countries: ["Atlantis"] }, "PHIGATE_INVALID_POLICY", /policy\.countries\[0\]/],
  [{ categories: { blood_type: "redact" } }, "PHIGATE_INVALID_POLICY", /policy\.categories\.blood_type is not a category/],
  [{ categories: { ssn: "shred" } }, "PHIGATE_INVALID_POLICY", /policy\.categories\.ssn must be "allow", "redact" or "block"/],
  [{ sensitive: "allow" }, "PHIGATE_INVALID_POLICY", /policy\.sensitive/],
  [{ allow: { phones: ["12"] } }, "PHIGATE_INVALID_POLICY", /policy\.allow\.phones\[0\]/],
  [{ attachments: { block: "some" } }, "PHIGATE_INVALID_POLICY", /policy\.attachments\.block/],
  // Refused in JS before reaching the core.
  ["ohmd", "PHIGATE_INVALID_POLICY", /policy must be a plain object, not a string/],
  [null, "PHIGATE_INVALID_POLICY", /policy must be a plain object, not null/],
  [[], "PHIGATE_INVALID_POLICY", /policy must be a plain object, not an array/],
  [new Map(), "PHIGATE_INVALID_POLICY", /policy must be a plain object/],
  [cycle, "PHIGATE_INVALID_POLICY", /policy cannot be converted to JSON/],
];

for (const [policy, code, field] of BAD_POLICIES) {
  test(`policy ${JSON.stringify(policy, (k, v) => (v === cycle && k ? "[cycle]" : v)) ?? String(policy)} → ${code}`, ({ Filter }, assert) => {
    const err = assertRefused(assert, () => new Filter(policy), code, field);
    return [err.name, err.code, err.message];
  });
}

class Draft {
  constructor() {
    this.channel = "ohmd";
    this.body = PHI;
  }
}
// Minifiers (the Vite build of these cases) rename classes.
Object.defineProperty(Draft, "name", { value: "Draft" });

// [message, what the message must name]
const BAD_MESSAGES = [
  [{ body: PHI }, /message\.channel is required/],
  [{ channel: "ohmd" }, /message\.body is required/],
  [{ channel: "ohmd", body: 4155550142 }, /message\.body must be a string, not a number/],
  [{ channel: "ohmd", body: null }, /message\.body must be a string, not null/],
  [{ channel: "ohmd", body: [PHI] }, /message\.body must be a string, not an array/],
  [{ channel: "ohmd", body: { text: PHI } }, /message\.body must be a string/],
  [{ channel: 7, body: PHI }, /message\.channel must be a string, not a number/],
  [{ channel: "", body: PHI }, /message\.channel must not be empty/],
  [{ channel: "ohmd", body: PHI, cc: "+14155550199" }, /message\.cc is not a known field/],
  [{ channel: "ohmd", body: PHI, purpose: "sales" }, /message\.purpose must be/],
  [{ channel: "ohmd", body: PHI, consent: "yes" }, /message\.consent must be a boolean/],
  [{ channel: "ohmd", body: PHI, to: 14155550123 }, /message\.to must be a string/],
  [{ channel: "ohmd", body: PHI, attachments: [{ name: "card.jpg" }] }, /message\.attachments\[0\]\.contentType is required/],
  [{ channel: "ohmd", body: PHI, consent: 1n }, /message cannot be converted to JSON/],
  [PHI, /message must be a plain object, not a string/],
  [null, /message must be a plain object, not null/],
  [undefined, /message must be a plain object, not undefined/],
  [[{ channel: "ohmd", body: PHI }], /message must be a plain object, not an array/],
  [new Draft(), /message must be a plain object, not an instance of Draft/],
  [new (class {})(), /message must be a plain object, not an instance of an anonymous class/],
];

for (const [message, field] of BAD_MESSAGES) {
  test(`check refuses ${field.source}`, ({ Filter }, assert) => {
    const err = assertRefused(assert, () => new Filter().check(message), "PHIGATE_INVALID_MESSAGE", field);
    return [err.name, err.code, err.message];
  });
}

test("scan and redact refuse anything but a string", ({ Filter }, assert) => {
  const filter = new Filter();
  for (const bad of [42, null, undefined, { toString: () => PHI }, [PHI], new String(PHI)]) {
    for (const method of ["scan", "redact"]) {
      const err = assertRefused(assert, () => filter[method](bad), "PHIGATE_INVALID_INPUT", /^text must be a string, not /);
      assert.ok(err instanceof TypeError);
    }
  }
});

test("a refused message leaves the filter working", ({ Filter }, assert) => {
  const filter = new Filter();
  assertRefused(assert, () => filter.check({ channel: "ohmd", body: 5 }), "PHIGATE_INVALID_MESSAGE", /message\.body/);
  assertRefused(assert, () => filter.check({ channel: "ohmd", body: PHI, purpose: "sales" }), "PHIGATE_INVALID_MESSAGE", /purpose/);
  assert.equal(filter.check({ channel: "ohmd", body: PHI }).action, "redact");
});

// Keys are meant to be field names; one holding text is described, never quoted.
test("an unknown key that holds text is not echoed", ({ Filter }, assert) => {
  const err = assertRefused(
    assert,
    () => new Filter().check({ channel: "ohmd", body: "hi", "Patient Mirela Stoyanova, SSN on file, call her": 1 }),
    "PHIGATE_INVALID_MESSAGE",
    /is not a known field/,
  );
  assert.ok(!/Mirela|Stoyanova/.test(err.message), err.message);
});
