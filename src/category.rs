//! The stable category and sensitivity names shared by Rust and JS.

use std::fmt;

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The stable string used in policies, findings and audit records.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }

            /// Parses the stable string; `None` when it names nothing.
            pub fn parse(text: &str) -> Option<$name> {
                match text { $($text => Some($name::$variant),)* _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

string_enum! {
    /// What kind of PHI a [`Finding`](crate::Finding) is.
    ///
    /// The first group are the HIPAA Safe Harbor identifiers, the second the
    /// clinical details that make a message reveal a person's health.
    Category {
        /// A person's name (patient, relative; clinicians are marked as such).
        Name = "name",
        /// A street address, PO box, unit, or city with its state.
        Address = "address",
        /// A ZIP or ZIP+4 code.
        Zip = "zip",
        /// A date of birth.
        DateOfBirth = "date_of_birth",
        /// Any other calendar date, e.g. an appointment date.
        Date = "date",
        /// An age over 89.
        AgeOver89 = "age_over_89",
        /// A telephone number.
        Phone = "phone",
        /// A fax number.
        Fax = "fax",
        /// An email address.
        Email = "email",
        /// A US Social Security number.
        Ssn = "ssn",
        /// A medical record number.
        Mrn = "mrn",
        /// A health plan member, subscriber or group ID, Medicare MBI, Medicaid ID.
        HealthPlanId = "health_plan_id",
        /// An account number.
        AccountNumber = "account_number",
        /// A payment card number.
        PaymentCard = "payment_card",
        /// A driver's licence, DEA, NPI or state licence number.
        LicenseNumber = "license_number",
        /// A VIN or licence plate.
        VehicleId = "vehicle_id",
        /// A device serial number, UDI or IMEI.
        DeviceId = "device_id",
        /// A web address.
        Url = "url",
        /// An IPv4 or IPv6 address.
        IpAddress = "ip_address",
        /// Any other unique number tied to a person (claim, case, accession, Rx, PA).
        OtherId = "other_id",
        /// A diagnosis or symptom tied to a person.
        Condition = "condition",
        /// A drug name, with or without dose.
        Medication = "medication",
        /// A test or procedure.
        Procedure = "procedure",
        /// A lab value or result.
        LabResult = "lab_result",
    }
}

string_enum! {
    /// The HL7 v3 confidentiality class a clinical finding may carry.
    Sensitivity {
        /// HIV/AIDS.
        Hiv = "hiv",
        /// Sexually transmitted disease.
        Std = "std",
        /// Mental health.
        Psy = "psy",
        /// Substance use.
        Eth = "eth",
        /// Reproductive health: pregnancy, abortion, contraception.
        Sex = "sex",
        /// Genetic disease or testing.
        Gdis = "gdis",
        /// Sexual or domestic violence.
        Sdv = "sdv",
    }
}

impl Category {
    /// One of the structured identifiers: not a name, not a clinical detail.
    pub(crate) fn is_identifier(self) -> bool {
        !matches!(
            self,
            Category::Name
                | Category::Condition
                | Category::Medication
                | Category::Procedure
                | Category::LabResult
        )
    }

    /// The placeholder that replaces a redacted span, e.g. `[SSN]`.
    pub fn placeholder(self) -> &'static str {
        match self {
            Category::Name => "[NAME]",
            Category::Address => "[ADDRESS]",
            Category::Zip => "[ZIP]",
            Category::DateOfBirth => "[DOB]",
            Category::Date => "[DATE]",
            Category::AgeOver89 => "[AGE]",
            Category::Phone => "[PHONE]",
            Category::Fax => "[FAX]",
            Category::Email => "[EMAIL]",
            Category::Ssn => "[SSN]",
            Category::Mrn => "[MRN]",
            Category::HealthPlanId => "[HEALTH_PLAN_ID]",
            Category::AccountNumber => "[ACCOUNT]",
            Category::PaymentCard => "[CARD]",
            Category::LicenseNumber => "[LICENSE]",
            Category::VehicleId => "[VEHICLE_ID]",
            Category::DeviceId => "[DEVICE_ID]",
            Category::Url => "[URL]",
            Category::IpAddress => "[IP]",
            Category::OtherId => "[ID]",
            Category::Condition => "[CONDITION]",
            Category::Medication => "[MEDICATION]",
            Category::Procedure => "[PROCEDURE]",
            Category::LabResult => "[LAB_RESULT]",
        }
    }
}
