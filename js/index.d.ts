// The JS API of phigate (docs/DESIGN.md). Names and strings match the Rust core.

/** What kind of PHI a finding is (HIPAA Safe Harbor identifiers, then clinical details). */
export type Category =
  | "name"
  | "address"
  | "zip"
  | "date_of_birth"
  | "date"
  | "age_over_89"
  | "phone"
  | "fax"
  | "email"
  | "ssn"
  | "mrn"
  | "health_plan_id"
  | "account_number"
  | "payment_card"
  | "license_number"
  | "vehicle_id"
  | "device_id"
  | "url"
  | "ip_address"
  | "other_id"
  | "condition"
  | "medication"
  | "procedure"
  | "lab_result";

/** HL7 v3 confidentiality class of a sensitive clinical finding. */
export type Sensitivity = "hiv" | "std" | "psy" | "eth" | "sex" | "gdis" | "sdv";

/** What happens to a message, or to one category of finding in it. */
export type Action = "allow" | "redact" | "block";

/** A service a channel offers and a BAA may cover. */
export type Service = "sms" | "mms" | "voice" | "fax";

/** One piece of PHI. `start`/`end` are UTF-16 offsets: `text.slice(start, end)`. */
export interface Finding {
  category: Category;
  start: number;
  end: number;
  sensitivity?: Sensitivity;
  /** A clinician's name (Dr., NP, Nurse ...), which a policy may allow. */
  clinician?: true;
  /** Allowlisted by the policy: never redacted. */
  allowed?: true;
}

export interface Attachment {
  /** MIME type, e.g. "image/jpeg". */
  contentType: string;
  name?: string;
}

export interface Message {
  /** Channel id, e.g. "twilio", "ohmd", "sms". */
  channel: string;
  body: string;
  /** Recipient in E.164, e.g. "+14155550123". */
  to?: string;
  purpose?: "treatment" | "operations" | "marketing";
  /** The recipient's consent to this kind of message is on record. */
  consent?: boolean;
  /** Files sent with the message, which make it MMS. */
  attachments?: Attachment[];
  /** Defaults to "mms" with attachments, else "sms". */
  service?: Service;
}

/** Stable codes of the rules that fired. */
export type ReasonCode =
  | "channel_unknown"
  | "channel_no_baa"
  | "service_not_covered"
  | "destination_invalid"
  | "destination_not_allowed"
  | "marketing_without_consent"
  | "sensitive_content"
  | "attachment_sensitive"
  | "attachment_not_allowed"
  | "category_blocked"
  | "phi_redacted"
  | "internal_error";

export interface Reason {
  code: ReasonCode;
  /** A sentence for people; never quotes the message. */
  message: string;
}

/** What may be logged about a verdict: never any text of the message. */
export interface AuditRecord {
  channel: string;
  service: Service;
  action: Action;
  reasons: ReasonCode[];
  /** Findings per category. */
  counts: Partial<Record<Category, number>>;
  /** Findings replaced in the body. */
  redacted: number;
  attachments: number;
  /** Body length in UTF-16 code units. */
  bodyLength: number;
  /** SHA-256 (hex) of the effective policy. */
  policyDigest: string;
  /** The phigate version that decided. */
  version: string;
}

export interface Verdict {
  action: Action;
  /** What may be sent: the original, the redacted text, or null when blocked. */
  body: string | null;
  findings: Finding[];
  reasons: Reason[];
  audit: AuditRecord;
}

export interface Redaction {
  text: string;
  /** Offsets into the original text. */
  findings: Finding[];
}

export interface ChannelPolicy {
  baa: boolean;
  /** Services the BAA covers; defaults to all the vendor's BAA can cover. */
  services?: Service[];
}

/** Overrides of the embedded default policy; unknown keys are an error. */
export interface Policy {
  channels?: Record<string, ChannelPolicy>;
  /** Calling-code prefixes ("+1", "+44") or ISO codes ("US", "CA"); default ["+1"]. */
  countries?: string[];
  /** The organization's own phones, domains and names: found but never redacted. */
  allow?: { phones?: string[]; domains?: string[]; names?: string[] };
  /** Per-category action; by default names and dates are allowed, the rest redacted. */
  categories?: Partial<Record<Category, Action>>;
  /** What sensitive clinical content does to a message; default "block". */
  sensitive?: "block" | "redact";
  /** Which attachments block a message; default "sensitive". */
  attachments?: { block?: "sensitive" | "all" | "none" };
}

/** The policy in force, defaults included, as `Filter.policy()` returns it. */
export interface EffectivePolicy {
  channels: Record<string, { baa: boolean; services: Service[] }>;
  countries: string[];
  allow: { phones: string[]; domains: string[]; names: string[] };
  categories: Record<Category, Action>;
  sensitive: "block" | "redact";
  attachments: { block: "sensitive" | "all" | "none" };
}

export type ErrorCode =
  | "PHIGATE_INVALID_POLICY"
  | "PHIGATE_INVALID_JSON"
  | "PHIGATE_INVALID_MESSAGE"
  | "PHIGATE_INVALID_INPUT"
  | "PHIGATE_INTERNAL"
  /** The browser entry was used before `await init()` finished. */
  | "PHIGATE_NOT_INITIALIZED"
  /** The core was asked to use a filter it had freed (the wrapper prevents this). */
  | "PHIGATE_FREED";

/** Every error phigate throws; its message names the field, never message text. */
export interface PhigateError extends Error {
  code: ErrorCode;
}

export declare class Filter {
  /** @throws {PhigateError} PHIGATE_INVALID_POLICY or PHIGATE_INVALID_JSON, naming the field (PHIGATE_NOT_INITIALIZED before init() in a browser). */
  constructor(policy?: Policy);
  /** SHA-256 (hex) of the effective policy. */
  readonly policyDigest: string;
  policy(): EffectivePolicy;
  /** @throws {PhigateError} PHIGATE_INVALID_INPUT, or PHIGATE_INTERNAL (never returns unchecked text). */
  scan(text: string): Finding[];
  /** @throws {PhigateError} PHIGATE_INVALID_INPUT, or PHIGATE_INTERNAL (never returns the text unredacted). */
  redact(text: string): Redaction;
  /** An internal error gives a block verdict. @throws {PhigateError} PHIGATE_INVALID_MESSAGE */
  check(message: Message): Verdict;
}

/** The phigate version. @throws {PhigateError} PHIGATE_NOT_INITIALIZED before init() in a browser. */
export declare function version(): string;

// The instance type of a global class, or `never` where the program's libs
// declare none: these declarations must check without the DOM lib (Node, workerd).
type GlobalInstance<K extends string> =
  typeof globalThis extends Record<K, abstract new (...args: never) => infer I> ? I : never;
type FetchResponse = GlobalInstance<"Response">;

/** Where the browser entry gets the WebAssembly module; by default the .wasm beside the entry file. */
export type InitSource =
  | string
  | GlobalInstance<"URL">
  | FetchResponse
  | PromiseLike<FetchResponse>
  | ArrayBuffer
  | ArrayBufferView;

/**
 * Loads the WebAssembly module. Browsers: `await init()` before the first
 * `new Filter()`; later calls return the same promise. In Node and workerd
 * phigate is ready at import and `init()` resolves at once (`source` is ignored).
 * Until it has resolved, `new Filter()` and `version()` throw PHIGATE_NOT_INITIALIZED.
 */
export declare function init(source?: InitSource): Promise<void>;
