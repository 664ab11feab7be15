//! The outbound message a verdict is about.

use serde_json::Value;

use crate::json::{self, array, boolean, known_keys, object, string};
use crate::policy::Service;
use crate::Error;

/// Why a message is sent; marketing needs recorded consent (TCPA).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Care of this patient: reminders, results, refills.
    Treatment,
    /// Running the practice: billing, scheduling.
    Operations,
    /// Anything promotional.
    Marketing,
}

/// A file sent with the message (which makes it MMS).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    /// The MIME type, e.g. `image/jpeg`.
    pub content_type: String,
    /// The file name, when known.
    pub name: Option<String>,
}

/// An outbound message: where it goes, through which channel, and its text.
///
/// # Examples
///
/// ```
/// let m = phigate::Message::new("twilio", "See you tomorrow at 2 PM").to("+14155550123");
/// assert_eq!(m.channel, "twilio");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Message {
    /// The channel id, e.g. `twilio`, `ohmd`, `sms`.
    pub channel: String,
    /// The text as typed.
    pub body: String,
    /// The recipient in E.164, e.g. `+14155550123`.
    pub to: Option<String>,
    /// Why it is sent.
    pub purpose: Option<Purpose>,
    /// Whether the recipient's consent to this kind of message is on record.
    pub consent: bool,
    /// Files sent with it.
    pub attachments: Vec<Attachment>,
    /// The service used; by default `mms` with attachments, else `sms`.
    pub service: Option<Service>,
}

fn message_error(message: String) -> Error {
    Error::message(message)
}

/// A channel id is required to say something.
fn check_channel(channel: &str) -> Result<(), Error> {
    if channel.trim().is_empty() {
        return Err(message_error("message.channel must not be empty".into()));
    }
    Ok(())
}

/// A message's `purpose`, one of three words.
fn read_purpose(purpose: &str) -> Result<Purpose, Error> {
    match purpose {
        "treatment" => Ok(Purpose::Treatment),
        "operations" => Ok(Purpose::Operations),
        "marketing" => Ok(Purpose::Marketing),
        _ => Err(message_error(
            "message.purpose must be \"treatment\", \"operations\" or \"marketing\"".into(),
        )),
    }
}

impl Message {
    /// A message with a channel and body and nothing else set.
    pub fn new(channel: impl Into<String>, body: impl Into<String>) -> Message {
        Message {
            channel: channel.into(),
            body: body.into(),
            to: None,
            purpose: None,
            consent: false,
            attachments: Vec::new(),
            service: None,
        }
    }

    /// Sets the recipient (E.164).
    pub fn to(mut self, to: impl Into<String>) -> Message {
        self.to = Some(to.into());
        self
    }

    /// Sets the purpose.
    pub fn purpose(mut self, purpose: Purpose) -> Message {
        self.purpose = Some(purpose);
        self
    }

    /// Records the recipient's consent.
    pub fn consent(mut self, consent: bool) -> Message {
        self.consent = consent;
        self
    }

    /// Adds an attachment.
    pub fn attach(mut self, content_type: impl Into<String>, name: Option<&str>) -> Message {
        self.attachments.push(Attachment {
            content_type: content_type.into(),
            name: name.map(str::to_string),
        });
        self
    }

    /// The service the message uses.
    pub fn effective_service(&self) -> Service {
        self.service.unwrap_or(if self.attachments.is_empty() {
            Service::Sms
        } else {
            Service::Mms
        })
    }

    /// Reads a message from JSON text, as in the JS API:
    /// `{"channel": "twilio", "body": "...", "to": "+1...", "purpose": "treatment",
    ///   "consent": true, "attachments": [{"contentType": "image/png", "name": "a.png"}]}`.
    ///
    /// # Errors
    ///
    /// Invalid JSON, a missing `channel` or `body`, a wrong type or an unknown
    /// key: the error names the field (e.g. `message.body`), never its content.
    pub fn from_json(text: &str) -> Result<Message, Error> {
        // Through a `Value`, never a derived struct: serde's typed errors
        // format the float they met as they are made, which linked core's
        // float printing into the wasm module (16.7 KB gzipped, for a fast
        // path 3% quicker in Node). JSON here is read as `Value`s only, by
        // `json::parse` rather than serde_json's parser (see there).
        let value = json::parse(text).map_err(|e| Error::json("message", &e))?;
        Message::from_value(&value)
    }

    /// Reads a message of strings only (`to` and `purpose` when given), as
    /// the JS layer hands over the common case without JSON: the same checks
    /// and errors as [`Message::from_json`].
    ///
    /// # Errors
    ///
    /// As [`Message::from_json`].
    pub fn from_strings(
        channel: String,
        to: Option<String>,
        purpose: Option<String>,
        body: String,
    ) -> Result<Message, Error> {
        // Built as itself, not through a JSON map: the map's keys, its
        // tree and a copy of the body were made and dropped on every check.
        check_channel(&channel)?;
        let purpose = purpose.as_deref().map(read_purpose).transpose()?;
        Ok(Message {
            to,
            purpose,
            ..Message::new(channel, body)
        })
    }

    /// Reads a message given as the JSON of every field but its body, and
    /// the body apart (how the JS layer hands it over, so the body is
    /// neither escaped nor parsed): the same checks and errors as
    /// [`Message::from_json`] of the whole. A `body` in `rest` is an error.
    ///
    /// # Errors
    ///
    /// As [`Message::from_json`].
    pub fn from_json_with_body(rest: &str, body: String) -> Result<Message, Error> {
        let mut value = json::parse(rest).map_err(|e| Error::json("message", &e))?;
        if let Value::Object(map) = &mut value {
            if map.insert("body".into(), Value::String(body)).is_some() {
                return Err(message_error("message.body is given twice".into()));
            }
        }
        Message::from_value(&value)
    }

    /// Reads a message from a parsed JSON value; see [`Message::from_json`].
    ///
    /// # Errors
    ///
    /// As [`Message::from_json`], but for JSON syntax.
    pub fn from_value(value: &Value) -> Result<Message, Error> {
        let f = message_error;
        let map = object(value, "message", f)?;
        known_keys(
            map,
            "message",
            &[
                "channel",
                "body",
                "to",
                "purpose",
                "consent",
                "attachments",
                "service",
            ],
            f,
        )?;
        let channel = string(
            map.get("channel")
                .ok_or_else(|| f("message.channel is required".into()))?,
            "message.channel",
            f,
        )?;
        check_channel(channel)?;
        let body = string(
            map.get("body")
                .ok_or_else(|| f("message.body is required".into()))?,
            "message.body",
            f,
        )?;
        let mut message = Message::new(channel, body);
        if let Some(v) = map.get("to").filter(|v| !v.is_null()) {
            message.to = Some(string(v, "message.to", f)?.to_string());
        }
        if let Some(v) = map.get("purpose").filter(|v| !v.is_null()) {
            message.purpose = Some(read_purpose(string(v, "message.purpose", f)?)?);
        }
        if let Some(v) = map.get("consent").filter(|v| !v.is_null()) {
            message.consent = boolean(v, "message.consent", f)?;
        }
        if let Some(v) = map.get("service").filter(|v| !v.is_null()) {
            let s = string(v, "message.service", f)?;
            message.service = Some(Service::parse(s).ok_or_else(|| {
                f("message.service must be \"sms\", \"mms\", \"voice\" or \"fax\"".into())
            })?);
        }
        if let Some(v) = map.get("attachments").filter(|v| !v.is_null()) {
            for (i, a) in array(v, "message.attachments", f)?.iter().enumerate() {
                let path = format!("message.attachments[{i}]");
                let a = object(a, &path, f)?;
                known_keys(a, &path, &["contentType", "name"], f)?;
                let ct = a
                    .get("contentType")
                    .ok_or_else(|| f(format!("{path}.contentType is required")))?;
                let content_type =
                    string(ct, &format!("{path}.contentType"), f)?.to_ascii_lowercase();
                let name = match a.get("name").filter(|v| !v.is_null()) {
                    Some(n) => Some(string(n, &format!("{path}.name"), f)?.to_string()),
                    None => None,
                };
                message.attachments.push(Attachment { content_type, name });
            }
        }
        Ok(message)
    }
}
