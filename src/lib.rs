//! phigate: a PHI gate for outbound patient messages.
//!
//! It finds protected health information in a draft, redacts what the policy
//! says to redact, and blocks messages bound for channels without a BAA
//! (Business Associate Agreement), before the message leaves.
//!
//! ```
//! use phigate::{Action, Category, Filter, Message, Policy};
//!
//! // The embedded default policy: OhMD and Spruce have BAAs, plain SMS never does.
//! let filter = Filter::default();
//!
//! let draft = "Hi, your MRN is 00123456. Call 415-555-0142 with questions.";
//! let found: Vec<Category> = filter.scan(draft).iter().map(|f| f.category).collect();
//! assert_eq!(found, [Category::Mrn, Category::Phone]);
//!
//! let verdict = filter.check(&Message::new("ohmd", draft).to("+14155550123"));
//! assert_eq!(verdict.action, Action::Redact);
//! assert_eq!(verdict.body.as_deref(), Some("Hi, your MRN is [MRN]. Call [PHONE] with questions."));
//!
//! let verdict = filter.check(&Message::new("sms", "Your appointment is tomorrow at 2 PM."));
//! assert_eq!(verdict.action, Action::Block);
//! assert_eq!(verdict.body, None);
//! ```
//!
//! Offsets in a [`Finding`] are given twice: bytes for Rust (`&text[f.start..f.end]`)
//! and UTF-16 code units for JS (`text.slice(start, end)`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod category;
mod detectors;
mod error;
mod filter;
mod json;
mod message;
mod normalize;
mod policy;
mod scan;
mod sha256;
mod sort;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use category::{Category, Sensitivity};
pub use error::Error;
pub use filter::{Audit, Filter, Finding, Reason, Redaction, Verdict};
pub use message::{Attachment, Message, Purpose};
pub use policy::{Action, Policy, Service};

#[doc(hidden)]
pub use detectors::table_for_tests;

/// The README's Rust examples run as doc tests, so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
