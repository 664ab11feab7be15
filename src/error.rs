//! The one error type of the crate.

use std::fmt;

/// Why a policy or a message was refused.
///
/// The message names the failing field path (e.g. `policy.channels.sms.baa`)
/// and never quotes message text, so it is safe to log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ErrorKind {
    Policy,
    Message,
    Json,
    Freed,
}

impl Error {
    pub(crate) fn policy(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Policy,
            message: message.into(),
        }
    }

    pub(crate) fn message(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Message,
            message: message.into(),
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn freed() -> Error {
        Error {
            kind: ErrorKind::Freed,
            message: "this Filter has been freed".into(),
        }
    }

    /// `detail` is `json::parse`'s error, which quotes no input text, only
    /// line and column.
    pub(crate) fn json(what: &str, detail: &str) -> Error {
        Error {
            kind: ErrorKind::Json,
            message: format!("{what} is not valid JSON: {detail}"),
        }
    }

    /// A stable code a caller can branch on: `PHIGATE_INVALID_POLICY`,
    /// `PHIGATE_INVALID_MESSAGE`, `PHIGATE_INVALID_JSON`, or `PHIGATE_FREED`
    /// (a JS `Filter` used after `free()`).
    pub fn code(&self) -> &'static str {
        match self.kind {
            ErrorKind::Policy => "PHIGATE_INVALID_POLICY",
            ErrorKind::Message => "PHIGATE_INVALID_MESSAGE",
            ErrorKind::Json => "PHIGATE_INVALID_JSON",
            ErrorKind::Freed => "PHIGATE_FREED",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
