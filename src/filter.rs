//! The gate itself: findings, redaction and the verdict on a message.

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::detectors::{self, Rows};
use crate::message::{Message, Purpose};
use crate::normalize::{utf16_offsets, Folded};
use crate::policy::{name_key, phone_key, Action, AttachmentRule, Policy};
use crate::scan::Scan;
use crate::{Category, Sensitivity};

/// One piece of PHI found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Finding {
    /// What it is.
    pub category: Category,
    /// Byte offset of its start in the original text.
    pub start: usize,
    /// Byte offset just past its end in the original text.
    pub end: usize,
    /// UTF-16 code unit offset of its start (what JS `slice` takes).
    pub start_utf16: usize,
    /// UTF-16 code unit offset just past its end.
    pub end_utf16: usize,
    /// The confidentiality class of a sensitive clinical finding.
    pub sensitivity: Option<Sensitivity>,
    /// A clinician's name (Dr., NP, Nurse ...), which a policy may allow.
    pub clinician: bool,
    /// Allowlisted by the policy (the org's own phone, domain, or a listed name): never redacted.
    pub allowed: bool,
    /// The id of the detector row that found it.
    pub detector: &'static str,
}

impl Serialize for Finding {
    /// The JS shape: `{category, start, end, sensitivity?, clinician?, allowed?}` with UTF-16 offsets.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("category", &self.category)?;
        m.serialize_entry("start", &self.start_utf16)?;
        m.serialize_entry("end", &self.end_utf16)?;
        if let Some(sens) = self.sensitivity {
            m.serialize_entry("sensitivity", &sens)?;
        }
        if self.clinician {
            m.serialize_entry("clinician", &true)?;
        }
        if self.allowed {
            m.serialize_entry("allowed", &true)?;
        }
        m.end()
    }
}

/// A text with its PHI replaced by placeholders such as `[SSN]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Redaction {
    /// The redacted text.
    pub text: String,
    /// What was found in the original text (offsets into the original).
    pub findings: Vec<Finding>,
}

/// One rule that fired, with a stable code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// A stable code, e.g. `channel_no_baa`; the README lists them all.
    pub code: &'static str,
    /// A sentence for people; never quotes the message.
    pub message: String,
}

/// A [`Verdict`] but its audit record, and how many findings were replaced.
pub(crate) struct Decision {
    pub action: Action,
    pub body: Option<String>,
    pub findings: Vec<Finding>,
    pub reasons: Vec<Reason>,
    pub redacted: usize,
}

/// What may be logged about a verdict: no text of the message, ever.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Audit {
    /// The channel id (shortened if it is not a plain id).
    pub channel: String,
    /// The service the message would use.
    pub service: &'static str,
    /// The decision.
    pub action: Action,
    /// The codes of the reasons, in order.
    pub reasons: Vec<&'static str>,
    /// How many findings of each category.
    pub counts: BTreeMap<Category, usize>,
    /// How many findings were replaced in the body.
    pub redacted: usize,
    /// How many attachments the message had.
    pub attachments: usize,
    /// The body's length in UTF-16 code units.
    pub body_length: usize,
    /// [`Policy::digest`] of the policy that decided.
    pub policy_digest: String,
    /// The phigate version that decided.
    pub version: &'static str,
}

/// The decision on one message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// Allow, redact or block.
    pub action: Action,
    /// What may be sent: the original, the redacted text, or `None` when blocked.
    pub body: Option<String>,
    /// What was found in the body.
    pub findings: Vec<Finding>,
    /// Every rule that fired.
    pub reasons: Vec<Reason>,
    /// The loggable record.
    pub audit: Audit,
}

/// The PHI gate: a policy and the detectors.
///
/// # Examples
///
/// ```
/// use phigate::{Action, Filter, Message, Policy};
///
/// let policy = Policy::from_json(r#"{"channels": {"twilio": {"baa": true}}}"#)?;
/// let filter = Filter::new(policy);
/// let verdict = filter.check(&Message::new("twilio", "Your SSN 123-45-6789 is on file").to("+14155550123"));
/// assert_eq!(verdict.action, Action::Redact);
/// assert_eq!(verdict.body.as_deref(), Some("Your SSN [SSN] is on file"));
///
/// let blocked = filter.check(&Message::new("imessage", "See you tomorrow"));
/// assert_eq!(blocked.action, Action::Block);
/// assert_eq!(blocked.reasons[0].code, "channel_no_baa");
/// # Ok::<(), phigate::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Filter {
    policy: Policy,
}

/// How far before a number the widest context window of a detector reaches
/// (the table's 64-byte rows; the others look back 12 to 48 bytes).
const LABEL_REACH: usize = 64;

impl Filter {
    /// A filter deciding by `policy`.
    pub fn new(policy: Policy) -> Filter {
        Filter { policy }
    }

    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Every piece of PHI in `text`, in text order, allowlisted ones marked.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        self.scan_rows(text, Rows::All)
    }

    fn scan_rows(&self, text: &str, rows: Rows) -> Vec<Finding> {
        let folded = Folded::new(text);
        let lower = folded.text.to_ascii_lowercase();
        let scan = Scan::new(&folded, &lower);
        let hits = detectors::find_rows(&scan, rows);
        let mut findings: Vec<Finding> = hits
            .into_iter()
            .map(|h| {
                let (start, end) = folded.original_span(h.start, h.end);
                let mut f = Finding {
                    category: h.category,
                    start,
                    end,
                    start_utf16: 0,
                    end_utf16: 0,
                    sensitivity: h.sensitivity,
                    clinician: h.clinician,
                    allowed: false,
                    detector: h.detector,
                };
                f.allowed = self.allowlisted(&f, &folded.text[h.start..h.end]);
                f
            })
            .collect();
        let offsets: Vec<usize> = findings.iter().flat_map(|f| [f.start, f.end]).collect();
        let units = utf16_offsets(text, &offsets);
        for (f, pair) in findings.iter_mut().zip(units.chunks_exact(2)) {
            f.start_utf16 = pair[0];
            f.end_utf16 = pair[1];
        }
        findings
    }

    /// `text` with every finding the policy does not allow replaced by its placeholder.
    pub fn redact(&self, text: &str) -> Redaction {
        let findings = self.scan(text);
        let text = self.apply(text, &findings).0;
        Redaction { text, findings }
    }

    /// The verdict on `message`. An internal error (a panic) gives a `block`
    /// verdict with the reason `internal_error` (fail closed). On wasm32 a
    /// panic aborts the instance instead; the JS layer turns that trap into
    /// the same verdict and rebuilds the instance.
    pub fn check(&self, message: &Message) -> Verdict {
        match catch_unwind(AssertUnwindSafe(|| self.decide(message))) {
            Ok(v) => v,
            Err(_) => self.internal_error(message),
        }
    }

    /// The block verdict given when deciding failed.
    pub fn internal_error(&self, message: &Message) -> Verdict {
        let reasons = vec![Reason {
            code: "internal_error",
            message: "phigate failed while checking this message, so it is blocked".into(),
        }];
        let audit = self.audit(message, Action::Block, &reasons, &[], 0);
        Verdict {
            action: Action::Block,
            body: None,
            findings: Vec::new(),
            reasons,
            audit,
        }
    }

    fn allowlisted(&self, f: &Finding, folded: &str) -> bool {
        let p = &self.policy;
        match f.category {
            Category::Phone | Category::Fax => {
                !p.allow_phones.is_empty() && p.allow_phones.contains(&phone_key(folded))
            }
            Category::Url | Category::Email => {
                let lower = folded.to_ascii_lowercase();
                let host = host_of(&lower);
                p.allow_domains
                    .iter()
                    .any(|d| host == d || host.ends_with(&format!(".{d}")))
            }
            Category::Name => {
                !p.allow_names.is_empty() && p.allow_names.contains(&name_key(folded))
            }
            _ => false,
        }
    }

    /// What the policy does with one finding.
    fn finding_action(&self, f: &Finding) -> Action {
        if f.allowed {
            return Action::Allow;
        }
        let by_category = self.policy.category_action(f.category);
        match f.sensitivity {
            Some(_) => by_category.max(self.policy.sensitive),
            None => by_category,
        }
    }

    /// The text with non-allowed findings replaced, and how many were.
    ///
    /// A placeholder glued to its neighbours changes what they look like
    /// (`o.comxxx` becomes the domain `o.com[SSN]`), so then the result is
    /// scanned again until nothing is left to redact; the body that leaves
    /// never holds a finding a later scan would redact.
    fn apply(&self, text: &str, findings: &[Finding]) -> (String, usize) {
        let (mut out, count, mut rescan) = self.replace(text, findings);
        let mut rounds = 0;
        while let Some(rows) = rescan.filter(|_| rounds < 4) {
            let again = self.scan_rows(&out, rows);
            let (next, more, still) = self.replace(&out, &again);
            if more == 0 {
                break;
            }
            out = next;
            rescan = still;
            rounds += 1;
        }
        (out, count)
    }

    /// One round of replacement: the text, how many spans were replaced, and
    /// which rows must scan the result again, if any.
    fn replace(&self, text: &str, findings: &[Finding]) -> (String, usize, Option<Rows>) {
        let mut out = String::with_capacity(text.len());
        let (mut at, mut count) = (0, 0);
        let (mut glued, mut closer) = (false, false);
        let redacted = |f: &Finding| self.finding_action(f) != Action::Allow;
        for (k, f) in findings.iter().enumerate() {
            if !redacted(f) || f.start < at {
                continue;
            }
            let before = text[..f.start].chars().next_back();
            let after = text[f.end..].chars().next();
            // Letters, digits and the characters that join identifiers
            // (`@-./_+`) can change meaning next to a placeholder; a space,
            // `#`, `:` or a bracket cannot. Every row looks again then.
            let joins = |c: char| {
                c.is_alphanumeric()
                    || matches!(c, '@' | '-' | '.' | '/' | '_' | '+' | ':')
                    || !c.is_ascii()
            };
            glued |= before.is_some_and(joins) || after.is_some_and(|c| joins(c) && c != '.');
            // A placeholder shorter than what it replaces brings a label
            // closer to a number after it (`SSN: see <long URL> 4321`). The
            // identifier rows read a number by a label up to `LABEL_REACH`
            // bytes before it, so they look again when a digit there stays
            // in the text. Names and clinical details are read by the words
            // next to them, which a placeholder does not bring closer.
            let shrink = (f.end - f.start).saturating_sub(f.category.placeholder().len());
            if shrink > 2 && !glued && !closer {
                let reach = f.end..(f.end + LABEL_REACH).min(text.len());
                let later = findings[k + 1..]
                    .iter()
                    .filter(|g| g.start < reach.end && redacted(g));
                closer = reach.clone().any(|b| {
                    text.as_bytes()[b].is_ascii_digit()
                        && !later.clone().any(|g| (g.start..g.end).contains(&b))
                });
            }
            out.push_str(&text[at..f.start]);
            out.push_str(f.category.placeholder());
            at = f.end;
            count += 1;
        }
        out.push_str(&text[at..]);
        let rescan = if glued {
            Some(Rows::All)
        } else {
            closer.then_some(Rows::Identifiers)
        };
        (out, count, rescan)
    }

    fn decide(&self, message: &Message) -> Verdict {
        let d = self.decision(message);
        let audit = self.audit(message, d.action, &d.reasons, &d.findings, d.redacted);
        Verdict {
            action: d.action,
            body: d.body,
            findings: d.findings,
            reasons: d.reasons,
            audit,
        }
    }

    /// The verdict on `message` without its audit record, which the JS
    /// layer builds from this and what it holds (its counts, a tree map,
    /// were built and dropped on every check there). No panic is caught:
    /// on wasm32 one aborts the instance anyway (see [`Filter::check`]).
    pub(crate) fn decision(&self, message: &Message) -> Decision {
        let p = &self.policy;
        let mut reasons: Vec<Reason> = Vec::new();
        let mut reason =
            |code: &'static str, message: String| reasons.push(Reason { code, message });
        let channel = audit_channel(&message.channel);
        let service = message.effective_service();

        // 1. The channel must have a BAA that covers the service.
        match p.channel(&message.channel) {
            None => reason(
                "channel_unknown",
                format!("channel {channel} is not in the policy, so no BAA is known for it"),
            ),
            Some(rule) if !rule.baa => reason(
                "channel_no_baa",
                match Policy::baa_note(&message.channel) {
                    Some(how) => format!("channel {channel} has no BAA in this policy ({how})"),
                    None => format!("channel {channel} has no BAA in this policy"),
                },
            ),
            Some(rule) if !rule.services.contains(&service) => reason(
                "service_not_covered",
                format!("the BAA for {channel} does not cover {}", service.as_str()),
            ),
            Some(_) => {}
        }

        // 2. The destination must be in an allowed country.
        if let Some(to) = &message.to {
            match e164_digits(to) {
                None => reason(
                    "destination_invalid",
                    "the recipient is not an E.164 number such as +14155550123".into(),
                ),
                Some(digits) if !p.destination_allowed(&digits) => reason(
                    "destination_not_allowed",
                    "the recipient's country is not allowed by this policy".into(),
                ),
                Some(_) => {}
            }
        }

        // 3. Marketing needs recorded consent (TCPA).
        if message.purpose == Some(Purpose::Marketing) && !message.consent {
            reason(
                "marketing_without_consent",
                "marketing messages need the recipient's recorded consent".into(),
            );
        }

        let findings = self.scan(&message.body);

        // 4. Sensitive clinical content.
        let sensitive: Vec<&str> = {
            let mut s: Vec<&str> = findings
                .iter()
                .filter_map(|f| f.sensitivity.map(|s| s.as_str()))
                .collect();
            crate::sort::sort(&mut s);
            s.dedup();
            s
        };
        if !sensitive.is_empty() && p.sensitive == Action::Block {
            reason(
                "sensitive_content",
                format!(
                    "the message reveals sensitive health information ({})",
                    sensitive.join(", ")
                ),
            );
        }

        // 5. Attachments that may show an ID card or a condition.
        for (i, a) in message.attachments.iter().enumerate() {
            match p.attachments {
                AttachmentRule::All => reason(
                    "attachment_not_allowed",
                    format!("attachment {} is not allowed by this policy", i + 1),
                ),
                AttachmentRule::Sensitive
                    if sensitive_attachment(&a.content_type, a.name.as_deref()) =>
                {
                    reason(
                        "attachment_sensitive",
                        format!(
                            "attachment {} may show an ID or insurance card or a health condition",
                            i + 1
                        ),
                    )
                }
                _ => {}
            }
        }

        // Categories the policy blocks outright.
        let blocked: Vec<&str> = {
            let mut b: Vec<&str> = findings
                .iter()
                .filter(|f| !f.allowed && p.category_action(f.category) == Action::Block)
                .map(|f| f.category.as_str())
                .collect();
            b.dedup();
            b
        };
        if !blocked.is_empty() {
            reason(
                "category_blocked",
                format!(
                    "this policy blocks messages containing: {}",
                    blocked.join(", ")
                ),
            );
        }

        let (action, body, redacted) = if !reasons.is_empty() {
            (Action::Block, None, 0)
        } else {
            // 6. Redact what the policy does not allow; 7. otherwise allow.
            let (text, count) = self.apply(&message.body, &findings);
            if count > 0 {
                let mut cats: Vec<&str> = findings
                    .iter()
                    .filter(|f| self.finding_action(f) != Action::Allow)
                    .map(|f| f.category.as_str())
                    .collect();
                crate::sort::sort(&mut cats);
                cats.dedup();
                reasons.push(Reason {
                    code: "phi_redacted",
                    message: format!("{count} finding(s) redacted: {}", cats.join(", ")),
                });
                (Action::Redact, Some(text), count)
            } else {
                (Action::Allow, Some(text), 0)
            }
        };
        Decision {
            action,
            body,
            findings,
            reasons,
            redacted,
        }
    }

    fn audit(
        &self,
        message: &Message,
        action: Action,
        reasons: &[Reason],
        findings: &[Finding],
        redacted: usize,
    ) -> Audit {
        let mut counts = BTreeMap::new();
        for f in findings {
            *counts.entry(f.category).or_insert(0) += 1;
        }
        Audit {
            channel: audit_channel(&message.channel),
            service: message.effective_service().as_str(),
            action,
            reasons: reasons.iter().map(|r| r.code).collect(),
            counts,
            redacted,
            attachments: message.attachments.len(),
            body_length: message.body.encode_utf16().count(),
            policy_digest: self.policy.digest().to_string(),
            version: env!("CARGO_PKG_VERSION"),
        }
    }
}

/// Channel ids go into reasons and audit records; anything that is not a
/// plain short id is cut down so no message text can ride along.
pub(crate) fn audit_channel(id: &str) -> String {
    let plain = id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
    if plain {
        id.to_string()
    } else {
        "(invalid channel id)".into()
    }
}

/// The digits of an E.164 number; spaces, dashes, dots and parentheses are tolerated.
fn e164_digits(to: &str) -> Option<String> {
    let rest = to.trim().strip_prefix('+')?;
    let mut digits = String::with_capacity(16);
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return None,
        }
    }
    (8..=15)
        .contains(&digits.len())
        .then_some(digits)
        .filter(|d| !d.starts_with('0'))
}

/// The host of a URL or email address (lowercase input).
fn host_of(s: &str) -> &str {
    let s = s.rsplit('@').next().unwrap_or(s);
    let s = crate::scan::find_str(s, "://", 0).map_or(s, |at| &s[at + 3..]);
    let end = s.find(['/', '?', '#', ':']).unwrap_or(s.len());
    s[..end].trim_end_matches('.')
}

/// Images that may show an ID or insurance card or a body part, by name or type.
fn sensitive_attachment(content_type: &str, name: Option<&str>) -> bool {
    const WORDS: &[&str] = &[
        "id",
        "ids",
        "card",
        "cards",
        "insurance",
        "license",
        "licence",
        "passport",
        "medicare",
        "medicaid",
        "member",
        "dl",
        "ssn",
        "rash",
        "wound",
        "lesion",
        "mole",
        "injury",
        "burn",
        "skin",
        "bruise",
        "swelling",
        "xray",
        "x-ray",
        "mri",
        "ct",
        "scan",
        "ultrasound",
        "sonogram",
        "ekg",
        "ecg",
        "lab",
        "labs",
        "results",
        "body",
        "face",
        "selfie",
        "tarjeta",
        "seguro",
        "herida",
    ];
    const CAMERA: &[&str] = &[
        "img",
        "image",
        "photo",
        "pxl",
        "dsc",
        "dscn",
        "dcim",
        "screenshot",
        "picture",
        "pic",
        "capture",
        "scan",
        "camera",
    ];
    let medical_image =
        content_type == "application/dicom" || content_type.starts_with("image/dicom");
    let visual = content_type.starts_with("image/") || content_type.starts_with("video/");
    let Some(name) = name.filter(|n| !n.trim().is_empty()) else {
        return medical_image || visual;
    };
    let lower = name.to_ascii_lowercase();
    let stem = lower.rsplit_once('.').map_or(lower.as_str(), |(s, _)| s);
    let words: Vec<&str> = stem
        .split(|c: char| !c.is_ascii_alphabetic() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let named_sensitive = words
        .iter()
        .any(|w| WORDS.contains(w) || w.split('-').any(|p| WORDS.contains(&p)));
    let camera_default = words.is_empty() || words.iter().all(|w| CAMERA.contains(w));
    medical_image || named_sensitive || (visual && camera_default)
}
