// Every decision rule of DESIGN.md and every reason code, from the JS side.
// (internal_error is proven in recovery.mjs.) Fictional data only.
export const cases = [];
const test = (name, run, opts = {}) => cases.push({ name: `decision: ${name}`, run, ...opts });

const US = "+14155550123";
const UK = "+442079460018"; // Ofcom's range for drama
const PLAIN = "Your appointment is tomorrow at 2 PM. Reply C to confirm.";
const SSN = "Your SSN 123-45-6789 is on file.";
const TWILIO = { channels: { twilio: { baa: true } } };
const card = (name, contentType = "image/jpeg") => [{ contentType, name }];

// [what, policy, message, action, reason codes, body when not blocked]
const CASES = [
  ["a BAA channel, no PHI", undefined, { channel: "ohmd", body: PLAIN, to: US }, "allow", [], PLAIN],
  ["spruce has a BAA by default", undefined, { channel: "spruce", body: PLAIN, to: US }, "allow", [], PLAIN],
  ["PHI is redacted", undefined, { channel: "ohmd", body: SSN, to: US }, "redact", ["phi_redacted"], "Your SSN [SSN] is on file."],
  ["a phone is redacted", undefined, { channel: "spruce", body: "Call 415-555-0142 today." }, "redact", ["phi_redacted"], "Call [PHONE] today."],
  ["names are allowed by default", undefined, { channel: "ohmd", body: "Dr. Imani Castellanos will see you tomorrow." }, "allow", [], "Dr. Imani Castellanos will see you tomorrow."],
  ["an allowlisted phone stays", { allow: { phones: ["415-555-0100"] } }, { channel: "ohmd", body: "Questions? Call 415-555-0100." }, "allow", [], "Questions? Call 415-555-0100."],
  ["an unknown channel", undefined, { channel: "carrier-pigeon", body: PLAIN, to: US }, "block", ["channel_unknown"]],
  ["twilio needs a declared BAA", undefined, { channel: "twilio", body: PLAIN, to: US }, "block", ["channel_no_baa"]],
  ["twilio with a declared BAA", TWILIO, { channel: "twilio", body: PLAIN, to: US }, "allow", [], PLAIN],
  ["ringcentral needs a declared BAA", undefined, { channel: "ringcentral", body: PLAIN }, "block", ["channel_no_baa"]],
  ["messagebird needs a declared BAA", undefined, { channel: "messagebird", body: PLAIN }, "block", ["channel_no_baa"]],
  ["imessage never has a BAA", undefined, { channel: "imessage", body: PLAIN }, "block", ["channel_no_baa"]],
  ["rcs never has a BAA", undefined, { channel: "rcs", body: PLAIN }, "block", ["channel_no_baa"]],
  ["plain sms never has a BAA", TWILIO, { channel: "sms", body: PLAIN }, "block", ["channel_no_baa"]],
  ["a BAA declared false", { channels: { ohmd: { baa: false } } }, { channel: "ohmd", body: PLAIN }, "block", ["channel_no_baa"]],
  ["a BAA for sms only, with an attachment (mms)", { channels: { twilio: { baa: true, services: ["sms"] } } },
    { channel: "twilio", body: PLAIN, attachments: card("directions.pdf", "application/pdf") }, "block", ["service_not_covered"]],
  ["messagebird's BAA cannot cover mms", { channels: { messagebird: { baa: true } } },
    { channel: "messagebird", body: PLAIN, attachments: card("directions.pdf", "application/pdf") }, "block", ["service_not_covered"]],
  ["ohmd cannot carry voice", undefined, { channel: "ohmd", body: PLAIN, service: "voice" }, "block", ["service_not_covered"]],
  ["a recipient that is not E.164", undefined, { channel: "ohmd", body: PLAIN, to: "415-555-0123" }, "block", ["destination_invalid"]],
  ["a recipient outside +1", undefined, { channel: "ohmd", body: PLAIN, to: UK }, "block", ["destination_not_allowed"]],
  ["a recipient in an allowed country", { countries: ["+1", "GB"] }, { channel: "ohmd", body: PLAIN, to: UK }, "allow", [], PLAIN],
  ["a Canadian number when only US is allowed", { countries: ["US"] }, { channel: "ohmd", body: PLAIN, to: "+16135550123" }, "block", ["destination_not_allowed"]],
  ["marketing without consent", undefined, { channel: "ohmd", body: PLAIN, purpose: "marketing" }, "block", ["marketing_without_consent"]],
  ["marketing with consent", undefined, { channel: "ohmd", body: PLAIN, purpose: "marketing", consent: true }, "allow", [], PLAIN],
  ["treatment needs no consent", undefined, { channel: "ohmd", body: PLAIN, purpose: "treatment" }, "allow", [], PLAIN],
  ["a photo of an insurance card", undefined, { channel: "ohmd", body: PLAIN, attachments: card("insurance-card.jpg") }, "block", ["attachment_sensitive"]],
  ["a camera photo may show anything", undefined, { channel: "ohmd", body: PLAIN, attachments: card("IMG_0412.jpg") }, "block", ["attachment_sensitive"]],
  ["a named, harmless document", undefined, { channel: "ohmd", body: PLAIN, attachments: card("parking-directions.pdf", "application/pdf") }, "allow", [], PLAIN],
  ["a policy blocking every attachment", { attachments: { block: "all" } },
    { channel: "ohmd", body: PLAIN, attachments: card("parking-directions.pdf", "application/pdf") }, "block", ["attachment_not_allowed"]],
  ["a policy blocking a category", { categories: { ssn: "block" } }, { channel: "ohmd", body: SSN }, "block", ["category_blocked"]],
  ["a policy allowing a category", { categories: { ssn: "allow" } }, { channel: "ohmd", body: SSN }, "allow", [], SSN],
  ["a policy redacting names", { categories: { name: "redact" } }, { channel: "ohmd", body: "Dr. Imani Castellanos will call." }, "redact", ["phi_redacted"], "Dr. [NAME] will call."],
  ["every rule that fires is a reason, in order", undefined,
    { channel: "twilio", body: SSN, to: UK, purpose: "marketing", attachments: card("insurance-card.png", "image/png") },
    "block", ["channel_no_baa", "destination_not_allowed", "marketing_without_consent", "attachment_sensitive"]],
];

for (const [what, policy, message, action, codes, body] of CASES) {
  test(`${what}: ${action} ${codes.join(",")}`, ({ Filter }, assert) => {
    const v = new Filter(policy).check(message);
    assert.equal(v.action, action);
    assert.deepEqual(v.reasons.map((r) => r.code), codes);
    assert.deepEqual(v.audit.reasons, codes);
    assert.equal(v.audit.action, action);
    for (const r of v.reasons) assert.ok(typeof r.message === "string" && r.message.length > 0);
    if (action === "block") assert.equal(v.body, null);
    else assert.equal(v.body, body);
    return v;
  });
}

test("the service is mms when there are attachments", ({ Filter }, assert) => {
  const v = new Filter().check({ channel: "ohmd", body: PLAIN, attachments: card("directions.pdf", "application/pdf") });
  assert.equal(v.audit.service, "mms");
  assert.equal(v.audit.attachments, 1);
  return v;
});

test("a blocked message still reports what it found", ({ Filter }, assert) => {
  const v = new Filter().check({ channel: "sms", body: SSN });
  assert.equal(v.body, null);
  assert.deepEqual(v.findings.map((f) => f.category), ["ssn"]);
  assert.deepEqual(v.audit.counts, { ssn: 1 });
  assert.equal(v.audit.redacted, 0);
  return v;
});

test("sensitive clinical content blocks", ({ Filter }, assert) => {
  const body = "Your HIV test came back positive; please call the clinic.";
  const findings = new Filter().scan(body);
  assert.ok(findings.some((f) => f.sensitivity === "hiv"), "no finding with sensitivity hiv");
  const v = new Filter().check({ channel: "ohmd", body });
  assert.equal(v.action, "block");
  assert.deepEqual(v.reasons.map((r) => r.code), ["sensitive_content"]);
  const redacting = new Filter({ sensitive: "redact" }).check({ channel: "ohmd", body });
  assert.equal(redacting.action, "redact");
  return [findings, v, redacting];
});
