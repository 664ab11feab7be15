//! The decision rules, one case per line: policy, message, expected action,
//! expected reason codes (in order), and the body that may leave.

use phigate::{Filter, Message, Policy};

const TWILIO: &str = r#"{"channels": {"twilio": {"baa": true}}}"#;

/// (policy JSON, message JSON, action, reason codes, body or None)
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    Option<&'static str>,
);

const CASES: &[Case] = &[
    // 1. The channel's BAA, and the service it covers.
    ("{}", r#"{"channel":"ohmd","body":"See you tomorrow at 2 PM."}"#, "allow", &[], Some("See you tomorrow at 2 PM.")),
    ("{}", r#"{"channel":"spruce","body":"See you tomorrow at 2 PM."}"#, "allow", &[], Some("See you tomorrow at 2 PM.")),
    ("{}", r#"{"channel":"twilio","body":"See you tomorrow."}"#, "block", &["channel_no_baa"], None),
    (TWILIO, r#"{"channel":"twilio","body":"See you tomorrow."}"#, "allow", &[], Some("See you tomorrow.")),
    ("{}", r#"{"channel":"imessage","body":"See you tomorrow."}"#, "block", &["channel_no_baa"], None),
    ("{}", r#"{"channel":"rcs","body":"See you tomorrow."}"#, "block", &["channel_no_baa"], None),
    ("{}", r#"{"channel":"sms","body":"See you tomorrow."}"#, "block", &["channel_no_baa"], None),
    ("{}", r#"{"channel":"ringcentral","body":"Hi"}"#, "block", &["channel_no_baa"], None),
    ("{}", r#"{"channel":"messagebird","body":"Hi"}"#, "block", &["channel_no_baa"], None),
    ("{}", r#"{"channel":"acme-sms","body":"Hi"}"#, "block", &["channel_unknown"], None),
    (r#"{"channels":{"acme":{"baa":true,"services":["sms"]}}}"#, r#"{"channel":"acme","body":"Hi"}"#, "allow", &[], Some("Hi")),
    (r#"{"channels":{"messagebird":{"baa":true}}}"#, r#"{"channel":"messagebird","body":"Hi","attachments":[{"contentType":"application/pdf","name":"visit-summary.pdf"}]}"#, "block", &["service_not_covered"], None),
    (r#"{"channels":{"twilio":{"baa":true,"services":["sms"]}}}"#, r#"{"channel":"twilio","body":"Hi","attachments":[{"contentType":"text/calendar","name":"appointment.ics"}]}"#, "block", &["service_not_covered"], None),
    ("{}", r#"{"channel":"ohmd","body":"Hi","service":"voice"}"#, "block", &["service_not_covered"], None),
    ("{}", r#"{"channel":"spruce","body":"Hi","service":"fax"}"#, "allow", &[], Some("Hi")),
    (r#"{"channels":{"ohmd":{"baa":false}}}"#, r#"{"channel":"ohmd","body":"Hi"}"#, "block", &["channel_no_baa"], None),
    // 2. Destination countries.
    ("{}", r#"{"channel":"ohmd","body":"Hi","to":"+14155550123"}"#, "allow", &[], Some("Hi")),
    ("{}", r#"{"channel":"ohmd","body":"Hi","to":"+442079460958"}"#, "block", &["destination_not_allowed"], None),
    ("{}", r#"{"channel":"ohmd","body":"Hi","to":"4155550123"}"#, "block", &["destination_invalid"], None),
    ("{}", r#"{"channel":"ohmd","body":"Hi","to":"+1 415 555 0123 ext 4"}"#, "block", &["destination_invalid"], None),
    (r#"{"countries":["US"]}"#, r#"{"channel":"ohmd","body":"Hi","to":"+14165550123"}"#, "block", &["destination_not_allowed"], None),
    (r#"{"countries":["US"]}"#, r#"{"channel":"ohmd","body":"Hi","to":"+17875550123"}"#, "allow", &[], Some("Hi")),
    (r#"{"countries":["US","CA"]}"#, r#"{"channel":"ohmd","body":"Hi","to":"+14165550123"}"#, "allow", &[], Some("Hi")),
    (r#"{"countries":["+1","MX"]}"#, r#"{"channel":"ohmd","body":"Hola","to":"+525512345678"}"#, "allow", &[], Some("Hola")),
    (r#"{"countries":["+1","+52"]}"#, r#"{"channel":"ohmd","body":"Hola","to":"+44 20 7946 0958"}"#, "block", &["destination_not_allowed"], None),
    // 3. Marketing needs consent.
    ("{}", r#"{"channel":"ohmd","body":"Flu shots this week!","purpose":"marketing"}"#, "block", &["marketing_without_consent"], None),
    ("{}", r#"{"channel":"ohmd","body":"Flu shots this week!","purpose":"marketing","consent":true}"#, "allow", &[], Some("Flu shots this week!")),
    ("{}", r#"{"channel":"ohmd","body":"Your visit is confirmed.","purpose":"treatment"}"#, "allow", &[], Some("Your visit is confirmed.")),
    // 5. Attachments.
    ("{}", r#"{"channel":"ohmd","body":"Here it is","attachments":[{"contentType":"image/jpeg","name":"insurance_card_front.jpg"}]}"#, "block", &["attachment_sensitive"], None),
    ("{}", r#"{"channel":"ohmd","body":"Photo","attachments":[{"contentType":"image/jpeg","name":"IMG_4471.JPG"}]}"#, "block", &["attachment_sensitive"], None),
    ("{}", r#"{"channel":"ohmd","body":"Photo","attachments":[{"contentType":"image/png"}]}"#, "block", &["attachment_sensitive"], None),
    ("{}", r#"{"channel":"ohmd","body":"Rash","attachments":[{"contentType":"image/heic","name":"rash-left-arm.heic"}]}"#, "block", &["attachment_sensitive"], None),
    ("{}", r#"{"channel":"ohmd","body":"Scan","attachments":[{"contentType":"application/dicom","name":"study.dcm"}]}"#, "block", &["attachment_sensitive"], None),
    ("{}", r#"{"channel":"ohmd","body":"Directions","attachments":[{"contentType":"image/png","name":"clinic-parking-map.png"}]}"#, "allow", &[], Some("Directions")),
    ("{}", r#"{"channel":"ohmd","body":"Calendar","attachments":[{"contentType":"text/calendar","name":"appointment.ics"}]}"#, "allow", &[], Some("Calendar")),
    (r#"{"attachments":{"block":"all"}}"#, r#"{"channel":"ohmd","body":"Calendar","attachments":[{"contentType":"text/calendar","name":"appointment.ics"}]}"#, "block", &["attachment_not_allowed"], None),
    (r#"{"attachments":{"block":"none"}}"#, r#"{"channel":"ohmd","body":"Card","attachments":[{"contentType":"image/jpeg","name":"insurance_card.jpg"}]}"#, "allow", &[], Some("Card")),
    // 6. Redaction; names and dates are allowed by default.
    ("{}", r#"{"channel":"ohmd","body":"Your SSN 219-45-6789 is on file."}"#, "redact", &["phi_redacted"], Some("Your SSN [SSN] is on file.")),
    ("{}", r#"{"channel":"ohmd","body":"Hi Maria, see you on March 14 at 2 PM."}"#, "allow", &[], Some("Hi Maria, see you on March 14 at 2 PM.")),
    ("{}", r#"{"channel":"ohmd","body":"MRN 00123456, DOB 03/14/1962"}"#, "redact", &["phi_redacted"], Some("MRN [MRN], DOB [DOB]")),
    ("{}", r#"{"channel":"ohmd","body":"Questions? Call 415-555-0100 or email help@example.org"}"#, "redact", &["phi_redacted"], Some("Questions? Call [PHONE] or email [EMAIL]")),
    // Allowlists: the org's own phone, domain and names stay.
    (r#"{"allow":{"phones":["+1 (415) 555-0100"],"domains":["example.org"]}}"#, r#"{"channel":"ohmd","body":"Questions? Call 415-555-0100 or email help@example.org or see https://portal.example.org/faq"}"#, "allow", &[], Some("Questions? Call 415-555-0100 or email help@example.org or see https://portal.example.org/faq")),
    (r#"{"allow":{"domains":["example.org"]}}"#, r#"{"channel":"ohmd","body":"Login at https://example.org.example.com/x"}"#, "redact", &["phi_redacted"], Some("Login at [URL]")),
    (r#"{"categories":{"name":"redact"},"allow":{"names":["Dr. Patel"]}}"#, r#"{"channel":"ohmd","body":"Hi Maria, Dr. Patel will call."}"#, "redact", &["phi_redacted"], Some("Hi [NAME], Dr. Patel will call.")),
    // Allowlisted names match across case and accents.
    (r#"{"categories":{"name":"redact"},"allow":{"names":["DRA. JOSÉ NÚÑEZ"]}}"#, r#"{"channel":"ohmd","body":"Hi Maria, Dra. Jose Nunez will call."}"#, "redact", &["phi_redacted"], Some("Hi [NAME], Dra. Jose Nunez will call.")),
    // Per-category overrides.
    (r#"{"categories":{"date":"redact"}}"#, r#"{"channel":"ohmd","body":"See you on March 14."}"#, "redact", &["phi_redacted"], Some("See you on [DATE].")),
    (r#"{"categories":{"phone":"allow"}}"#, r#"{"channel":"ohmd","body":"Call 415-555-0142."}"#, "allow", &[], Some("Call 415-555-0142.")),
    (r#"{"categories":{"ssn":"block"}}"#, r#"{"channel":"ohmd","body":"SSN 219-45-6789"}"#, "block", &["category_blocked"], None),
    // Every rule that fires is reported, in decision order.
    ("{}", r#"{"channel":"sms","body":"Sale!","to":"+442079460958","purpose":"marketing","attachments":[{"contentType":"image/jpeg","name":"id_card.jpg"}]}"#, "block", &["channel_no_baa", "destination_not_allowed", "marketing_without_consent", "attachment_sensitive"], None),
];

#[test]
fn decision_rules() {
    let mut failures = Vec::new();
    for (i, (policy, message, action, codes, body)) in CASES.iter().enumerate() {
        let filter = Filter::new(
            Policy::from_json(policy).unwrap_or_else(|e| panic!("case {i}: policy: {e}")),
        );
        let message =
            Message::from_json(message).unwrap_or_else(|e| panic!("case {i}: message: {e}"));
        let v = filter.check(&message);
        let got_codes: Vec<&str> = v.reasons.iter().map(|r| r.code).collect();
        if v.action.as_str() != *action || got_codes != *codes || v.body.as_deref() != *body {
            failures.push(format!(
                "case {i}: expected {action} {codes:?} {body:?}\n          got {} {got_codes:?} {:?}",
                v.action.as_str(),
                v.body
            ));
        }
        assert_eq!(
            v.audit.reasons, got_codes,
            "case {i}: audit reasons mirror the verdict"
        );
        assert_eq!(v.audit.action, v.action, "case {i}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn audit_record_holds_no_message_text() {
    let body = "Hi Maria Lopez, MRN 00123456, call 415-555-0142 about your SSN 219-45-6789";
    let filter = Filter::default();
    for channel in ["ohmd", "sms", "twilio"] {
        let v = filter.check(&Message::new(channel, body).to("+14155550123"));
        let audit = serde_json::to_string(&v.audit).unwrap();
        let reasons = serde_json::to_string(&v.reasons).unwrap();
        for word in body
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 4)
        {
            assert!(!audit.contains(word), "audit leaks {word:?}: {audit}");
            assert!(!reasons.contains(word), "reasons leak {word:?}: {reasons}");
        }
        assert!(audit.contains(filter.policy().digest()));
    }
}

#[test]
fn audit_counts_findings_per_category() {
    let v = Filter::default().check(&Message::new(
        "ohmd",
        "Call 415-555-0142 or 415-555-0199; MRN 00123456",
    ));
    let counts = serde_json::to_value(&v.audit.counts).unwrap();
    assert_eq!(counts, serde_json::json!({"phone": 2, "mrn": 1}));
    assert_eq!(v.audit.redacted, 3);
    assert_eq!(v.audit.body_length, 47);
}

#[test]
fn a_label_brought_closer_by_a_placeholder_is_read_on_the_rescan() {
    // The URL is 55 bytes and its placeholder 5, so after redaction the SSN
    // label sits close enough to the digits for the labelled detector.
    let text = "SSN last 4: see https://portal.example.org/forms/identity/verification 7702";
    let filter = Filter::default();
    let once = filter.redact(text);
    assert_eq!(once.text, "SSN last 4: see [URL] [SSN]");
    assert_eq!(filter.redact(&once.text).text, once.text);
}

#[test]
fn redacted_bodies_rescan_clean() {
    let filter = Filter::default();
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/bench/messages.txt"))
        .unwrap();
    for line in text.lines() {
        let once = filter.redact(line);
        let twice = filter.redact(&once.text);
        assert_eq!(
            twice.text, once.text,
            "re-redacting changes {:?}",
            once.text
        );
        let v = filter.check(&Message::new("ohmd", once.text.clone()));
        assert_ne!(
            v.action.as_str(),
            "redact",
            "redacted body still has PHI to redact: {:?}",
            once.text
        );
    }
}

#[test]
fn channel_ids_with_odd_characters_never_reach_reasons_or_audit() {
    let v = Filter::default().check(&Message::new("Maria Lopez 415-555-0142", "Hi"));
    assert_eq!(v.action.as_str(), "block");
    assert_eq!(v.audit.channel, "(invalid channel id)");
    assert!(!serde_json::to_string(&v).unwrap().contains("Lopez"));
}
