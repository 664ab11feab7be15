//! Bad policies and messages: one case per line, each error naming its field.

use phigate::{Message, Policy};

/// (policy JSON, expected code, text the message must contain)
const POLICY_CASES: &[(&str, &str, &str)] = &[
    (
        "[]",
        "PHIGATE_INVALID_POLICY",
        "policy must be an object, not an array",
    ),
    (
        "{\"chanels\": {}}",
        "PHIGATE_INVALID_POLICY",
        "policy.chanels is not a known field",
    ),
    (
        "{\"channels\": []}",
        "PHIGATE_INVALID_POLICY",
        "policy.channels must be an object",
    ),
    (
        "{\"channels\": {\"twilio\": true}}",
        "PHIGATE_INVALID_POLICY",
        "policy.channels.twilio must be an object",
    ),
    (
        "{\"channels\": {\"twilio\": {}}}",
        "PHIGATE_INVALID_POLICY",
        "policy.channels.twilio.baa is required",
    ),
    (
        "{\"channels\": {\"twilio\": {\"baa\": \"yes\"}}}",
        "PHIGATE_INVALID_POLICY",
        "policy.channels.twilio.baa must be a boolean, not a string",
    ),
    (
        "{\"channels\": {\"twilio\": {\"baa\": true, \"sevices\": []}}}",
        "PHIGATE_INVALID_POLICY",
        "policy.channels.twilio.sevices is not a known field",
    ),
    (
        "{\"channels\": {\"imessage\": {\"baa\": true}}}",
        "PHIGATE_INVALID_POLICY",
        "policy.channels.imessage.baa cannot be true",
    ),
    (
        "{\"channels\": {\"sms\": {\"baa\": true}}}",
        "PHIGATE_INVALID_POLICY",
        "policy.channels.sms.baa cannot be true",
    ),
    (
        "{\"channels\": {\"rcs\": {\"baa\": true}}}",
        "PHIGATE_INVALID_POLICY",
        "policy.channels.rcs.baa cannot be true",
    ),
    (
        "{\"channels\": {\"messagebird\": {\"baa\": true, \"services\": [\"mms\"]}}}",
        "PHIGATE_INVALID_POLICY",
        "policy.channels.messagebird.services[0]: a messagebird BAA can cover sms only",
    ),
    (
        "{\"channels\": {\"twilio\": {\"baa\": true, \"services\": [\"sms\", \"pager\"]}}}",
        "PHIGATE_INVALID_POLICY",
        "policy.channels.twilio.services[1] must be",
    ),
    (
        "{\"channels\": {\"acme\": {\"baa\": true}}}",
        "PHIGATE_INVALID_POLICY",
        "policy.channels.acme.services is required",
    ),
    (
        "{\"countries\": \"US\"}",
        "PHIGATE_INVALID_POLICY",
        "policy.countries must be an array, not a string",
    ),
    (
        "{\"countries\": [\"US\", 1]}",
        "PHIGATE_INVALID_POLICY",
        "policy.countries[1] must be a string, not a number",
    ),
    (
        "{\"countries\": [\"ZZ\"]}",
        "PHIGATE_INVALID_POLICY",
        "policy.countries[0] is not a country phigate knows",
    ),
    (
        "{\"countries\": [\"+01\"]}",
        "PHIGATE_INVALID_POLICY",
        "policy.countries[0] must be a calling-code prefix",
    ),
    (
        "{\"allow\": {\"phone\": []}}",
        "PHIGATE_INVALID_POLICY",
        "policy.allow.phone is not a known field",
    ),
    (
        "{\"allow\": {\"phones\": [\"call me\"]}}",
        "PHIGATE_INVALID_POLICY",
        "policy.allow.phones[0] must be a phone number",
    ),
    (
        "{\"allow\": {\"domains\": [\"localhost\"]}}",
        "PHIGATE_INVALID_POLICY",
        "policy.allow.domains[0] must be a domain name",
    ),
    (
        "{\"allow\": {\"names\": [\" \"]}}",
        "PHIGATE_INVALID_POLICY",
        "policy.allow.names[0] must not be empty",
    ),
    (
        "{\"categories\": {\"diagnosis\": \"redact\"}}",
        "PHIGATE_INVALID_POLICY",
        "policy.categories.diagnosis is not a category",
    ),
    (
        "{\"categories\": {\"ssn\": \"hide\"}}",
        "PHIGATE_INVALID_POLICY",
        "policy.categories.ssn must be \"allow\", \"redact\" or \"block\"",
    ),
    (
        "{\"categories\": {\"ssn\": true}}",
        "PHIGATE_INVALID_POLICY",
        "policy.categories.ssn must be a string, not a boolean",
    ),
    (
        "{\"sensitive\": \"allow\"}",
        "PHIGATE_INVALID_POLICY",
        "policy.sensitive must be \"block\" or \"redact\"",
    ),
    (
        "{\"attachments\": {\"block\": \"some\"}}",
        "PHIGATE_INVALID_POLICY",
        "policy.attachments.block must be",
    ),
    (
        "{\"attachments\": {\"allow\": []}}",
        "PHIGATE_INVALID_POLICY",
        "policy.attachments.allow is not a known field",
    ),
    (
        "{\"channels\": ",
        "PHIGATE_INVALID_JSON",
        "policy is not valid JSON",
    ),
];

/// (message JSON, expected code, text the message must contain)
const MESSAGE_CASES: &[(&str, &str, &str)] = &[
    ("{\"body\": \"hi\"}", "PHIGATE_INVALID_MESSAGE", "message.channel is required"),
    ("{\"channel\": \"ohmd\"}", "PHIGATE_INVALID_MESSAGE", "message.body is required"),
    ("{\"channel\": \"ohmd\", \"body\": 42}", "PHIGATE_INVALID_MESSAGE", "message.body must be a string, not a number"),
    ("{\"channel\": \"ohmd\", \"body\": null}", "PHIGATE_INVALID_MESSAGE", "message.body must be a string, not null"),
    ("{\"channel\": \"\", \"body\": \"hi\"}", "PHIGATE_INVALID_MESSAGE", "message.channel must not be empty"),
    ("{\"channel\": 7, \"body\": \"hi\"}", "PHIGATE_INVALID_MESSAGE", "message.channel must be a string"),
    ("{\"channel\": \"ohmd\", \"body\": \"hi\", \"atachments\": []}", "PHIGATE_INVALID_MESSAGE", "message.atachments is not a known field"),
    ("{\"channel\": \"ohmd\", \"body\": \"hi\", \"purpose\": \"sales\"}", "PHIGATE_INVALID_MESSAGE", "message.purpose must be"),
    ("{\"channel\": \"ohmd\", \"body\": \"hi\", \"consent\": \"yes\"}", "PHIGATE_INVALID_MESSAGE", "message.consent must be a boolean"),
    ("{\"channel\": \"ohmd\", \"body\": \"hi\", \"attachments\": [{\"name\": \"a.png\"}]}", "PHIGATE_INVALID_MESSAGE", "message.attachments[0].contentType is required"),
    ("{\"channel\": \"ohmd\", \"body\": \"hi\", \"attachments\": [{\"contentType\": \"image/png\", \"size\": 3}]}", "PHIGATE_INVALID_MESSAGE", "message.attachments[0].size is not a known field"),
    ("{\"channel\": \"ohmd\", \"body\": \"hi\", \"service\": \"pager\"}", "PHIGATE_INVALID_MESSAGE", "message.service must be"),
    ("\"hi\"", "PHIGATE_INVALID_MESSAGE", "message must be an object, not a string"),
    ("{\"channel\": \"ohmd\", \"body\": \"SSN 219-45-", "PHIGATE_INVALID_JSON", "message is not valid JSON"),
];

#[test]
fn policy_errors_name_the_field() {
    for (json, code, text) in POLICY_CASES {
        let err = Policy::from_json(json).expect_err(json);
        assert_eq!(err.code(), *code, "{json}");
        assert!(
            err.to_string().contains(text),
            "{json}: {err:?} should contain {text:?}"
        );
    }
}

#[test]
fn message_errors_name_the_field_and_never_quote_the_body() {
    for (json, code, text) in MESSAGE_CASES {
        let err = Message::from_json(json).expect_err(json);
        assert_eq!(err.code(), *code, "{json}");
        assert!(
            err.to_string().contains(text),
            "{json}: {err:?} should contain {text:?}"
        );
        assert!(
            !err.to_string().contains("219-45"),
            "error quotes the body: {err}"
        );
    }
}

#[test]
fn an_unknown_key_holding_text_is_described_not_quoted() {
    for key in [
        "x".repeat(500),
        "Patient Maria Lopez SSN 219-45-6789".to_string(),
        "MariaLopez2194567".to_string(),
    ] {
        let err = Policy::from_json(&format!("{{{key:?}: 1}}")).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("policy.<key> is not a known field"),
            "{err}"
        );
        let err = Message::from_json(&format!(
            "{{\"channel\": \"ohmd\", \"body\": \"hi\", {key:?}: 1}}"
        ))
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("message.<key> is not a known field"),
            "{err}"
        );
    }
}

#[test]
fn a_body_given_apart_reads_as_the_whole_message_does() {
    let rest = r#"{"channel": "ohmd", "to": "+14155550123", "purpose": "treatment", "attachments": [{"contentType": "image/png", "name": "a.png"}]}"#;
    let body = "Maria Lopez, SSN 219-45-6789 \"quoted\"";
    let whole = Message::from_json(&format!(
        r#"{{"channel": "ohmd", "to": "+14155550123", "purpose": "treatment", "attachments": [{{"contentType": "image/png", "name": "a.png"}}], "body": {body:?}}}"#
    ))
    .unwrap();
    assert_eq!(
        Message::from_json_with_body(rest, body.to_string()).unwrap(),
        whole
    );
    let plain = Message::from_json(&format!(
        r#"{{"channel": "ohmd", "to": "+14155550123", "purpose": "treatment", "body": {body:?}}}"#
    ))
    .unwrap();
    assert_eq!(
        Message::from_strings(
            "ohmd".into(),
            Some("+14155550123".into()),
            Some("treatment".into()),
            body.to_string()
        )
        .unwrap(),
        plain
    );
    for (channel, purpose, want) in [
        (" ", None, "message.channel must not be empty"),
        ("ohmd", Some("gossip"), "message.purpose"),
    ] {
        let err = Message::from_strings(channel.into(), None, purpose.map(Into::into), body.into())
            .unwrap_err();
        assert!(
            err.to_string().contains(want),
            "{channel} {purpose:?}: {err}"
        );
        assert!(
            !err.to_string().contains("219-45"),
            "error quotes the body: {err}"
        );
    }
    // The same errors as the whole message, and a second body is one.
    for (rest, want) in [
        (r#"{"to": "+14155550123"}"#, "message.channel is required"),
        (
            r#"{"channel": "ohmd", "consent": "yes"}"#,
            "message.consent",
        ),
        (
            r#"{"channel": "ohmd", "body": "again"}"#,
            "message.body is given twice",
        ),
        ("[1, 2]", "message must be an object"),
        ("{", "message"),
    ] {
        let err = Message::from_json_with_body(rest, body.to_string()).unwrap_err();
        assert!(err.to_string().contains(want), "{rest}: {err}");
        assert!(
            !err.to_string().contains("219-45"),
            "error quotes the body: {err}"
        );
    }
}

#[test]
fn digest_is_order_independent_and_changes_with_the_policy() {
    let a = Policy::from_json(r#"{"countries": ["+1"], "channels": {"twilio": {"baa": true, "services": ["mms", "sms"]}}}"#).unwrap();
    let b = Policy::from_json(r#"{"channels": {"twilio": {"services": ["sms", "mms"], "baa": true}}, "countries": ["+1"]}"#).unwrap();
    let c = Policy::from_json(r#"{"channels": {"twilio": {"baa": true, "services": ["sms"]}}}"#)
        .unwrap();
    assert_eq!(a.digest(), b.digest());
    assert_ne!(a.digest(), c.digest());
    assert_ne!(Policy::default().digest(), c.digest());
}

#[test]
fn the_default_policy_is_the_catalog_of_the_domain_brief() {
    let p = Policy::default().canonical();
    assert_eq!(
        p["channels"]["ohmd"],
        serde_json::json!({"baa": true, "services": ["sms", "mms"]})
    );
    assert_eq!(
        p["channels"]["spruce"],
        serde_json::json!({"baa": true, "services": ["sms", "mms", "voice", "fax"]})
    );
    for no_baa in [
        "twilio",
        "ringcentral",
        "messagebird",
        "imessage",
        "rcs",
        "sms",
    ] {
        assert_eq!(p["channels"][no_baa]["baa"], false, "{no_baa}");
    }
    assert_eq!(p["countries"], serde_json::json!(["+1"]));
    assert_eq!(p["categories"]["name"], "allow");
    assert_eq!(p["categories"]["date"], "allow");
    assert_eq!(p["categories"]["ssn"], "redact");
    assert_eq!(p["sensitive"], "block");
}
