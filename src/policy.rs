//! The policy: which channels may carry PHI, where messages may go, and what
//! happens to each kind of finding.

use serde_json::{Map, Value};

use crate::json::{self, array, boolean, known_keys, object, object_of, safe_key, string, strings};
use crate::{Category, Error};

/// What happens to a message, or to one category of finding in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    /// Send as written.
    Allow,
    /// Send with the findings replaced by placeholders.
    Redact,
    /// Do not send.
    Block,
}

impl Action {
    /// `"allow"`, `"redact"` or `"block"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Allow => "allow",
            Action::Redact => "redact",
            Action::Block => "block",
        }
    }

    fn parse(text: &str) -> Option<Action> {
        match text {
            "allow" => Some(Action::Allow),
            "redact" => Some(Action::Redact),
            "block" => Some(Action::Block),
            _ => None,
        }
    }
}

impl serde::Serialize for Action {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A service a messaging channel offers and a BAA may cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Service {
    /// Text messages.
    Sms,
    /// Messages with attachments.
    Mms,
    /// Calls, voicemail.
    Voice,
    /// Fax.
    Fax,
}

impl Service {
    /// `"sms"`, `"mms"`, `"voice"` or `"fax"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Service::Sms => "sms",
            Service::Mms => "mms",
            Service::Voice => "voice",
            Service::Fax => "fax",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Service> {
        match text {
            "sms" => Some(Service::Sms),
            "mms" => Some(Service::Mms),
            "voice" => Some(Service::Voice),
            "fax" => Some(Service::Fax),
            _ => None,
        }
    }
}

/// The channel catalog of the domain brief: which vendors can sign a BAA,
/// for which services, and whether one is assumed without a declaration.
struct Known {
    id: &'static str,
    /// Services a BAA from this vendor can cover; empty: a BAA is impossible.
    coverable: &'static [Service],
    /// A BAA comes with every paid plan, so it is assumed.
    baa_by_default: bool,
    /// How a BAA is obtained, quoted in errors and reasons.
    how: &'static str,
}

const CATALOG: &[Known] = &[
    Known {
        id: "twilio",
        coverable: &[Service::Sms, Service::Mms, Service::Voice],
        baa_by_default: false,
        how: "Twilio signs a BAA on request through its Trust Center, with HIPAA controls enabled on the account, never on a trial",
    },
    Known { id: "ohmd", coverable: &[Service::Sms, Service::Mms], baa_by_default: true, how: "OhMD includes a BAA on paid plans" },
    Known {
        id: "spruce",
        coverable: &[Service::Sms, Service::Mms, Service::Voice, Service::Fax],
        baa_by_default: true,
        how: "Spruce includes a BAA on paid plans",
    },
    Known {
        id: "ringcentral",
        coverable: &[Service::Sms, Service::Voice, Service::Fax],
        baa_by_default: false,
        how: "RingCentral signs a BAA on Healthcare Edition plans only",
    },
    Known {
        id: "messagebird",
        coverable: &[Service::Sms],
        baa_by_default: false,
        how: "MessageBird signs a BAA on Enterprise contracts only",
    },
    Known { id: "imessage", coverable: &[], baa_by_default: false, how: "Apple offers no BAA for iMessage" },
    Known { id: "rcs", coverable: &[], baa_by_default: false, how: "no carrier offers a BAA for RCS" },
    Known { id: "sms", coverable: &[], baa_by_default: false, how: "plain carrier SMS has no BAA" },
];

fn known(id: &str) -> Option<&'static Known> {
    CATALOG.iter().find(|k| k.id == id)
}

/// What the policy says about one channel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ChannelRule {
    pub baa: bool,
    pub services: Vec<Service>,
}

/// A destination the policy allows.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Country {
    /// Any number whose E.164 digits start with these digits.
    Prefix(String),
    /// The US: +1 outside Canada and the other NANP countries.
    UnitedStates,
    /// Canada: +1 with a Canadian area code.
    Canada,
}

/// What is done with attachments that may show PHI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AttachmentRule {
    /// Block images of ID or insurance cards, photos of a condition, and
    /// images that could be either (camera names, no name).
    Sensitive,
    /// Block every attachment.
    All,
    /// Block none (the channel must still cover mms).
    None,
}

/// A policy: the embedded default with an organization's declarations on top.
///
/// # Examples
///
/// ```
/// let policy = phigate::Policy::from_json(r#"{"channels": {"twilio": {"baa": true}}}"#)?;
/// assert_eq!(policy.digest().len(), 64);
/// # Ok::<(), phigate::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Policy {
    /// Sorted by id (a vector: a map's code would be one more in the module).
    channels: Vec<(String, ChannelRule)>,
    countries: Vec<Country>,
    pub(crate) allow_phones: Vec<String>,
    pub(crate) allow_domains: Vec<String>,
    pub(crate) allow_names: Vec<String>,
    categories: Vec<(Category, Action)>,
    pub(crate) sensitive: Action,
    pub(crate) attachments: AttachmentRule,
    digest: String,
}

impl Default for Policy {
    fn default() -> Policy {
        let mut policy = Policy::defaults();
        policy.digest = DEFAULT_DIGEST.to_string();
        policy
    }
}

/// The digest of the embedded default policy (`{}`), so building it needs
/// no canonical JSON and no hashing; a test recomputes it.
const DEFAULT_DIGEST: &str = "138bdefb3f9983e96fde4b515903b77cd97ab3b9ccf210ea5e99c05bb7b40ee0";

/// The ISO country codes a policy may name, with their calling codes.
const CALLING_CODES: &[(&str, &str)] = &[
    ("MX", "52"),
    ("GT", "502"),
    ("SV", "503"),
    ("HN", "504"),
    ("NI", "505"),
    ("CR", "506"),
    ("PA", "507"),
    ("CU", "53"),
    ("HT", "509"),
    ("CO", "57"),
    ("VE", "58"),
    ("EC", "593"),
    ("PE", "51"),
    ("BR", "55"),
    ("AR", "54"),
    ("CL", "56"),
    ("BO", "591"),
    ("PY", "595"),
    ("UY", "598"),
    ("GB", "44"),
    ("IE", "353"),
    ("FR", "33"),
    ("DE", "49"),
    ("ES", "34"),
    ("PT", "351"),
    ("IT", "39"),
    ("NL", "31"),
    ("BE", "32"),
    ("CH", "41"),
    ("AT", "43"),
    ("PL", "48"),
    ("UA", "380"),
    ("SE", "46"),
    ("NO", "47"),
    ("DK", "45"),
    ("FI", "358"),
    ("GR", "30"),
    ("IL", "972"),
    ("TR", "90"),
    ("SA", "966"),
    ("AE", "971"),
    ("EG", "20"),
    ("MA", "212"),
    ("NG", "234"),
    ("GH", "233"),
    ("KE", "254"),
    ("ET", "251"),
    ("SO", "252"),
    ("ZA", "27"),
    ("IN", "91"),
    ("PK", "92"),
    ("BD", "880"),
    ("CN", "86"),
    ("HK", "852"),
    ("TW", "886"),
    ("JP", "81"),
    ("KR", "82"),
    ("PH", "63"),
    ("VN", "84"),
    ("TH", "66"),
    ("ID", "62"),
    ("MY", "60"),
    ("SG", "65"),
    ("AU", "61"),
    ("NZ", "64"),
];

/// NANP area codes outside the US and its territories: Canada, then the
/// Caribbean and Atlantic countries that share +1.
const CANADA_AREA_CODES: &[&str] = &[
    "204", "226", "236", "249", "250", "257", "263", "289", "306", "343", "354", "365", "367",
    "368", "382", "403", "416", "418", "428", "431", "437", "438", "450", "460", "468", "474",
    "506", "514", "519", "548", "579", "581", "584", "587", "600", "604", "613", "622", "639",
    "647", "672", "683", "705", "709", "742", "753", "778", "780", "782", "807", "819", "825",
    "867", "873", "879", "902", "905", "942",
];
const OTHER_NANP_AREA_CODES: &[&str] = &[
    "242", "246", "264", "268", "284", "345", "441", "473", "649", "658", "664", "721", "758",
    "767", "784", "809", "829", "849", "868", "869", "876",
];

fn policy_error(message: String) -> Error {
    Error::policy(message)
}

impl Policy {
    /// Reads a policy from JSON text.
    ///
    /// # Errors
    ///
    /// Invalid JSON, an unknown key, a wrong type, an unknown category or
    /// action, or a BAA declared for a channel that can never have one: the
    /// error names the field path, e.g. `policy.channels.imessage.baa`.
    pub fn from_json(text: &str) -> Result<Policy, Error> {
        let value = json::parse(text).map_err(|e| Error::json("policy", &e))?;
        Policy::from_value(&value)
    }

    /// Reads a policy from a parsed JSON value; see [`Policy::from_json`].
    ///
    /// # Errors
    ///
    /// As [`Policy::from_json`], but for JSON syntax.
    pub fn from_value(value: &Value) -> Result<Policy, Error> {
        let f = policy_error;
        let root = object(value, "policy", f)?;
        known_keys(
            root,
            "policy",
            &[
                "channels",
                "countries",
                "allow",
                "categories",
                "sensitive",
                "attachments",
            ],
            f,
        )?;

        let mut policy = Policy::defaults();
        // Each key is read by its own function, so a module that only ever
        // builds the default policy never compiles them (wasm compiles a
        // function on its first call).
        if let Some(v) = root.get("channels") {
            policy.read_channels(v)?;
        }
        if let Some(v) = root.get("countries") {
            policy.countries = read_countries(v)?;
        }
        if let Some(v) = root.get("allow") {
            policy.read_allow(v)?;
        }
        if let Some(v) = root.get("categories") {
            policy.categories = read_categories(v)?;
        }
        if let Some(v) = root.get("sensitive") {
            policy.sensitive = read_sensitive(v)?;
        }
        if let Some(v) = root.get("attachments") {
            policy.attachments = read_attachments(v)?;
        }
        policy.digest = if root.is_empty() {
            DEFAULT_DIGEST.to_string()
        } else {
            policy.computed_digest()
        };
        Ok(policy)
    }

    /// The embedded default policy, its digest not yet set.
    fn defaults() -> Policy {
        let mut channels = Vec::new();
        for k in CATALOG {
            let rule = ChannelRule {
                baa: k.baa_by_default,
                services: if k.baa_by_default {
                    k.coverable.to_vec()
                } else {
                    Vec::new()
                },
            };
            set_channel(&mut channels, k.id.to_string(), rule);
        }
        Policy {
            channels,
            countries: vec![Country::Prefix("1".into())],
            allow_phones: Vec::new(),
            allow_domains: Vec::new(),
            allow_names: Vec::new(),
            categories: Vec::new(),
            sensitive: Action::Block,
            attachments: AttachmentRule::Sensitive,
            digest: String::new(),
        }
    }

    /// SHA-256 (hex) of [`Policy::canonical`].
    fn computed_digest(&self) -> String {
        crate::sha256::hex(json::to_text(&self.canonical()).as_bytes())
    }

    #[inline(never)]
    fn read_channels(&mut self, v: &Value) -> Result<(), Error> {
        for (id, decl) in object(v, "policy.channels", policy_error)? {
            let path = format!("policy.channels.{}", safe_key(id));
            let rule = channel_rule(id, decl, &path)?;
            set_channel(&mut self.channels, id.clone(), rule);
        }
        Ok(())
    }

    #[inline(never)]
    fn read_allow(&mut self, v: &Value) -> Result<(), Error> {
        let f = policy_error;
        let allow = object(v, "policy.allow", f)?;
        known_keys(allow, "policy.allow", &["phones", "domains", "names"], f)?;
        if let Some(v) = allow.get("phones") {
            for (i, p) in strings(v, "policy.allow.phones", f)?
                .into_iter()
                .enumerate()
            {
                let digits = phone_key(p);
                if digits.len() < 7 || digits.len() > 15 {
                    return Err(f(format!(
                        "policy.allow.phones[{i}] must be a phone number of 7 to 15 digits"
                    )));
                }
                self.allow_phones.push(digits);
            }
        }
        if let Some(v) = allow.get("domains") {
            for (i, d) in strings(v, "policy.allow.domains", f)?
                .into_iter()
                .enumerate()
            {
                let mut d = d.trim();
                while let Some(rest) = d.strip_prefix("*.") {
                    d = rest;
                }
                let d = d.to_ascii_lowercase();
                let ok = d.contains('.')
                    && d.split('.').all(|l| {
                        !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    });
                if !ok {
                    return Err(f(format!(
                        "policy.allow.domains[{i}] must be a domain name such as example.org"
                    )));
                }
                self.allow_domains.push(d);
            }
        }
        if let Some(v) = allow.get("names") {
            for (i, n) in strings(v, "policy.allow.names", f)?.into_iter().enumerate() {
                let key = name_key(n);
                if key.is_empty() {
                    return Err(f(format!("policy.allow.names[{i}] must not be empty")));
                }
                self.allow_names.push(key);
            }
        }
        Ok(())
    }
}

#[inline(never)]
fn read_countries(v: &Value) -> Result<Vec<Country>, Error> {
    strings(v, "policy.countries", policy_error)?
        .iter()
        .enumerate()
        .map(|(i, c)| country(c, &format!("policy.countries[{i}]")))
        .collect()
}

/// Sets channel `id`'s rule, keeping the list sorted by id.
fn set_channel(channels: &mut Vec<(String, ChannelRule)>, id: String, rule: ChannelRule) {
    match channels.binary_search_by(|(k, _)| k.as_str().cmp(&id)) {
        Ok(at) => channels[at].1 = rule,
        Err(at) => channels.insert(at, (id, rule)),
    }
}

#[inline(never)]
fn read_categories(v: &Value) -> Result<Vec<(Category, Action)>, Error> {
    let f = policy_error;
    let mut categories: Vec<(Category, Action)> = Vec::new();
    for (name, action) in object(v, "policy.categories", f)? {
        let path = format!("policy.categories.{}", safe_key(name));
        let category = Category::parse(name).ok_or_else(|| {
            let all: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
            f(format!(
                "{path} is not a category (expected one of: {})",
                all.join(", ")
            ))
        })?;
        let action = action_of(action, &path)?;
        categories.retain(|&(c, _)| c != category);
        categories.push((category, action));
    }
    Ok(categories)
}

#[inline(never)]
fn read_sensitive(v: &Value) -> Result<Action, Error> {
    match action_of(v, "policy.sensitive")? {
        Action::Allow => Err(policy_error(
            "policy.sensitive must be \"block\" or \"redact\"".into(),
        )),
        a => Ok(a),
    }
}

#[inline(never)]
fn read_attachments(v: &Value) -> Result<AttachmentRule, Error> {
    let f = policy_error;
    let a = object(v, "policy.attachments", f)?;
    known_keys(a, "policy.attachments", &["block"], f)?;
    match a
        .get("block")
        .map(|v| string(v, "policy.attachments.block", f))
        .transpose()?
    {
        None | Some("sensitive") => Ok(AttachmentRule::Sensitive),
        Some("all") => Ok(AttachmentRule::All),
        Some("none") => Ok(AttachmentRule::None),
        Some(_) => Err(f(
            "policy.attachments.block must be \"sensitive\", \"all\" or \"none\"".into(),
        )),
    }
}

impl Policy {
    /// SHA-256 (hex) of the effective policy in canonical form: two policies
    /// that decide alike have the same digest, whatever order they were written in.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// The effective policy, defaults included, as JSON with sorted keys.
    pub fn canonical(&self) -> Value {
        // Maps filled by insert, not collected: a collected map sorts its
        // entries first, with a sort compiled for them alone. Values built
        // directly, not by `json!` (see `json::object_of`).
        let mut channels = Map::new();
        for (id, r) in &self.channels {
            let services = r.services.iter().map(|s| Value::from(s.as_str()));
            channels.insert(
                id.clone(),
                object_of(vec![
                    ("baa", Value::from(r.baa)),
                    ("services", Value::Array(services.collect())),
                ]),
            );
        }
        let countries = self.countries.iter().map(|c| match c {
            Country::Prefix(p) => Value::from(format!("+{p}")),
            Country::UnitedStates => Value::from("US"),
            Country::Canada => Value::from("CA"),
        });
        let mut categories = Map::new();
        for &c in Category::ALL {
            categories.insert(
                c.as_str().to_string(),
                Value::from(self.category_action(c).as_str()),
            );
        }
        let strings =
            |list: &[String]| Value::Array(list.iter().map(|s| Value::from(s.as_str())).collect());
        let block = match self.attachments {
            AttachmentRule::Sensitive => "sensitive",
            AttachmentRule::All => "all",
            AttachmentRule::None => "none",
        };
        object_of(vec![
            ("channels", Value::Object(channels)),
            ("countries", Value::Array(countries.collect())),
            (
                "allow",
                object_of(vec![
                    ("phones", strings(&self.allow_phones)),
                    ("domains", strings(&self.allow_domains)),
                    ("names", strings(&self.allow_names)),
                ]),
            ),
            ("categories", Value::Object(categories)),
            ("sensitive", Value::from(self.sensitive.as_str())),
            (
                "attachments",
                object_of(vec![("block", Value::from(block))]),
            ),
        ])
    }

    /// What happens to a finding of `category`: the policy's override, or the
    /// default (names and dates are allowed, everything else redacted).
    pub fn category_action(&self, category: Category) -> Action {
        self.categories
            .iter()
            .find(|&&(c, _)| c == category)
            .map(|&(_, a)| a)
            .unwrap_or(match category {
                Category::Name | Category::Date => Action::Allow,
                _ => Action::Redact,
            })
    }

    pub(crate) fn channel(&self, id: &str) -> Option<&ChannelRule> {
        self.channels
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .ok()
            .map(|at| &self.channels[at].1)
    }

    pub(crate) fn baa_note(id: &str) -> Option<&'static str> {
        known(id).map(|k| k.how)
    }

    /// Whether an E.164 number (digits only, no `+`) may be messaged.
    pub(crate) fn destination_allowed(&self, digits: &str) -> bool {
        self.countries.iter().any(|c| match c {
            Country::Prefix(p) => digits.starts_with(p.as_str()),
            Country::UnitedStates => nanp_area(digits).is_some_and(|a| {
                !CANADA_AREA_CODES.contains(&a) && !OTHER_NANP_AREA_CODES.contains(&a)
            }),
            Country::Canada => nanp_area(digits).is_some_and(|a| CANADA_AREA_CODES.contains(&a)),
        })
    }
}

fn nanp_area(digits: &str) -> Option<&str> {
    (digits.len() == 11 && digits.starts_with('1')).then(|| &digits[1..4])
}

fn action_of(v: &Value, path: &str) -> Result<Action, Error> {
    let text = string(v, path, policy_error)?;
    Action::parse(text)
        .ok_or_else(|| policy_error(format!("{path} must be \"allow\", \"redact\" or \"block\"")))
}

fn channel_rule(id: &str, decl: &Value, path: &str) -> Result<ChannelRule, Error> {
    let f = policy_error;
    let map = object(decl, path, f)?;
    known_keys(map, path, &["baa", "services"], f)?;
    let baa_value = map
        .get("baa")
        .ok_or_else(|| f(format!("{path}.baa is required")))?;
    let baa = boolean(baa_value, &format!("{path}.baa"), f)?;
    let catalog = known(id);
    if let Some(k) = catalog {
        if baa && k.coverable.is_empty() {
            return Err(f(format!("{path}.baa cannot be true: {}", k.how)));
        }
    }
    let services = match map.get("services") {
        Some(v) => {
            let path = format!("{path}.services");
            let mut out = Vec::new();
            for (i, s) in array(v, &path, f)?.iter().enumerate() {
                let at = format!("{path}[{i}]");
                let service = Service::parse(string(s, &at, f)?).ok_or_else(|| {
                    f(format!(
                        "{at} must be \"sms\", \"mms\", \"voice\" or \"fax\""
                    ))
                })?;
                if let Some(k) = catalog {
                    if !k.coverable.contains(&service) {
                        let can: Vec<&str> = k.coverable.iter().map(|s| s.as_str()).collect();
                        return Err(f(format!(
                            "{at}: a {} BAA can cover {} only",
                            k.id,
                            if can.is_empty() {
                                "nothing".to_string()
                            } else {
                                can.join(", ")
                            }
                        )));
                    }
                }
                if !out.contains(&service) {
                    out.push(service);
                }
            }
            crate::sort::sort(&mut out);
            out
        }
        None if !baa => Vec::new(),
        None => match catalog {
            Some(k) => k.coverable.to_vec(),
            None => {
                return Err(f(format!(
                    "{path}.services is required for a channel outside phigate's catalog"
                )))
            }
        },
    };
    Ok(ChannelRule {
        baa,
        services: if baa { services } else { Vec::new() },
    })
}

fn country(code: &str, path: &str) -> Result<Country, Error> {
    if let Some(digits) = code.strip_prefix('+') {
        if digits.is_empty()
            || digits.len() > 6
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || digits.starts_with('0')
        {
            return Err(policy_error(format!(
                "{path} must be a calling-code prefix such as \"+1\" or an ISO code such as \"US\""
            )));
        }
        return Ok(Country::Prefix(digits.to_string()));
    }
    match code.to_ascii_uppercase().as_str() {
        "US" => Ok(Country::UnitedStates),
        "CA" => Ok(Country::Canada),
        upper => CALLING_CODES
            .iter()
            .find(|(iso, _)| *iso == upper)
            .map(|(_, cc)| Country::Prefix((*cc).to_string()))
            .ok_or_else(|| {
                policy_error(format!(
                    "{path} is not a country phigate knows; use its calling-code prefix, e.g. \"+44\""
                ))
            }),
    }
}

/// The digits that identify a phone number: NANP numbers without their
/// leading 1, so `+1 (415) 555-0142` and `415.555.0142` compare equal.
pub(crate) fn phone_key(text: &str) -> String {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    match digits.strip_prefix('1') {
        Some(rest) if rest.len() == 10 => rest.to_string(),
        _ => digits,
    }
}

/// Names compare case- and accent-insensitively, with runs of spaces as one
/// and leading titles dropped, so an allowlisted `Dr. Patel` matches the
/// finding `Patel` in "Dr. Patel will call". Case is folded as the scanner
/// folds it, in ASCII after accents are folded: Unicode's case tables cost
/// the module 10.4 KB gzipped (397,202 → 386,803 bytes when they went), and
/// a name in another script that differs only by case is then redacted, not
/// allowed (fail closed).
pub(crate) fn name_key(text: &str) -> String {
    const TITLES: &[&str] = &[
        "dr", "dra", "doctor", "doctora", "nurse", "np", "pa", "pa-c", "rn", "lpn", "aprn", "md",
        "mr", "mrs", "ms", "miss", "mx", "sr", "sra", "srta",
    ];
    let folded = crate::normalize::Folded::new(text)
        .text
        .to_ascii_lowercase();
    let words: Vec<&str> = folded.split_whitespace().collect();
    let first = words
        .iter()
        .position(|w| !TITLES.contains(&w.trim_end_matches(['.', ','])))
        .unwrap_or(words.len());
    words[first..].join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_digest_is_the_digest_of_the_default_policy() {
        // DEFAULT_DIGEST saves hashing at start-up; when the defaults or
        // the canonical form change, this names the new value.
        let computed = Policy::defaults().computed_digest();
        assert_eq!(DEFAULT_DIGEST, computed, "set DEFAULT_DIGEST to {computed}");
        assert_eq!(Policy::default().digest(), computed);
        for same in ["{}", r#"{"channels": {}}"#, r#"{"countries": ["+1"]}"#] {
            assert_eq!(
                Policy::from_json(same).unwrap().digest(),
                computed,
                "{same}"
            );
        }
        let other = Policy::from_json(r#"{"sensitive": "redact"}"#).unwrap();
        assert_ne!(other.digest(), computed);
    }

    /// A policy setting every field: its canonical text and digest as the
    /// `json!`-built canonical form gave them, byte for byte.
    #[test]
    fn a_policy_setting_every_field_keeps_its_canonical_text_and_digest() {
        let policy = Policy::from_json(
            r#"{"channels": {"twilio": {"baa": true, "services": ["voice", "sms"]}, "acme-fax": {"baa": true, "services": ["fax"]}, "ringcentral": {"baa": false}},
 "countries": ["US", "CA", "+44", "mx"],
 "allow": {"phones": ["+1 (415) 555-0142"], "domains": ["*.Example.org"], "names": ["Dr. Jos\u00e9 Patel", "Ann \"Q\" Lee\ttab"]},
 "categories": {"name": "redact", "ssn": "block", "date": "allow"},
 "sensitive": "redact", "attachments": {"block": "all"}}"#,
        )
        .unwrap();
        assert_eq!(
            json::to_text(&policy.canonical()),
            r#"{"allow":{"domains":["example.org"],"names":["jose patel","ann \"q\" lee tab"],"phones":["4155550142"]},"attachments":{"block":"all"},"categories":{"account_number":"redact","address":"redact","age_over_89":"redact","condition":"redact","date":"allow","date_of_birth":"redact","device_id":"redact","email":"redact","fax":"redact","health_plan_id":"redact","ip_address":"redact","lab_result":"redact","license_number":"redact","medication":"redact","mrn":"redact","name":"redact","other_id":"redact","payment_card":"redact","phone":"redact","procedure":"redact","ssn":"block","url":"redact","vehicle_id":"redact","zip":"redact"},"channels":{"acme-fax":{"baa":true,"services":["fax"]},"imessage":{"baa":false,"services":[]},"messagebird":{"baa":false,"services":[]},"ohmd":{"baa":true,"services":["sms","mms"]},"rcs":{"baa":false,"services":[]},"ringcentral":{"baa":false,"services":[]},"sms":{"baa":false,"services":[]},"spruce":{"baa":true,"services":["sms","mms","voice","fax"]},"twilio":{"baa":true,"services":["sms","voice"]}},"countries":["US","CA","+44","+52"],"sensitive":"redact"}"#
        );
        assert_eq!(
            policy.digest(),
            "8d3bb1c0191717dc0a4b9c85dd88a53ae465d981852e2de5309a421a44a47f8c"
        );
    }
}
