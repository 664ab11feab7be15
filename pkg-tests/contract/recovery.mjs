// A trap in the WebAssembly instance (a Rust panic) must fail closed and leave
// phigate working: check gives a block verdict, scan/redact throw, and the next
// call, on old and new Filters alike, runs on a fresh instance.
// __trapForTests makes the next call into the core execute a real `unreachable`.
export const cases = [];
const test = (name, run, opts = {}) => cases.push({ name: `recovery: ${name}`, run, ...opts });

const TWILIO = { channels: { twilio: { baa: true } } };
const BODY = "Hi Teodora, SSN 123-45-6789 on file; call 415-555-0142 about your refill.";
const message = (extra = {}) => ({ channel: "twilio", body: BODY, to: "+14155550123", ...extra });

test("check after a trap gives a block verdict with internal_error", ({ Filter, version, __trapForTests }, assert) => {
  const filter = new Filter(TWILIO);
  __trapForTests();
  const attachments = [{ contentType: "application/pdf", name: "directions.pdf" }];
  const v = filter.check(message({ attachments }));
  assert.deepEqual(v, {
    action: "block",
    body: null,
    findings: [],
    reasons: [{ code: "internal_error", message: "phigate failed while checking this message, so it is blocked" }],
    audit: {
      channel: "twilio",
      service: "mms",
      action: "block",
      reasons: ["internal_error"],
      counts: {},
      redacted: 0,
      attachments: 1,
      bodyLength: BODY.length,
      policyDigest: filter.policyDigest,
      version: version(),
    },
  });
  // The next call works, on the same Filter and with its own policy (twilio has a BAA).
  const next = filter.check(message());
  assert.equal(next.action, "redact");
  assert.equal(next.body, "Hi Teodora, SSN [SSN] on file; call [PHONE] about your refill.");
});

test("the internal_error audit names no free-text channel", ({ Filter, version, __trapForTests }, assert) => {
  const filter = new Filter();
  __trapForTests();
  const v = filter.check({ channel: "call Teodora at 415-555-0142", body: BODY });
  assert.equal(v.reasons[0].code, "internal_error");
  assert.equal(v.audit.channel, "(invalid channel id)");
  assert.ok(!JSON.stringify(v).includes("555-0142"));
});

test("scan and redact after a trap throw PHIGATE_INTERNAL, never the text", ({ Filter, version, __trapForTests }, assert) => {
  const filter = new Filter();
  for (const method of ["scan", "redact"]) {
    __trapForTests();
    assert.throws(() => filter[method](BODY), (err) => {
      assert.equal(err.code, "PHIGATE_INTERNAL");
      assert.ok(!err.message.includes("123-45"), err.message);
      return true;
    });
    assert.equal(filter.redact(BODY).text, "Hi Teodora, SSN [SSN] on file; call [PHONE] about your refill.");
  }
});

test("filters made before a trap keep their policies; new ones work too", ({ Filter, version, __trapForTests }, assert) => {
  const before = Array.from({ length: 5 }, (_, i) => new Filter(i % 2 ? TWILIO : undefined));
  __trapForTests();
  assert.equal(before[0].check(message()).reasons[0].code, "internal_error");
  const after = new Filter(TWILIO);
  for (const [i, f] of before.entries()) {
    assert.equal(f.check(message()).action, i % 2 ? "redact" : "block", `filter ${i}`);
  }
  assert.equal(after.check(message()).action, "redact");
  assert.deepEqual(after.policy().channels.twilio, { baa: true, services: ["sms", "mms", "voice"] });
});

test("a trap while building a Filter throws; the next one builds", ({ Filter, version, __trapForTests }, assert) => {
  __trapForTests();
  assert.throws(() => new Filter(TWILIO), { code: "PHIGATE_INTERNAL" });
  assert.equal(new Filter(TWILIO).check(message()).action, "redact");
});

test("repeated traps do not wear the instance out", ({ Filter, version, __trapForTests }, assert) => {
  const filter = new Filter(TWILIO);
  for (let i = 0; i < 25; i++) {
    __trapForTests();
    assert.equal(filter.check(message()).reasons[0].code, "internal_error");
    assert.equal(filter.check(message()).action, "redact");
  }
});
