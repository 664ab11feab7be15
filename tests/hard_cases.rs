//! The hard cases of names and clinical details, one per line: a text, and
//! for each marked span the category (and sensitivity) it must be found as,
//! or `-` for a span that must NOT be found as any finding. A text with no
//! span marked must come out with no finding at all.

use phigate::Filter;

/// (text with «spans», expectations in order: "category", "category/sensitivity" or "-" for must-not-find)
const CASES: &[(&str, &[&str])] = &[
    // A condition opening an institution's name names no one's diagnosis;
    // a sensitive one stays, and so does one before a word on no name.
    ("Ines Park, the «Heart Failure» Clinic moved to the 3rd floor", &["-"]),
    ("Tomas, the «Lupus» & «Arthritis» Center is closed Thursday", &["-", "-"]),
    ("Omar, check in at the «Stroke» & Neuroscience Institute lobby", &["-"]),
    ("Lena Ruiz: your visit at the «HIV Clinic» is 11/30 at 9", &["procedure/hiv"]),
    ("Lena Ruiz, your «Heart Failure» follow-up Clinic visit is 12/2", &["condition"]),
    // After a test's colon, a diagnosis alone stays a diagnosis: with its
    // measure in brackets (the result), or closing the clause after one comma;
    // a list of findings stays results.
    (
        "Mr. Fa'alogo, sleep study results: severe «obstructive sleep apnea» («AHI 42»).",
        &["condition", "lab_result"],
    ),
    (
        "Yolanda Pierce's DEXA: «T-score -2.7 at the hip», «osteoporosis». Start alendronate?",
        &["lab_result", "condition"],
    ),
    (
        "Echo for Hollis Tate: «EF 35-40%, mod MR, mild LVH». Starting Entresto",
        &["lab_result"],
    ),
    // Dotted initials by a bed: a unit's bed after them, a room's number
    // before them, or in brackets after a bed or room.
    ("page to MICU fellow: «T.W.» 8B MAP 58 x 15 min on levo", &["name"]),
    ("Lab: GC/CT NAAT on 8N-812 «J.H.» positive for chlamydia", &["name"]),
    ("Pt in 318 («T.W.») HR 148 irregular, monitor", &["name"]),
    ("Meeting moved to «A.M.» (see email)", &["-"]),
    // Injectable hormones mostly given in gender-affirming care, and
    // expedited partner therapy, are sensitive; an estradiol patch is not.
    (
        "Rowan, insurance approved the «testosterone cypionate 200 mg/mL»",
        &["medication/sex"],
    ),
    ("River Castellanos, your «estradiol valerate» teaching is 12/2", &["medication/sex"]),
    ("«EPT» for Yesenia Ortiz's partner: doxy 100 bid x7d", &["procedure/std"]),
    ("Morgan Tsosie referred for «gender-affirming voice therapy», 8 sessions", &["procedure/sex"]),
    ("Graciela, try the «estradiol patch» for the hot flashes", &["medication"]),
    // Tagalog's polite particle and its "if" are no names.
    ("Magandang umaga «po», Maricel Santos! Paalala", &["-"]),
    ("Tumawag sa Rosario Cruz «kung» hindi makakarating", &["-"]),
    // An analyte told as due or pending is a test, across a list and a copula.
    (
        "Nadia Rahman, «Iron» and «B12» are still pending",
        &["procedure", "procedure"],
    ),
    ("Hamid Karimi: your «ANC» is due this week", &["procedure"]),
    ("Hamid Karimi: your «potassium is 5.9»", &["lab_result"]),
    // An analyte listed after a test, with no value, is ordered with it;
    // with a value it is a result.
    (
        "Mr. Anselm Brodeur, fasting «renal panel» and «PTH» before your visit",
        &["procedure", "procedure"],
    ),
    ("Wen Li: «CBC», «ferritin» next week", &["procedure", "procedure"]),
    ("Wen Li: «CBC» and «ferritin 12»", &["procedure", "lab_result"]),
    // `mg/dL` is a unit, not a driver's licence's label before the next value.
    (
        "Rahel Tesfaye: «calcium 11.4 mg/dL», «PTH 142 pg/mL»",
        &["lab_result", "lab_result"],
    ),
    // A service named by where it is given is no one's procedure.
    ("«Infusion» bay 4 is closed today, Marta Lindgren will move the chairs", &["-"]),
    ("Call the «infusion» pharmacy for Dev Raman's delivery window", &["-"]),
    // Lay words for diabetes and its kidneys, as patients and staff text them.
    ("Omar Haddou called - «sugars running high» all week", &["condition"]),
    ("my dad Tomasz has «bad kidneys», is that safe", &["condition"]),
    // A condition named as a test by a panel or an antibody, then its
    // result; by a specimen or an assay the result takes the condition in.
    (
        "Ana Ruiz started Humira, «hep B panel» «neg», cleared",
        &["procedure", "lab_result"],
    ),
    ("Ruth Abernathy: «trich NAAT positive». Rx metronidazole", &["lab_result/std"]),
    // Spanish `cambia` (changes) is no migraine brand.
    ("Don Efraín, su diálisis «cambia» a lunes y viernes", &["-"]),
    // Substance-use screens by name and score, and a MAT group, are eth.
    (
        "Wojciech Zielinski - «DAST-10» done, «DAST 6», referred",
        &["procedure/eth", "lab_result/eth"],
    ),
    ("Trey Mullins, «MAT group» moved to Wednesdays 5pm", &["procedure/eth"]),
    // A condition tested by its antibody, or by its type's test.
    (
        "Darnell Pruitt needs «HIV screen», «HCV Ab» and blood cultures",
        &["procedure/hiv", "procedure"],
    ),
    ("New result for Jerome Baptiste: «HIV-1 RNA PCR». Log in", &["procedure/hiv"]),
    // A gestational age written as one token says a pregnancy.
    (
        "OB triage: Nia Gbadamosi, «G2P1» at «34w2d», BP 158/102",
        &["condition/sex", "condition/sex"],
    ),
    ("Locker «34w2» is Nia Gbadamosi's", &["-"]),
    // A bad knee is someone's trouble; a bad day is not a condition.
    ("Ms. Ogunleye, for your «bad knee», ice 20 minutes", &["condition"]),
    ("Ms. Ogunleye had a «bad» day, call her back", &["-"]),
    // Psychiatric signs staff and patients write are psy.
    (
        "BH consult for Rangi Tamatea: off lithium, «pressured speech», not sleeping",
        &["condition/psy"],
    ),
    ("been having «dark thoughts» again at night - Teodoro Abaya", &["condition/psy"]),
    // `Dr` after a lowercase word and before a capitalised one is a title,
    // not a drive; a street's `Dr` stays.
    (
        "Chidi, the 2 «polyps» Dr. Brennan removed were benign",
        &["condition"],
    ),
    ("Ana Diaz, mail it to «1234 Maple Dr.» Thanks", &["address"]),
    // A service, its staff or a code named for a condition names no one's.
    ("Dr Walsh wants Sorensen to see «diabetes» ed this wk", &["-"]),
    ("Bashir, you missed your allergy shot - «allergy» nurse Kim", &["-"]),
    ("Ms Halloran new facial droop since 0130, calling «stroke» alert", &["-"]),
    ("Mr Ito's «CKD» team will call", &["-"]),
    // A removed or sampled thing's diagnosis after a copula is its result; a
    // clause after a dash names the diagnosis.
    (
        "the 2 polyps removed during your colonoscopy «were tubular adenomas»",
        &["lab_result"],
    ),
    (
        "the spot we removed from your back «was a basal cell carcinoma»",
        &["lab_result"],
    ),
    (
        "your shave biopsy came back benign - it was a «seborrheic keratosis»",
        &["condition"],
    ),
    // Physical and occupational therapy by their capitals, where the words
    // around make them therapies; otherwise a patient.
    ("Dr. Ostrowski recommends «PT» x 6 wks before an MRI", &["procedure"]),
    ("«PT» 2x/wk x4 wks, shower chair + grab bars", &["procedure"]),
    ("«PT» and «OT evals» tomorrow, then discharge", &["procedure", "procedure"]),
    ("«PT» is asking for a callback about her meds", &["-"]),
    ("«PT»: Ruiz, bed 4, ambulating well", &["-"]),
    // Procedure codes: five digits in CPT's range in a bill or claim (not a
    // ZIP after its state), a `D` and four digits at a dentist's.
    (
        "Superbill for Dora Vance 11/24: «99214», «93000», dx I10",
        &["procedure", "procedure"],
    ),
    ("Ines Park's claim denied CO-197 (no auth) for «97110», rebill", &["procedure"]),
    ("claim address: 1234 Maple Ave, Springfield, IL «62704»", &["zip"]),
    (
        "Dental estimate for Rukhsana Begum: «D2391» x2 and «D0220», $45 total",
        &["procedure", "procedure"],
    ),
    ("Locker «D2391» is yours for the week", &["-"]),
    // A test read clear or unchanged; a prep's clear liquids are no result.
    ("QuantiFERON positive for Seble, CXR «clear», plan rifampin", &["lab_result"]),
    ("for your colonoscopy «clear» liquids only the day before", &["-"]),
    // A value trended after a result; not when to recheck.
    (
        "Rm 409 FSBG 42, gave D50 1 amp, «recheck 118». Holding glargine.",
        &["lab_result"],
    ),
    ("Point-of-care A1C today: 7.9%. «Down from 9.2»!", &["lab_result"]),
    (
        "K 3.1, KCl 40 mEq PO given 1400, recheck «2000». Mg 1.7, «recheck» «12/1»",
        &["-", "-", "date"],
    ),
    ("Retinal exam completion «up to 54%»; Q4 target is 60%", &["-"]),
    // When a value was drawn may stand between its analyte and it.
    ("Labs at 7:30. Your «ANC last week was 1,100», so we may delay", &["lab_result"]),
    // Tired, weak, sleepy: states of health when someone is so, not in a
    // figure of speech or a warning.
    ("mom has been so «weak» since the surgery", &["condition"]),
    ("baby is «sleepy» and not eating", &["condition"]),
    ("he's «tired» of waiting on hold", &["-"]),
    ("If you feel «weak» or your heart feels off, call 911", &["-"]),
    // Conditions and tests in the other languages clinics text in.
    ("paalala po: follow-up ni Jomar para sa kanyang «hika»", &["condition"]),
    ("Bé Minh có hẹn «siêu âm» ngày mai", &["procedure"]),
    ("Bonjou, pitit ou a gen randevou pou «vaksen grip» la", &["procedure"]),
    // IV fluids by their shorthand with a volume, a rate or a bolus.
    ("Ruiz 12: «NS 200 mL bolus» then «LR @ 125»", &["medication", "medication"]),
    ("«NS» is covering the floor tonight", &["-"]),
    // IPV is intimate partner violence in a message about a partner's harm,
    // the polio vaccine among shots.
    (
        "FLAG: Noor - text about appts only. «IPV», partner checks her phone.",
        &["condition/sdv"],
    ),
    (
        "Mateo's 2 mo shots today: DTaP, «IPV», Hib; your partner can stay in the room",
        &["procedure"],
    ),
    // Cytology and pathology readings by their standard names.
    ("Pap for Dana Ruiz: «ASC-US». Repeat in one year.", &["lab_result"]),
    ("Dana, your Pap was «NILM» (normal)", &["lab_result"]),
    ("FNA of Dana's thyroid nodule came back «Bethesda IV»", &["lab_result"]),
    ("Biopsy for Mr. Ruiz: adenocarcinoma, «Gleason 3+4=7»", &["lab_result"]),
    // A test of a pregnancy is reproductive care.
    ("Maria, your prenatal «glucose screen» is Monday", &["procedure/sex"]),
    // A one-word condition in the plural; plural tests are mostly notices.
    ("she has had «hernias» and «abscesses» before", &["condition", "condition"]),
    ("«vaccines» and «boosters» are free this Saturday", &["-", "-"]),
    // A culture growing, a resection's margins, a screening's score.
    ("lab called - blood cx «growing GPC in clusters», who's covering?", &["lab_result"]),
    ("frozen from OR 3: «margins neg», surgeon ok to close", &["lab_result"]),
    (
        "Thanks for filling out the PHQ-9 before your visit. Your «score was 16».",
        &["lab_result/psy"],
    ),
    ("after your MRI, your satisfaction «score was 9» out of 10", &["-"]),
    // Names in every case and shape.
    ("can u text «ana lopez» back", &["name"]),
    ("HI «MARIA», YOUR APPOINTMENT IS TOMORROW AT 2", &["name"]),
    ("Ms. «O'Brien» called about her results", &["name"]),
    ("Sra. «Smith-Jones» llamó", &["name"]),
    ("Hola «José Núñez», su cita es mañana", &["name"]),
    ("«Zoë» is scheduled for Monday", &["name"]),
    ("Dear Mr. «Nguyen»,", &["name"]),
    ("your daughter «Aisha» called", &["name"]),
    ("pt «Priya Raman» needs a refill", &["name"]),
    ("«Olumide», your stress test is Monday", &["name"]),
    ("please call «Fatima\nAl-Sayed» back", &["name"]),
    ("«Kenneth Ward» missed his visit", &["name"]),
    ("tell «Grace» her results are in", &["name"]),
    ("Hi «Hope», see you soon", &["name"]),
    // A clinic named after a place is no person; a given name keeps its surname.
    ("«Prairie Ridge»: your visit is Tuesday at 9", &["-"]),
    ("Walk-ins at all «Cedar Creek» locations", &["-"]),
    ("Hi «Ana Ridge», your visit is Tuesday", &["name"]),
    // A saint names a hospital; after a street's `St.` a name is a person's.
    ("the lab at St. «Anne»'s is out of network", &["-"]),
    ("Main St. «Anne» called about her refill", &["name"]),
    // Services a note goes between are no initials; staff initials are.
    ("«UC» -> «PCP»: saw Precious Dlamini today", &["-", "-"]),
    ("«dk» -> «mp»: lopez twins due for shots", &["name", "name"]),
    // A code after a listed procedure; coding tips name no patient (a period
    // inside a code ends no sentence).
    ("the in-lab PSG («95810») for Obinna", &["procedure"]),
    (
        "Coding tip: don't use E11.9 when documented - «E11.65» for «hyperglycemia»",
        &["-", "-"],
    ),
    // A patient placed in a room, then what they report or need.
    ("pt «gomez» in 5 c/o pain", &["name"]),
    ("«ruiz» in 3 needs a sitter", &["name"]),
    // A suffix or a chart label alone is no name.
    ("Sr. «DOB» 3/9/1958, «Jr». DOB 7/21/1986", &["-", "-"]),
    // A nurse's role is no name; the name after it is a clinician's.
    ("Your nurse «trainer» Teodora will see you Mon-Fri", &["-"]),
    (
        "Your nurse trainer «Teodora» will see you Mon-Fri",
        &["name/clinician"],
    ),
    // A title or the end of a greeting is no name of its own.
    ("Hola «doña» Rosa, su cita es mañana", &["-"]),
    (
        "Buenos «días» doña «Carmen», su cita es mañana",
        &["-", "name"],
    ),
    ("Hi «Dona», your visit is Monday", &["name"]),
    // A sender naming themself in lowercase; reply openers are no names.
    ("hi this is «rosa delgado», my mom has an appt", &["name"]),
    ("«Confirmed», see you then.", &["-"]),
    ("«Si» necesita intérprete, responda INT.", &["-"]),
    // Words that are names only in name context.
    ("«Will» you be able to come?", &["-"]),
    ("«Hope» you feel better", &["-"]),
    ("«Mark» your calendar", &["-"]),
    ("«Bill» is due on receipt", &["-"]),
    ("the «Grace» period ends soon", &["-"]),
    ("We hope to see you in «May»", &["-"]),
    ("Call the nurse «line» today", &["-"]),
    (
        "See you there at 7 PM, «Wade». Call with questions.",
        &["name"],
    ),
    ("Feel better, «Hope»!", &["name"]),
    ("Your visit is on Tuesday, «May».", &["-"]),
    ("We accept cash, checks, «Visa».", &["-"]),
    ("Texted «Maria Lopez» about the refill", &["name"]),
    ("Called «Bethany Rourke», no answer", &["name"]),
    ("Mrs. «Lê Thị Hoa» will need an interpreter", &["name"]),
    ("Hi Ms. «Le», your labs are ready", &["name"]),
    ("Member ID: «BCX 449 201 883»", &["health_plan_id"]),
    // Clinicians are found and marked.
    ("Dr. «Patel» will see you", &["name/clinician"]),
    ("NP «Alvarez» reviewed your chart", &["name/clinician"]),
    // Clinical details with their sensitivity.
    ("your «diabetes» follow-up", &["condition"]),
    ("hx of «HTN» and «CHF»", &["condition", "condition"]),
    ("start «metformin 500 mg bid»", &["medication"]),
    ("your «Eliquis 5mg» refill is ready", &["medication"]),
    ("your «Descovy» refill is ready", &["medication/hiv"]),
    ("your «Truvada» refill is ready", &["medication/hiv"]),
    ("your «Suboxone» refill is ready", &["medication/eth"]),
    ("your «Seroquel» refill is ready", &["medication/psy"]),
    ("your «Sprintec» refill is ready", &["medication/sex"]),
    ("are you still on «PrEP»?", &["medication/hiv"]),
    ("your «hCG» came back", &["procedure/sex"]),
    ("your «colonoscopy» is Monday", &["procedure"]),
    ("your «A1C 7.2%» is up", &["lab_result"]),
    ("your test «came back positive»", &["lab_result"]),
    // A verdict and what it is on are one result; a verdict on nothing listed stays short.
    (
        "your test «came back positive for chlamydia»",
        &["lab_result/std"],
    ),
    (
        "the CTA «was negative for PE» and the echo was fine",
        &["lab_result"],
    ),
    (
        "UDS «positive for fentanyl and oxycodone»",
        &["lab_result/eth"],
    ),
    ("the biopsy «showed no evidence of cancer»", &["lab_result"]),
    // A condition tested with its verb and verdict is one result; a test's name stays whole.
    (
        "your Pap was normal and «high-risk HPV was not detected»",
        &["lab_result/std"],
    ),
    (
        "your «rapid strep» «was negative»",
        &["procedure", "lab_result"],
    ),
    // Room air is no rheumatoid arthritis; staff business names no patient.
    ("SpO2 92% «RA», crackles at both bases", &["-"]),
    ("pt with «RA» on methotrexate", &["condition"]),
    (
        "All MAs: restock the rooms with «strep» kits before 8.",
        &["-"],
    ),
    ("«Sepsis» huddle 0745 in the 4E conf room.", &["-"]),
    (
        "Maria, your «strep test» kit is at the front desk",
        &["procedure"],
    ),
    // The shots of a well-child age.
    ("Jomar has his «4-month shots» on 12/7", &["procedure"]),
    (
        "Mateo tiene cita para sus «vacunas de los 4 años»",
        &["procedure"],
    ),
    ("«month shots» are due, see the schedule", &["-"]),
    // Genetic results; saturations (not Saturday).
    (
        "Lynch syndrome confirmed (MSH2 «pathogenic variant»)",
        &["lab_result/gdis"],
    ),
    ("pls check on him, «sats 88%» walking", &["lab_result"]),
    ("Flu clinic «Sat 8»-12", &["-"]),
    // A nucleic-acid test of a condition is a test.
    (
        "your «chlamydia NAAT» «was negative»",
        &["procedure/std", "lab_result/std"],
    ),
    // Devices and short names staff use.
    (
        "«K+ 6.1» on Halvorsen this am, redraw ordered",
        &["lab_result"],
    ),
    (
        "We ordered your «CPAP» through the supplier",
        &["procedure"],
    ),
    // What a test found is one result, a named diagnosis with its side or
    // size included; found by a person, it is a condition.
    ("your CT «shows right lower lobe pneumonia»", &["lab_result"]),
    ("the MRI «found a 6 mm microadenoma»", &["lab_result"]),
    ("his dad found «head lice» last night", &["condition"]),
    ("the «torn meniscus» is why your knee locks", &["condition"]),
    // Results told in words after their test; staff shorthand for findings.
    (
        "the polyp from your colonoscopy «turned out to be benign»",
        &["lab_result"],
    ),
    ("your STI screen «was all clear»", &["lab_result/std"]),
    ("Don't worry, it «looks good» to me", &["-"]),
    (
        "«FSBG 48» at 0600, «diaphoretic», gave «D50» 1/2 amp",
        &["lab_result", "condition", "medication"],
    ),
    (
        "s/p stroke w/ «R-sided weakness», needs «PT/OT»",
        &["condition", "procedure"],
    ),
    (
        "«crackles» at both bases, 3+ «pitting edema»",
        &["condition", "condition"],
    ),
    (
        "allergy panel «was positive» for something called alpha-gal",
        &["lab_result"],
    ),
    (
        "your «A1c went from 9.1 to 7.8», great work",
        &["lab_result"],
    ),
    (
        "your kidney function «is slightly decreased»",
        &["lab_result"],
    ),
    ("su «glucosa bajó de 180 a 120 mg/dL»", &["lab_result"]),
    ("your «A1c is 7.2% (was 8.1%» in March)", &["lab_result"]),
    ("«potassium 5.9, up from 5.1» last week", &["lab_result"]),
    (
        "your «weight today was 212 lb, down 8 lb» since May",
        &["lab_result"],
    ),
    ("«BP 150/95», 148/92 and 152/96", &["lab_result"]),
    ("su «presion alta»", &["condition"]),
    // Word boundaries: hives is not HIV, prep is not PrEP.
    ("you have «hives», take an antihistamine", &["condition"]),
    (
        "you have been feeling «dizzy» since starting the new «BP pill»",
        &["condition", "medication"],
    ),
    ("your potassium is low, so eat a «banana» a day", &["-"]),
    ("the «plantar wart» on your foot", &["condition"]),
    ("your «ERCP» is Tuesday at 8", &["procedure"]),
    ("sus resultados «salieron negativos»", &["lab_result"]),
    (
        "start the bowel «prep» at 6 PM for your colonoscopy",
        &["-"],
    ),
    ("«Flu shots» this week, walk in!", &["-"]),
    // Short terms in lowercase only when they mean nothing else.
    ("he has had «flu» symptoms since Monday", &["condition"]),
    ("your baby has «rsv», keep her hydrated", &["condition"]),
    ("your «eeg» is on Monday", &["procedure"]),
    ("the «pet» clinic next door", &["-"]),
    // Sensitive services named without a drug.
    (
        "your «therapy session» is moved to 3 PM",
        &["procedure/psy"],
    ),
    (
        "reminder: your «counseling intake» is tomorrow",
        &["procedure/psy"],
    ),
    ("your «IOP group» starts Monday", &["procedure/eth"]),
    ("the «methadone» clinic opens at 6 AM", &["medication/eth"]),
    ("your «STD clinic» visit is Friday", &["procedure/std"]),
    ("your «abortion» follow-up is next week", &["procedure/sex"]),
    (
        "your «gender-affirming care» visit is Monday",
        &["procedure/sex"],
    ),
    ("«SANE exam» done tonight", &["procedure/sdv"]),
    // Cancer screening is not reproductive-sensitive; an HPV result is std.
    ("your «Pap smear» is due", &["procedure"]),
    ("your «colposcopy» is Monday", &["procedure"]),
    // A list of conditions tested: each is a procedure with its class.
    (
        "your «gonorrhea» and «chlamydia tests» «were negative»",
        &["procedure/std", "procedure/std", "lab_result/std"],
    ),
    (
        "we will «test for gonorrhea», «chlamydia» and «syphilis» today",
        &["procedure/std", "procedure/std", "procedure/std"],
    ),
    (
        "su «resultado de VIH» «fue negativo»",
        &["procedure/hiv", "lab_result/hiv"],
    ),
    // Free-text results.
    (
        "your mammogram «showed an area that needs a closer look»",
        &["lab_result"],
    ),
    (
        "the CT showed kidney stones but «no blockage»",
        &["lab_result"],
    ),
    ("your culture «grew E. coli»", &["lab_result"]),
    ("your «thyroid levels are now normal»", &["lab_result"]),
    ("your «viral load» «is undetectable»", &["procedure/hiv", "lab_result/hiv"]),
    ("your home BP cuff logged «178/102» today", &["lab_result"]),
    (
        "your «potassium was 5.9 mmol/L, which is high»",
        &["lab_result"],
    ),
    ("el ultrasonido «mostró un nódulo pequeño»", &["lab_result"]),
    ("the MRI «shows a torn meniscus»", &["lab_result"]),
    // A plus sign before a condition, after its test, is its verdict; a
    // grade's plus is not.
    ("urine GC/CT NAAT «+ gonorrhea», chlamydia neg", &["lab_result/std"]),
    ("HSV PCR from the lesion «+ HSV-2»", &["lab_result/std"]),
    ("exam today: 2+ «bilateral LE edema»", &["condition"]),
    ("your flu shot + «COVID-19 booster» today", &["procedure"]),
    ("CXR «showing new RLL consolidation»", &["lab_result"]),
    ("Ana, your sugar drink test «came back at 152»", &["lab_result"]),
    ("Enrique: 4th gen «HIV Ag/Ab» nonreactive", &["procedure/hiv"]),
    ("Walter presenting at GU «tumor» board 12/3", &["-"]),
    // A three-letter term takes a plural in capitals, not in lowercase.
    ("Ana, hx of «TIAs» x2", &["condition"]),
    ("Ana, saludos a mis «tias»", &["-"]),
    ("pt Ana: «D&C» Friday, «T&S» sent", &["procedure/sex", "procedure"]),
    // A visual acuity with an eye word near it; a date is not one.
    ("Mateo's vision screen: «20/70» right eye, «20/40» left", &["lab_result", "lab_result"]),
    ("Ana, VA «20/60» OS today", &["lab_result"]),
    ("Ana, your eye visit is «11/20»", &["date"]),
    ("Ana, your «eye pressure was 28»", &["lab_result"]),
    // Staff shorthand for procedures; a short term glued to a number is an
    // ID's prefix.
    ("pt Orla: L upper back «shave bx» c/w melanoma, needs «WLE»", &["procedure", "procedure"]),
    ("pt Kofi: «TURBT» Friday, then «PSMA PET»", &["procedure", "procedure"]),
    ("your supply confirmation # «BX-40718822»", &["other_id"]),
    // Gynecologic conditions that are not about pregnancy, abortion or
    // contraception are unclassed; an ECG's ST depression is no mood.
    ("Ms. Boateng, your pelvic ultrasound: the «fibroids» haven't changed", &["condition"]),
    ("Graciela, the estradiol patch is for the «hot flashes»", &["condition"]),
    ("Ana, your period is late; the «missed period» may mean", &["condition/sex"]),
    ("ECG w/ «ST depression» V4-V6, impression NSTEMI", &["condition"]),
    // Bare therapy is talk therapy, unless the message is a body's repair.
    ("Ana, your «therapy session» moved to 3 PM", &["procedure/psy"]),
    ("Ana, your «therapy» is Tuesday with Dr. Lee", &["procedure/psy"]),
    (
        "Ana, your knee MRI shows a tear; Dr. Ro will go over arthroscopy vs «therapy»",
        &["procedure"],
    ),
    // A chart writes the body part before what is wrong with it.
    ("Pt Ruiz: fever, «neck stiff», photophobia", &["condition"]),
    ("bed 3 Ana: L «calf tender», r/o DVT", &["condition"]),
    // Inpatient shorthand: lines, drains, drips and events.
    (
        "bed 4 Okafor: «a-line» and «RIJ CVC» placed, on «bicarb gtt», «CRRT» tonight",
        &["procedure", "procedure", "medication", "procedure"],
    ),
    ("RRT for Mr. Lund, «SVT» to 190s, «DCCV» at bedside", &["condition", "procedure"]),
    ("your statement «shows» a balance of $45", &["-"]),
    ("demand «is high» this week, book early", &["-"]),
    ("it «is normal» to feel tired after the vaccine", &["-"]),
    ("es «normal» sentir dolor", &["-"]),
    (
        "Behavioral health: Caleb no-«showed» his therapy appt",
        &["-"],
    ),
    // Drugs: Spanish generics, supplements taken, class from the condition treated.
    ("su «inhalador de fluticasona» está listo", &["medication"]),
    ("le mandó «amoxicilina 500 mg»", &["medication"]),
    (
        "Dr. Osborne recommends «iron» and a recheck",
        &["medication"],
    ),
    ("press the «iron» flat", &["-"]),
    (
        "Dr. Stein sent «valacyclovir 1 g» for your «herpes outbreak»",
        &["medication/std", "condition/std"],
    ),
    ("«cold sores» again? use the cream", &["condition"]),
    ("started buprenorphine «8/12»", &["date"]),
    // Symptoms tied to a person; topics and places that are no one's.
    ("Bill is having «trouble swallowing»", &["condition"]),
    ("«Allergy» season is here!", &["-"]),
    ("join our free «diabetes» prevention class", &["-"]),
    ("the «infusion» center is on the 3rd floor", &["-"]),
    // Tests named by their analyte or abbreviation.
    ("Mr. Lee needs a redraw for the «potassium»", &["procedure"]),
    ("your «ANA» was positive", &["procedure"]),
    ("call back li mei about her «ct» results", &["procedure"]),
    ("Hi «Ana», your appointment is Monday", &["name"]),
    // Names: repeated parts, surnames that are words, street names.
    (
        "«Anne Ward»'s wife called; «Ward» is in room 4",
        &["name", "name"],
    ),
    ("«Evan Park»'s mom called", &["name"]),
    (
        "Reminder for «Jae-won Park»: «EGD» 10/3 6:45 AM",
        &["name", "procedure"],
    ),
    ("Hi «Grace Park», see you Monday", &["name"]),
    ("walk to Lincoln «Park», then turn left", &["-"]),
    // Surname particles join a name only when a surname follows them.
    ("Ms. «De La Cruz», your biopsy was benign", &["name"]),
    ("Mr. «Van der Berg» called about his INR", &["name"]),
    ("can u text «ana de la cruz» back", &["name"]),
    ("Hi «Omar bin Rashid», your refill is ready", &["name"]),
    (
        "Hola «Juan», la Dra. «Soto» lo llamará",
        &["name", "name/clinician"],
    ),
    ("parking for Lincoln «Park»: use the east lot", &["-"]),
    ("please bring «Grace» to her hearing screening", &["name"]),
    ("co-sign the note for «Victoria» (00661203)", &["name"]),
    ("vive en «215 Calle Luna, Apt 2»", &["address"]),
    (
        "Llame a la «Clínica San Rafael» o al «HOSPITAL SANTA ROSA».",
        &["-", "-"],
    ),
    ("HOSPICE RN «TERESA VU» HERE", &["name/clinician"]),
    ("June is «Men»'s Health Month", &["-"]),
    ("your bill in «May» was $40", &["-"]),
    // Readings without a number, drug classes, injuries, Spanish pain.
    ("your «A1c has improved to 6.8%»", &["lab_result"]),
    ("your «liver enzymes are mildly elevated»", &["lab_result"]),
    ("your echocardiogram «looks good»", &["-"]),
    ("Tuesday at 3 looks «good», see you then", &["-"]),
    ("stop taking «aspirin» 5 days before", &["medication"]),
    (
        "your «blood pressure medication» was refilled",
        &["medication"],
    ),
    (
        "your «ADHD medication» refill needs a visit",
        &["medication/psy"],
    ),
    (
        "do not use your «albuterol inhaler» before the test",
        &["medication"],
    ),
    ("we will start an «inhaler» at your visit", &["-"]),
    ("your father fell and «broke his hip»", &["condition"]),
    ("le «duele el pecho»", &["condition"]),
    (
        "pt «EtOH use», «CIWA protocol» started",
        &["condition/eth", "procedure/eth"],
    ),
    ("she got her «flu vaccine» today", &["procedure"]),
    ("your «IUD check» is on Friday", &["procedure/sex"]),
    ("your insurance is good through «December»", &["-"]),
    // Unlisted names before a person's verb; titles and pronouns are not names.
    ("«Priyamvada» called again about the refill", &["name"]),
    ("«Someone» called for you", &["-"]),
    // Wider acts of a person for a name-shaped word on no list; not a word
    // shaped like English, not a drug; a full name opening the clause.
    ("«Wairimu» dropped off the forms", &["name"]),
    ("«Bleeding» stopped after an hour", &["-"]),
    ("«Aroha Ngata» confirmed for 10:30", &["name"]),
    ("«Annual Wellness» confirmed for 10:30", &["-"]),
    // A listed surname after a word a note puts before a patient; not a
    // street after a place.
    ("K+ 6.1 on «Halvorsen» this am, prob hemolyzed", &["name"]),
    ("fasting labs for «Okafor» are back", &["name"]),
    ("the Walgreens on «Ponce» by the highway", &["-"]),
    // A name-shaped full name with a credential, or closing a notice's
    // `for`; a listed surname before its household (lowercase household
    // word only); a given name and an unlisted surname after what a note
    // does to a patient; a surname in a room before `when`.
    ("Will see 2x/wk. «Kiri Whaanga», OTR/L", &["name/clinician"]),
    (
        "Pre-op reminder for «Tupac Mamani»: nothing after midnight",
        &["name"],
    ),
    ("Reminder for «Open House»: bring the kids", &["-"]),
    ("Congratulations to the «Halvorsen» family!", &["name"]),
    ("«lopez» twins due for 2mo vax thurs", &["name"]),
    ("Welcome to «Parkview» Family Medicine", &["-"]),
    ("pls sched «bob whitehorse» for DEXA next wk", &["name"]),
    ("pls eyeball «gomez» in 5 when u round", &["name"]),
    // A lowercase listed name that is no English word at all, in every
    // piece, is a name bare; not a word's piece (`check-in`), a Spanish
    // text's word, an address's piece, or a surname notes use as a word.
    ("fyi «nguyen-tran» refused the CT again", &["name"]),
    ("is «begay» still npo? her lap chole got bumped", &["name"]),
    ("«adeyemi» UDS pos for fentanyl, SW aware", &["name"]),
    ("pls do the «check-in» at the kiosk", &["-"]),
    (
        "su prueba salió positiva. Quédese en casa 5 «dias» y tome líquidos",
        &["-"],
    ),
    // The whole mailbox spelled out is the address, not a name in it.
    (
        "send the forms to «tran dot minh at example dot net»",
        &["email"],
    ),
    (
        "fonoti sugars in the 300s all night, paged the «endo» fellow",
        &["-"],
    ),
    ("f/u en «julio», pls book it", &["-"]),
    // A name-shaped word joined by `and` to a person's name; the ʻokina
    // inside a name.
    ("«Farrukh» and «Gulnora» called about the twins", &["name", "name"]),
    ("«Monday» and «Gulnora» called", &["-", "name"]),
    ("«Pharmacy» and «Gulnora» called", &["-", "name"]),
    ("ʻ«Ana Taufa» and her mom «Losaline» are here", &["name", "name"]),
    // A plan's member or a denial marks an ID as the plan's; an auth
    // number stays another ID.
    (
        "Re: auth #«88320471» for member Hamid Rahimi («ZGW847330912»)",
        &["other_id", "health_plan_id"],
    ),
    ("Denial rec'd - Leilani Kealoha, ID «QHX902114587»", &["health_plan_id"]),
    // A date's month or a clinical term ends a name; a name-shaped full
    // name addressed before `I`.
    ("MRI for «Jonah Whitehorse» «Dec 2» - CKD 3b", &["name", "date"]),
    ("rm 21 «Brendan Doyle» «EtOH withdrawal», CIWA q4h", &["name", "condition/eth"]),
    ("le habla Lucía, enfermera de «BrightPath Home Health».", &["-"]),
    ("«Aroha Ngata», I'm so sorry for your loss.", &["name"]),
    // Inside parentheses a comma joins names too.
    (
        "Confirmed 3 for the class («Mendoza», «Abara», «Kowalczyk»). Room 2B.",
        &["name", "name", "name"],
    ),
    // A listed name after what a note does to a patient; a household.
    ("can someone resched «lin» for next wk", &["name"]),
    ("Room «Castellanos» next please, then the «Dube» kid", &["name", "name"]),
    ("pls book «max» dose for next wk", &["-"]),
    // A short term written like a listed name is the name, here signing
    // after a dash; a name signing with its department; `Summary:` no one.
    ("Offered 12/4 2pm, she took it. -«Tee»", &["name"]),
    ("- «Tee»", &["name"]),
    ("Call us with questions. «Oyelaran», front desk", &["name"]),
    ("«Lena Park», MS, CGC will call you this week", &["name/clinician"]),
    // Given names and surnames of communities the public lists hardly cover.
    ("«Ngozi Okeke» called about the refill", &["name"]),
    ("saw «Tevita Fifita» for his wound check", &["name"]),
    ("PT: saw «Olu Bankole» 4N-11 POD1 s/p L TKA", &["name"]),
    ("A new result is available for «RAVI SUBRAMANIAM». Log in to view.", &["name"]),
    ("Your «MRI» is at «RADIOLOGY» today.", &["procedure", "-"]),
    ("«Shirin Moradi»: your urine culture grew E. coli", &["name"]),
    ("PA approved for Ozempic («Rangi Parata») thru 11/25", &["name"]),
    ("Meet at the lobby - «Pharmacy» is closed", &["-"]),
    ("«Summary»: your blood pressure is above goal", &["-"]),
    // Greetings of the communities a clinic serves; a greeting's own words,
    // a holiday's eve and a named room are no one.
    (
        "«Kia» ora «Wiremu Te Rangi», your B12 injection is due",
        &["-", "name"],
    ),
    ("Sites close early Christmas «Eve». Happy holidays!", &["-"]),
    ("Who has the key to the «Baker Room»?", &["-"]),
    // A condition's verdict after its subtype or specimen, or a plus sign
    // glued to it or after its specimen; not a symptom marked present, a
    // test named then its copula's verdict, or HIV status.
    ("«flu A pos», started tamiflu", &["lab_result"]),
    ("«C diff toxin +», start PO vanc", &["lab_result"]),
    ("baby «RSV+» on HFNC", &["lab_result"]),
    ("«MRSA swab neg», ok to d/c contact precautions", &["lab_result"]),
    ("«SOB» + «chest tightness» since am", &["condition", "condition"]),
    ("your «syphilis screen» «was reactive»", &["procedure/std", "lab_result/std"]),
    ("pt «VIH»+ en tratamiento", &["condition/hiv"]),
    // A general reminder or a Spanish "did you know" speaks in general.
    (
        "Recordatorio general: la clínica de «vacunas contra la gripe» será el sábado.",
        &["-"],
    ),
    ("¿Sabía que el «asma» puede empeorar en invierno?", &["-"]),
    // A patient who meets criteria is no general statement.
    ("Meets «sepsis» criteria, need orders pls", &["condition"]),
    ("Semaglutide «PA criteria» now BMI 30+", &["-"]),
    // Results told in words after their test.
    ("your mammogram «needs extra views», nothing to worry about yet", &["lab_result"]),
    ("the polyps from your colonoscopy «were hyperplastic»", &["lab_result"]),
    // Capitals that are a sensitive condition only after what a note says
    // of a patient.
    ("ED SW: pt disclosed «IPV» by partner, going to shelter", &["condition/sdv"]),
    ("Hi Maria, shots due: DTaP, «IPV» and Hib", &["procedure"]),
    ("on 1:1 for «SI» w/ plan, no belts in room", &["condition/psy"]),
    ("hx MDD w/ «SI», 1:1 sitter", &["condition/psy"]),
    ("«SI» NECESITA INTERPRETE, RESPONDA INT", &["-"]),
    // A test's reading word before its verdict; a blood type's Rh factor.
    ("wrist «XR» prelim «neg», rad final pending", &["procedure", "lab_result"]),
    ("you are «Rh negative», so you'll get RhoGAM", &["lab_result"]),
    ("BLOOD DRIVE: «O NEGATIVE» DONORS NEEDED. WALK-INS WELCOME.", &["-"]),
    ("«T 102» overnight, cultures sent", &["lab_result"]),
    ("DKA: «pH 7.12», AG 24", &["lab_result"]),
    ("call «ph» 312-555-0147", &["-"]),
    // Vital signs as charts write them; not a type or a weekday.
    ("«T 38.6» at 0200, «Tmax 103» overnight", &["lab_result", "lab_result"]),
    ("«MAP 62»-68 on pressors, «sat 94%» RA", &["lab_result", "lab_result"]),
    ("«T 2» DM clinic moved to «Sat 9» am", &["-", "-"]),
    // Inpatient shorthand: drugs, drips, findings and bedside tests.
    (
        "gave «dex 12 mg» IV and «Ca gluc 1 g», «peaked T waves» on the strip",
        &["medication", "medication", "condition"],
    ),
    ("«dex» pack from the pharmacy", &["-"]),
    (
        "«septic shock», on «norepi 0.12 mcg/kg/min» and «vaso 0.04»",
        &["condition", "medication", "medication"],
    ),
    (
        "«LP» done, «gram stain» pending, «Tmax 103»",
        &["procedure", "procedure", "lab_result"],
    ),
    // An interpreter is named like a relative; a language after a comma is not.
    ("Interpreter «Awale» will join the call", &["name"]),
    (
        "bed 7 needs interpreter, «Vietnamese». Family is on the way.",
        &["-"],
    ),
    (
        "Buenos días «Sra». «Itzel Xiu», su cita es mañana",
        &["-", "name"],
    ),
    // A diagnosis-code list goes on without its label; closure dates are no one's.
    ("dx E11.9 type 2 diabetes and «I10» HTN", &["condition"]),
    ("E11.9 and room «B12»", &["-"]),
    (
        "Holiday hours: billing phones are closed «12/24» and «12/25».",
        &["-", "-"],
    ),
    ("Your appt on «12/24» was moved", &["date"]),
    (
        "Hope your holidays are restful! Offices close at noon on «Dec 24» and reopen «Dec 26».",
        &["-", "-"],
    ),
    ("La clínica estará cerrada el «1 de enero».", &["-"]),
    ("La «vacuna de la gripe» ya llegó.", &["-"]),
    ("Él necesita la «vacuna de la gripe».", &["procedure"]),
    (
        "Ana, we're closed «12/24»; your visit moved to «12/27»",
        &["-", "date"],
    ),
    // A full date of the last century is a birth date, whatever its label.
    (
        "PT: NGUYEN, THANH. DOB ON FILE «04/02/1988»",
        &["date_of_birth"],
    ),
    ("verified «7/14/58» for Mr. Ruiz", &["date_of_birth"]),
    ("Jaylen's form is signed. DOB on the form is «3/14/2015».", &["date_of_birth"]),
    // The day someone turns an age is their birthday.
    ("Kalani turns 4 on «Dec. 9»! Time to book the checkup", &["date_of_birth"]),
    ("Conceição, since you turn 65 on «January 21», you're due", &["date_of_birth"]),
    ("Don Ramón cumple 80 el «3 de mayo»", &["date_of_birth"]),
    ("Kalani's checkup is on «Dec. 9»", &["date"]),
    ("DOB 4/19/1961, appt on «12/3»", &["date"]),
    // Months in the other languages of a clinic's patients, and days
    // spelled as ordinals; a month word counts only with its day or year.
    ("randevou ou se «12 desanm» a 10è", &["date"]),
    ("Przypominamy o wizycie «15 grudnia» o 14:30", &["date"]),
    ("foi remarcada para «3 de dezembro» às 15h", &["date"]),
    ("ang inyong appointment ay sa «Disyembre 4», 9:30", &["date"]),
    ("Tanpri konfime dat nesans li se «3 oktòb 2020»", &["date_of_birth"]),
    ("your surgery is on the «fourteenth of January»", &["date"]),
    ("she was born on the «twenty-first of May»", &["date_of_birth"]),
    ("«Marco» will call you back", &["name"]),
    ("«Will» from the Lakota language line will call you at 3", &["name"]),
    ("this is «rusty» at checkout", &["name"]),
    ("holaa «yessenia» aqui «karen» de recepcion, tu mami dejo sus lentes", &["name", "name"]),
    // Inpatient notes: a patient status post, in a bed, by initials.
    ("PACU: «Okonkwo» s/p ORIF, SBP 190s", &["name"]),
    ("fyi 91 yo «F» s/p mechanical fall at home", &["-"]),
    ("MICU rounds bed 6 «Ferreira»: septic shock", &["name"]),
    ("need a bed for «M.K.», TURBT, CBI running", &["name"]),
    ("can 5W take «J.B.» from PACU?", &["name"]),
    ("for «U.S.» citizens only", &["-"]),
    ("su sesión con la Lic. «Ocampo» es hoy", &["name/clinician"]),
    // Honorifics and greetings of a clinic's communities are no names.
    ("Hi po Tita «Marites», Tito «Bong»'s x-ray was clear", &["name", "name"]),
    // A listed surname first in capitals, then a given name on no list or
    // an initial, after a word that expects a person.
    ("FOLLOW UP: «IBRAHIM, AMINU» - Hausa speaker, missed sleep study", &["name"]),
    ("Rx #7730192 for «GARCIA, L» is ready for pickup", &["name"]),
    ("NOTE: «PLEASE, CALL» the front desk", &["-"]),
    // Names in other scripts: after a title, greeting or relative, listed
    // (Arabic), read back from the title after them (Chinese, Korean), or
    // capitalised inside a sentence (Cyrillic).
    (
        "مرحبا «زينب»، موعدك مع الدكتور «حداد» يوم 9 ديسمبر. أحضري ابنك «يوسف»",
        &["name", "name/clinician", "name"],
    ),
    ("«黄志强»先生：您的账户余额为$15。", &["name"]),
    ("提醒«王»医生明天上午的会议", &["name/clinician"]),
    ("«박서연»님, 12월 3일 오전 10시 예약을 알려드립니다.", &["name"]),
    ("담당 «선생»님께 문의하세요", &["-"]),
    (
        "Добрий день, «Оксана Гриценко»! «Нагадуємо» про прийом у лікаря «Мельник»",
        &["name", "-", "name/clinician"],
    ),
    // In Vietnamese a name follows a kinship or courtesy word; the short
    // words of the language that name lists hold are no names.
    (
        "Chào chị «Hương», bé «Minh Khang» có hẹn với bác sĩ «Lê». «Xin» «mang theo» sổ tiêm «chủng».",
        &["name", "name", "name/clinician", "-", "-", "-"],
    ),
    ("Chào chị «Nguyễn Thị Lan», lịch hẹn của chị", &["name"]),
    ("Xin chào ông «Tuấn», lịch hẹn của ông", &["name"]),
    ("«Buenas», soy Domingo de recepción", &["-"]),
    ("Thx!\n«Dustin», Patient «Accounts»", &["name", "-"]),
    ("«Hospitalist», re bed 17: DKA", &["-"]),
    ("COFA migrants (Marshall «Islands», FSM, Palau)", &["-"]),
    ("Dzień dobry, Pani «Agnieszka Kowalczyk».", &["name"]),
    ("the «first» of many visits", &["-"]),
    ("quedó para el «18 de diciembre» con el Dr. Okafor", &["date"]),
    ("Incapacidad laboral del 3/11 al «17/11».", &["date"]),
    ("«Pharm» called re early fill on Brandon's oxycodone", &["-"]),
    // A policy's date is no one's, a person's coverage date is theirs.
    ("open enrollment ends «Dec 15». Employees, review your elections.", &["-"]),
    ("Esteban, su Medi-Cal fue renovado, vigente hasta «11/30/2027».", &["date"]),
    ("appt «12/05/26» at 9", &["date"]),
    ("last 4 of SSN «7 7 0 2» verified", &["ssn"]),
    ("on a scale of 0-10, a «5/10» means it hurts", &["-"]),
    (
        "drawn before your «12/15» visit so Dr. Anand can review",
        &["date"],
    ),
    (
        "mailed to 1408 Ridgeback Rd, Boise, ID «83706». Questions?",
        &["zip"],
    ),
    ("Member ID «83706» is active", &["health_plan_id"]),
    (
        "we couldn't charge your card for your «9/29» balance of $64.10",
        &["date"],
    ),
    ("take «1/2» of a tab at night", &["-"]),
    // Results in staff shorthand, titers, screens; vaccines named by their disease.
    (
        "peds f/u: «rapid strep» «neg», mom wants a callback",
        &["procedure", "lab_result"],
    ),
    ("Kai, your «strep negative» result is in", &["lab_result"]),
    (
        "Priyanka - «ANA positive 1:320», «ESR 42»",
        &["lab_result", "lab_result"],
    ),
    (
        "her «hearing screen» «did not pass» in the right ear",
        &["procedure", "lab_result"],
    ),
    ("the bus did «not pass» the stop", &["-"]),
    ("hold metformin x48h post CT, «cr 1.6»", &["lab_result"]),
    ("le toca la «vacuna contra la neumonía»", &["procedure"]),
    ("Maria needs her «HPV vaccine» dose 2", &["procedure"]),
    ("Maria needs her «mpox vaccine»", &["procedure"]),
    (
        "su hijo necesita la «vacuna contra la hepatitis B»",
        &["procedure"],
    ),
    (
        "your «allergy blood test» was positive for peanut",
        &["procedure"],
    ),
    (
        "Your follow-up «hCG» is «12/12»; call us",
        &["procedure/sex", "date"],
    ),
    // Therapy and counseling that are not mental health; recovery services.
    ("your «hormone therapy» refill is ready", &["procedure"]),
    ("your «speech therapy» starts Monday", &["procedure"]),
    ("«Financial counseling» can help with your bill", &["-"]),
    ("Please call Lena, our genetic «counselor»", &["-"]),
    (
        "su «cita con el psicólogo» es el martes",
        &["procedure/psy"],
    ),
    ("your «AA sponsor» called", &["procedure/eth"]),
    ("your «nicotine patches» are ready", &["medication"]),
    // A body part and what is wrong with it, in English and Spanish.
    ("Maria has «gallbladder pain» at night", &["condition"]),
    ("Juan tiene «hinchazón en los tobillos»", &["condition"]),
    ("«kidney stones» again, per Ana", &["condition"]),
    // Readings: a finding with its size, drifting values, and changes of what is no test.
    (
        "your thyroid ultrasound «showed a 1.2 cm nodule»; Dr. Ferreira wants a biopsy",
        &["lab_result"],
    ),
    (
        "your «sugars have been running around 250»",
        &["lab_result"],
    ),
    ("Kai's «lead level came back at 3»", &["lab_result"]),
    (
        "Her Eliquis copay «went up» and she can't afford it",
        &["-"],
    ),
    ("we are «running about 20» minutes behind", &["-"]),
    ("Your mammogram was «BI-RADS 2», benign", &["lab_result"]),
    ("your «pap» is due; NPO is not needed", &["procedure"]),
    ("fyi bed 12 is NPO after mn for «egd»", &["procedure"]),
    ("my «pet» is sick", &["-"]),
    ("your 24-hour urine «showed high oxalate»", &["lab_result"]),
    ("your DEXA «T-score was -2.7»", &["lab_result"]),
    (
        "revisó su radiografía de tórax: «no hay neumonía»",
        &["lab_result"],
    ),
    ("Siga descansando por la «tos»", &["condition"]),
    ("pt rm 12 c/o «SOB», pls get a BNP", &["condition"]),
    ("what a «sob» story", &["-"]),
    // Unlisted words with a diagnosis or procedure ending.
    ("Ana has «tenosynovitis» in her wrist", &["condition"]),
    ("your «blepharoplasty» is Monday", &["procedure"]),
    ("your «diagnosis» and «prognosis» are good", &["-", "-"]),
    ("the «sympathy» card is in the break room", &["-"]),
    (
        "su «hemoglobina A1c salió en 9.2%», ajustamos",
        &["lab_result"],
    ),
    (
        "su colesterol malo («LDL) está en 168», empiece",
        &["lab_result"],
    ),
    ("A1c («8/12»)", &["date"]),
    ("install a back «pressure» valve", &["-"]),
    ("Lucy has «pain in her left knee»", &["condition"]),
    ("any «numbness in your feet»?", &["condition"]),
    ("parking here is a «pain in the neck»", &["-"]),
    ("wear red for «heart» month", &["-"]),
    // Health tips speak in general; a person in the sentence makes it theirs.
    (
        "Spring «allergies» can cause sneezing, «itchy eyes» and even «hives».",
        &["-", "-", "-"],
    ),
    ("This is common with fluid after a «cold».", &["-"]),
    (
        "Maria's «diabetes» raises her risk of «kidney disease»",
        &["condition", "condition"],
    ),
    ("«HIV» is common; testing is free", &["condition/hiv"]),
    (
        "Did you know? Regular «colonoscopies» starting at 45 can prevent «colon cancer».",
        &["-", "-"],
    ),
    (
        "Maria, the «shingles vaccine» is recommended for you",
        &["procedure"],
    ),
    ("Hurricane «safety plan» is posted in the lobby", &["-"]),
    (
        "Ana, let's review your «safety plan» on 12/3",
        &["procedure/psy"],
    ),
    // Partner treatment reveals an STI behind an unnamed result or drug.
    (
        "your results «were positive»; pick up «azithromycin 1 g» and have your partner treated",
        &["lab_result/std", "medication/std"],
    ),
    (
        "your «amoxicillin» is ready; bring your partner's card",
        &["medication"],
    ),
    // Campaigns are no one's health, sensitive or not.
    ("May is «Mental Health» Awareness Month", &["-"]),
    ("«HIV» Awareness Day: free testing Friday", &["-"]),
    ("«Walk-in» clinic hours have changed", &["-"]),
    // Symptoms reported for a person; the banking sense is not listed.
    (
        "Pt Lee reports «night sweats» and «blurry vision»",
        &["condition", "condition"],
    ),
    ("su hijo tiene «escalofríos»", &["condition"]),
    ("a «withdrawal» of $40 from your account", &["-"]),
    ("Pt Lee: your «skin check» is Monday", &["procedure"]),
    // Drugs by their lay class names.
    (
        "Pt Lee: your «blood thinner» refill is ready",
        &["medication"],
    ),
    (
        "sus «pastillas para la presión» están listas",
        &["medication"],
    ),
    ("your «prenatal vitamins» are ready", &["medication/sex"]),
    ("the «opioid» crisis affects many families", &["-"]),
    // Result statements in words (the issue's examples and their family).
    ("your labs were «within normal limits»", &["lab_result"]),
    ("your mammogram «needs a closer look»", &["lab_result"]),
    ("the car «needs a closer look» at the shop", &["-"]),
    ("your Pap «was WNL»", &["lab_result"]),
    ("your results «were inconclusive»", &["lab_result"]),
    ("your test «was borderline»", &["lab_result"]),
    ("your A1C is «in the prediabetes range»", &["lab_result"]),
    ("sus resultados «salieron bien»", &["lab_result"]),
    ("todo «salió bien» con su pago", &["-"]),
    // A word-name owning what only a person has.
    ("«Summer»'s test results are in", &["name"]),
    ("«Bill»'s appointment is Monday", &["name"]),
    ("«May»'s appointments are full", &["-"]),
    // A quote mark closing the message after a name (used to panic).
    ("Hi «Maria»'", &["name"]),
    ("thanks «Maria Lopez»'", &["name"]),
    // In a message in capitals case tells nothing: listed names, or words
    // shaped like names with a cue; not verbs, contractions, credentials,
    // compounds or nouns after `the nurse`.
    (
        "REMINDER: «DRAGAN PETROVIĆ» «NERVE CONDUCTION STUDY» 12/15",
        &["name", "procedure"],
    ),
    (
        "SRA. «ESPERANZA TAPIA»: NO «USE DESODORANTE» NI CREMA.",
        &["name", "-"],
    ),
    (
        "HI «XOCHITL TLATELPA», YOUR APPOINTMENT IS MONDAY",
        &["name"],
    ),
    (
        "SENT TO «ED». PLEASE FINISH «E-CHECK-IN» BY 5.",
        &["-", "-"],
    ),
    (
        "CALL THE NURSE «LINE»; THE NURSE «WILL» CALL YOU.",
        &["-", "-"],
    ),
    (
        "YOU'RE «BOOKED» WITH DR. «OYELARAN» ON MONDAY.",
        &["-", "name/clinician"],
    ),
    (
        "PLEASE CALL, «DON'T» TEXT IT. PT «NEEDS WHEELCHAIR».",
        &["-", "-"],
    ),
    ("«PA CASE» IS PENDING WITH THE PLAN", &["-"]),
    (
        "NURSE «BROWN»: PT «TYRELL BROWN» NEEDS HIS INHALER",
        &["name/clinician", "name"],
    ),
    (
        "«LINDIWE DUBE»: WE RECEIVED YOUR RECORDS REQUEST",
        &["name"],
    ),
    ("«GRISHA»'S SSN IS ON FILE", &["name"]),
    ("«IKAIKA», THE X-RAY IS NORMAL", &["name"]),
    (
        "REMINDER FOR «JAE-WON PARK»: FASTING AFTER MIDNIGHT",
        &["name"],
    ),
    ("ASK FOR «RUI», THE PHARMACIST.", &["name/clinician"]),
    // A lab value after a name is no part of it.
    (
        "FYI «Hae-won Lim» «K 3.1», Mg 1.5. called pt",
        &["name", "lab_result"],
    ),
    (
        "pt «Omar Haddad» «Hgb 7.9» this am",
        &["name", "lab_result"],
    ),
    // Relatives as staff notes write them.
    ("dtr «carmen» wants to talk to dr b4 d/c", &["name"]),
    ("hubby «tomas» called, will bring her at 3", &["name"]),
    ("dtr «will» call back after work", &["-"]),
    // An unlisted lowercase name after a title or `pt`, when a person's cue follows.
    ("add him to dr «oduya»'s 3:40 tmrw", &["name/clinician"]),
    ("dr «ramanathan» - trop up to 0.09", &["name/clinician"]),
    (
        "pt «ifeanyi» in lobby, says he was told to come fasting",
        &["name"],
    ),
    ("dtr «abeni» wants to talk to dr b4 d/c", &["name"]),
    ("pls let dr «know». thx", &["-"]),
    ("pt «states» she fell at home", &["-"]),
    ("pt «still» in lobby, «waiting» on ride", &["-", "-"]),
    ("«pt» in room 4 needs a «wheelchair»", &["-", "-"]),
    ("hx «ms» «flare», mild «mr»", &["-", "-", "-"]),
    (
        "dr «kaiser»'s office called; pt «lasix» in rm 4",
        &["-", "medication"],
    ),
    (
        "pt has dr «televisit», then dr «huddle» is at 3",
        &["-", "-"],
    ),
    // A lowercase listed name placed in the clinic.
    ("fyi «babajide» in bed 12 is NPO after mn", &["name"]),
    ("«joseph» in rm 7 s/p fall", &["name"]),
    ("«marisol reyes» in the lobby, needs interpreter", &["name"]),
    ("«walker» in room 4, «supplies» in rm 7", &["-", "-"]),
    ("«max» in room 4 by 9", &["-"]),
    // A lowercase double-barrelled name, every piece listed, after `for`.
    ("hold metformin for «delgado-ruiz» x48h", &["name"]),
    (
        "sign up for «walk-in» flu shots or for «follow-up»",
        &["-", "-"],
    ),
    // A register name in capitals, surname first, also in a mixed-case note.
    (
        "dr «ramanathan» - «BOUCHARD, CLAUDE» MRN «7720416»",
        &["name/clinician", "name", "mrn"],
    ),
    ("PICKUP: «HALVORSEN, INGRID M» - READY", &["name"]),
    (
        "our offices in Lincoln «PARK, CA» and «JONES, MD»",
        &["-", "-"],
    ),
    // The person addressed, opening the message: a month name before the
    // sender's introduction, two unlisted words before `, your`.
    (
        "«April», this is Nurse «Ofelia» from neurology.",
        &["name", "name/clinician"],
    ),
    ("In «April», this is when we close early", &["-"]),
    ("«April», May and June are our busiest months", &["-"]),
    ("«Sokha Chhim», your visual field test is Dec 23", &["name"]),
    ("«Open Enrollment», your plan choices are due", &["-"]),
    ("«Flu Season», you can get a shot any weekday", &["-"]),
    // A given name as the subject of a note: got in touch from a place;
    // lowercase and listed, addressed at the start, before a person's verb,
    // after a header.
    (
        "«grace» from rehab called, mr «jovanovic» fell",
        &["name", "name"],
    ),
    ("«Will» from billing is calling you back", &["name"]),
    ("peds f/u: «matteo» rapid strep neg", &["name"]),
    ("«maria» needs a refill of her inhaler", &["name"]),
    (
        "«Results» from rehab came in; the «grace» period ends",
        &["-", "-"],
    ),
    ("«kwame mensah», you are due for your a1c", &["name"]),
    ("reminder: «nguyen thi lan» has a colonoscopy", &["name"]),
    (
        "«max», your dose is 2 tabs; «rose», your refill is ready",
        &["-", "-"],
    ),
    ("dose: «max» 3 tabs a day", &["-"]),
    ("note: «will» call back after lunch", &["-"]),
    // Weekday abbreviations alone; a credential after a comma closes a
    // clinician's name and titles nothing after it.
    ("NSTs twice a week, Mon and «Thu» at 1 PM", &["-"]),
    ("Hi «Thu», your refill is ready", &["name"]),
    ("«Thu Trang Ho»: the ambulance ride was billed", &["name"]),
    (
        "faxed by «Sandra Moe», NP, «NPI» 1620938476",
        &["name/clinician", "-"],
    ),
    (
        "your session with «Megan Ross», LCSW is Wednesday",
        &["name/clinician"],
    ),
    ("with «Jordan Pike», PA-C.", &["name/clinician"]),
    ("Hi «Maria», PT will call you to set up visits", &["name"]),
    // Clinicians named by a clinical role, before or after the name; `PT:` labels a patient.
    (
        "your visit with midwife «Rosa Delgado» is Jan 8",
        &["name/clinician"],
    ),
    (
        "call «Lena Fischer», our genetic counselor, to review",
        &["name/clinician"],
    ),
    ("Ask for «Rui», the pharmacist.", &["name/clinician"]),
    (
        "«Dulce», la trabajadora social quiere hablar con usted",
        &["name"],
    ),
    ("Case manager: «Deshawn Harris» needs transport", &["name"]),
    ("PT: «NGUYEN, THANH»\nRX READY", &["name"]),
    // A specialty or a weekday range is no name.
    ("Hello from «Willow» Rheumatology, your labs are in", &["-"]),
    ("Open «Sat-Sun» 9 to 1", &["-"]),
    ("Hi «Sun», see you Monday", &["name"]),
    // An initial and a listed surname; not a surname that is a word.
    ("pls page «t. okonkwo» about the consult", &["name"]),
    ("Group «B. Young» adults meet first", &["-"]),
    ("Parking is off «E. Jefferson» St", &["-"]),
    // A staff member by where they work.
    ("«Will» at the front desk has your forms", &["name"]),
    (
        "its «rhiannon» from scheduling, can you come at 3",
        &["name"],
    ),
    ("«Bill» from the hospital is enclosed", &["-"]),
    ("Hi, it's «Dawn» from Dr. Ortiz's office", &["name"]),
    // A given name that is a word too, opening the message before a comma.
    ("«Joy», the nurse wants to talk to you", &["name"]),
    ("«Joy», Faith and Hope are our new therapy dogs", &["-"]),
    ("«Summer», fall and winter hours are posted", &["-"]),
    ("«Faith Wanjiru», your results are normal", &["name"]),
    // Lowercase, after a greeting or a contact verb with its subject.
    ("hey «art», the forms are signed", &["name"]),
    ("hey «honey», your ride is here", &["-"]),
    ("hey «man», the forms are ready", &["-"]),
    ("pls text back «june» about the ride", &["name"]),
    ("pls call back «june» when you can", &["-"]),
    // A Spanish reminder's `a`, and what a note asks staff to do.
    (
        "le recordamos a «luz elena ortiz» su cita del martes",
        &["name"],
    ),
    ("le recordamos a «todos» los pacientes", &["-"]),
    ("pls reschedule «noor haddad» to friday", &["name"]),
    ("pls reschedule «flu shot» clinic to friday", &["-"]),
    // After a chart's age and sex; initials placed in a bed.
    ("59F «okafor» bed 12 c/o CP", &["name"]),
    ("71M «threlkeld» rm 4 NPO after midnight", &["name"]),
    ("67M «fall» at home, CT head negative", &["-"]),
    ("«KT» in bed 6 needs a sitter", &["name"]),
    ("«RT» in bay 3 needs a hand", &["-"]),
    // A credential after a name with a word in it; not a state.
    (
        "«Dawn Ward», RN will call you tomorrow",
        &["name/clinician"],
    ),
    ("We moved to Lincoln «Park», PA", &["-"]),
    // A dotted title before an unlisted lowercase surname.
    ("see you soon! -ms. «okwuosa»", &["name"]),
    ("hx of ms. «flare» resolved", &["-"]),
    // A lowercase note's subject: before a colon, a comma or a verb.
    ("fyi «dmitri»: potassium 5.9", &["name"]),
    ("fyi «plan»: recheck bmp", &["-"]),
    ("- «imani okafor», afib, on dilt", &["name"]),
    ("«okonkwo» is due for labs", &["name"]),
    ("«ward» is closed for cleaning", &["-"]),
    // Identifiers spaced, spelled, defanged or a clause after their label.
    (
        "member ID «W 2 9 3 8 4 7 5 6» per her card",
        &["health_plan_id"],
    ),
    ("MRN for Beatrix is «0 0 1 2 8 7 5 4»", &["mrn"]),
    (
        "her account is «eight eight one two zero zero four five»",
        &["account_number"],
    ),
    ("her IP was «203[.]0[.]113[.]77»", &["ip_address"]),
    ("number: «+1 415 555 01 51»", &["phone"]),
    (
        "bring your driver's license; the one on file, «D4821937», expired",
        &["license_number"],
    ),
    (
        "your CGM transmitter «8G4KT2» is under recall",
        &["device_id"],
    ),
    ("Statement #«ST-558812»", &["other_id"]),
    ("«portal.example.org/patient?id=7731204»", &["url"]),
    ("Pay at «example.org» or at the desk", &["url"]),
    // Short capitals: a condition in a sentence, a word in a shouted one.
    (
        "Since the «TIA» in March, keep taking aspirin",
        &["condition"],
    ),
    ("the leg pain fits «PAD»; walking helps", &["condition"]),
    ("scan «was negative for PE»", &["lab_result"]),
    (
        "blood clots like a «PE» need treatment fast",
        &["condition"],
    ),
    ("mi «tia» Rosa viene mañana", &["-"]),
    ("BRING A KNEE «PAD» AND YOUR SHOES", &["-"]),
    ("use a heating «pad» twice a day", &["-"]),
    // What a test found ends before where it was found.
    ("the DEXA «shows osteopenia» in both hips", &["lab_result"]),
    (
        "CT «showed a 6 mm kidney stone» on the right",
        &["lab_result"],
    ),
    // A result or an old age makes a note someone's, with no name in it.
    ("«Echo» was normal, EF 60%.", &["procedure"]),
    ("92 y/o F from rehab, «UA» pending", &["procedure"]),
    // A strength after a drug is the drug's: not a blood pressure, not a date.
    ("your «Advair 100/50» refill was sent", &["medication"]),
    ("picked up «Loestrin Fe 1/20» today", &["medication/sex"]),
    ("«Microgestin 1.5/30» is ready", &["medication/sex"]),
    ("her «BP was 150/90» at the visit", &["lab_result"]),
    // A dose is not a level; a count of time is neither.
    ("Jo, take «calcium 600 mg» with dinner", &["medication"]),
    ("Jo, your «glucose 250 mg/dL» is high", &["lab_result"]),
    ("flights to «Edinburgh» 2 times a year", &["-"]),
    ("Jo, your «PHQ-9 score of 14» is lower", &["lab_result/psy"]),
    // A drug put in or taken out is a procedure.
    (
        "Jo, your «Nexplanon removal» is on Friday",
        &["procedure/sex"],
    ),
    (
        "Jo, we can do the «Mirena placement» Monday",
        &["procedure/sex"],
    ),
    ("the insurer wants step «therapy» first", &["-"]),
    // A test of a condition, with its result.
    (
        "Jo, your «HIV viral load of 40 copies/mL» is low",
        &["lab_result/hiv"],
    ),
    (
        "Jo, your «hepatitis B surface antibody» shows «you are immune»",
        &["procedure", "lab_result"],
    ),
    (
        "Jo, la «prueba rápida de influenza» salió positiva",
        &["procedure"],
    ),
    ("MRI: «no acute findings»", &["lab_result"]),
    // Idioms.
    ("the door opens after you've «depressed» the button", &["-"]),
    ("after a «pregnant» pause, the cafe reopened", &["-"]),
    // What a chart note says the patient complains of or has had.
    ("pt in rm 4 c/o «cp» x2 days", &["condition"]),
    (
        "c/o «HA» and «blurry vision» since noon",
        &["condition", "condition"],
    ),
    (
        "h/o «severe depression», stable on meds",
        &["condition/psy"],
    ),
    (
        "hx of «falls» and «confusion» this month",
        &["condition", "condition"],
    ),
    ("r/o NSTEMI, «cards» paged", &["-"]),
    ("please mail the form c/o «Ana Ruiz»", &["name"]),
    // A diagnosis named after a person, with its capital.
    ("Ana, about your «Kawasaki disease» visit", &["condition"]),
    (
        "Ana, the «Sjogren's syndrome» panel is back",
        &["condition"],
    ),
    (
        "Hola Ana, su «enfermedad de Kawasaki» está estable",
        &["condition"],
    ),
    ("Your «disease» is stable, Ana", &["-"]),
    // Dates and ages.
    (
        "med changes from your stay («11/22»-«11/25»):",
        &["date", "date"],
    ),
    (
        "Mrs. Szabo is «ninety-two years old» and lives alone",
        &["age_over_89"],
    ),
    ("Doña Inés tiene «noventa y dos años»", &["age_over_89"]),
    ("a «ninety» day supply is ready", &["-"]),
    (
        "Holiday hours: closed Thursday «11/26» and Friday «11/27».",
        &["-", "-"],
    ),
    (
        "Walk-in flu shots for everyone Sat «12/6», 8 to noon",
        &["-"],
    ),
    ("Your flu shot is Sat «12/6» at 9", &["date"]),
    // Health tips and hypotheticals to no one.
    (
        "Call 911 right away if you have «trouble breathing».",
        &["-"],
    ),
    (
        "If you get «hives» from the new hand soap, tell the front desk.",
        &["-"],
    ),
    (
        "Rash after a new drug may be an «allergic reaction».",
        &["-"],
    ),
    (
        "Tip of the week: rest and ice a «sprain» for two days.",
        &["-"],
    ),
    (
        "Nadia, call us if you have «trouble breathing».",
        &["condition"],
    ),
    (
        "Your «rash» may be an «allergic reaction».",
        &["condition", "condition"],
    ),
    // A chart's obstetric history says a pregnancy.
    ("pt in rm 9 «G2P1 at 34 wks», BP 150/95", &["condition/sex"]),
    ("«G3P2012», stable overnight", &["condition/sex"]),
    // A label names the first value after it.
    (
        "Ana Ruiz, DOB «04/19/1961», labs «12/3» at 8",
        &["date_of_birth", "date"],
    ),
    // Spanish generics, a pill's ratio, news and open groups.
    ("Ana, su «tamoxifeno 20 mg» está listo", &["medication"]),
    ("your «Junel 1/20» refill was sent", &["medication/sex"]),
    (
        "In the news: the FDA approved a generic of «Eliquis».",
        &["-"],
    ),
    (
        "Support group for families living with «dementia», all welcome",
        &["-"],
    ),
    // Staff initials asked for something.
    ("«JT» pls call mrs delgado back", &["name"]),
    ("«ck» pls sched the DEXA for next wk", &["name"]),
    ("«dk» -> «mp»: twins due for shots thurs", &["name", "name"]),
    ("«ok» pls call the pharmacy", &["-"]),
    ("«RN» pls check bed 4", &["-"]),
    // An event open to all, naming no one, is an announcement even when sensitive.
    (
        "Open «AA meeting» Sundays in Room 110. Anyone who wants to stop drinking is welcome.",
        &["-"],
    ),
    (
        "Free, confidential «HIV testing» Saturday 10 to 4, open to all.",
        &["-"],
    ),
    (
        "Maria, your «HIV test» is Friday, all welcome",
        &["procedure/hiv"],
    ),
    // A service offered to all names no one, sensitive or not; an owned
    // clinical word, a third person or a name keeps it someone's.
    (
        "Now offering same-day «IUD» placement at all three sites. Most plans cover it at no cost to you.",
        &["-"],
    ),
    (
        "Your «PrEP» refill is available at all our pharmacy locations",
        &["medication/hiv"],
    ),
    (
        "Maria, «PrEP» is available at all of our clinics now",
        &["medication/hiv"],
    ),
    (
        "Her «Suboxone» is available at all three sites",
        &["medication/eth"],
    ),
    // Its "you" is everyone it invites, but what is sensitive stays.
    (
        "«Flu shots» for employees at Occupational Health, walk-ins welcome. Bring your badge.",
        &["-"],
    ),
    (
        "Your «PrEP» refill visit is due; walk-ins welcome Mon-Fri",
        &["medication/hiv"],
    ),
    (
        "Your mom's «flu shot» is due; walk-ins welcome",
        &["procedure"],
    ),
    // So is staff education or a notice to every nurse.
    (
        "«PrEP» and «doxy-PEP» lunch & learn Weds at noon, ID pharmacist covering the CDC guidance.",
        &["-", "-"],
    ),
    (
        "Reminder: all RNs finish the module - lactate within 1 hr, fluids for «hypotension».",
        &["-"],
    ),
    (
        "all staff: pt in rm 4 on «PrEP», contact precautions",
        &["medication/hiv"],
    ),
    // A notice headed for staff is no one's, its "you" the staff's; a
    // patient's bed, a person word or a result keeps it someone's.
    (
        "ALL STAFF: «flu» vaccine clinic Tues-Thurs, bring your badge.",
        &["-"],
    ),
    (
        "Staff: «PrEP» navigator training Tuesday noon, sign up with your manager.",
        &["-"],
    ),
    (
        "Reminder to all nursing staff: blood cultures before «antibiotics».",
        &["-"],
    ),
    (
        "all ICU staff complete the «buprenorphine» induction module by Friday",
        &["-"],
    ),
    (
        "ALL STAFF: bed 12 is on «Suboxone», no outside visitors",
        &["medication/eth"],
    ),
    // A team's, a unit's or a recall's heading too.
    (
        "Team: the new «PrEP» Pals peer program flyer is in the shared drive",
        &["-"],
    ),
    (
        "Psych unit reminder: sharps sweep every shift, «SI precautions» mean 1:1",
        &["-"],
    ),
    ("Recall: «glucose test» strips lot 41872A, pull all boxes", &["-"]),
    ("Team: pt in rm 4 started «PrEP» today", &["medication/hiv"]),
    (
        "Reminder to techs: «PrEP» starter packs go in the bottom drawer",
        &["-"],
    ),
    (
        "Hold the pairing button until it's fully «depressed», then Ana Ruiz's meter connects",
        &["-"],
    ),
    ("Ana Ruiz has been «depressed» since the move", &["condition/psy"]),
    (
        "Staff: his «sertraline» was held last night",
        &["medication/psy"],
    ),
    (
        "Employee health: your «TB skin test» read is due Friday",
        &["procedure"],
    ),
    (
        "Staff FYI: «A1C 9.2» on the «metformin» recheck",
        &["lab_result", "medication"],
    ),
    // Supply notices, seasons and events speak of no one; an event's
    // presenter keeps her name.
    (
        "Pharmacy alert: national shortage of IV «metoclopramide».",
        &["-"],
    ),
    (
        "due to rising «flu» and RSV in the community, visitors under 12 are restricted",
        &["-"],
    ),
    (
        "Education session on «delirium» Wed, lunch provided. Presented by Dr. «Serafina Ostrowski».",
        &["-", "name/clinician"],
    ),
    (
        "your «metformin» was recalled, we will call you",
        &["medication"],
    ),
    // A unit by its floor, and a holiday's eve, are no one.
    ("7 «West» is closed to admissions today", &["-"]),
    ("Pt «Hope Marshall» in 7 «Hope» bed 3", &["name", "-"]),
    ("we close early on Thanksgiving «Eve»", &["-"]),
    // A phone number after an analyte is a phone number.
    ("questions about your glucose at «208-555-0147»", &["phone"]),
    // Short capitals terms in a shouted message: counted unless words too.
    ("HI MARIA, YOUR «CT» IS MONDAY AT 9", &["procedure"]),
    ("HI MARIA, YOUR «RA» FOLLOW UP IS MONDAY", &["condition"]),
    // A reading by its decade.
    (
        "Maria, your «sugars have been in the 300s» all week",
        &["lab_result"],
    ),
    ("Tom grew up in the «1980s»", &["-"]),
    // Diagnoses by their ending, unlisted.
    (
        "Maria has «hematuria» again and «hepatomegaly» on the scan",
        &["condition", "condition"],
    ),
    ("The fax machine is my «nemesis» this week", &["-"]),
    // A test dated by weeks of pregnancy reveals it; other tests do not.
    (
        "Daniela, su «ultrasonido» de las 20 semanas es el 4 de diciembre",
        &["procedure/sex"],
    ),
    (
        "Aaliyah, your 20-week «anatomy ultrasound» is Tuesday",
        &["procedure/sex"],
    ),
    (
        "Tom, your follow-up «x-ray» at 6 weeks is booked",
        &["procedure"],
    ),
    // Bare surgery: a department or an operation said again is not marked.
    (
        "Lucas, your gallstones: referral to «surgery» was sent today.",
        &["-"],
    ),
    (
        "Pre-op for your «cataract surgery» is 12/2; stop it 3 days before «surgery».",
        &["procedure", "-"],
    ),
    (
        "Theo, Dr. Ortiz will discuss «surgery» options at your visit",
        &["procedure"],
    ),
    (
        "Gerald Pruitt is in «surgery» until 4, please don't tow",
        &["procedure"],
    ),
    (
        "Tupac, Dr Feld is in «surgery» thurs so we need to move your visit",
        &["-"],
    ),
    (
        "Ana, your losartan is now 25 mg. Vascular «surgery» will call you.",
        &["-"],
    ),
    (
        "Sr. Ruiz, el doctor le recomienda una consulta con «cirugía».",
        &["-"],
    ),
    (
        "Ana, your «hand surgery» is Monday",
        &["procedure"],
    ),
    // A condition's visit or check is a visit type: the condition is marked.
    ("Maria, your «diabetes» check is Monday", &["condition"]),
    ("Maria, your «asthma» visit is Monday", &["condition"]),
    ("Maria, your «STI check» is Monday", &["procedure/std"]),
    // A chart's chlamydia/gonorrhea shorthand; a CT is a scan.
    (
        "EPT order: pt Mateo, «CT+» 11/19, partner tx x1",
        &["lab_result/std"],
    ),
    ("Maria, your «CT» is Monday", &["procedure"]),
    // Hormones in gender-affirming care are sensitive; elsewhere they are not.
    (
        "Riley, from the gender health program: your «estradiol valerate» teaching is 12/2",
        &["medication/sex"],
    ),
    (
        "Santiago, tu «testosterona» está lista (clínica de afirmación de género)",
        &["medication/sex"],
    ),
    (
        "Ray, your «testosterone gel» for low T is ready",
        &["medication"],
    ),
    // Magnesium written Mg; a drug screen's verdicts; a verdict before its test.
    ("Tom: K 3.1, «Mg 1.5» - replete", &["lab_result"]),
    ("take «Mg 400 mg nightly»", &["medication"]),
    (
        "UDS: «fentanyl +», «buprenorphine +», norbuprenorphine neg.",
        &["lab_result/eth", "lab_result/eth"],
    ),
    (
        "Maria had a «positive ANA», so we are sending you to rheumatology",
        &["lab_result"],
    ),
    ("Maria, take «ibuprofen» - 2 tabs", &["medication"]),
    // Tests named by a lab's code; genes are genetic.
    ("Maria, your «GAD65 antibodies» are pending", &["procedure"]),
    (
        "PGx for Tom: «CYP2C19 genotype» ordered",
        &["procedure/gdis"],
    ),
    ("Maria, give the «5mg» test dose first", &["-"]),
    // Services offered, stock notices and policy dates name no one.
    (
        "Our «cancer» genetics clinic now offers telehealth visits.",
        &["-"],
    ),
    (
        "Inventory: 14 doses of the COVID vaccine and 30 of high-dose «flu».",
        &["-"],
    ),
    (
        "World AIDS Day is Dec 1. Free «HIV testing» all day. No insurance needed.",
        &["-"],
    ),
    (
        "Room changes effective «12/1»: Pediatrics to Suite 215.",
        &["-"],
    ),
    (
        "Lab closed 12/24. Plan ahead if you need «PFTs» before then.",
        &["-"],
    ),
    (
        "Maria, if you need your «PFTs» moved, call us",
        &["procedure"],
    ),
    (
        "Adults with «asthma» should get the flu shot this fall.",
        &["-"],
    ),
    (
        "Maria, your «HIV test» is free, no insurance needed",
        &["procedure/hiv"],
    ),
    (
        "Your «mammogram» images are now available in the portal",
        &["procedure"],
    ),
    // Unlisted analytes measured in a lab's unit; listed ones with their value.
    (
        "Maria, «ACE 98 U/L» and «RF 84 IU/mL», «anti-CCP >250 U/mL»",
        &["lab_result", "lab_result", "lab_result"],
    ),
    (
        "your «fecal calprotectin 480 mcg/g» is high",
        &["lab_result"],
    ),
    ("Sra. Ruiz: «carga viral 12,400»", &["lab_result/hiv"]),
    ("Sra. Ruiz, su «E2 38» está bien", &["lab_result"]),
    ("The Wi-Fi runs at «100 mb/s» in the lobby", &["-"]),
    // Names listed like a found one, under a header or with times.
    (
        "pts for tmrw: «Okonkwo» 8:00, Tran 8:20, «Whitehorse» 9:00 - all need vitals",
        &["name", "name"],
    ),
    (
        "No-shows: BEAUCHAMP, ANTOINE; «SILVERCLOUD, DENISE». Please send the text.",
        &["name"],
    ),
    (
        "Cancel list: «Ji-woo Park», Chinedu Eze, «Mateus Oduya»",
        &["name", "name"],
    ),
    (
        "Dr. Whitlock:\n1:00 Ahmad Karimi\n1:20 «Sky Redfeather»",
        &["name"],
    ),
    // Not a list: a letter's signature, a form's labels, a dose.
    (
        "Reminder: see you soon.\nThanks,\nMaria Lopez\n«Front Desk»",
        &["-"],
    ),
    (
        "Patient: Priya Raghunathan | «Dept»: Cardiology | «Provider»: Dr. Lee",
        &["-", "-"],
    ),
    (
        "Julien, your tamsulosin 0.4 mg is at «3900 Fremont Blvd, Fremont, CA».",
        &["address"],
    ),
    // One-edit misspellings of listed words, as staff type them; never of
    // a word that is a real word or a name one edit away.
    (
        "her «diabetis» is better, keep the «zolft» the same",
        &["condition", "medication/psy"],
    ),
    (
        "refill «levothyroxin» and «amlodapine» sent",
        &["medication", "medication"],
    ),
    (
        "«hypertention» is controlled, «dizzyness» is gone",
        &["condition", "condition"],
    ),
    ("«Truvda» refill is ready", &["medication/hiv"]),
    (
        "keep taking the «ferous sulfate» with juice",
        &["medication"],
    ),
    ("your «Eliquiss» is at the pharmacy", &["medication"]),
    ("please «cancel» my appointment", &["-"]),
    ("meet at the nurses «station» at 9", &["-"]),
    ("the «ability» to book online is back", &["-"]),
    ("hable con su «consejera» mañana", &["-"]),
    ("«Vaccines» are available at every site this week", &["-"]),
    // A given name that is a word too, then a surname that is a word or on
    // no list: a person by the word after it, a bed, a verb of the note or
    // the shape of its item; a place or an event otherwise.
    ("pls mark «Mark Tembo» as roomed", &["name"]),
    ("rm 6 «Will Okonjo» still waiting on his ride", &["name"]),
    ("«Sunny Oh» says the rash is back", &["name"]),
    (
        "Update: «Grace Okwuosa» - COPD flare, BNP pending",
        &["name"],
    ),
    ("«Dawn Runs-Through» will be here early", &["name"]),
    ("«Summer» asked about her school forms", &["name"]),
    ("«Hope Lodge» will host visiting families", &["-"]),
    ("Reminder: «Summer Camp» - flu shots required", &["-"]),
    ("«Grace Church» asked us to host a flu clinic", &["-"]),
    ("pay online with «Bill Pay» today", &["-"]),
    ("«Summer» is here, stay hydrated", &["-"]),
    // A name after a relative in parentheses, after `name is`, and a
    // staff member's given name (a month too) with where they work before
    // what they said; a name found alone, used again to close a clause.
    ("grandma («Hope») has the consent forms", &["name"]),
    ("her nephew («Rurik») needs a school note", &["name"]),
    ("his wife's name is «Joy», she will call", &["name"]),
    (
        "the caregiver's name is «Grace» - just «Grace», no last name",
        &["name", "name"],
    ),
    (
        "«April» in registration says your forms are fine",
        &["name"],
    ),
    (
        "Hi Joy, the forms are for «Joy» - please sign them",
        &["name"],
    ),
    ("the file («Summer» schedule) is attached", &["-"]),
    ("the name is «correct» now", &["-"]),
    ("Hi Grace, the «Grace» period ends soon", &["-"]),
    ("«June» at the lab is busy, nurses said", &["-"]),
    ("Hi Hope - «Hope» you are well", &["-"]),
    // The subject of a staff note: a listed name in a room, an unlisted one
    // after a message left for them or a sender's introduction with where
    // they work, a given name signing with a credential; a department is
    // no one.
    ("«Okonkwo» in 9 keeps asking for water", &["name"]),
    ("left vm for «Rurik» re: his forms", &["name"]),
    ("spoke with «Jojo» about the bill", &["name"]),
    ("this is «Tiaki» from the front desk", &["name"]),
    ("Thanks! -«Al» PA-C", &["name/clinician"]),
    ("pls call «Registration» about it", &["-"]),
    ("left vm for «Billing» re: the statement", &["-"]),
    ("«Ortho» in rm 4 is free", &["-"]),
    ("we are in «Hope», PA this week", &["-"]),
    // A full name in capitals inside a message that is not: listed names,
    // none a word, a term or a credential.
    ("overnight: «TOMASZ WIERZBICKI» spiked to 102", &["name"]),
    ("fyi «GRACIELA MONTOYA» in bay 2 needs a sitter", &["name"]),
    ("labs: «ANA» «LDH» pending", &["-", "-"]),
    ("«ALT AST BUN» all fine", &["-"]),
    ("«MARK YOUR» calendars for the flu clinic", &["-"]),
    // A surname that is a place's word too, after a hyphenated given name.
    ("«Seo-yeon Park», your biopsy was benign", &["name"]),
    ("pls room «Jae-min Park» next, then the walk-ins", &["name"]),
    ("see you at the «Jean-Luc Park Medical Center»", &["-"]),
    ("the walk starts at «Lincoln Park» today", &["-"]),
    // Lowercase: a given name that is a word too and a listed surname, in a
    // day's list with its time, or a month after a greeting.
    (
        "walk-ins: «grace abernathy» 2:15, «will okafor» 2:30",
        &["name", "name"],
    ),
    ("hi «april nguyen»! your labs are in", &["name"]),
    ("«will call» 1:15 for the refill", &["-"]),
    ("the «grace period» ends 5:00 pm", &["-"]),
    ("hi, in «april» 3:00 pm works", &["-"]),
    // A drug on no name list starts no name, and a name ends what a test
    // found: the person, not the result, owns the name.
    (
        "ya llegó el «Ozempic» de «Teodoro Quintanilla» a la farmacia",
        &["medication", "name"],
    ),
    (
        "Lab: muestra coagulada de «Inés Villalobos», hay que repetir",
        &["name"],
    ),
    ("the urine culture «grew Candida albicans»", &["lab_result"]),
    ("the urine culture «grew Candida»", &["lab_result"]),
    // A patient's initials with periods, placed in a bed or before what a
    // person does; no credential or abbreviation.
    ("and «K.T.» in bed 4 is asking for juice", &["name"]),
    ("pt «A.B.» called twice about the refill", &["name"]),
    ("«R.N.» in rm 5 will start the IV", &["-"]),
    ("mailed from the «U.S.» in 2020", &["-"]),
    // No one: a plea to all, an institution's name with a particle, a
    // council or a service; the same words in a person's name still are.
    ("«Patience», everyone - the upgrade is almost done", &["-"]),
    ("«Patience», your results are in", &["name"]),
    ("su cita en Clínica «del Valle», 3301 N Glenwood St", &["-"]),
    ("Dr. «Del Valle» will see you", &["name/clinician"]),
    ("Call Patient «Financial Services» at 555-0141", &["-"]),
    ("join our Patient «Advisory Council» as a member", &["-"]),
    ("«Ana Council» called about her refill", &["name"]),
    // A given name that is a word too in a numbered bed, between `let` and
    // `know`, or heading a numbered item of a note before a diagnosis.
    ("«Precious» in rm 2 needs juice", &["name"]),
    ("let «Autumn» know her labs are back", &["name"]),
    (
        "Handover:\n1) «Grace Okwuosa» - COPD flare\n2) Luis Tsosie - cellulitis",
        &["name"],
    ),
    ("the «May» in rm 3 is a typo", &["-"]),
    ("«Art» in the lobby this week", &["-"]),
    ("let «Pharmacy» know", &["-"]),
    ("«Summer Break» - flu clinic closed", &["-"]),
    // More relatives a name follows, in English and Spanish.
    ("su sobrina «Tzitzi» trae la receta mañana", &["name"]),
    ("her stepbrother «Rurik» will pick her up", &["name"]),
    ("mi nuera «Yoali» trae los papeles", &["name"]),
    ("la «sobrina» llamó otra vez", &["-"]),
    ("the caregiver's name's «Joy», she has the forms", &["name"]),
    // Lowercase notes: a listed surname after `pt` in a bed, a name after
    // a lowercase `np`, a word-name and surname after `sched`, and a
    // surname opening with particles after `pt`.
    ("pt «okonkwo» rm 6 c/o cough", &["name"]),
    ("hold the lasix per np «nakamura»", &["name/clinician"]),
    ("pls sched «grace abernathy» for DEXA", &["name"]),
    ("pt «de la Torre» needs a ride", &["name"]),
    ("pt «young» rm 4, needs a sitter", &["-"]),
    ("np «will» call you", &["-"]),
    ("np «Refill» request sent", &["-"]),
    ("paciente de la «Clínica Santa Rosa»", &["-"]),
    ("sched «will call» for 2pm", &["-"]),
    // Numbers of no one's: a business's orders and tickets, and a lot
    // (a patient's own order number stays).
    ("Supply order #«PO-2026-11842» ships Friday.", &["-"]),
    ("IT ticket «INC0084421» opened for the label printer at check-in 2", &["-"]),
    ("Your order #«PO-2026-11842» ships Friday.", &["other_id"]),
    ("Omnipod box says LOT «0824117» and SN «PDM3-0617-2298»", &["-", "device_id"]),
    // Hospital systems' record, account and plan labels.
    ("MR# «1185-602-4» requested by HIM", &["mrn"]),
    ("UR# «UR774019» and EMPI «1000382215» both map to her", &["mrn", "mrn"]),
    ("Cerner FIN «91002238817» for the charge correction", &["account_number"]),
    ("TRICARE DBN «13849205716» for the sponsor's son", &["health_plan_id"]),
    ("Medicare + AARP supp «51288403711»", &["health_plan_id"]),
    // Dates in Vietnamese, Ukrainian and Arabic; a Vietnamese month with no
    // day is a span of months.
    ("lịch hẹn của chị là «ngày 9 tháng 12» lúc 8 giờ sáng", &["date"]),
    ("hẹn «ngày 15 tháng 1 năm 2027» nhé", &["date"]),
    ("uống thuốc «3 tháng» rồi tái khám", &["-"]),
    ("прийом у лікаря «8 грудня» о 9:30", &["date"]),
    ("موعدك يوم «9 ديسمبر» الساعة 10", &["date"]),
    // A surname in capitals first, on no list, after a word that expects a
    // person; a clinician by role; a chart's abbreviation is no name.
    ("portal acct for «HOVHANNISYAN, ARMEN» locked", &["name"]),
    ("Attending «LINDQVIST, ERIK» MD «Dx»: pyelonephritis", &["name/clinician", "-"]),
    ("REMINDER, «ERIK»: clinic closed", &["-"]),
    // Not people: languages in a roster, a school, a holiday.
    ("Interpreter roster Wed: «Amharic» - Hirut; «Somali» - Abdiwali", &["-", "-"]),
    ("Flu shot clinic in the «Jefferson Middle» gym on Thursday", &["-"]),
    ("Office closed New «Year»'s Day.", &["-"]),
    // Inpatient pages place a surname by its unit and bed, chair, or a
    // chart's age and sex; a word before a bare unit is no one.
    ("page to nightfloat: 7W-712 «Okonkwo» BP 84/52", &["name"]),
    ("resident here - «Villanueva» (rm 5) glucose 41", &["name"]),
    ("meropenem on 5E-27 («Tuilagi») - ID restricted", &["name"]),
    ("pharm: «Ramírez» 26F has warfarin ordered", &["name"]),
    ("WOC consult: «Iwasaki» 7E-4 stage 3 pressure injury", &["name"]),
    ("psych here - «Sabatini» 6W is on a 72h hold", &["name"]),
    ("HD unit: «Tauiliili» chair 4 pre K 6.4", &["name"]),
    ("«Admit» 6W-14 Tomasz Wisniewski", &["-"]),
    ("«RRT» 6N rm 612: Eleanor Vasquez-Reid", &["-"]),
    ("ADT: Unit 5S «Rm» 517", &["-"]),
    // A surname opening a chart note's item after a lowercase header, or
    // before a colon after the note's words, then what the note says of
    // the patient; not a notice's heading or a grade's eponym.
    ("cath lab: «Gallagher» add-on for LHC 1400", &["name"]),
    ("dc: «Galeano» ready but ride not until 1700", &["name"]),
    ("stepdown 2: «Sikdar» GI bleed s/p EGD", &["name"]),
    ("RD note for «Hakimi»: severe malnutrition", &["name"]),
    ("handoff: «Ochoa» 3 - sepsis", &["name"]),
    ("ALL STAFF: «Employee» flu and COVID vaccine clinic Tues-Thurs", &["-"]),
    ("New at «Lakeshore»: a free grief support group for adults", &["-"]),
    ("prostate bx: «Gleason 3+4=7» in 4/12 cores", &["lab_result"]),
    // Inpatient conditions and drug shorthand as paged.
    ("Bui 6W: «resp distress», «severe protein calorie malnutrition»", &["condition", "condition"]),
    ("Okafor rm 4 «lethargic» and «hypotensive», on «tacro»", &["condition", "condition", "medication"]),
    ("Castaneda 58M got «ASA 324»", &["medication"]),
    // A record label's value is no date; the date after a birth-date label is one.
    ("the DOB on his chart («2025-06-03») doesn't match", &["date_of_birth"]),
    // Terms found missing by probing: a test by its abbreviation, a lay
    // symptom, a drug's shorthand; not a given name, an audiologist's
    // degree or contrast.
    ("Lopez needs a «CTPA» and «BCx» x2 tonight", &["procedure", "procedure"]),
    ("Hi Mrs. Soto, I've been «sick to my stomach» since Monday", &["condition"]),
    ("Okafor rm 4 on «pred 40 mg daily»", &["medication"]),
    ("Hi «Abi», see you soon", &["name"]),
    ("Call Dana Whitfield, «AuD» at the hearing clinic", &["-"]),
    ("eGFR 38 last wk, ok for «gad» per radiology", &["-"]),
    // What a test found in whom is one result; a test's verdict after a
    // colon; a screen passed.
    ("your genetic test «shows you carry Lynch syndrome»", &["lab_result/gdis"]),
    ("Jamal: «Gonorrhea NAAT»: «Negative». No action needed.", &["procedure/std", "lab_result/std"]),
    ("Baby Ana: «Hearing screen» «passed», «CCHD screen» «passed both ears»", &["procedure", "lab_result", "procedure", "lab_result"]),
    ("Ana «passed» her kidney stone", &["-"]),
    // An SSN labelled as one leaks whatever its range or typos.
    ("SSN «900-12-3456» on the form", &["ssn"]),
    ("SSN «512-44-018» (she missed a digit)", &["ssn"]),
    ("call the social worker at «512-44-018»", &["-"]),
    // Second probing round: pediatric, dental, lay and Spanish terms.
    ("Mateo needs his «ASQ-3» and a «TcB» today", &["procedure/psy", "procedure"]),
    ("Hi Dr. Lin, Sofia has «tooth decay» and a «chipped tooth»", &["condition", "condition"]),
    ("Sra. Ruiz, ¿tiene «me arde al orinar»?", &["condition"]),
    // What a patient says is wrong with a body part, after it; `back` only
    // as someone's.
    ("Hi Dr. Lee, my «back is killing me» since Friday", &["condition"]),
    ("my left «ankle keeps giving out» on stairs", &["condition"]),
    ("her «feet are so swollen» she can't wear shoes", &["condition"]),
    ("my «knee swelled up» after the game", &["condition"]),
    ("the «back is red» brick building on Elm", &["-"]),
    // Names: after a sender's heading, addressed; after `w/`; a lowercase
    // surname `here`; a surname that is a word, in a numbered bed and
    // acting; a double-barrelled surname opening a chart note.
    ("Prairie Ridge: «Jordan», reminder of your therapy session", &["name"]),
    ("Holiday hours: «Grace», please note the new times", &["-"]),
    ("Spoke w/ «Okafor» at 3:10, confirmed she's taking it", &["name"]),
    ("msg from front: pt «okonkwo» here 20 min early, ok to room?", &["name"]),
    ("«King» in 3 needs vitals redone, BP 182/104", &["name"]),
    ("«Bell» in 3 minutes, fire drill", &["-"]),
    ("«Moreno-Vega» dc summary pls - cellulitis RLE", &["name"]),
    ("«Handoff» ready for 7W", &["-"]),
    // Plan and record labels in shorthand; a birth date far from its label
    // or set off right after a name; not a visit's date.
    ("Mem ID «ZGP448120973»", &["health_plan_id"]),
    ("ID# on card: «W448120973»", &["health_plan_id"]),
    ("Molina ID «448120973»", &["health_plan_id"]),
    ("Medi-Cal CIN: «AB12345C»", &["health_plan_id"]),
    ("hospital number «4481209»", &["mrn"]),
    ("the DOB we have on file for your son is «03/14/2019»", &["date_of_birth"]),
    ("Kiri Te Awa («03/14/2019») referred for ENT", &["date_of_birth"]),
    ("Ana Ruiz, «03/14/2019», MRN 4481209", &["date_of_birth"]),
    ("Ana Ruiz, «12/03/2026», 10:00 AM with Dr. Lee", &["date"]),
    // How a person feels or is, in their words; not the words alone.
    ("is it normal to still be «coughing» 3 wks after «covid»?", &["condition", "condition"]),
    ("week 2 on the sertraline and i feel «jittery»", &["condition"]),
    ("rolled it sat and its still «swollen and bruised»", &["condition"]),
    ("dad has been «confused» since yesterday", &["condition"]),
    ("the «burning» question is who pays", &["-"]),
    ("a «confused» billing code on the statement", &["-"]),
    // An announcement's "them" is its shots; a price is no one.
    ("Flu and «COVID shots» are in! Walk-ins Tues & Thurs, no appointment needed. Most insurance covers them. Bring your card.", &["-"]),
    ("Walk-in «flu shots» Mon-Fri, no appointment needed; «self»-pay is $32.", &["-", "-"]),
    // What a test found, after its colon, clause by clause; a plan, a
    // diagnosis alone, a conclusion's diagnosis and instructions are not.
    ("CT A/P w contrast: «7 mm obstructing stone L UVJ w mod hydro». «No abscess». «Cr 1.1». Urology paged.", &["lab_result", "lab_result", "lab_result"]),
    ("Echo for Hollis Tate: «EF 35-40%, mod MR, mild LVH». «Starting» Entresto", &["lab_result", "-"]),
    ("UCx Ybarra, Teodoro: «>100K Klebsiella pneumoniae», «sens to cefazolin, cipro»; «resistant to ampicillin»", &["lab_result", "lab_result", "lab_result"]),
    ("IMPRESSION:\n1. «No acute intracranial abnormality».\n2. «Chronic small vessel ischemic changes, mild».", &["lab_result", "lab_result"]),
    ("UDS for Cody: «+ buprenorphine, + norbuprenorphine»; «neg fentanyl».", &["lab_result/eth", "lab_result/eth"]),
    ("sleep study: severe «OSA». CPAP ordered.", &["condition"]),
    ("PSG: AHI 34 -> severe «OSA»", &["condition"]),
    ("infusion: Reza Tehrani «infliximab 5 mg/kg» for Crohn's", &["medication"]),
    ("for the breath test Monday: «no antibiotics or stomach meds» for 4 weeks before", &["-"]),
    // Lay states in a list, a part that goes numb; hospital and L&D
    // shorthand found by probing; words that are no names.
    ("I get «shaky», «sweaty» and my «heart races» after meals", &["condition", "condition", "condition"]),
    ("my right «hand goes numb» at night", &["condition"]),
    ("L&D: Okafor «late decels», to OR for «repeat C/S»", &["condition/sex", "procedure/sex"]),
    ("bed 4 Ruiz on «milrinone», «new O2 requirement»", &["medication", "condition"]),
    ("pt «brady to the 40s»", &["condition"]),
    ("la paciente «toma» metformina diario", &["-"]),
    // Analytes found missing by probing; a drug's dose is no level.
    ("Okafor: «D dimer 5.2», «base excess -4»", &["lab_result", "lab_result"]),
    ("Sra. Ruiz, su «hematocrito salió en 31»", &["lab_result"]),
    ("continue «digoxin 0.125 mg daily»", &["medication"]),
    ("ID de paciente «4481209», mã bệnh «nhân» «4481210»", &["mrn", "-", "mrn"]),
    // A given name said to be someone's relative, a word too or not.
    ("«Blessing» is my niece and can pick up my results", &["name"]),
    ("«Hope» is my daughter, she will call", &["name"]),
    ("«May» is my favorite month", &["-"]),
    // Recovery milestones are substance use; an office open to any patient
    // names no one.
    ("been 90 «days clean» today!!! thank u Ms. Adebayo", &["condition/eth"]),
    ("«Genetic counseling» office hours Mondays 1-3 PM in Suite 210. Open to any patient or staff member.", &["-"]),
    // A drug screen's sign before a drug; a dash between drugs is none.
    ("Kimberly UDS «+ fentanyl», «- bupe». Says she ran out.", &["lab_result/eth", "lab_result/eth"]),
    ("take «tylenol» - «ibuprofen» if needed", &["medication", "medication"]),
    ("Haruto's «whole exome» «showed a VUS in SCN1A»", &["procedure/gdis", "lab_result/gdis"]),
    // IPV disclosed after it; a bed's number with its letter; a chart
    // note's surname going to the OR.
    ("rm 426 L.M. wants to leave. «IPV» disclosed to ED SW on adm", &["condition/sdv"]),
    ("Night RN 3W: bed 311B «Castro» temp 100.9", &["name"]),
    ("ortho: «Halvorsen» to OR 0730 Sun for hemiarthroplasty", &["name"]),
    // An age over 89 a person is, without its unit; not a temperature.
    ("my mom Soon-ja is «94» and can't finish the prep drink", &["age_over_89"]),
    ("Grandpa is «97» now", &["age_over_89"]),
    ("Room is «94» degrees", &["-"]),
    // From AW's dev half: a session with a therapist, gender-affirming
    // surgery, DV flagged in a chart, a steroid's brand, a fallback plan.
    ("su terapeuta tuvo que cancelar su «sesión» del 28", &["procedure/psy"]),
    ("your «session» Tuesday with your physical therapist", &["-"]),
    ("update the OR board before «chest masculinization» 12/17", &["procedure/sex"]),
    ("Do NOT release records to him. Flag chart for «DV».", &["condition/sdv"]),
    ("your knee injection («Depo-Medrol 40 mg») is booked", &["medication"]),
    ("Parking lot B closes Monday - «plan B» is the garage on 3rd Street.", &["-"]),
    ("«Plan B» is the one we stock, ask the pharmacist", &["medication/sex"]),
    // Identifiers as people type them: a label, whose, then `is`; a second
    // plan's ID; a signature's one-letter fax label; an HL7 field is no
    // disease; a card's name in capitals with a middle initial.
    ("my patient ID on the bill is «PT-0093318», why", &["mrn"]),
    ("Account number for your Oct 14 ER visit is «V00231847561».", &["account_number"]),
    ("the ID on the disability form is «512-44-0193»", &["ssn"]),
    ("Member SSN is «512440193»", &["ssn"]),
    ("The chart for the 2025 visit is «closed»", &["-"]),
    ("AARP supplement secondary, ID «38291047611»", &["health_plan_id"]),
    ("Rx card: BIN 610014, PCN 9999, ID «ZX4481920075»", &["health_plan_id"]),
    ("P (646) 555-0183 | F «(646) 555-0184»", &["fax"]),
    ("Mom F 54, cell «(312) 555-0147»", &["phone"]),
    ("ADT error: «PID»-7 does not match registration", &["-"]),
    ("To: Dr. Brennan  «Fax» (410) 555-0122", &["-"]),
    ("Name on card «JAMAL R WASHINGTON». Can't read the BIN.", &["name"]),
    // Sensitive care in its own shorthand: a drug screen's street names and
    // verdict words, testosterone as `T`, abortion pills, an assay's name.
    ("«UDS» «+ fent», «neg bup» - not taking her strips?", &["procedure/eth", "lab_result/eth", "lab_result/eth"]),
    ("2 yrs on «T» today, voice finally stopped cracking", &["medication/sex"]),
    ("«T 38.2» overnight, cultures sent", &["lab_result"]),
    ("your «T-score is -2.7»", &["lab_result"]),
    ("take the «T» to Park St", &["-"]),
    ("took the «miso» at 6 this morning, cramping bad", &["medication/sex"]),
    ("«HIV-1/2 Ag/Ab» «nonreactive»", &["procedure/hiv", "lab_result/hiv"]),
    ("«CD4 212», «VL 48,000» after 8 months off meds", &["lab_result/hiv", "lab_result/hiv"]),
    ("Hi «Spiro», see you at 3", &["name"]),
    ("«spiro 100 bid» + «estradiol 4 mg»", &["medication/sex", "medication/sex"]),
    ("can u tell dr «lindqvist» i'm doing way better", &["name/clinician"]),
    ("pls tell dr «asap»", &["-"]),
    ("3 yrs in. «Consent» signed.", &["-"]),
    // Specialty clinics: an analyte ordered is a test with the verb after it
    // too; a decimal dose is a drug's; the eye's OCT is no month.
    ("Hi Ngozi, get a «creatinine» drawn before the CT", &["procedure"]),
    ("Renata: «estradiol 0.05 mg patch twice weekly»", &["medication"]),
    ("Gerald, «Visual field» and «OCT» in 3 months", &["procedure", "procedure"]),
    ("Gerald, see you «Oct 14»", &["date"]),
    // Names a note identifies: an HL7 name field, a birth date's label or
    // an age after the name, a signature's name above its job title, a
    // chart subject whose given name is a word; a surname is no eponym.
    ("PID-5 is «OKAFOR^CHINEDU», reg has Chinedu Okafor", &["name"]),
    ("PID|1||MRN^^^HOSP||«NAKASHIMA^HIRO^K»", &["name"]),
    ("Memory clinic: «Florence Whitcombe», 94 y/o, MoCA 17/30", &["name"]),
    ("Thanks!\n\n«Hope Lindqvist»\nCare Coordinator, Brightwater", &["name"]),
    ("«Hope Street», 94 years of service", &["-"]),
    ("Tx coord: «Precious Mthembu» 3 mo s/p DDKT", &["name"]),
    ("«Declan Moriarty» tumor MMR IHC", &["name"]),
    // Surgery as the service or none needed; cancer reassured away.
    ("Santos bed 4: SBO, «surgery» to re-eval in am", &["-"]),
    ("admit medicine w/ «surgery» following", &["-"]),
    ("Rebekah, Dr. Abara doesn't think you need «surgery» right now", &["-"]),
    ("Theo, Dr. Ortiz will discuss «surgery» options", &["procedure"]),
    ("Buford, your FIT test was positive. This does NOT mean «cancer»", &["-"]),
    ("Ana, the biopsy confirmed «cancer»", &["condition"]),
    // Results from BG's and BH's dev halves: a verdict word's short form, a
    // pronoun for the test just named, a culture's susceptibilities (only
    // where a culture is), a finding listed on after `and`, pathology's colon.
    ("Ayesha: «GC/CT» «positive for chlamydia», «neg for gonorrhea».", &["procedure/std", "lab_result/std", "lab_result/std"]),
    ("Dmitri, I reviewed your sleep study. It «showed moderate sleep apnea»", &["lab_result"]),
    ("Lucía UCx >100k Klebsiella, «R to cipro», «S to nitrofurantoin»", &["lab_result", "lab_result"]),
    ("Ana is sensitive to «penicillin»", &["medication"]),
    ("Jamal, your knee MRI «showed a small tear in the medial meniscus and mild arthritis».", &["lab_result"]),
    ("Quintero colonoscopy path: «3 tubular adenomas, no high-grade dysplasia».", &["lab_result"]),
    ("COPD 101: «COPD» is a long-term lung disease that makes it hard to breathe.", &["-"]),
    // A feminizing regimen or given pronouns make hormones gender-affirming
    // care; alprazolam is an anxiety drug.
    ("Rowan, keep «estradiol valerate 5 mg IM weekly» and «spironolactone 100 mg»", &["medication/sex", "medication/sex"]),
    ("Skye (she/her): «estradiol 4 mg daily»", &["medication/sex"]),
    ("Ana, your «estradiol 0.05 mg patch» for hot flashes", &["medication"]),
    ("Your refill for «alprazolam 0.5 mg» needs an office visit first", &["medication/psy"]),
    // A bare ID takes its message's category: after a patient's name, in a
    // message about record numbers, shaped like a labelled one, glued to
    // its label; a device's number after `device`.
    ("please co-sign the note for Victoria («00661203») from 6/14", &["mrn"]),
    ("chart shows two MRNs, merge «00482913» into «00417760»", &["mrn", "mrn"]),
    ("EMPI «1009283746» has a duplicate («1009283912»)", &["mrn", "mrn"]),
    ("PID|1||«MRN448210»^^^LKV", &["mrn"]),
    ("use code «QK4471902» at the kiosk", &["other_id"]),
    ("that number is her acct #, «7730041926». I need the MRN", &["account_number"]),
    ("your pacemaker check (device «PJN812044H») looked good", &["device_id"]),
    // Health education and staff business to everyone name no one.
    ("Did you know? Kids 11-12 should get the «HPV vaccine» - only 2 doses", &["-"]),
    ("«Insulin» storage 101: unopened pens go in the fridge", &["-"]),
    ("Huddle: «CAUTI» rate up this quarter. Pull foleys early.", &["-"]),
    ("Health tip: adults should have their «blood pressure» checked yearly", &["-"]),
    ("Did you know your «colonoscopy» is due, Ana?", &["procedure"]),
    ("Sepsis reminder: «lactate» within 1h, document time zero", &["-"]),
    ("Medicare covers a «screening colonoscopy» every 10 years for average-risk adults", &["-"]),
    ("Derm referral sent for the «mole on your back», Cassius.", &["condition"]),
    ("there is a «bump» on the road by the clinic", &["-"]),
    ("«yes» pls add lactate, if >2 give LR", &["-"]),
    ("do you guys take «molina»? my new insurance starts in january", &["-"]),
    ("silver «Camry» in the handicap spot", &["-"]),
    ("Sra. Ruiz, sus plaquetas «salieron bajas» (68,000)", &["lab_result"]),
    // SSNs typed through noise after their label.
    ("SSN «501-44-\n0193» for the FAFSA", &["ssn"]),
    ("social security number on file ends in «0193»", &["ssn"]),
    ("card ending in «1881»", &["-"]),
    // Plan and license labels as people type them.
    ("member ID on the back «W2938 4756»", &["health_plan_id"]),
    ("her CHIP number is «TX4491020»", &["health_plan_id"]),
    ("MBI «1EG4 TE5 MK73»", &["health_plan_id"]),
    ("license # «F2559215»", &["license_number"]),
    ("the chip in the card «4471» is broken", &["-"]),
    // A birth date written compact after its label.
    ("DOB «19620314»", &["date_of_birth"]),
    ("pt dob «14MAR1962»", &["date_of_birth"]),
    ("ADT: PID-7 «19610314» matches registration", &["date_of_birth"]),
    ("DOB «19620314», MRN «5521870»", &["date_of_birth", "mrn"]),
    ("Hospice referral: pls fax H&P to «614-555-0151».", &["fax"]),
    ("Please confirm for Baby Girl «Ramirez»", &["name"]),
    ("«baby» girl is doing well", &["-"]),
    // A genetic test's findings.
    ("MRN M2209417: «pathogenic MLH1 variant», c/w Lynch syndrome", &["lab_result/gdis"]),
    ("you are both «carriers for beta-thal»", &["lab_result/gdis"]),
    ("CYP2C19 *2/*2, «poor metabolizer»", &["lab_result/gdis"]),
    ("«pathogenic» bacteria in the water", &["-"]),
    // Tests named by what they measure, or checked.
    ("Ana, your next «scope» is in 3 yr", &["procedure"]),
    ("Ana, we'll check your «potassium» and «kidney function» Friday", &["procedure", "procedure"]),
    ("Huddle 12/8: 9:00 «Okonkwo» - A1C 10.2. 10:20 «Whitfield» - COPD", &["name", "name"]),
    ("at 3:30 «Will» call you back", &["-"]),
    // Behavioral health from BJ's dev half: GAD in capitals only; self-harm.
    ("Corwin Blake is «MDD» + «GAD», stable", &["condition/psy", "condition/psy"]),
    ("Jonah: eGFR 38, ok for «gad» per radiology protocol", &["-"]),
    ("Kaylee's school counselor says she's «been cutting»", &["condition/psy"]),
    // A sender naming themself in full, a surname that is a word too.
    ("hi its «Junho Park», got a text that my results are in", &["name"]),
    ("this is «Maria Park», my son has an appt", &["name"]),
    ("this is Sunrise «Clinic», we called about your visit", &["-"]),
    ("«Telehealth»: your video visit with NP «Adeyemi» starts in 10 min", &["-", "name/clinician"]),
    // Lay states of a child or a patient in the ED.
    ("baby Wesley is 7 weeks old and he's «fussy» and feeding less", &["condition"]),
    ("rm 5 is «combative», security is aware", &["condition"]),
    ("the «combative» sports league meets Tuesday", &["-"]),
    // Tests, verdicts, titles and ages in the other languages clinics text in.
    ("kết quả «xét nghiệm cúm» của bé là «dương tính» với cúm A", &["procedure", "lab_result"]),
    ("Kết quả xét nghiệm máu của ông Tuấn («92 tuổi») «là bình thường»", &["age_over_89", "lab_result"]),
    ("«Hodan», natiijada «baaritaanka kaadida» «waa caadi»", &["name", "procedure", "lab_result"]),
    ("Bonjou «Mme» «Jean», rezilta «tès san» ou a «negatif»", &["-", "name", "procedure", "lab_result"]),
    ("Magandang araw po, Gng. «Dizon». Ang X-ray ni Lola «Remedios» («94 taong gulang») ay «walang bali».", &["name", "name", "age_over_89", "lab_result"]),
    ("Ang «X-ray» «ay negatibo»", &["procedure", "lab_result"]),
    ("the waa waa of the «normal» baby monitor", &["-"]),
    // Urgent-care shorthand: films of a body part, sutures, a mono spot,
    // a strep culture, an ECG's reading, a blood alcohol level.
    ("rm 6 Mrs. «Ortega», mechanical fall, «hip films» pending", &["name", "procedure"]),
    ("«DeShawn» left with only 2 of 4 «sutures» in", &["name", "procedure"]),
    ("Called pt «Tesfaye» re «mono spot» «positive»", &["name", "procedure", "lab_result"]),
    ("«Yazzie» «strep cx» pending, day shift pls call back", &["name", "procedure"]),
    ("«EKG» for rm 3: «NSR, no ST changes»", &["procedure", "lab_result"]),
    ("rm 5 «Brody Kessler» «blood alcohol level 0.21», sleeping it off", &["name", "lab_result/eth"]),
    ("«Suboxone films» at the pharmacy", &["medication/eth"]),
    // Marks and small injuries on someone's body part.
    ("i have a 2 cm «cut on the pad of my thumb» from a mandoline", &["condition"]),
    ("My daughter «Esperanza» has «blisters on 3 fingertips» from the curling iron", &["name", "condition"]),
    ("my 2yo has tiny red «spots on his hands» and feet", &["condition"]),
    ("we «cut» the ribbon on the new wing Friday", &["-"]),
    // A condition by the lay name of what it affects, said of someone.
    ("texting for my grandpa «Efraín Soto». He also has «sugar» and «bad kidneys»", &["name", "condition", "condition"]),
    ("«Graciela», Dr. sent «losartan 25 mg daily» for your «blood pressure»", &["name", "medication", "condition"]),
    ("so i got «sugar» AND «bad kidneys» now??", &["condition", "condition"]),
    ("free screening for blood «pressure» at the fair", &["-"]),
    ("he had his blood «pressure» checked at CVS", &["-"]),
    // Alcohol use in a note's words.
    ("Mr. «Szabo», Dr. Nguyen thinks the «drinking» is the main cause", &["name", "condition/eth"]),
    ("«Tanya» said she's «drinking more» since her brother passed", &["name", "condition/eth"]),
    ("keep «drinking» more water and rest", &["-"]),
    ("the «drinking» fountain on 2 is broken", &["-"]),
    ("no eating or «drinking». Arrive at 7", &["-"]),
    // Plain verdicts after their test; exacerbations counted.
    ("Mr. «Ortiz», your HCV RNA was «not detected»", &["name", "lab_result"]),
    ("«Kemi», your depression screen «screened positive»", &["name", "lab_result/psy"]),
    ("pt «Ruiz» had 3 «exacerbations» needing prednisone", &["name", "condition"]),
    ("the new lobby «looked good» after the remodel", &["-"]),
    // A listed test and its verdict are two spans; an analyte's value is one.
    ("ur «ESR» «is still high» but «CRP» «is normal» now", &["procedure", "lab_result", "procedure", "lab_result"]),
    ("«Chidi», your «kidney function» «is stable»", &["name", "procedure", "lab_result"]),
    ("«Ji-woo», your «A1C is 9.2%»", &["name", "lab_result"]),
    // A state after a condition and `&`; a person of a diabetes type.
    ("«Sunil» 5W-18: «diaphoretic» & «shaky», gave D50", &["name", "condition", "condition"]),
    ("this is «Jordan»'s mom, he's «type 1», we gave juice", &["name", "condition"]),
    ("the «type 2» form is attached", &["-"]),
    // PET in capitals is a scan (a pet is an animal); what a test came back as.
    ("Mrs. «Chowdhury» - «PET» «shows new liver mets»", &["name", "procedure", "lab_result"]),
    ("«Nadia», the «HSV PCR» from the sore «came back HSV-2»", &["name", "procedure", "lab_result/std"]),
    ("service «pets» are welcome in the clinic", &["-"]),
    // IOP is a recovery program beside recovery words, an eye's pressure
    // elsewhere; ella is the contraceptive only when taken.
    ("«Desmond»!! 90 days in «IOP», your peer recovery coach will call", &["name", "procedure/eth"]),
    ("«IOP 27» right eye on latanoprost", &["lab_result"]),
    ("Hi, «Nhung Tran» here. I took «ella» on «Nov 21» and now I'm spotting", &["name", "medication/sex", "date"]),
    ("la doctora dice que «ella» puede venir mañana", &["-"]),
    // Abuse by a partner or disclosed is sdv; substance abuse is eth.
    ("«Siobhan», what you described with your partner is «abuse» and it is not your fault", &["name", "condition/sdv"]),
    ("SW: «Tamar Levy» disclosed «abuse» at her visit today", &["name", "condition/sdv"]),
    ("«Substance abuse counseling» is on Tuesdays", &["procedure/eth"]),
    // A bodily function someone cannot do or has not done; instructions are none.
    ("«Thanh»: he «hasn't eaten» in 3 days", &["name", "condition"]),
    ("my 2yo is fussy and she's «not drinking much»", &["condition"]),
    ("he «can't keep anything down» since last night", &["condition"]),
    ("«don't eat» after midnight before your procedure", &["-"]),
    ("we «cant move» your appt to Friday", &["-"]),
    // A listed cancer with `ca` for `cancer`; calcium is no cancer.
    ("«Diego Ruelas» 24M new «testicular ca», «sperm banking» appt 12/1", &["name", "condition", "procedure/sex"]),
    ("hx of «breast CA» in 2019", &["condition"]),
    ("«prostate» calcium is fine", &["-"]),
    // A Russian greeting opening a message before a comma is no name.
    ("«Здравствуйте», это «Оксана Беляева», дочь пациента", &["-", "name"]),
    ("«Спасибо», «Оксана»!", &["-", "name"]),
    // A notice to staff about every new patient names no one.
    ("Reminder to clinic staff: «distress screening» is due at every new patient visit", &["-"]),
    ("«Lorena Whitby» «distress screen» «score 8» today, SW referral placed", &["name", "procedure/psy", "lab_result/psy"]),
    ("Mẹ tôi hẹn «truyền hóa trị» ngày «3/12» lúc 9 giờ sáng", &["procedure", "date"]),
    ("Madanm mwen «Rosemène» gen «dyare» depi yè swa", &["name", "condition"]),
    ("Hi «Ruthanne», «taste changes» are really common mid-treatment", &["name", "condition"]),
    // A chart list under a heading: a found name opens an item with notes
    // after it, and listed names that are no words open the other items.
    ("pending list at 0200: «Kwarteng» UCx, «Begay» wrist XR overread, «Yazzie» strep cx. day shift pls f/u", &["name", "name", "name"]),
    ("inpt HD list for tmrw: «Okafor-Reyes» 0600, «Ranginui» (6W-11) 0830, «Zapata» ICU 1100. pls hold AM meds", &["name", "name", "name"]),
    ("CM note - bankole: Brookside declined, «Willow Creek» pending, St. Anne's reviewing", &["-"]),
    // A state or a lost function after a state just found and `and`.
    ("week 2 on the sertraline and i feel «jittery» and «cant sleep», push thru or call?", &["condition", "condition"]),
    ("my sugar was 240 and i feel «shaky» and so «thirsty»", &["condition", "condition"]),
    ("the kids are «thirsty» after practice, bring water", &["-"]),
    // A fasting sugar from a log; fasting hours are none.
    ("my «sugar was 240» after supper and «fasting was 188» this morning", &["lab_result", "lab_result"]),
    ("«fasting 240s»-280s all wk per his log", &["lab_result"]),
    ("nothing to eat, «fasting» 12 hours before the scan", &["-"]),
    // A test in the plural is someone's after a possessive; vaccines named
    // before `boosters` are the finding, not the word.
    ("Congratulations «Adaeze»! We'll go over your follow-up «mammograms» and bone health", &["name", "procedure"]),
    ("«Zainab» is due for her «DTaP» and «MMR» «boosters» at the 4-year visit", &["name", "procedure", "procedure", "-"]),
    // How a body part looks, said of it; a warning sign to watch for is none.
    ("Mom hasn't eaten and her hands and «feet look kind of purple» and blotchy", &["condition"]),
    ("the skin on her «chest is peeling» where the radiation was", &["condition"]),
    ("Call us if your «lips look blue» or you can't finish a sentence", &["-"]),
    ("the «walls are white» and the lobby is open", &["-"]),
    // A drug infused is the drug, as the corpus marks it; an iron infusion
    // and a chemo infusion are listed procedures.
    ("«Chidi»: your «Remicade» infusion is Dec 4 at 8:00 AM, chair 12", &["name", "medication"]),
    ("«Yusuf», «Ocrevus 600 mg» IV infusion moved to Friday", &["name", "medication"]),
    ("«Marisa», your «iron infusion» is Tuesday", &["name", "procedure"]),
    // A named drug with its shot or clinic is the drug, as the corpus marks it.
    ("«Lucas», your «Vivitrol» shot is due «Dec 1»", &["name", "medication/eth", "date"]),
    ("«Keisha», you're due for your «Depo» shot between «12/10» and «12/24»", &["name", "medication/sex", "date", "date"]),
    ("can i push my ride to the «methadone» clinic to 6:30? - «Wendell Tso»", &["medication/eth", "name"]),
    // `about` right before a fraction makes it none; farther back it does not.
    ("«Renata», the group you asked about starts «12/2», Wednesdays 10-11:30", &["name", "date"]),
    ("the bottle is about «3/4» full", &["-"]),
    // Tagalog's titles and function words are no names, though some are
    // listed names elsewhere.
    ("Magandang hapon po, «Gng». «Lualhati Macaraeg». Paalala «lang» po: ang follow-up ninyo", &["-", "name", "-"]),
    ("«Dok», ang anak ko pong si «Jomar» ay umiinom na naman. Hindi na po «siya» pumupunta. Ano po ang dapat «kong» gawin?", &["-", "name", "-", "-"]),
    ("Ate «Remedios», hindi po dumating kahapon «yung» caregiver ni Lolo «Bonifacio»", &["name", "-", "name"]),
    ("Hello, «Mme». «Lualhati Jean», votre rendez-vous", &["-", "name"]),
    ("Mr. «Lang» called about his refill", &["name"]),
    // From the veterans' clinic batch's dev half: chart shorthand of TBI
    // and alcohol use (AUD in capitals; AuD is an audiologist's degree), a
    // stump's skin, a contraction typed without its apostrophe.
    ("«Ysidro Delgado»: «mTBI» x2, «post-concussive HA», «vestibular dysfunction». ok'd referral to «vestibular PT»", &["name", "condition", "condition", "condition", "procedure"]),
    ("hx «HTN», «AUD» in remission", &["condition", "condition/eth"]),
    ("Dr. «Lee», «AuD» will fit your hearing aids", &["name/clinician", "-"]),
    ("skipping pt tmrw. «stump is raw and red» where the liner rubs", &["condition"]),
    ("moms «confused» again today, keeps asking for dad", &["condition"]),
    // A service's name heading a chart note: the surname after it is the patient.
    ("Audiology: «Akinyemi» aids programmed, f/u 4 wks", &["name"]),
    ("Audiology: «Hearing» aid cleanings are free on Tuesdays", &["-"]),
    // A word shaped like a name between two names found in a list is a name.
    ("reminder «ngata», «oduya», «pruitt» all still need A1C before yr end", &["name", "name", "name"]),
    ("Maria, «Tuesday», and Jose are off", &["-"]),
    ("Lopez, «CBC», Nguyen", &["procedure"]),
    // A verdict after a plural test; what a test found no sign of.
    ("«Yuki», your 2-year «CT scans» «are clear», «no evidence of recurrence»", &["name", "procedure", "lab_result", "lab_result"]),
    ("ED: «CT head» «neg», «trop» x2 neg, wants «Holter»", &["procedure", "lab_result", "procedure", "procedure"]),
    // A drug named by a number and letters; a range of counts is none.
    ("«Corazon» got «5-FU» today, and «6-MP 50 mg daily» continues", &["name", "medication", "medication"]),
    ("take «2-3» tabs with food", &["-"]),
    // Symptoms as patients text them (a probe written here, not the corpus):
    // lay phrases, and states of mind said of someone (`psy`).
    ("my son has «the runs» since yesterday, also «sneezing»", &["condition", "condition"]),
    ("i've been really «anxious» lately and «hopeless»", &["condition/psy", "condition/psy"]),
    ("he «relapsed» last weekend, «using again» per his sponsor", &["condition", "condition/eth"]),
    ("she is «autistic» and has «meltdowns» at school", &["condition/psy", "condition/psy"]),
    ("grandpa «hit his head» and now the «room is spinning»", &["condition", "condition"]),
    ("the «baby hasn't moved» much today and i'm «leaking fluid»", &["condition/sex", "condition/sex"]),
    ("dr said my «sugar's been running high» since the steroid", &["condition"]),
    ("i «threw out my back» lifting boxes", &["condition"]),
    ("Dad keeps forgetting his «appts», can you text me", &["-"]),
    ("I'm «anxious» to hear back about the job", &["-"]),
    // A given name that is a word, opening a sentence, doing what a patient
    // does (to something of theirs, or having a condition) is a name.
    ("«Faith» missed her appt, pls call mom", &["name"]),
    ("«Summer» has «strep», mom wants a callback", &["name", "condition"]),
    ("«Autumn» is here for her physical", &["name"]),
    ("«Summer» has arrived! «Autumn» is the season for flu shots", &["-", "-"]),
    ("«Mercy» has a new MRI machine. «Bill» is due on the 5th", &["-", "-"]),
    // A full name on no list opening a clause, then where the person is or
    // what they have.
    ("«Ebere Nnadi» has a question about billing", &["name"]),
    ("«Amaru Mamani» is here for the 2:30", &["name"]),
    ("«Mychart Lite» is new this month", &["-"]),
    // Spanish: how someone feels or is (`me siento`, `está`, `sigue`), and lay phrases.
    ("me siento muy «cansada» y «triste» todo el tiempo", &["condition", "condition/psy"]),
    ("mi papá está «confundido» y «se le olvidan las cosas»", &["condition", "condition"]),
    ("la niña «se golpeó la cabeza» y «perdió el conocimiento»", &["condition", "condition"]),
    ("mi hijo está «tomando otra vez»", &["condition/eth"]),
    ("esta semana no hay citas, todo «está» bien", &["-"]),
    // Chart shorthand: a fracture written `fx` after its bone, not a fax label.
    ("w/ displaced 5th metacarpal «fx» R hand, «CKD3a», «BPAD»", &["condition", "condition", "condition/psy"]),
    ("Ph 555-0100 «FX»: 555-0123, «fx» (614) 555-0124", &["-", "-"]),
    // First-person and caregivers' phrases (a second probe written here).
    ("my husband «can't catch his breath» and «keeps falling»", &["condition", "condition"]),
    ("she's «pulling at her ear» and «peed the bed» again", &["condition", "condition"]),
    ("i «hate myself» and «can't get out of bed»", &["condition/psy", "condition/psy"]),
    ("i «don't feel safe at home», «he hit me» last night", &["condition/sdv", "condition/sdv"]),
    ("my son «vapes» and «smokes weed» every day", &["condition/eth", "condition/eth"]),
    ("i «lost the baby» in march and «haven't had a period» since", &["condition/sex", "condition/sex"]),
    ("text me back or just «hit me» up when the forms are ready", &["-"]),
    // A given name signing off after thanks, even one that is a word.
    ("ok will bring the forms, thanks so much!! «jasmine»", &["name"]),
    ("Thanks,\n«Amber»", &["name"]),
    ("thanks! «hope» to see you soon", &["-"]),
    // A chart's `Surname, Given` with a birth date or record after it: the
    // given name on no list is a name too.
    ("«Szabo», «Dorottya» 02/02/1955 needs PA", &["name", "name"]),
    ("«Okafor», «Zinzile» MRN 55501234", &["name", "name"]),
    ("«Natalia», «Amex» 3798 296572 49202 was charged $25", &["name", "-"]),
    // A lab gone up or down, said without its value, after the analyte or
    // its count; not a machine that is down, nor a record up to date.
    ("Hi Theo, your potassium «is up» and your counts «are down»", &["lab_result", "lab_result"]),
    ("Heads up: the scope washer «is down» and the POS terminal «is down»", &["-", "-"]),
    ("Hi Theo, your A1C «is up» to date", &["-"]),
    ("Hi Theo, the «eye shots» are monthly, and your «gallbladder out» went well", &["procedure", "procedure"]),
    // A body part and how it is (a fourth probe written here); a plain
    // adjective right after the part is an instruction's.
    ("Hi Theo, my «voice is hoarse», my «urine is dark» and my «hands shake»", &["condition", "condition", "condition"]),
    ("Hi Theo, my «skin is so dry» and my «eyes water»", &["condition", "condition"]),
    ("Hi Dawn, keep your «back dry» all week after the patch test", &["-"]),
    ("Hi Theo, my heart «skips a beat» and i «worry all the time»", &["condition", "condition/psy"]),
    // A name on no list before what a patient has or does: `has a fever`,
    // `no show`; not a document where it is (`Copy is in your file`).
    ("«Kwadwo» no show x2, «Ayodele» has a fever", &["name", "name"]),
    ("it confirms your visits. «Copy» is in your file.", &["-"]),
    // From a fifth probe, after its first measurement.
    ("Hi Theo, i have «the shakes» and i'm «down in the dumps»", &["condition", "condition/psy"]),
    ("Hi Theo, i «tweaked my back» and «can't feel my toes»", &["condition", "condition"]),
    // Portuguese greetings are no part of the name; a Korean student's
    // name before `학생`.
    ("Olá «João», sua consulta é amanhã. Oi «Maria»!", &["name", "name"]),
    ("«Olá» «João»", &["-", "name"]),
    ("«김민준» 학생, 내일 오후 2시 예약입니다", &["name"]),
    // From a sixth probe, after its first measurement: a relative is the
    // subject of a state; more parts and complaints, in Spanish too.
    ("Hi Theo, my husband is «yellow» and my «leg is hot and swollen»", &["condition", "condition"]),
    ("Hi Theo, my «poop is black» and my «chest is rattling»", &["condition", "condition"]),
    ("Hi Theo, la «herida está roja» y me «sangra la nariz»", &["condition", "condition"]),
    ("Sober October raised $4,210 for the pantry, keep your «feet hot» in winter", &["-"]),
    ("ayer me sentía muy «cansada»", &["condition"]),
    // Occupational health: titers' verdicts, a medical review officer's verdict, collections.
    (
        "Tavi, titers are back: «measles immune», «varicella immune», «hep B non-immune»",
        &["lab_result", "lab_result", "lab_result"],
    ),
    ("Mr. Ruiz, «rubella not immune» per the titer, and your «immune» system is fine", &["lab_result", "-"]),
    ("Otherwise the screen will be «verified positive» by the MRO", &["lab_result"]),
    (
        "6 «observed collections» this year, and a «hair follicle test» for the mine",
        &["procedure/eth", "procedure/eth"],
    ),
    ("after your «chemical splash» we did «eye irrigation» and a «fluorescein exam»", &["condition", "procedure", "procedure"]),
    ("says he cant go («shy bladder»), supervisor reports «odor of alcohol»", &["condition", "condition/eth"]),
    // Names: a surname on no list after a given name that is a word, then
    // what a person does; a series of surnames; capitals split by a line
    // break; a given name owning a relative.
    ("«Frank Oduya» is getting frustrated with the hold times", &["name"]),
    ("«Mark Adeyemi-Cole» will call back after lunch", &["name"]),
    ("Hope «Valley» is closed for Thanksgiving, Will Call too", &["-"]),
    ("«O'Shaughnessy», «Begaye-Nez» and «Lindgren» still need vitals", &["name", "name", "name"]),
    ("«Ruiz», «Chen», and «Abara» are roomed", &["name", "name", "name"]),
    ("Mr. «Ruiz», «Tuesday» and Friday work for the echo", &["name", "-"]),
    ("URGENT: call «DARNELL\nWASHINGTON-PRICE» re: his paperwork", &["name"]),
    ("hi this is «hope»'s mom, she cant make it tmrw", &["name"]),
    ("sign-ups for this «summer»'s mom group are open", &["-"]),
    // A body part and how it is, contracted or in two words; what the
    // message named, then `it's` and how it is now.
    ("my «heart's racing» and «stool's been black» since Tuesday", &["condition", "condition"]),
    ("her «hair is falling out» and her «knee locks up»", &["condition", "condition"]),
    ("my «cheek is swollen», «lips feel tingly»", &["condition", "condition"]),
    ("got a dog «bite on my hand» and now «it's red and hot»", &["condition", "condition"]),
    ("keep your knee «bent» and your feet «warm»; «it's hot» outside", &["-", "-", "-"]),
    ("pt says her «heavy periods» are back, «soaking a pad» an hour; lashes «crusted shut»", &["condition/sex", "condition", "condition"]),
    ("mamá dice que «no puede respirar» bien y «toma demasiado»", &["condition", "condition/eth"]),
    ("«Sunny» sends her thanks - «Grace Mbatha» (mom)", &["name", "name"]),
    ("Open house Saturday! - Hope «Valley»", &["-"]),
    // A procedure is a person's when a drug or a result comes with it.
    (
        "«Cataract surgery» on the left eye is Tuesday. Start the «prednisolone drops» 3 days before",
        &["procedure", "medication"],
    ),
    ("Sepsis huddle 0745 in the 4E conf room. Topic: «lactate» redraw compliance", &["-"]),
    (
        "nurse said my «heart ultrasound» «was fine», and both «pregnancy tests» «said positive»",
        &["procedure", "lab_result", "procedure/sex", "lab_result/sex"],
    ),
    ("Mr. Tolliver, your «kidneys look good»; la «biopsia» «salió benigna»", &["lab_result", "procedure", "lab_result"]),
    ("pt sd «diarea» x3d, «n/v» since last nite; «shooting pain down my right leg»", &["condition", "condition", "condition"]),
    // Custody: a chart's `SURNAME, Given`; an inmate or detainee named.
    ("Med pass: «RODRIGUEZ, Luis» refused AM meds", &["name"]),
    ("inmate «Rodriguez» c/o chest pain, inmate «ifeanyi» in holding cell 4", &["name", "name"]),
    ("PLEASE, «Mark» your calendars; inmate count is 412", &["-"]),
    // Advice and news for everyone, from a precision probe of look-alikes.
    ("Reminder to all: if anyone in your household has a «fever» or «cough», call first", &["-", "-"]),
    ("Most «colds» are caused by viruses. People with «asthma» should limit time outdoors.", &["-", "-"]),
    ("«Norovirus» is going around local schools; about 1 in 3 adults has «prediabetes»", &["-", "-"]),
    ("Ana, your «asthma» is worse since the smoke; use the «albuterol»", &["condition", "medication"]),
    ("Happy «Valentine»'s Day! Our «Augusta» office has moved; «Rosa»'s dad called", &["-", "-", "name"]),
    ("«COWS 14» at 0600; pt on «suicide watch»; the cows got out of the «pasture»", &["lab_result/eth", "procedure/psy", "-"]),
    ("Chào chị «Lan», kết quả «sinh thiết» của chị «lành tính».", &["name", "procedure", "lab_result"]),
    // A refugee clinic: greetings are no names, symptoms in Swahili and Arabizi.
    (
        "Habari daktari, mimi ni «Furaha Mukendi». Mtoto wangu ana «homa» na «kuhara». Asante «sana».",
        &["name", "condition", "condition", "-"],
    ),
    ("«Salaan», waxaan ahay «Hodan Warsame»; «During» Ramadan take it at suhoor", &["-", "name", "-"]),
    ("Crisis note: «Rania» said she «doesn't want to live»; «partner hits her»", &["name", "condition/psy", "condition/sdv"]),
    ("Interpreter request: Dari, Tue 10:00 for «Zarghona Ahmadzai» (female interpreter)", &["name"]),
    // A language that is a given name too, in a message about interpreters.
    ("Interpreters booked Thu:\n• «Karen» – «Eh Say Paw»\n• Kinyarwanda – «Clarisse Uwase»", &["-", "name", "name"]),
    ("«Karen» called about her refill, call her back", &["name"]),
    ("«Roosevelt» HS Wellness Center: «Deshawn Ellis» was seen today", &["-", "name"]),
    ("From: «Beatriz», RN «CM», St. Luke's; RN «Cho» will call", &["name/clinician", "-", "name/clinician"]),
    // A town or street where a store or clinic is.
    ("send it to the walgreens on «Halsted»; the pharmacy in «Chester» can give it", &["-", "-"]),
    ("discharged from Mt «Sinai» 11/29; K+ 6.1 on «Halvorsen»", &["-", "name"]),
    ("my «periods are super heavy», «pee smells strong», «gums bleed»; the grace period is «over»", &["condition", "condition", "condition", "-"]),
    ("SSN card came, last 4 «4821»; SSN blast 4 «4821»", &["ssn", "-"]),
    ("muchas gracias - «Grace Mbatha»", &["name"]),
    // Clinical words in other scripts: a Cyrillic stem with its ending, not
    // a longer word it begins (`больница`, hospital; `кто`, who); an Arabic
    // stem after a joined article; Chinese and Korean as written, not inside
    // an unrelated word (`아파트`, apartment).
    ("Богдан, ваш «цефалексин» можно забрать в аптеке до 6 вечера.", &["medication"]),
    ("Олена, ваш «аналіз» крові готовий, лікар зателефонує.", &["procedure"]),
    ("Ирина, у мамы сильный «кашель» и «одышка», везите в «больница» 3", &["condition", "condition", "-"]),
    ("Анна Петрова, «кто» вам звонил? У вас «УЗИ» в пятницу.", &["-", "procedure"]),
    ("مرحبا سميرة، لا تنسي إحضار أدوية «الضغط» يوم الخميس.", &["condition"]),
    ("أحمد، نتيجة «تحليل» السكر جاهزة، اتصل بالعيادة.", &["procedure"]),
    ("王先生，您的«胃镜»检查安排在周四上午。", &["procedure"]),
    ("김민준님, «대장내시경» 전날 저녁부터 금식입니다. «아파트» 주소 확인 부탁드립니다.", &["procedure", "-"]),
    ("박서연님 요즘 «악몽» 때문에 잠을 못 주무신다고 하셨죠.", &["condition/psy"]),
    // Suicidal ideation in a chart's capitals with its plan or beside
    // homicidal ideation; the sacroiliac joint is no such thing.
    ("Victor at the bus shelter, «SI» w/ plan, mobile crisis called", &["condition/psy"]),
    ("Dorrit Vance: «SI»/HI screen today, +«SI», no plan", &["condition/psy", "condition/psy"]),
    ("Lupe Arce, «SI joint injection» moved to 12/3", &["procedure"]),
    // A street where a shelter or store is; a shelter named like a person.
    ("Tomasz found Wilmer at the bus shelter on «Olive» last night", &["-"]),
    ("Raynelle was outside the Somali grocery on «Blackstone», due for her TB read", &["-"]),
    ("Shout-out to «Hope House» for the loaner washers", &["-"]),
    ("«Greg House» called about his refill", &["name"]),
    // A Karen name keeps its honorific, Saw (a man's) or Naw (a woman's);
    // the verb opening a sentence before a pronoun, a relative or one
    // listed name is no part of a name.
    ("«Saw Eh Doh» TB skin test read today, cleared for work", &["name"]),
    ("interp req: Karen for «Saw Htoo» @ dental Tue 2pm", &["name"]),
    ("Congratulations «Naw Mu Htoo»! Your visit is confirmed", &["name"]),
    ("Saw «Kim» in clinic, BP fine", &["name"]),
    ("«Saw» you hit 90 days!! so proud of you", &["-"]),
    // A relative by marriage before a name on no list.
    ("came in with her father-in-law «Gurdial»", &["name"]),
    // A free flu shot day open to all, in Chinese, names no one's illness.
    ("本周六在大厅举办免费«流感»疫苗接种，欢迎所有人参加。", &["-"]),
    // How a nail, a fluid or sight looks, said of it.
    ("Nadia Perl: my «toenail is black» since the race", &["condition"]),
    ("Oren's «lips are turning blue» when he coughs", &["condition"]),
    ("Mom says her «vision went dark» for a second, then came back", &["condition"]),
    ("the waiting room is dark after 6, use the side door", &[]),
    // What a part feels like, in a patient's words; not a likeness.
    ("Idris Maalouf: my «legs feel like jelly» after the new pill", &["condition"]),
    ("Juno says her «stomach feels funny» since breakfast", &["condition"]),
    ("Your knee surgery went well, Wes. «It feels like» a long time ago", &["-"]),
    // No cancer, said after the test.
    ("Hi Jo Arndt, the «biopsy» «was not cancer», we'll recheck in a year", &["procedure", "lab_result"]),
    // A listed name in lowercase between `let` and `know`; no pronoun or
    // department.
    ("pls let «maria» know her refill is in", &["name"]),
    ("pls let «pharmacy» know the refill is in", &["-"]),
    // An organisation word that is a surname, before a birth date or a
    // relative: a person's.
    ("FYI «Wendell Park» DOB 07/30/1968: CD4 212", &["name"]),
    ("«Jiho Park» mom «Eunji» called, running late", &["name", "name"]),
    // A dose with a thousands comma is one dose.
    ("Hi Tess Arlo, take «ergocalciferol 50,000 units weekly» for 8 weeks", &["medication"]),
    // Results in other scripts.
    ("Анна, ваш «анализ» крови в «норме».", &["procedure", "lab_result"]),
    ("王先生，您的«验血»«结果正常»。", &["procedure", "lab_result"]),
    ("김민준님, «검사» 결과는 «정상»입니다.", &["procedure", "lab_result"]),
    ("Хорошая погода, «норма».", &["-"]),
    // Services billed for their dates are a person's; a department is not.
    ("Statement for Mary Jonas: «hemodialysis» services 9/1 to 9/30", &["procedure"]),
    ("Hi Mary Jonas, «Dialysis» Services is closed 12/25", &["-"]),
    ("Бесплатная прививка от «гриппа» для всех в субботу.", &["-"]),
    // Street shorthand for buprenorphine films, owned.
    ("hey its Keisha i lost «my subs» when they swept our camp", &["medication/eth"]),
    // A hyphen where the list has a space, and the other way round.
    ("Hi Bo Lind, do «wet-to-dry dressings» twice a day", &["procedure"]),
    // A state said of a relative right before it, or opening a patient's
    // text with how long it has lasted; not a state alone.
    ("Hi Ana Ruiz, grandpa «coughing» a lot since Sunday", &["condition"]),
    ("Ana Ruiz here. «wheezy» again and the inhaler barely helps", &["condition"]),
    ("Ana Ruiz: back from the trip, «coughing» for like 6 wks now", &["condition"]),
    ("Reminder Ana Ruiz: «tired» of waiting on hold? Use the portal", &["-"]),
    // A body part's tinge, the verb left out, and spots it has.
    ("Hi Ana Ruiz, her «eyes look yellowish» today", &["condition"]),
    ("Ana Ruiz: his «lips a little blue» after the coughing fit", &["condition"]),
    ("Ana Ruiz says her «tonsils have white spots»", &["condition"]),
    ("Hi Ana Ruiz, the «back door is red» now, use the side entrance", &["-"]),
    // A bodily function someone has lost, by a relative, `barely`,
    // `stopped` or a refusal; not a habit or an order kept.
    ("Hi Ana Ruiz, our teen «isnt eating» and seems down", &["condition"]),
    ("Ana Ruiz: since the fall grandpa «barely eats»", &["condition"]),
    ("Ana Ruiz says the baby «stopped walking» last week", &["condition"]),
    ("Ana Ruiz: grandma «refuses to eat» since Tuesday", &["condition"]),
    ("Hi Ana Ruiz, mom «doesnt eat» breakfast before her labs", &["-"]),
    ("Ana Ruiz: i «couldnt hear» you on the phone, call again", &["-"]),
    // A person's weight lost or gained by an amount; not supplies.
    ("Hi Ana Ruiz, our teen «lost 18 lbs» since summer", &["lab_result"]),
    ("Ana Ruiz: grandma «lost about 15 lbs» since spring", &["lab_result"]),
    ("Ana Ruiz: we «lost 20 lbs» of supplies in the flood", &["-"]),
    // Symptoms in Portuguese, German, Tagalog and Vietnamese; kidney care.
    ("Oi Ana Ruiz, minha filha está com «febre» e «dor de garganta»", &["condition", "condition"]),
    ("Ana Ruiz: meine Mutter hat «Kopfschmerzen» seit Montag", &["condition"]),
    ("Ana Ruiz: si lola ay «nahihilo» kaninang umaga", &["condition"]),
    ("Ana Ruiz: mẹ tôi bị «tiêu chảy» từ hôm qua", &["condition"]),
    ("Hi Ana Ruiz, your «home hemo» training starts Monday, bring your «Extraneal» bags", &["procedure", "medication"]),
    ("Ana Ruiz: «cPRA 82%» on the new panel", &["lab_result"]),
    // Whose loss: `my` before a child's age, a title before a name, a
    // relative earlier in the sentence; not an order before a test.
    ("Ana Ruiz: my 14 mo «stopped walking» and fusses", &["condition"]),
    ("Hi Ana Ruiz, Mr. Dukes «wont swallow» his pills", &["condition"]),
    ("Ana Ruiz: our teen isnt eating, «lost 18 lbs» since summer", &["lab_result"]),
    ("Hi Ana Ruiz, Mr. Dukes «cant eat» before the scan", &["-"]),
    ("Ana Ruiz: his left «nut is swollen» since the game", &["condition"]),
    // What hurts when someone does something, likeness and all; not a
    // warning nor a feeling.
    ("Ana Ruiz: it «burns like fire when i pee» since Sunday", &["condition"]),
    ("Hi Ana Ruiz, my son says it «hurts to swallow»", &["condition"]),
    ("Ana Ruiz: «duele al orinar» desde ayer", &["condition"]),
    ("Reminder Ana Ruiz: if it «hurts to breathe», call 911", &["-"]),
    ("Ana Ruiz: it «hurts to see» you go, thanks for everything", &["-"]),
    ("Hi Ana Ruiz, after the cystoscopy it may «hurt to pee» for a day", &["-"]),
    // Leaking or a spinning room when someone does something; an injury
    // by slicing; a crawly feeling got.
    ("Ana Ruiz: since the baby i «leak when i sneeze» or laugh", &["condition"]),
    ("Hi Ana Ruiz, the room «spins when i roll» over in bed", &["condition"]),
    ("Ana Ruiz: «sliced my finger» on the mandoline, still bleeding", &["condition"]),
    ("Ana Ruiz: my legs get «crawly» at night", &["condition"]),
    ("Ana Ruiz: the roof «leaks when i run» the dryer", &["-"]),
    // A state said with feeling at a clause's start; leaking a little;
    // Vietnamese letters only in names leave an English message English.
    ("Ana Ruiz: always «thirsty» and up all night", &["condition"]),
    ("Ana Ruiz: i «leak a little when i sneeze» since the baby", &["condition"]),
    ("«Thanh Hương» from the church is driving Mrs. «Trần» today", &["name", "name"]),
    ("Ana Ruiz: so «tired» of waiting on hold", &["-"]),
    // A given name that is a place's word too, right after a relative.
    ("Hi Ana Ruiz, my son «River» has a rash again", &["name"]),
    ("Directions: the «Red River» Clinic is past the bridge", &["-"]),
    // A fever's reading by the verb it rose with; not a warning, nor a count.
    ("Ana Ruiz: my son has sickle cell and he just «hit 102.3», do we go", &["lab_result"]),
    ("Ana Ruiz: her «temp spiked to 101.8» overnight", &["lab_result"]),
    ("Ana Ruiz: she's «running 100.9» since lunch", &["lab_result"]),
    ("Call us if «he hits 100.4» or higher", &["-"]),
    ("Ana Ruiz: my step count «hit 100» today", &["-"]),
    // A sore where it is; signs of a part new to the list.
    ("Mrs. Ruiz's «sore on her tailbone» looks deeper today", &["condition"]),
    ("Ana Ruiz: the «incision is leaking» yellowish stuff", &["condition"]),
    ("Ana Ruiz: my left «boob is red» hot and hard as a rock", &["condition"]),
    ("Ana Ruiz: his «privates are black and blue»", &["condition"]),
    ("Ana Ruiz: «knuckles puffed up» like sausages", &["condition"]),
    ("Ana Ruiz: my «knee is shot», just refill it", &["condition"]),
    ("Ana Ruiz: been a little «winded» on the stairs", &["condition"]),
    ("Ana Ruiz: tired «on» the phone again", &["-"]),
    ("Ana Ruiz: a mi mamá le «duele la nuca» desde ayer", &["condition"]),
    // Relatives, a Serbian title, two initials.
    ("Ana Ruiz and her tutu «Hope» are waiting in the lobby", &["name"]),
    ("Auntie «Grace» is picking up for the whole family", &["name"]),
    ("«R.K. Adhikari» (son) called on behalf of his father", &["name"]),
    ("Gđa. «Vuković» wanted to remind you about the POA", &["name"]),
    ("«U.S.» Bank called about the lockbox", &["-"]),
    // A drug's level drawn is a test of it.
    ("Ana Ruiz, your «Remicade level» came back low", &["procedure"]),
    ("Ana Ruiz, start «Remicade» on the 4th", &["medication"]),
    // Caregivers and hospice families: breathing, pain shown, bowels.
    ("Ana Ruiz: his «breathing is rattly» tonight", &["condition"]),
    ("Ana Ruiz: her «breathing is fast» and shallow", &["condition"]),
    ("Ana Ruiz: he has a «gurgle in his throat»", &["condition"]),
    ("Ana Ruiz: she «moans when we turn» her", &["condition"]),
    ("Ana Ruiz: her «sacrum is open» again", &["condition"]),
    ("Hi Ana Ruiz, the clinic is «open» at 8", &["-"]),
    ("Ana Ruiz: the baby «cries when» I put him down", &["-"]),
    // Sports injuries by their verbs; gestures are none.
    ("Ana Ruiz: Jayden «rolled his ankle» at practice", &["condition"]),
    ("Ana Ruiz: Josh «blew out his ACL» in the game", &["condition"]),
    ("Ana Ruiz: she «rolled her eyes» at me", &["-"]),
    ("Ana Ruiz: he «snapped his fingers» twice", &["-"]),
    ("Ana Ruiz: her «knees are blotchy» purple", &["condition"]),
    ("Ana Ruiz: grandma «cries out when we change» her", &["condition"]),
    ("Ana Ruiz: «crackles in her lungs» today", &["condition"]),
    ("Ana Ruiz: her «eye is bloodshot» since the surgery", &["condition"]),
    // Oxygen read by its verb; a price is no reading.
    ("Ana Ruiz: «pulse ox says 91%» on room air", &["lab_result"]),
    ("Ana Ruiz: «desat to 85%» with walking", &["lab_result"]),
    ("Ana Ruiz: his «oxygen drops to 86» when he walks", &["lab_result"]),
    ("Ana Ruiz: prices «dropped to 90%» off", &["-"]),
    ("Ana Ruiz: «PPS 40%» at the recert", &["lab_result"]),
    // A weight read or changed, opening a patient's own text; a box's is none.
    ("«up 4 lbs» since yesterday and ankles puffy", &["lab_result"]),
    ("«weighed 212» this morning, down 18!!", &["lab_result"]),
    ("Ana Ruiz: the box «weighed 12 lbs»", &["-"]),
    ("Ana Ruiz: newborn looks «yellow» today", &["condition"]),
    ("Ana Ruiz: the house looks «good»", &["-"]),
    ("Ana Ruiz: «boil in my armpit» full of pus", &["condition"]),
    ("Ana Ruiz: my «feet tingle» at night", &["condition"]),
    // Whose relative, in Spanish and Portuguese; a letter's closing; a
    // Vietnamese full name opening a sentence.
    ("hola soy Ana Ruiz, mamá de «Kusi», gracias", &["name"]),
    ("Oi, aqui é Ana Ruiz, mãe do «Kauã»", &["name"]),
    ("«Regards»,\nTemitope Ajayi-Bello", &["-"]),
    ("«Nguyễn Thị Thu Hà» đã đến, đang chờ ở quầy", &["name"]),
    ("«Xin» chào, phòng khám đóng cửa thứ Năm", &["-"]),
    // Any one relative makes a plain procedure someone's.
    ("After «cataract surgery» grandma is «dizzy»", &["procedure", "condition"]),
    ("«Flu shots» this Saturday for the whole family!", &["-"]),
    // An injury's verb that is its adjective too, before whose part.
    ("Ana Ruiz: she «sprained her ankle» at practice", &["condition"]),
    ("Ana Ruiz: Tyler «dislocated his kneecap» again", &["condition"]),
    ("Ana Ruiz: the «sprained ankle» is better", &["condition"]),
    // A chart's s/p and a treatment's course are someone's.
    ("s/p «lap chole» POD1, drain to bulb", &["procedure"]),
    ("since round 3 of «chemo» everything «tastes like pennies»", &["procedure", "condition"]),
    ("«Flu shot» clinic round 2 of 3 this Saturday", &["-"]),
    // A listed name alone in capitals after a word that expects a person, in a message that is not in capitals; a chart row opening with a surname in capitals and a comma.
    ("please call «ROSALES-IBARRA» family about the forms", &["name"]),
    ("pls call «CARTER» back about the Rx", &["name"]),
    ("please «CALL» ASAP about the forms", &["-"]),
    ("«IBRAGIMOV, RUSTAM» rm 4 waiting on interpreter", &["name"]),
    ("«URGENT», PLEASE call the front desk", &["-"]),
    ("my bro «dre» is on his way with the paperwork", &["name"]),
    // A verdict with a degree word after `came back` or before the level; the air's counts are no one's result.
    ("the «glucose test» «came back a little high», they want the longer one", &["procedure/sex", "lab_result/sex"]),
    ("my «iron was super low», explains a lot", &["lab_result"]),
    ("Heads up, pollen «counts are super high» this week", &["-"]),
    ("pollen «counts are high» today, keep windows shut", &["-"]),
    // Lay wording from symptoms-12.
    ("he's «allergic to peanuts» and tree nuts, carries an «EpiPen»", &["condition", "medication"]),
    ("dad «keeps asking the same question» five times an hour now", &["condition"]),
    ("I «haven't gone number 2» in 5 days, what can I take", &["condition"]),
    ("been having «thoughts of not wanting to be here», not planning anything", &["condition/psy"]),
    ("a mi mamá «se le subió la presión» y ya no tiene «losartán»", &["condition", "medication"]),
    // A given name that is a word too, opening a front desk's note before what a person does; not a word opening a notice.
    ("«Faith» left a voicemail about the forms", &["name"]),
    ("«Precious» is in the waiting room", &["name"]),
    ("«Sunny» wants to know if the van is coming", &["name"]),
    ("«Grace» period ends on the 15th", &["-"]),
    ("«Will» call you back tomorrow", &["-"]),
    // A chart's given name in capitals that also spells a test is the name.
    ("«GARCIA, ANA» - NO SHOW 9:40", &["name"]),
    ("LUPUS, «ANA POSITIVE», titer 1:640", &["lab_result"]),
    // An organ's function retold as a percentage; a pressure read out in words; no street of pronouns.
    ("they said my «heart is pumping at 30 percent»", &["lab_result"]),
    ("they said my «kidneys are at 40 percent»", &["lab_result"]),
    ("my «blood pressure was 178 over 96» this morning", &["lab_result"]),
    ("«gabapentin 300» makes me «walk like im drunk»", &["medication", "condition"]),
    ("«PET scan» next week im scared", &["procedure"]),
    ("been «making myself throw up» after eating pls dont tell my mom", &["condition/psy"]),
    ("Big sale: the «heart» of our store is at 50 percent off", &["-"]),
    // A Vietnamese full name of listed names opening a sentence before what its subject does; not the clinic.
    ("«Thủy Trần» và mẹ đã đến rồi", &["name"]),
    ("«Minh Nguyễn» sẽ gọi lại cho bạn", &["name"]),
    ("«Phòng Khám» đã đóng cửa hôm nay", &["-"]),
    // A surname opening a staff row, a dash or colon before what the person did; not a department.
    ("«Kowalczyk» - left vm", &["name"]),
    ("«Ortiz»: called back re refill", &["name"]),
    ("«Pharmacy» - called in the Rx", &["-"]),
    // The air's readings are no one's, one word or two before the verb, on every path a reading takes (a level, a move, a verdict).
    ("your «A1C» is fine but pollen «is very high»", &["procedure", "-"]),
    ("mold «levels are up» this week", &["-"]),
    ("pollen «is high» today", &["-"]),
    // A procedure in a message with no person word is still one person's by
    // a side of the body, a repeat or need with no subject, or one test booked;
    // an announcement's stays no one's.
    ("cardiology wants to repeat the «echo» before the next visit", &["procedure"]),
    ("«sleep study» is booked for the 14th", &["procedure"]),
    ("stepped on a rusty nail, needs a «tetanus shot»", &["procedure"]),
    ("needs «stitches» removed tues", &["procedure"]),
    ("«cataract surgery» left eye on the 3rd", &["procedure"]),
    ("«MRI knee» confirmed torn ACL", &["procedure"]),
    ("Everyone needs a «flu shot» this fall", &["-"]),
    ("«Flu shots» are scheduled for the 14th in the lobby", &["-"]),
    // Symptoms from symptoms-15: everyday wording, Tagalog, Portuguese, Hmong, pinyin.
    ("my moms «heart keeps doing a flip flop» thing when she lays down", &["condition"]),
    ("his ankles «swole up» like balloons again", &["condition"]),
    ("«havent peed» since noon and i drank a ton of water", &["condition"]),
    ("«room spins» every time he rolls over in bed", &["condition"]),
    ("baby «only had 2 wet diapers» since this morning", &["condition"]),
    ("shes been having «thoughts of hurting herself»", &["condition/psy"]),
    ("wo mama «xueya gao», jintian tou yun", &["condition"]),
    ("kuv niam «mob taub hau» peb hnub lawm", &["condition"]),
    ("estou com dor nas costas e «formigamento na perna»", &["condition"]),
    // A price list names no one; a test with a price after your stays.
    ("Self-pay prices: «DEXA scan» $125, «thyroid ultrasound» $210, «A1C» $18.", &["-", "-", "-"]),
    ("Jorge, your «MRI» $450 copay is due", &["procedure"]),
    // An announcement in Spanish open to the public names no one, its "su" everyone it invites.
    ("Clase de «diabetes» en español todos los jueves, gratis y abierta al público. ¡Traiga a su familia!", &["-"]),
    // A call note signed after a dash; a possessive typed without its apostrophe.
    ("LVM x2 - «Garza»", &["name"]),
    ("hey this is «jessica» from dr «morenos» office", &["name", "name/clinician"]),
    ("Kofi says thank you to «Adjoa» and everyone", &["name"]),
    // From CS's dev half: a count of drinks, a draw of an analyte, a diagnosis with its eyes after a test's colon, a word-name with the writer or a relative in brackets.
    ("Post-bariatric f/u: 8 mo s/p RYGB, now «drinking 4-5 beers nightly»", &["condition/eth"]),
    ("Lucía, your «cortisol» draw is Wed 12/16", &["procedure"]),
    ("Retinal photos for Harold Jenkins: moderate «NPDR» OU.", &["condition"]),
    ("hi!! just wanted to tell you «Grace» and i had the baby", &["name"]),
    ("can «Faith» (my sister) pick up my metformin?", &["name"]),
    ("«Grace» and peace to you all this season", &["-"]),
    // Spanish son (they are) is no son; a son after with/and is.
    ("La mayoría de los «resfriados» son virales y los antibióticos no ayudan.", &["-"]),
    ("pt with son at bedside, «afib» overnight", &["condition"]),
    // From CU's dev half: Spanish mi opens no name, nor the lowercase word after it.
    ("hola buenas noches, «mi bebé» «Santiago» tiene 3 semanas", &["-", "name"]),
    ("buenas noches, mi «niña» tiene fiebre", &["-"]),
    ("Hi «Mi», your appt is 12/3", &["name"]),
    // A condition after any is a rule's or a warning's, but not after if any or of any.
    ("Reminder from the nurse line: any «fever» of 100.4 or higher in a baby under 2 months needs to be seen", &["-"]),
    ("Nayzilam 5 mg for any «seizure» over 5 minutes, then call 911", &["-"]),
    ("Rose, call us if any «dizziness»", &["condition"]),
    // A word-name before a comma and whose relative it is; a possessive before a foster parent or a fever.
    ("Hey it's «Mark», «Ellie»'s dad. The pharmacy never got it", &["name", "name"]),
    ("«Summer»'s fever is gone", &["name"]),
    // A city and two-letter state after a street need no ZIP; a county road by its letter; a trip's length is no street.
    ("Pharmacy is the Walgreens at «1802 Monroe St, Madison, WI». thanks", &["address"]),
    ("we live way out at «4410 County Rd J, Oregon, WI» its a «40 min drive»", &["address", "-"]),
    // Vietnamese symptoms, Spanish feeding and sleep, and a whoop.
    ("con tôi «bị sốt» và ho 3 ngày rồi, đêm qua «thở khò khè»", &["condition", "condition"]),
    ("está «muy dormido» y «no quiere el pecho»", &["condition", "condition"]),
    ("with like a «whooping sound» at the end", &["condition"]),
    // From symptoms-18: chart shorthand names a patient, a reading told again by it, weights in a log, oxygen's flow is no reading.
    ("r/o PE, «D-dimer» pending", &["procedure"]),
    ("«A1c is 7.9» now, last time «it was 7.2», not happy", &["lab_result", "lab_result"]),
    ("Check your temperature; if «it's 100.4» or higher call us", &["-"]),
    ("«weighed in at 187.4» this am, «up 3 lbs» since sunday", &["lab_result", "lab_result"]),
    ("his «sats dip to 88» when he sleeps", &["lab_result"]),
    ("minha «glicose deu 198» em jejum", &["lab_result"]),
    // Its flow is no O2 reading of 2 but the drug dosed, as the corpus marks it.
    ("pt on «O2 2 L/min» via NC continuous", &["medication"]),
    ("«tummy is rumbling» nonstop since that taco truck", &["condition"]),
    ("у мамы давление 170 на 100, голова «кружится»", &["condition"]),
    // From symptoms-18: a home device's reading, a log of readings by day or date.
    ("my cuff says «148 over 94», «heart rate 88»", &["lab_result", "lab_result"]),
    ("cuff says «148/94»", &["lab_result"]),
    ("meter says «245» this morning", &["lab_result"]),
    ("readings this week: mon «132» tue «145» wed «210»", &["lab_result", "lab_result", "lab_result"]),
    ("daily weights: 6/2 «201» 6/3 «202»", &["lab_result", "lab_result"]),
    ("our «hours»: mon 9-5, tue 9-5", &["-"]),
    // From names-15: word-names opening a message before what a person does; relatives in other languages.
    ("«Hope» will call back after lunch", &["name"]),
    ("«Sunny» can pick up mom's script after 5", &["name"]),
    ("dadi «Kamla» ka appointment kab hai", &["name"]),
    ("ayeeyo «Faadumo» waxay rabtaa ballan cusub", &["name"]),
    ("«Summer» will be here soon, the «heat» is awful", &["-", "-"]),
    // From symptoms-18: a pressure gone to a reading, a multiword analyte gone up, a test done in a chart's words.
    ("«pressure dropped to 88/50» after the new pill", &["lab_result"]),
    ("your liver enzymes «are slightly up»", &["lab_result"]),
    ("«Tdap» given R deltoid, no rxn after 15 min", &["procedure"]),
    ("«Flu shots» given daily 9-5 in the lobby", &["-"]),
    // From procedures-3: person words of other languages make a test someone's; someone's PT or OT by its initials.
    ("Con tôi cần «chụp X-quang» phổi trước khi đi học.", &["procedure"]),
    ("متى موعد «تنظير» القولون لوالدي؟", &["procedure"]),
    ("Когда будут результаты моего «анализа» крови?", &["procedure"]),
    ("Sa Biyernes po ang «colonoscopy» ko, ano po ang dapat kong inumin?", &["procedure"]),
    ("Octubre es el mes de concientización sobre el «cáncer de mama».", &["-"]),
    ("I have to cancel my «PT» tomorrow, my car broke down", &["procedure"]),
    ("Mom's «OT» for her hand is Tuesdays and Thursdays now", &["procedure"]),
    ("my «pt» in room 4 needs a blanket", &["-"]),
    ("They put the «camera down my throat» and now my throat is so sore", &["procedure"]),
    // A word-name introduced before what the caller is doing.
    ("This is «Precious», calling back about my son's forms", &["name"]),
    ("hi its «Hope», checking on my refill", &["name"]),
    // Days named by a word-name, and Spanish days of, are no names; Doris Day is.
    ("Join us for «Harmony Day» at the Wellness Center", &["-"]),
    ("Feliz Día de los «Reyes Magos» de parte de todo el personal", &["-"]),
    ("«Doris Day» called about her appt", &["name"]),
    // Russian MRI and CT in capitals fold to letters that look Latin; a capitalised person word is read back.
    ("у меня «МРТ» завтра", &["procedure"]),
    ("Маме назначили «УЗИ» щитовидной железы на вторник.", &["procedure"]),
    ("«MPT» results are in", &["-"]),
    // A thanks' sign-off may be a given name on no list; `ty` is thanks, not Ty.
    ("ty, «Kateryna»", &["name"]),
    ("love u ma, «Jojo»", &["name"]),
    ("«ty» for the ride", &["-"]),
    // A chart's `SURNAME, GIVEN` with a Vietnamese middle name or an Arabic article.
    ("«NGUYEN, VAN KHAI» / «NGUYEN, THI LAN» — same address, spouses", &["name", "name"]),
    ("RELEASE TO: «AL-HARBI, YOUSEF» (father), «AL-HARBI, REEM» (self)", &["name", "name"]),
    // Two given names that are words, said to be people.
    ("«Miracle» and «King» both need shot records for daycare", &["name", "name"]),
    ("my twins «Honor» and «Justice» have checkups together, same time pls", &["name", "name"]),
    ("«Autumn» and «River» are new patients this week", &["name", "name"]),
    ("«Faith» and «Hope» are virtues", &["-", "-"]),
    ("«Spring» and «Summer» are both busy seasons", &["-", "-"]),
    // A dash sign-off with a department; a given name that covers; `Will` after a modal.
    ("— «Sunny» (front desk)", &["name"]),
    ("«Dawn» covers the front till 5", &["name"]),
    ("can «Will» pick up the forms for his mom?", &["name"]),
    // A condition's signs said after it, or after `it's` later in its sentence (two signs).
    ("the «diaper rash is raw and bleeding» even with the butt paste", &["condition"]),
    ("my «ingrown toenail is puffy and red» again", &["condition"]),
    ("rolled my ankle at soccer and «its huge and purple»", &["condition"]),
    ("call us if the «rash» is red and hot", &["condition"]),
    // How often or how someone passes urine or stool.
    ("baby has had «green runny poop» since yesterday and only «3 wet diapers» today", &["condition", "condition"]),
    ("my mother cant «hold her pee» anymore", &["condition"]),
    ("the «ozempic» has me «peeing every hour»", &["medication", "condition"]),
    ("bring 6 «diapers» and wipes", &["-"]),
    ("If he has fewer than «3 wet diapers» a day, come back", &["-"]),
    // Vocabulary from symptoms-17.
    ("pt sent pic of incision «erythema», pls review", &["condition"]),
    ("ran out of my sertraline 3 days ago and now i get these «brain zaps»", &["condition"]),
    ("her «spleen is enlarged», no sports", &["condition"]),
    // Marks said by how they feel; a part of several people; bites, stings and what a foot stepped on.
    ("«painful blisters» in a stripe on her side", &["condition"]),
    ("my scalp has these flaky «itchy patches» behind my ears", &["condition"]),
    ("both twins have «sores in their mouths», wont even drink milk", &["condition"]),
    ("got «bit by the neighbor's dog» on my hand", &["condition"]),
    ("«stepped on a nail» at work, went thru my boot", &["condition"]),
    ("«pulled a tick» off my thigh and now theres a bullseye «rash»", &["condition", "condition"]),
    ("he was «stung by a bee» at recess", &["condition"]),
    ("«stepped on the scale» this am", &["-"]),
    // A pulse in a row of vitals; sugar in Portuguese and Polish.
    ("MA: «wt 212», «P 104», «SpO2 95%», pt «nauseous» since am", &["lab_result", "lab_result", "lab_result", "condition"]),
    ("Plan «A», «P 2», see you", &["-", "-"]),
    ("Oi, meu «açúcar deu 320» hoje de manhã", &["lab_result"]),
    ("mąż ma «cukier 250» i bardzo «suche usta»", &["lab_result", "condition"]),
    // A listed phrase matched with anyone's possessive and with or without its apostrophe.
    ("my mother «cant catch their breath» on the stairs", &["condition"]),
    ("he «cant hold his bladder» anymore", &["condition"]),
    // A procedure beside a person's symptoms is that person's; one ordered or done, in a chart's words.
    ("«incision is red and warm», day 5 after «hernia repair»", &["condition", "procedure"]),
    ("«voice still hoarse» 3 wks after the «thyroidectomy»", &["condition", "procedure"]),
    ("«chest CT» ordered, 22 yrs cutting countertops", &["procedure"]),
    ("«biopsy» done, path pending", &["procedure"]),
    ("Flu «shots» ordered for all staff", &["-"]),
    // Vocabulary from symptoms-19 (pinyin's third tone folds to its base letter).
    ("mi hijo «ronca muy fuerte» y se despierta cansado", &["condition"]),
    ("mi papá «se marea al pararse»", &["condition"]),
    ("«perdió el bebé» la semana pasada", &["condition/sex"]),
    ("wǒ tàitai «liúchǎn» le", &["condition/sex"]),
    ("her «memory is shot» lately", &["condition"]),
    // A listed surname that is a word too, lowercase after a title with its period or after mr/mrs.
    ("hey, mrs. «park» asked me to grab her meds", &["name"]),
    ("ask mr «white» to call us", &["name"]),
    ("hx ms «young» onset, on ocrevus", &["-"]),
    // A sender introducing themself by a given name, even a word, then where from; one on no other list closing the clause.
    ("hey its «june» from next door", &["name"]),
    ("this is «Dakota» from earlier", &["name"]),
    ("hey its «maria», call me", &["name"]),
    ("it's «June» already", &["-"]),
    // A given name that is a word too after a modal, before what a person does; not before a noun.
    ("can «Rose» take them in?", &["name"]),
    ("can «Grace» period be extended", &["-"]),
    // Two given names, one a season, both having a condition.
    ("«Sunny» and «Summer» both have «fevers»", &["name", "name", "condition"]),
    ("«Spring» and «Summer» both have great weather", &["-", "-"]),
    // A given name before the patient's relative in brackets; a staff name after from, with where they work.
    ("«Rusty» (pt's son) brought in the med list", &["name"]),
    ("wants a callback from «Faith» in billing only", &["name"]),
    // Portuguese and Somali relatives; the Somali greeting.
    ("pls tell the doctor that vovó «Lurdes» can't come Thursday", &["name"]),
    ("Haye, hooyaday «Khadra» ballanteeda waa berri.", &["name"]),
    // An operation alone in a message is someone's; a seminar listing several is no one's.
    ("«staple removal» Friday 10:20.", &["procedure"]),
    ("Free bariatric surgery seminar: learn about «sleeve gastrectomy» and gastric bypass", &["-"]),
    // A rough count of trips to the bathroom, and what it is counted in.
    ("hey, «peeing like 6 times a night» now", &["condition"]),
    // From the dev half of CX: a family named in a sign-off; a call's dial-in, a home aide and the Tagalog older sister are no names; Spanish bruises and nightmares; extractions counted.
    ("He passed peacefully Sunday. - the «Oduya» family", &["name"]),
    ("«Ate», si Lolo «Ben» ay nahulog", &["-", "name"]),
    ("«Aide» to check temp twice daily", &["-"]),
    ("«Dial-in» (414) 555-0177, code 4482#", &["-"]),
    ("her dentist wants to do 3 «extractions»", &["procedure"]),
    ("tiene el «brazo morado» y «pesadillas»", &["condition", "condition"]),
    // A loss going on needs no one named; a general statement is no one's.
    ("She's been in bed for 2 weeks «barely eating» and didn't get up today", &["condition"]),
    ("red spots on his hands, «not drinking much». photo attached", &["condition"]),
    ("«not eating much» is normal after surgery", &["-"]),
    // Phrases from dev misses: nerves shot, crying every day, off balance.
    ("honestly my «nerves are shot» and i think im getting «depressed»", &["condition/psy", "condition/psy"]),
    ("gabapentin makes me feel «off balance»", &["condition"]),
    // A name after thx; a name on no list after a modal, before what a person does.
    ("thx «kim»! pls tell ms. «nguyen» her forms r done", &["name", "name"]),
    ("can «Dewi» come in with me?", &["name"]),
    // A condition grown since last seen, and its smell.
    ("his «foot ulcer is bigger and smells bad», dressing soaked through", &["condition"]),
    ("the dog «bite on my hand looks puffier» today", &["condition"]),
    // Phrases from symptoms-19: ears after a flight, a binge told plainly, a needlestick in one's own words.
    ("«ears full and muffled» since the flight", &["condition"]),
    ("i «binge and then throw up» most nights", &["condition/psy"]),
    ("«stuck myself with a used needle» at work", &["condition"]),
    // Initials by where the person works.
    ("«J.R.» from IT fixed the printer in triage.", &["name"]),
    ("«M.K.» in billing can help with that", &["name"]),
    // A given name that is a word, owning someone's care.
    ("«Gene»'s «insulin pens» came in, Art will hold them", &["name", "medication"]),
    ("this «summer»'s appointment schedule is posted", &["-"]),
    // Spanish and Tagalog phrases from symptoms-19.
    ("papá dice que tiene que «levantarse a orinar» cada rato", &["condition"]),
    ("mi hijo «se duerme en clase» y «se despierta cansado»", &["condition", "condition"]),
    ("«Nahihirapan akong huminga» kapag naglilinis", &["condition"]),
    // From symptoms-21: how stool or urine looks after the verb; phrases.
    ("she's «pooping black» since yesterday", &["condition"]),
    ("the cut «wont stop bleeding»", &["condition"]),
    ("«pain with intercourse» since the baby", &["condition/sex"]),
    // A bite's verb ending a line leaves the next line's bite to be read.
    ("the cat bit\nthen he got «bit by the neighbors dog»", &["condition"]),
    // A complaint and the part it is in, in Portuguese, Haitian Creole, Tagalog and Vietnamese; Vietnamese `đầu gối` is the knee, no pain.
    ("ele tem «dor no ombro» desde sábado", &["condition"]),
    ("li gen «doulè nan vant» depi yè", &["condition"]),
    ("«masakit ang likod» ko, Dok", &["condition"]),
    ("mẹ tôi bị «đau vai» từ tối qua", &["condition"]),
    ("a mi mamá le «duele el costado» derecho", &["condition"]),
    ("me «duele al doblarla» desde la caída", &["condition"]),
    ("lịch chụp «MRI» «đầu gối» của bà là ngày 4/12", &["procedure", "-"]),
    // A function someone cannot do, or a symptom that will not stop, in Spanish, Portuguese, Haitian Creole and Tagalog; not a warning nor an order before a procedure.
    ("mi papá «no puede caminar» desde ayer", &["condition"]),
    ("mi hijo «no ha podido dormir» en 3 noches", &["condition"]),
    ("ele «não consegue engolir» nada", &["condition"]),
    ("pitit mwen «pa ka mache» byen", &["condition"]),
    ("«hindi siya makahinga» kagabi", &["condition"]),
    ("la niña «no para de vomitar»", &["condition"]),
    ("«No puede comer» ni beber nada después de la medianoche.", &["-"]),
    ("Avísenos si no come bien o «no puede dormir».", &["-"]),
    // Portuguese `ela` and `ele` are she and he before what they do; `Ela` alone is a name.
    ("«Ela» está com febre desde ontem", &["-"]),
    ("Hi «Ela», your appointment is tomorrow", &["name"]),
    // A loss or a sign in one word, as one more item of a list a condition opened in the sentence; not after a warning word.
    ("«fever» since tuesday, «not eating», only 2 wet diapers today", &["condition", "condition"]),
    ("«tonsils huge» with white spots and «cant swallow»", &["condition", "condition"]),
    ("«rash» all over his belly after the amoxicillin, «itchy»", &["condition", "condition"]),
    ("«pinkeye» in both eyes, «crusty» this morning", &["condition", "condition"]),
    ("If you have a «fever» and «cant breathe», call 911", &["-", "-"]),
    ("my son has a «rash», call if it gets worse, «itchy»", &["condition", "-"]),
    // Somali, Haitian Creole and Portuguese relatives, titles and clinicians; a clinician title in words stays out of the name; Spanish nicknames; Somali `Waa` (it is) is no part of a name.
    ("Salaan, waxaan ahay Faadumo, hooyada «Cabdiraxmaan».", &["name"]),
    ("Ayaan wuxuu la imanayaa adeerkiis «Cabdiqaadir».", &["name"]),
    ("Bonjou, manman «Jean-Woodley» ap ekri", &["name"]),
    ("«Waa» «Faadumo Cali», hooyada Mustafe.", &["-", "name"]),
    ("«Doktè» «Pierre-Louis» te di m rele", &["-", "name/clinician"]),
    ("«Enfermera» «Rosa» llamó esta mañana", &["-", "name/clinician"]),
    ("l ap tann apèl enfimyè «Myrlande»", &["name/clinician"]),
    ("A enfermeira «Sônia» ligou ontem", &["name/clinician"]),
    ("Pregúntele a «Beto» si ya llenó la forma", &["name"]),
    ("dígale a la licenciada «Paty» que ya mandé los papeles", &["name/clinician"]),
    // Memory failing and a period late in a family's words; a password forgotten is no symptom.
    ("mom «forgets where» she parked and «asks the same thing» 5 times", &["condition", "condition"]),
    ("dad keeps «forgetting things» and «repeats himself»", &["condition", "condition"]),
    ("her «period is 2 weeks late»", &["condition/sex"]),
    ("I keep «forgetting» my password", &["-"]),
    // A part and how it looks or sounds; restless; a warning about a part is no complaint.
    ("«urine looks light pink» today", &["condition"]),
    ("he «cant sit still» at school", &["condition"]),
    ("everything «sounds muffled» in my left ear", &["condition"]),
    ("Call us if your «lips» look blue", &["-"]),
    ("please «sit still» while we take your BP", &["-"]),
    ("sorry, cant «sit» in on the call today", &["-"]),
    // An injury by its verb and which one of the part; a word of the sentence that is no part keeps its verb a word.
    ("he «knocked out his front tooth» at practice", &["condition"]),
    ("she «jammed her left thumb» in the door", &["condition"]),
    ("«pulled his hamstring» at practice", &["condition"]),
    ("he «pulled» his weight on the team", &["-"]),
    // Born early; incontinent; vision hazy.
    ("«born at 29 weeks», now 6 months old", &["condition"]),
    ("pt «incontinent» x2 overnight", &["condition"]),
    ("«everything's hazy» since yesterday", &["condition"]),
    // A part and how it is, the part first, in Spanish and Portuguese; a swelling, an itch or a burn before the part in Spanish; bread is no part.
    ("tiene la «garganta inflamada» desde ayer", &["condition"]),
    ("o «tornozelo tá muito inchado»", &["condition"]),
    ("se le «hinchó la cara» después de comer nueces", &["condition"]),
    ("me «pica la piel» de las manos", &["condition"]),
    ("la terapia de la «mano» dura 30 minutos", &["-"]),
    // An analyte named as a test; with its value it is a result; a visit's check is no test.
    ("your «cortisol test» is at 8am, do i skip my «hydrocortisone»", &["procedure", "medication"]),
    ("her «ferritin level» was ordered", &["procedure"]),
    ("her «potassium level was 5.2»", &["lab_result"]),
    ("Pls schedule a «weight check» next week", &["-"]),
    // A lone procedure moved, booked or due on a day is one person's; an offer's plural is no one's.
    ("«PFT» moved to 1:30 - no inhaler for 4 hrs before please", &["procedure"]),
    ("«Echo» is tomorrow at 10, arrive 15 min early", &["procedure"]),
    ("«Flu shots» moved to the lobby this week", &["-"]),
    // Whom a pickup or a statement is for; French `elle` before what she has is no name, `Elle` in a full name is one.
    ("pickup for «Olusegun Bakare» - ask for ID, DOB on file", &["name"]),
    ("Statement for «Yevgenia Sokolova»: balance $45.20", &["name"]),
    ("«elle» a «mal au ventre» depuis hier", &["-", "condition"]),
    ("«Elle Johnson» has an appt Friday", &["name"]),
    // Symptoms in Tagalog, Somali, Swahili, Vietnamese, Russian, Persian, Arabic and Korean; `non-fasting` is no vomiting.
    ("«hirap huminga» si Lolo kagabi", &["condition"]),
    ("wiilkayga wuxuu qabaa «shuban»", &["condition"]),
    ("mtoto ana «kikohozi» tangu jana", &["condition"]),
    ("con bị «buồn nôn» từ sáng", &["condition"]),
    ("у папы «онемение» в ногах", &["condition"]),
    ("پسرم «تب» دارد و «سرفه» می کند", &["condition", "condition"]),
    ("رجليها «منتفخة» من امبارح", &["condition"]),
    // With its degrees the fever is a result, as corpus writers mark it (2026-11-29, eighth session).
    ("아이가 «열이 38.5도»예요", &["lab_result"]),
    ("«non»-fasting labs are fine", &["-"]),
    // Whom to ask for; a thank-you in a text's spelling; what is asked for is no name.
    ("ask for «Vusi» he's on call tonight", &["name"]),
    ("thank u «Patience»!! ur the best tech on the unit", &["name"]),
    ("please ask for «ID» at pickup", &["-"]),
    ("Ask for «Billing» when you call", &["-"]),
    // A wound and what a procedure left, said of as a part is; a wound placed stays one; a site that is a place is no part.
    ("my «fistula is red and warm», should i worry", &["condition"]),
    ("PD catheter exit «site crusty» and pink", &["condition"]),
    ("my «wound is draining» yellow", &["condition"]),
    ("to check the «wound on your shin» in 2 weeks", &["condition"]),
    ("our «site» is closed Monday", &["-"]),
    // Burns by degree, a crush injury, a snakebite, a splash in the eye, a baby arching his back.
    ("«2nd degree burn» left forearm from the fryer", &["condition"]),
    ("«crush injury» L foot, pallet jack", &["condition"]),
    ("bleach «splashed in my eye» at work", &["condition"]),
    ("he keeps «arching his back» after feeds", &["condition"]),
    // An SSN's last four after `last 4 ss`, or with the label farther back when the number is said to be its last four; a social worker's room is no SSN.
    ("last 4 ss «6630», DOB on file", &["ssn"]),
    ("social security last four «5521» verified", &["ssn"]),
    ("your social worker is in room «4471»", &["-"]),
    // Ages over 89: a chart's age and sex, a spelled age said of a person, an age someone will be or is turning; a temperature in Fahrenheit is no age.
    ("Pt «91»F with CHF, daughter at bedside", &["age_over_89"]),
    ("grandma is «ninety-three» and still drives", &["age_over_89"]),
    ("she will be «90» in May", &["age_over_89"]),
    ("temp «100F» this morning", &["-"]),
    // A capsule study's recorder by its number is a device; a recorder at the desk names none.
    ("Recorder «PCR-0088213» is assigned to you, please keep the belt on", &["device_id"]),
    // A chart's attending, a bill's guarantor, a dentist by credential, Irish given names; an attention line is no attending.
    ("PHAM, BABY GIRL   BED 14   ATT: «RASMUSSEN»", &["name/clinician"]),
    ("GUARANTOR «ABUBAKAR»", &["name"]),
    ("charge nurse tonight is «Fionnuala», backup «Desmond»", &["name", "name"]),
    ("please update your «att»: billing dept", &["-"]),
    // What an x-ray says of a bone; a phone not broken is no result.
    ("the «x-ray» says «not broken», just a «sprain»?", &["procedure", "lab_result", "condition"]),
    ("my phone is «not broken»", &["-"]),
    // Pinyin symptoms and diagnoses, run together or spaced; a Chinese name of the same syllables is no symptom.
    ("wo baba you «gao xue ya»", &["condition"]),
    ("haizi «fashao» le, ye «kesou»", &["condition", "condition"]),
    ("Please call «Guo Min» back about her appt", &["name"]),
    ("mero «chhora» «Bikash» ko appointment kahile ho?", &["-", "name"]),
    // A form to bring back names no one's procedure, as a card or a record does; lice in Portuguese.
    ("Earn 50 HIVE points for your class by returning your «immunization» form this week!", &["-"]),
    ("a enfermeira encontrou «piolhos» na Ana Clara hoje", &["condition"]),
    // A warning to anyone, in a message that names no one: what you start doing or see.
    ("If you start «dropping things», message us.", &["-"]),
    ("Call if you see pus or «redness» around the stitches.", &["-"]),
    // A pain said with how it feels or how much of it there is; not in a warning, a denial or a sig.
    ("she has «a sharp pain in her side» since lunch", &["condition"]),
    ("Tomas has «shooting pain down his leg» again", &["condition"]),
    ("grandpa is in «so much pain» tonight", &["condition"]),
    ("Mi esposo tiene «mucho dolor» abajo del ombligo", &["condition"]),
    ("If you have «severe pain», call the nurse line", &["-"]),
    ("«oxycodone 5 mg 1 tab» q6h for «severe pain»", &["medication", "-"]),
    // Other scripts: Ukrainian relatives tie a message to a person; cataract, swelling, injury, jaundice; a verdict asked about is none.
    ("Син «травмував» плече. Чи можна сьогодні на «рентген»?", &["condition", "procedure"]),
    ("У тата «катаракта», «операцію» призначили на червень.", &["condition", "procedure"]),
    ("У мамы нога «опухла» после «операции», это «нормально»?", &["condition", "procedure", "-"]),
    ("ابني عنده «فقر دم» منذ سنة", &["condition"]),
    ("ابني عنده «وسواس قهري» ومحتاج موعد", &["condition/psy"]),
    ("간 이식 후에 «황달»이 다시 생겼어요", &["condition"]),
    // A part that puffs up, turns a colour or feels full; hurting to even do something; a state said after be this.
    ("his «knee keeps puffing up» after soccer", &["condition"]),
    ("my «fingers turn white» in the cold again", &["condition"]),
    ("the «belly feels full» and hard since the catheter came out", &["condition"]),
    ("it «hurts to even walk» to class", &["condition"]),
    ("is it normal to be this «tired» after chemo", &["condition"]),
    ("this «tired» old building needs paint", &["-"]),
    // Curated phrases of this session: blood, minds, eyes, wounds, transplants in shorthand.
    ("«priapism» again last night, does my «hydroxyurea» need changing", &["condition", "medication"]),
    ("our 3 yr old w «HbSS» needs a refill", &["condition/gdis"]),
    ("havent slept and my «thoughts are racing» again", &["condition/psy"]),
    ("«heard the voices» again last night", &["condition/psy"]),
    ("my brother keeps saying he «doesnt want to be here»", &["condition/psy"]),
    ("«Lung tx» pt: home spirometry flagged for Ana Ruiz", &["procedure"]),
    ("Mi mamá «ve todo borroso» desde ayer", &["condition"]),
    // A therapy someone misses or has an appointment for; a drug a screen did not detect.
    ("sorry cant make «PT» today my kid is sick", &["procedure"]),
    ("Yusuf, ballantaada «PT» waa 6/2 3:00 PM", &["procedure"]),
    ("UDS 4/2 for Omar Haddad: «Oxycodone not detected» despite active Rx", &["lab_result/eth"]),
    // Vietnamese part said before its pain and whose; a pain clinic's injections by initials; a titer in Spanish.
    ("Bác sĩ ơi, «lưng tôi đau quá», uống «Tylenol» không đỡ", &["condition", "medication"]),
    ("pre-auth approved for «TFESI» x1, claimant Paolo Ricci", &["procedure"]),
    ("«SCS implant» for Gerald Foss: IPG serial mailed", &["procedure"]),
    ("Ana Lucía, tu «título de hepatitis B» «salió bajo»", &["procedure", "lab_result"]),
    // Tagalog's si and kay before a name; a priest's Fr.
    ("Ang anak ko na si «Migo» ay may appointment bukas", &["name"]),
    ("Hospice: daughter Colette at bedside, chaplain Fr. «Dermot» visited", &["name"]),
    ("sent «fr» my phone, open M-Fr 9-5", &["-"]),
    // Spanish: whom it hurts or itches with no part after; a part's colour and cold in the plural; a clitic before what someone cannot do; sin poder.
    ("mi papá tiene los «pies fríos» y «le duelen» en la noche", &["condition", "condition"]),
    ("Tengo 28 semanas y «me pica mucho» todo el cuerpo", &["condition"]),
    ("mi hijo se lastimó la rodilla, «se le hinchó» y «no la puede doblar»", &["condition", "condition"]),
    ("con la colchicina y sigo «sin poder pisar»", &["condition"]),
    ("Si «no la puede mover», llame al 911", &["-"]),
    // Tests and treatments added to the lists.
    ("Mr. Okafor, your «voiding trial» is at 9 tomorrow", &["procedure"]),
    ("Pt: Ana Ruiz, plan «chemoradiation» x 6 wks", &["procedure"]),
    ("Hola Sra. Díaz, su «teste de esforço» é amanhã", &["procedure"]),
    ("Мій син на «діалізі» тричі на тиждень", &["procedure"]),
    // A screen's risk after it; imaging a mammogram needs.
    ("Mobile crisis f/u: Huong Tran, «C-SSRS» «low risk». Next appt 12/2.", &["procedure/psy", "lab_result/psy"]),
    ("a letter saying my «mammogram» «needs additional imaging»", &["procedure", "lab_result"]),
    // A sender saying who they are, opening the message, with a name the lexicon knows; not a clinic or a pharmacy.
    ("this is «Rafferty» — Jo's husband, she cant make it today", &["name"]),
    ("Hi this is «Ortho» calling about the cast removal", &["-"]),
    ("This is «Cardinal» Rx calling for Anita Sharma", &["-"]),
    // Nepali and Hindi in Devanagari: the whole word around a listed stem.
    ("मेरो छोरालाई «ज्वरो» आएको छ र टाउको «दुख्छ»", &["condition", "condition"]),
    ("बुबाको «प्रेसर» पनि बढी छ", &["condition"]),
    ("मुझे «बुखार» और «खांसी» है", &["condition", "condition"]),
    // The animal first, then whose part; curated phrases of Spanish lumps and tremors, Tagalog rash, Hmong fever.
    ("the neighbors «dog bit my calf», skin broke", &["condition"]),
    ("the «dog bit my shoe» again", &["-"]),
    ("Mi esposo tiene un «bulto en la ingle» desde ayer", &["condition"]),
    ("Anak ko «may pantal» sa kamay", &["condition"]),
    // Twins are someone's children; Nepali my, son, daughter, mother, father name a person.
    ("«ear tubes» for the twins next month", &["procedure"]),
    ("मेरो छोरालाई «आँखा जाँच» चाहिन्छ", &["procedure"]),
    // A patient asking whether it is normal speaks of their own procedure.
    ("«stent» still in from the stone «surgery», string hanging out is that normal", &["procedure", "procedure"]),
    ("¿Es normal que orine con sangre después del «trasplante»?", &["procedure"]),
    // Spanish injury verbs: broke, cut.
    ("mi hijo se «quebró el brazo» en el recreo", &["condition"]),
    ("me «corté la mano» con el cuchillo", &["condition"]),
    ("el «corte» de pelo es a las 3", &["-"]),
    // Spanish: restless, weight lost, no stool, light bothering someone.
    ("mi papá está muy «inquieto» esta noche", &["condition"]),
    ("«bajé mucho de peso» este mes", &["condition"]),
    // Fr. only with its period: fr alone is texting's from.
    ("got a text «fr» «Kaiser» about the bill", &["-", "-"]),
    // A lowercase hyphenated word with a common piece is no name before a colon or a comma.
    ("«sign-in»: the list is full, see you at 8", &["-"]),
    ("hi «jo-ann», call me back", &["name"]),
    // Twenty-seventh session: from symptoms-23 (last session's untuned probe).
    ("mi hijo tiene los «labios secos» y no come", &["condition"]),
    ("her «lips get a little blue» when she walks", &["condition"]),
    ("my «eyes feel gritty» all day", &["condition"]),
    ("Tengo hormigueo desde la «quimio».", &["procedure"]),
    ("post-op «x-rays» look good", &["procedure"]),
    ("어머니가 무릎 «수술» 후에 다리가 부었어요", &["procedure"]),
    ("Бабушка после «химии» очень слабая", &["procedure"]),
    ("والدي عنده تقرحات بعد العلاج «الكيماوي»", &["procedure"]),
    ("my daughter's ketones «were large» last night", &["lab_result"]),
    ("la saturación de mi mamá «marcó» 85", &["-"]),
    ("it makes him super «confused» every time", &["condition"]),
    ("mi azúcar salió en 300 y tengo «mucha sed»", &["condition"]),
    ("Bố tôi ho ra máu và «sụt cân» nhiều lắm.", &["condition"]),
    ("Ang anak ko po ay «laging nauuhaw»", &["condition"]),
    ("If you soak more than 2 «pads an hour», call us", &["-"]),
    // Names from names-20 (last session's untuned probe).
    ("«May» from records faxed it this morning", &["name"]),
    ("«Bashir» from transport is bringing Mrs. «Lindgren» up now", &["name", "name"]),
    ("«Grace» will take your vitals", &["name"]),
    ("Cheers, «Fiadh» (front desk)", &["name"]),
    ("«Cheers», see you at 3", &["-"]),
    ("Cảm ơn «Hùng» đã chở bà đi khám hôm nay.", &["name"]),
    ("Los doctores «Salgado» y «Ibáñez» no atienden los viernes.", &["name/clinician", "name/clinician"]),
    ("Drs. «Salgado» and «Ibanez» are out Friday", &["name/clinician", "name/clinician"]),
    ("Dr. «Salgado» and «Marisol» will see you", &["name/clinician", "name"]),
    ("my dad wants to know if «Meseret» can come in", &["name"]),
    ("«Subí 3 libras» en dos días", &["lab_result"]),
    ("아버지가 밤에 «잠을 안 주무»세요", &["condition"]),
    ("Mi papá «tiembla mucho» de la mano derecha", &["condition"]),
    // From DD's dev half (a refugee and newcomer clinic).
    ("«HBsAg positive», «HBeAg neg», «ALT 32»", &["lab_result", "lab_result", "lab_result"]),
    ("Hodan: «varicella IgG immune», «measles IgG immune»", &["lab_result", "lab_result"]),
    ("«Daktari», Baraka amepona", &["-"]),
    ("Ni «siri» kabisa, mama", &["-"]),
    ("na mshauri Amani Otieno «Alhamisi» 3 Aprili", &["-"]),
    ("Mwen gen «vomisman» chak maten ak «tèt vire»", &["condition", "condition"]),
    ("Èske se nòmal ak «gwosès» la?", &["condition/sex"]),
    ("Я приймаю його ще з України, «гіпотиреоз».", &["condition"]),
    ("زما ماشوم «تبه» لري او «ټوخی» کوي", &["condition", "condition"]),
    ("نتیجه شما «مثبت» است", &["lab_result"]),
    ("Yousef «RHS-15» score 22", &["procedure/psy"]),
    ("Ok to schedule «CESI»?", &["procedure"]),
    ("Please book «flu shots» for all staff", &["-"]),
    ("Soledad, your biopsy confirmed breast cancer, «ER/PR positive», «HER2 negative».", &["lab_result", "lab_result"]),
    ("Charlotte: lung cancer, «PD-L1 60%», requesting durvalumab", &["lab_result"]),
    ("UDS - Rebecca: «fentanyl +», «norbuprenorphine neg»", &["lab_result/eth", "lab_result/eth"]),
    // Names in Arabic letters, after a greeting or a title, or before Dari's jan.
    ("أهلاً أستاذ «سمير»، نتيجة الهيموغلوبين عندك 9.2", &["name"]),
    ("سلام «حمیدالله وردګ»، ستاسو د کورنۍ معاینه", &["name"]),
    ("«فرید» جان، نتیجه شما مثبت است", &["name"]),
    ("ډاکټر «صاحب»، زما ماشوم تبه لري", &["-"]),
    ("Confidential — «Espérance Mwamba» disclosed it", &["name"]),
    // A sign someone has, said with there's.
    ("the ultrasound lady said theres a «nodule» and now they want a biopsy", &["condition"]),
    ("it burns when i pee and theres «discharge»", &["condition"]),
    ("If there is «bleeding», call us", &["-"]),
    ("there is no «discharge» today", &["-"]),
    ("Use «Desitin» or «A&D ointment» after each BM", &["medication", "medication"]),
    ("يرجى التوقف عن تناول «الأسبرين» قبل 7 أيام", &["medication"]),
    ("مرحباً السيد «فارس» العتيبي", &["name"]),
    // A given name that is a place's word too, greeted; a word-name owning a test or a condition.
    ("Hi «River»! Your testosterone level was 540", &["name"]),
    ("Hi «River» team, the fax is down", &["-"]),
    ("«Grace»'s hearing test at audiology showed mild loss", &["name"]),
    ("Hi its «Grace» again, Owen's temp came down", &["name"]),
    ("hey its «will» again lol. the cpap mask keeps leaking", &["name"]),
    ("its «may» again and the pollen is back", &["-"]),
    ("Mr. Lindqvist (rm 204) «unwitnessed fall» at 0240", &["condition"]),
    ("Malia, «jitters» and nausea are common on sertraline", &["condition"]),
    ("Marisol, your «dating US» is Tuesday at 9", &["procedure/sex"]),
    ("Takoda - «dsDNA pos», C3 low", &["lab_result"]),
    ("i «tested neg» last week but the cough wont quit", &["lab_result"]),
    ("Pharmacy: «Tuan Pham» Rx #3391057 metoprolol tartrate 25 mg BID", &["name"]),
    ("This is «Cardinal» Rx calling about a refill", &["-"]),
    // From symptoms-25 (a tuning probe written for this session).
    ("my mom has a «coughing fit» every night", &["condition"]),
    ("Мама пьёт «нурофен» три раза в день", &["medication"]),
    ("me subió el ácido úrico y tengo el «dedo gordo inflamado»", &["condition"]),
    ("there is «blood» work due for everyone", &["-"]),
    // From symptoms-24 and names-21 (last session's untuned pair).
    ("Your lithium level from Tuesday «came back 1.4». Call us before 5.", &["lab_result/psy"]),
    ("the culture «came back» 2 days later", &["-"]),
    ("i been sleeping a lot since they upped the abilify and «gained 12 lbs» this month", &["lab_result"]),
    ("Mi hija no come nada y «bajó 10 kilos» en 2 meses.", &["lab_result"]),
    ("Los niños «bajo 10 kilos» reciben media dosis", &["-"]),
    ("can i get a «TENS unit» prescribed so insurance will cover it", &["procedure"]),
    ("your infusion is at the «infusion» unit on 4", &["-"]),
    ("RN: «POD» 2, tolerating clears", &["-"]),
    ("we named her «Journey»!! thank u nurse Bettina", &["name"]),
    ("नमस्ते «सरिता» दिदी, म नर्स «पेमा शेर्पा»। बच्चाको जाँच बिहीबार छ।", &["name", "name/clinician"]),
    ("डाक्टर «राम» आउनुहुन्छ भोलि", &["name/clinician"]),
    ("ሰላም ወ/ሮ «አልማዝ»፣ እኔ ነርስ «ሄለን» ነኝ።", &["name", "name/clinician"]),
    ("김민준 님, «박서연» 간호사입니다. 예약 확인 부탁드립니다.", &["name/clinician"]),
    ("저는 이영희 씨 딸 «최수진»입니다.", &["name"]),
    ("Мне плохо после «венлафаксина» 75 мг", &["medication"]),
    ("донька вчора «знепритомніла» в школі", &["condition"]),
    ("my «milk supply tanked» since i started the mini pill", &["condition"]),
    ("daycare says she «doesnt answer to her name»", &["condition"]),
    ("been «sweating and yawning» since 4am is that «withdrawl»", &["condition", "condition/eth"]),
    // A urine dip's grades and signs (from dev misses).
    ("OB triage: G2P1, BP 158/102, «protein 2+», r/o preeclampsia", &["lab_result"]),
    ("lunch check BG 287, «ketones trace». Gave Humalog 4 units", &["lab_result"]),
    ("UA «nitrite+», urine cx sent", &["lab_result"]),
    ("Mr. Begay, fingerstick 312, urine dip «+ketones»", &["lab_result"]),
    ("eat more «protein» and less sugar", &["-"]),
    // Sign-offs after a dash with a credential or a role (from dev misses).
    ("still up but better than last month. keep doing what ur doing! -«Castellanos» NP", &["name/clinician"]),
    ("if >2 give LR 1L bolus and page me back. thx - «Okafor» (nocturnist)", &["name"]),
    ("Мы приехали в «Україну» из «Польши», сын «Олег» кашляет", &["-", "-", "name"]),
    // From DF's dev half (a kidney and liver transplant center).
    ("Hi Anh, for your «transplant» grant application we have the last 4 of your SSN", &["-"]),
    ("Priya, your pre-«transplant» dental clearance form is still missing", &["-"]),
    ("su micofenolato está listo en la farmacia de «trasplante»", &["-"]),
    ("my «transplant» was aug 3 and im barely peeing", &["procedure"]),
    ("У мужа после «пересадки» печени желтые глаза", &["procedure"]),
    ("مرحبا خالد، دواء «التاكروليمس» جاهز", &["medication"]),
    ("im barely peeing today and got «puffy ankles», is this rejection??", &["condition"]),
    ("Gen surg to ED: saw bay 15, CT A/P c/w «SBO», no signs of perforation. NPO", &["condition"]),
    // Symptoms in other languages from the session's general-vocabulary list.
    ("Doc, si lola po ay «masakit ang likod» mula kahapon", &["condition"]),
    ("Mtoto wangu ana «kifafa» tangu jana", &["condition"]),
    ("Mẹ em bị «đau khớp» và «mệt mỏi» lắm", &["condition", "condition"]),
    ("Kuv niam «tsis xav noj mov» li peb hnub", &["condition"]),
    // A listed name and no word before a listed test (from dev misses).
    ("GI path FYI: «Quintero» colonoscopy path: 3 tubular adenomas", &["name"]),
    ("Dr. Nakamura: «Pellegrini» MRI c-spine shows C5-6 disc protrusion", &["name"]),
    ("«Hope» MRI results are in the portal", &["-"]),
    // A name in Devanagari never runs on past a line break.
    ("म नर्स «पेमा»\nभोलि", &["name/clinician"]),
    // Short terms texted in lowercase (2026-11-28, seventh session): a biopsy, a glucose monitor, a drug's initials.
    ("Pt s/p LDKT 3/2, «bx» sched Fri, hold MMF pending path", &["procedure"]),
    ("my «cgm» sensor fell off again", &["procedure"]),
    ("he restarted «mtx» last week", &["medication"]),
    ("need a «cxr» before the visit?", &["procedure"]),
    // A given name that is a word too, called out at the message's start, and after a listed surname in a register's capitals (2026-11-28, seventh session).
    ("«Bill»! the derm office says ur rash pics came thru fine", &["name"]),
    ("«Iakwe»! Kiora's hearing screening is done", &["-"]),
    ("Walgreens: Rx for «HARRIS, JUNE» ready at 4th St", &["name"]),
    ("Rx for HARRIS, «JUNE 5» pickup", &["date"]),
    // A Korean name introducing its writer after a greeting (2026-11-28, seventh session).
    ("안녕하세요, «김서연»입니다. 아버지 «김철수» 씨 오늘 면회 가능할까요?", &["name", "name"]),
    ("안녕하세요, «이번주»입니다", &["-"]),
    // Words from symptoms-26, last session's untuned probe (2026-11-28, seventh session).
    ("gave haldol 0.5 for «agitation», calmer after 30 min", &["condition"]),
    ("dad has «blood in pee» again since the stent", &["condition"]),
    ("they're giving me the «epo» shot again", &["medication"]),
    ("Meu filho teve uma «concussão» no futebol", &["condition"]),
    ("mẹ em uống thuốc xong bị «mất ngủ» cả tuần nay", &["condition"]),
    ("Bác sĩ ơi, cổ em bị sưng, «nuốt khó»", &["condition"]),
    // A procedure done yesterday is someone's, with no person word (2026-11-28, seventh session).
    ("«wisdom teeth out» yesterday, swelling like a chipmunk", &["procedure"]),
    // A patient or resident is so, as a relative is (2026-11-28, seventh session).
    ("Pt is very «sleepy» today, took 3 sips", &["condition"]),
    ("resident is «agitated» again tonight", &["condition"]),
    // From DH's dev half (2026-11-28, seventh session): a street named after its type, a day-first date after a weekday, clergy's titles, a Vietnamese weekday, a filler before a sign.
    ("entregan el concentrador de oxígeno en «2230 Calle Sol, Apt 5, Middleton, WI» 53562", &["address"]),
    ("oxygen concentrator goes to «410 Camino de la Paz, Santa Fe, NM» tomorrow", &["address"]),
    ("y tá sẽ đến vào thứ «Sáu» «14/3» lúc 10 giờ", &["-", "date"]),
    ("see you Friday «14/3» at 10", &["date"]),
    ("I contacted Rev. «Shinoda» at the temple", &["name"]),
    ("the oxygen machine is clicking and his «lips look a lil blue»??", &["condition"]),
    ("Walgreens says the «Roxanol» needs a prior auth", &["medication"]),
    // A care home's resident and grandchildren are someone's (2026-11-28, seventh session).
    ("«RAI scan» after the iodine pill, stay away from the grandkids 5 days", &["procedure"]),
    // How far along a pregnancy is; a question whether something is normal is no result (2026-11-28, seventh session).
    ("is spotting at «7 wks pregnant» normal? its brown not red", &["condition/sex"]),
    ("tengo «28 semanas de embarazo» y me duele la cabeza", &["condition/sex"]),
    // A fever with its degrees is a reading, and makes the message someone's.
    ("«fever 100.9» tonight, 10 days after «chemo»", &["lab_result", "procedure"]),
    ("he had a «fever of 102» all night", &["lab_result"]),
    ("«fiebre de 39.5» desde ayer", &["lab_result"]),
    ("if he gets a «fever» of 100.4, take him to the ER", &["condition"]),
    // Two conditions make a message someone's, and the procedure in it too.
    ("«tired» all day even with the «cpap», still «sleepy» driving", &["condition", "procedure", "condition"]),
    // A Vietnamese name with its middle name Văn or Thị, the given name a word or in capitals.
    ("FSBS log «Pham Van Long»: fasting 210-260 all week", &["name"]),
    ("«NGUYEN VAN THANH» / «NGUYEN THI MAI» - husband & wife, both 9:30 Tues", &["name", "name"]),
    ("the «van» is here at 9, pls be ready", &["-"]),
    // A listed given name that is no word signs in lowercase after a dash.
    ("took 2 tums and my omeprazole early. thats normal right? -«val»", &["name"]),
    ("ok see you then - «grace»", &["-"]),
    // Pale is a lay state of someone's, not a colour on its own.
    ("10 times to the bathroom today, she's «pale» and «dizzy»", &["condition", "condition"]),
    ("paint the room a «pale» yellow", &["-"]),
    // An analyte and its value in Russian or Ukrainian.
    ("ваши анализы: «ферритин 6», «гемоглобин 98»", &["lab_result", "lab_result"]),
    ("у мамы «сатурация 88%» сегодня", &["lab_result"]),
    ("«цукор 12,5» після їжі", &["lab_result"]),
    // Colonoscopy in Haitian Creole, a gastroscopy and an ECG in pinyin; Haitian mwen (I) is someone.
    ("mwen bezwen fè «kolonoskopi» semèn pwochèn", &["procedure"]),
    ("Wo baba xuyao zuo «xin dian tu»", &["procedure"]),
    // Swelling said as it happens, in Spanish.
    ("se me está «hinchando la pierna» desde ayer", &["condition"]),
    ("у сына «температура 38,5» с утра", &["lab_result"]),
    // A verb's -s on a word that starts listed phrases: the singular is still read.
    ("son's «asthma» acting up, he «coughs» till he gags", &["condition", "condition"]),
    // Filling a form or a prescription is no tooth's filling.
    ("Thanks for «filling» out the form before your visit, Dana", &["-"]),
    ("pharmacy wants a lab before «filling» it for him", &["-"]),
    ("your «filling» on tooth 14 is Tuesday at 9", &["procedure"]),
    // An ordinal before a weekday or one is no day of the month.
    ("Support group meets the «2nd» Tuesday of every month, Room 3C", &["-"]),
    ("my arm is sore, is the «2nd» one gonna be this bad too", &["-"]),
    ("can we move her visit to the «2nd» at 3pm?", &["date"]),
    // School's PE is physical education, not a pulmonary embolism.
    ("his arm is in a cast so he cant do «PE» this month", &["-"]),
    ("CTA ordered, concern for «PE», start heparin", &["condition"]),
    // An unlisted surname in capitals after a cue, in a message in mixed case.
    ("Rx for «MARIA SHEVCHUK» ready at window 2.", &["name"]),
    // A portal notice of a new result is one person's.
    ("Portal: New result available: «Renal Function Panel». Log in to view.", &["procedure"]),
    ("Portal: New result: «Urinalysis» with reflex culture.", &["procedure"]),
    ("Check out the new results page for «flu shots» given this week", &["-"]),
    // Services billed for their dates are a person's.
    ("Billing: Your statement for «hemodialysis» services dated 03/04 is ready.", &["procedure"]),
    // A vaccine charted with its arm.
    ("handoff: «Tdap» L deltoid, observed 15 min", &["procedure"]),
    // Interpreters in Swahili and Somali.
    ("Habari, mkalimani «Juma» atakuja kesho saa tatu.", &["name"]),
    ("Salaan, turjubaanka «Cabdi» wuxuu imaan doonaa berri.", &["name"]),
    // Spanish: childbirth reveals a pregnancy.
    ("Después del «parto» tengo mucho sangrado", &["procedure/sex"]),
    // Ukrainian burn and blisters, Arabic warfarin with its article, a Korean x-ray.
    ("Чоловік «обпік» руку, «пухирі» вже лопнули.", &["condition", "condition"]),
    ("أبي يأخذ «الوارفارين» كل يوم", &["medication"]),
    ("어머니가 넘어졌어요. 오늘 «엑스레이» 찍을 수 있나요?", &["procedure"]),
    // An interpreter in Nepali and Amharic, a nurse in Arabic.
    ("नमस्ते, तपाईंको दोभाषे «कमला» भोलि आउनुहुन्छ।", &["name"]),
    ("ሰላም፣ አስተርጓሚው «ዮሐንስ» ነገ ይመጣል።", &["name"]),
    ("الممرضة «هبة» ستغطي الليلة.", &["name/clinician"]),
    // A given name that is a word too, in lowercase between tell or ask and to.
    ("tell «bill» to call me at this number", &["name"]),
    ("ask «grace» to bring her insurance card", &["name"]),
    ("tell «pharmacy» to fax it over", &["-"]),
    // A temperature told with its verb, Fahrenheit with its tenth; not a distance.
    ("my baby keeps pulling at her ear and «had 101.4» last night", &["lab_result"]),
    ("we «ran 101.5» miles", &["-"]),
    // 2026-11-29: what a test came back with, a heart rate read by a verb, epi given or dosed, prep in a message about HIV (symptoms-29)
    ("the «MRI» «came back with a small tear in the meniscus»", &["procedure", "lab_result"]),
    ("rehab RN: «HR peaked 128» on the treadmill, good effort", &["lab_result"]),
    ("given IM «epi 0.3» in triage", &["medication"]),
    ("the «epi» team rounds at 9", &["-"]),
    ("can i get my «prep» refilled? hiv test was neg", &["medication/hiv"]),
    ("bring the «prep» for your colonoscopy; an hiv test is on the order too", &["-"]),
    ("mi hija es alérgica al «maní»", &["-"]),
    // 2026-11-29: honorifics after a name (names-25), word-names joined to a name, given-name pairs said to be twins or caregivers
    ("«Zhou Haoran» xiansheng, your appointment is tomorrow at 9", &["name"]),
    ("qing «Liu Yuqin» ayi lai yixia", &["name"]),
    ("Shirin «joon», farda saat 10", &["-"]),
    ("«Hunter» and «Summer» are the twins in room 4", &["name", "name"]),
    ("«Precious» and «Blessing» will be at the front table", &["name", "name"]),
    ("«Autumn Love» and «Willow King-Harris» are on the waitlist", &["name", "name"]),
    ("Maria and «Will» be there at 3", &["-"]),
    ("Summer and «Spring» are the seasons", &["-"]),
    ("Maria and «Tuesday» work for the echo", &["-"]),
    // 2026-11-29: a listed surname that is a word too before a given name or an initial (names-25); Sir and Frè as titles; who says it in Vietnamese and Korean
    ("Billing: «PRICE, ASHLEY» balance due $30", &["name"]),
    ("SHUTTLE: «PARK, H». / «NAVARRO», E.", &["name", "name"]),
    ("PARK, «CLOSED» MONDAY", &["-"]),
    ("ikaw muna kay Sir «Benjie» bukas", &["name"]),
    ("«Frè» Jean-Baptiste di m pou m rele klinik la", &["-"]),
    ("Tôi là «Phạm Văn Tùng», lấy thuốc giùm vợ tôi", &["name"]),
    ("보호자 «최성호»입니다", &["name"]),
    // 2026-11-29: a procedure the writer did, with no subject (symptoms-29)
    ("finished «chemo» last year, still tired", &["procedure"]),
    ("terminé la «quimio» hace un año", &["procedure"]),
    ("Finished «flu shots» for the whole 3rd floor", &["-"]),
    // 2026-11-29: oxygen at a flow is the drug, dosed (symptoms-29); home oxygen stays the service
    ("Order: «O2 2L» NC continuous", &["medication"]),
    ("I turned my «oxygen up to 3L» this morning", &["medication"]),
    ("DME: «home oxygen» 2 L/min continuous for Mr. Tuilagi", &["procedure"]),
    // 2026-11-29: a procedure had is a procedure, not a condition, after hx of; hx names a patient
    ("pt has hx of «knee replacement» 2019", &["procedure"]),
    ("«hx» of «colonoscopy» 2019, nl", &["-", "procedure"]),
    ("s/p RYGB 6 mo, «down 72 lbs», c/o dumping", &["lab_result"]),
    // 2026-11-29: a body part on fire burns
    ("my «feet are on fire» at night", &["condition"]),
    ("the grill is on «fire»", &["-"]),
    ("his «stomach has been gurgling» all day", &["condition"]),
    // 2026-11-29: the symptom someone has, said with the or this and what it does
    ("found the «lump» again in the shower, scared", &["condition"]),
    ("the «burning» may just be irritation", &["condition"]),
    ("the «pain» clinic called about your referral", &["-"]),
    // 2026-11-29: dates by the month's number in Chinese, Japanese, Korean and pinyin; Swahili months; an event's date in another script's announcement
    ("您的复诊是«12月4日»上午10点", &["date"]),
    ("다음 진료는 «11월 16일»에 오세요", &["date"]),
    ("fuzhen shi «6 yue 10 hao» shangwu", &["date"]),
    ("miadi yako ni «19 Machi» saa tatu", &["date"]),
    ("免费流感疫苗：«12月5日»星期六，所有人均可参加", &["-"]),
    // 2026-11-29: a day-first date after the day's word in Vietnamese and Portuguese; a date after filled or consult
    ("bé có hẹn khám ngày «20/11» lúc 9 giờ", &["date"]),
    ("lembrete do seu teste no dia «22/05» às 7h45", &["date"]),
    ("lorazepam 0.5 mg, last filled «2/2», #30", &["date"]),
    ("your FFS consult is «2/3», bring photos", &["date"]),
    ("take «1/2» tab at bedtime", &["-"]),
    // 2026-11-29: a date before a colon that ends the clause; an SSN's last four said farther from its label
    ("your PET/CT on «November 18»: no evidence of disease", &["date"]),
    ("need full SSN for Dwayne Holloway's charity care app, he only gave last 4 («7702»). pls call him", &["ssn"]),
    // 2026-11-29: state Medicaid programs by their own names
    ("Hi Maria, your AHCCCS ID «884102447» is active", &["health_plan_id"]),
    ("MassHealth # «100294417853» on file", &["health_plan_id"]),
    // 2026-11-29: a greeting in the patient's language opening the message is no one's name (DN's dev half)
    ("«Namaste», main «Arjun Mehta» bol raha hoon", &["-", "name"]),
    ("«Bonjour», je suis «Aminata Diallo»", &["-", "name"]),
    // 2026-11-29: a pregnancy test in Arabic (DN's dev half)
    ("أحتاج «تحليل الحمل» اليوم", &["procedure/sex"]),
    // 2026-11-29: months in Persian and Dari script and in Samoan and Tongan spelling
    ("نوبتش «مارچ ۱۸» است", &["date"]),
    ("نوبت شما «18 دسامبر» است", &["date"]),
    ("lau talanoaga i le «10 Novema» i le 11 AM", &["date"]),
    // 2026-11-29: Haitian Creole's months that are words elsewhere, after a day in a Creole message
    ("Randevou egzamen sante w se «26 mas» a 10è dimaten", &["date"]),
    ("I got 12 «out» of 15 right on the quiz", &["-"]),
    ("Tx/Hx forms due Friday for «colonoscopy»", &["-"]),
    // 2026-11-29, second session: a diagnosis given as one makes a message one patient's (symptoms-30)
    ("prior auth needed for «Mohs» dx «SCC»", &["procedure", "condition"]),
    // 2026-11-29, second session: doktor as a title, military ranks, kin words and honorifics after a name (names-26)
    ("khalto Samira sa'alet 3an maw3ed ibnha ma3 doktor «Haddad»", &["name/clinician"]),
    ("route results to 1LT «Pak»", &["name"]),
    ("SSgt «Mele Vainikolo» needs a Samoan interpreter", &["name"]),
    ("«Kamla» aunty ko bata dena", &["name"]),
    ("khaleh «Parvaneh» goft farda miad", &["name"]),
    ("my «uncle» is driving me", &["-"]),
    // 2026-11-29, second session: hepatitis, gout and kidney stones in Vietnamese, pinyin, Farsi and Urdu (symptoms-30)
    ("tôi bị «viêm gan C» và bác sĩ nói phải uống thuốc", &["condition"]),
    ("wo baba «tongfeng» you fan le", &["condition"]),
    ("pedaram «sang-e kolie» dare", &["condition"]),
    ("ammi ko «gurde mein pathri» hai", &["condition"]),
    // 2026-11-29, second session: identifiers from DP's dev half: a plate with its state and letter group, a spelled chart number with a spelled prefix, a prescriber's state license, a CoverMyMeds key
    ("Driver Luis, silver Dodge Caravan, plate «IL DV 48213». Pickup 8:15 AM", &["vehicle_id"]),
    ("they asked for my chart number its «R B zero zero seven eight one four five two»", &["mrn"]),
    ("Dr. Haddad, NPI 1346829075, IL license «036-118204»", &["license_number"]),
    ("PA submitted via CoverMyMeds key «BX7Q4LM2» on 10/2", &["other_id"]),
    ("your license expires 12/2026, the «key» is 2 hours early", &["-"]),
    // 2026-11-29, second session: dates typed with spaces around the separators, or read out in words with slash
    ("birthday is «3 / 19 / 78», pls send the auth letter", &["date_of_birth"]),
    ("pain «3 / 10» / 20 min", &["-"]),
    ("my dob is «oh five slash nineteen slash oh four» and my student id", &["date_of_birth"]),
    // 2026-11-29, second session: Russian analytes whose letters all look Latin, with their values; IVF in Korean (symptoms-30)
    ("у мамы «сахар 17» утром", &["lab_result"]),
    ("у мужа «МНО 4,2», что делать?", &["lab_result"]),
    ("나 «시험관» 시술 두 번째인데", &["procedure/sex"]),
    // 2026-11-29, second session: lung volumes in litres, a share of predicted, an adverb before a value, a Lung-RADS category (DP's dev half and the corpus)
    ("PFTs: «FEV1 1.12» L (48% «pred»)", &["lab_result", "-"]),
    ("FYI bruising today, «INR only 2.4»", &["lab_result"]),
    ("«Lung-RADS 3», repeat CT in 6 months", &["lab_result"]),
    // 2026-11-29, second session: a nodule or mass by its size opening a list's item; factor products by brand (DP's and DL's dev halves)
    ("Nodule clinic list: R. Delgado - «9 mm RLL part-solid nodule»; F. Abernathy - «14 mm spiculated LUL mass»", &["condition", "condition"]),
    ("Yes - give his «Advate» bleed dose now", &["medication"]),
    // 2026-11-29, second session: a Spanish nurse practitioner's title (dev)
    ("a la 1:00 PM con la enfermera practicante «Delgado»", &["name/clinician"]),
    // 2026-11-29, second session: identifiers from DR's dev half: a spelled mailbox before a spelled domain, a claim number's prefix read out letter by letter, Somali months after a day's ordinal
    ("send the rtw form to my email «marco dot rinaldi at example dot com» thanks", &["email"]),
    ("el numero de reclamo es «W C 2026 0388» 17", &["other_id"]),
    ("ballantaada waa «8da Diseembar» 11:00 subaxnimo", &["date"]),
    ("pls just charge my card exp «08/28» for the brace balance", &["-"]),
    // 2026-11-29, second session: knee gel injections are drugs, as the corpus marks them
    ("Humana approved your «Synvisc-One injection» for your R knee OA", &["medication"]),
    ("BCBS denied, says needs 6 wks «PT» first", &["procedure"]),
    // 2026-11-29, second session: violence a partner did, and a drug test in Russian (dev)
    ("Privately disclosed «her partner grabbed her». SW paged.", &["condition/sdv"]),
    ("her husband hit the «jackpot»", &["-"]),
    ("ваш анализ на «наркотики» отрицательный", &["procedure/eth"]),
    // 2026-11-29, second session: an SSN's last four read out in words after its label
    ("last 4 of my social is «four four one seven»", &["ssn"]),
    ("social worker said four one «one» is the number", &["-"]),
    // 2026-11-29, second session: a capital prefix and digit groups joined by hyphens, seven digits or more, is an identifier without a label
    ("Ya la pedimos, número «PA-2026-55183». Le avisamos en 3 a 5 días", &["other_id"]),
    ("SSA re-entry # «R-7720-31944», DDS wants records", &["other_id"]),
    ("«COVID-19» vaccine clinic this Saturday", &["-"]),
    ("re-entry paperwork: «L26-0098813» on file, call SSA", &["other_id"]),
    // 2026-11-29, review: a date in another script's announcement to everyone is no one's, its cue read as the text is folded (Russian's letters that look Latin)
    ("Бесплатная прививка от гриппа «12/5», для всех", &["-"]),
    ("Анна, ваш прием «12/5»", &["date"]),
    // 2026-11-29, third session: names in other scripts and orders (from names-27)
    ("Εκδόθηκε κάρτα επισκέπτη για τον «Γιώργο Παπαδόπουλο» (κουνιάδος)", &["name"]),
    ("Το ραντεβού σας είναι την «Τρίτη» με τον «Νίκο»", &["-", "name"]),
    ("Сімейна зустріч: її брат «Тарас» щодо мами", &["name"]),
    ("보호자 «이정미» 님께 연락드렸습니다", &["name"]),
    ("«王丽华» 女士，您好", &["name"]),
    ("لطفاً خانمم «نیلوفر رحیمی» را به عنوان نماینده اضافه کنید", &["name"]),
    ("«خانم داکتر»، شب ها خواب ندارم", &["-"]),
    ("please register surname first, wife «LIU Meifang»", &["name"]),
    ("«KIM Soo-young» is the guardian on file", &["name"]),
    ("«MA» Jones roomed the pt in 4", &["-"]),
    ("«LEE Clinic» front desk closes at 5", &["-"]),
    // 2026-11-29, third session: from the dev half of DT (behavioral health)
    ("UHC denied «90837» for DOS 11/3, resubmitting", &["procedure/psy"]),
    ("your CPT «45378» was billed, CPT «90834» too", &["procedure", "procedure/psy"]),
    ("Consegui achar uma farmácia com «Venvanse», obrigado", &["medication/psy"]),
    ("환자 보호자입니다. «리튬» 약이 다 떨어졌는데", &["medication/psy"]),
    ("क्या मेरे बेटे की «थेरेपी» कल शाम को है?", &["procedure/psy"]),
    ("هل يمكن أن تكون «جلسة العلاج» القادمة عبر الفيديو؟", &["procedure/psy"]),
    ("您好，我是«陈美玲»的女儿。", &["name"]),
    ("We're hiring! Lakeshore «Behavioral Health» is looking for a bilingual LCSW", &["-"]),
    ("is it ok to drink over the holidays with my «lamictal»?", &["medication/psy"]),
    ("약이 다 떨어졌어요 «리튬»약", &["medication/psy"]),
    // a day or a condition before dr, the doctor, is no street
    ("we can fill «2.5 today if dr» ok's it", &["-"]),
    ("ship to «4410 Sunset Dr» please", &["address"]),
    // from symptoms-31 (fixed from as planned)
    ("у мами серцева «недостатність», «задишка» вночі", &["condition", "condition"]),
    ("پدرم سی «تی اسکن» دارد فردا", &["procedure"]),
    ("anh ấy bị «giang mai» phải không", &["condition/std"]),
    ("kipimo cha «VVU» kimekuja", &["condition/hiv"]),
    ("«Epworth 17» on intake", &["lab_result"]),
    ("«Blister» pack change for rm 210: «metoprolol» moved to PM", &["-", "medication"]),
    // from the dev half of DV (pediatric primary care)
    ("baby DOL 4, «TcB 13.8» at 96 hrs, below photo threshold", &["lab_result"]),
    ("Need «DCFS» consent, not foster mom's signature", &["-"]),
    ("Please have Marcus use it 15 min before «PE».", &["-"]),
    ("No «PE», sports or recess contact until cleared", &["-"]),
    ("r/o «PE», CTA ordered", &["condition"]),
    ("Sent ProAir to the «Jewel-Osco» on Irving", &["-"]),
    // from the dev half of DX (identifiers)
    ("제 생년월일은 «1958년 4월 2일»이고", &["date_of_birth"]),
    ("miembro «MZH004413927» grupo «G-77102»", &["health_plan_id", "health_plan_id"]),
    ("مرحبا، رقم التأمين الخاص بي «JQP551038824» شكرا", &["health_plan_id"]),
    ("Bonjou, «dat» nesans mwen se 18 avril 1967", &["-"]),
    ("s.s. # is «4 3 0 - 7 7 -- 1 2 9 4» sorry phone keeps autocorrecting", &["ssn"]),
    ("el grupo de apoyo se reúne el «12/3» a las 6", &["date"]),
    // from the dev half of DY (OB-GYN and family planning)
    ("should i keep taking the «Vitafol» or switch", &["medication/sex"]),
    ("my «OPK» «turned positive» this morning!!", &["procedure/sex", "lab_result/sex"]),
    ("ballantaada xilliga uurka waa «8 Disembar» saacadda 11:00", &["date"]),
    ("kết quả Pap của chị bình thường. - «Phòng» khám Lakeview", &["-"]),
    ("«MVA» list tmrw: T. Nakamura «incomplete SAB»", &["-", "condition/sex"]),
    ("王芳女士，您的«宫颈涂片»结果正常", &["procedure"]),
    // an SSN's label as people shorten it
    ("the last 4 of my ss are «4471»", &["ssn"]),
    ("ss ending «4471», DOB on file", &["ssn"]),
    // a date printed with its month's name between hyphens or slashes
    ("Pt DOB: «12-MAR-1948» MRN 4481920", &["date_of_birth"]),
    ("seen «08-Apr-62» in clinic", &["date"]),
    ("DOB «Apr-08-1962»", &["date_of_birth"]),
    ("«mar-10» meds reviewed", &["-"]),
    // a street after a compass point written with its period
    ("visit «1234 W. Maple Ave Apt 4B» today", &["address"]),
    ("«1234 N. Clark St, Chicago, IL»", &["address"]),
    ("take 2 «p.m. dose then see dr»", &["-"]),
    // another identifier's label opens no value
    ("guarantor SSN «430-77-1294»", &["ssn"]),
    ("guarantor MRN «4481920»", &["mrn"]),
    // an area code apart from seven digits run together
    ("tel: «312 5550147» after 5", &["phone"]),
    ("mobile «312-5550147»", &["phone"]),
    // a birth date with spaces alone between its parts, after its label
    ("DOB «04 08 1962» MRN 4481920", &["date_of_birth"]),
    ("fecha de nacimiento: «04 08 1962»", &["date_of_birth"]),
    ("dob: 3/4 mrn «12 25 1959»", &["-"]),
    ("MRN «12 25 1959»", &["-"]),
    // a weight-loss operation said short
    ("He had his «bypass» yesterday and he's asking about ice chips", &["procedure"]),
    ("8 days post op from the «sleeve». what do i do", &["procedure"]),
    ("roll up your «sleeve» for the shot", &["-"]),
    ("take the «bypass» road to the clinic", &["-"]),
    // Greek months and names that share a beginning; a surname in capitals first
    ("στις 5 «Ιουλίου» με την «Ελένη»", &["-", "name"]),
    ("η κόρη της «Ιουλία» ήρθε", &["name"]),
    ("«GARCIA Maria» called about her refill", &["name"]),
    ("«BROWN Rice» is on the menu today", &["-"]),
    // 2026-11-29, fourth session: lowercase `may` before a day and its year, or an ordinal day.
    ("its 6620 and «may 3 1979»", &["date_of_birth"]),
    ("dob «may 3, 1979»", &["date_of_birth"]),
    ("see you «may 3rd» at the front desk", &["date"]),
    ("you «may» 2 tabs at bedtime", &["-"]),
    // `last four` and four digits, no SSN word: a caller verifying who they are; not a card's, an MRN's.
    ("last four «0091»? or do you need the whole thing", &["ssn"]),
    ("the last 4 «2210» on my visa", &["-"]),
    ("use initials + last 4 of MRN «4432»", &["mrn"]),
    // A Korean full name after a relative; not what is said of them.
    ("비상 연락처: 남편 «이준호» 555-0119", &["name"]),
    ("안녕하세요, 어머니 «김순자» 메디케어 번호는", &["name"]),
    ("아빠 «고혈압» 약", &["condition"]),
    ("엄마 «오전에» 병원", &["-"]),
    // A Chinese name after a greeting, before its comma.
    ("您好 «李美华»，您的检查安排在明天", &["name"]),
    ("尊敬的«王秀英»：您好", &["name"]),
    ("你好«李子»很好吃", &["-"]),
    // A Greek or Russian title's period opens no sentence.
    ("Ο πατήρ θα έρθει αύριο για τον κ. «Παπαδόπουλο»", &["name"]),
    ("Ήρθε. «Αύριο» θα έρθει πάλι", &["-"]),
    // Words from symptoms-32: Vietnamese reflux, Russian heartburn and antidepressants.
    ("mẹ tôi bị «trào ngược dạ dày» lâu rồi", &["condition"]),
    ("у меня «изжога» после еды", &["condition"]),
    ("он бросил «антидепрессанты»", &["medication/psy"]),
    ("come «sleep-deprived» for the EEG", &["-"]),
    // A chart's SURNAME, GIVEN M in capitals where the names are words too; not a shouted sentence.
    ("«WHITE, SUMMER A» ALLERGIES: PCN", &["name"]),
    ("«KING, CHRISTIAN M» ref by Dr. Lowe", &["name"]),
    ("«VAN DER MEER, HENDRIK» ROOM 412-B", &["name"]),
    ("PLEASE CALL «BACK», MAY I ASK WHO", &["-"]),
    ("CLOSED FRIDAY, «MAY» 5", &["-"]),
    // Genetic tests: a condition's carrier test, the molecular pathology CPT codes, a Lynch panel, genetic testing in Chinese.
    ("your cystic fibrosis carrier screen was negative and your «SMA carrier screen» was negative", &["procedure/gdis"]),
    ("We recommend a «thalassemia carrier test» for your partner", &["procedure/gdis"]),
    ("Aetna denied «81162», says pt doesn't meet criteria", &["procedure/gdis"]),
    ("Hi Benjamin, your «Lynch panel» results are in", &["procedure/gdis"]),
    ("您的BRCA«基因检测»结果已出来", &["procedure/gdis"]),
    // Armenian names, capitalised inside a sentence as Greek and Cyrillic ones are.
    ("Հարգելի «Լուսինե», ձեզ կզանգահարի «Գայանե Մկրտչյանը» հետազոտության մասին", &["name", "name"]),
    ("Բարև։ «Վաղը» կգամ", &["-"]),
    // Oncology from EH's dev half: a regimen is a medication; Arabic chemotherapy; Polish chemo.
    ("Chair 6: C3D1 «carbo/taxol», running 1/2 rate", &["medication"]),
    ("السيد حسن، موعد العلاج «الكيميائي» يوم الاثنين", &["procedure"]),
    ("Dzień dobry, tu Krystyna. Po ostatniej «chemii» mam «afty» w ustach", &["procedure", "condition"]),
    // A Japanese honorific joined by a hyphen: the name before it.
    ("obaachan no kusuri wa «Tanaka»-sensei ga kaete kureta yo", &["name/clinician"]),
    // Ages in Russian and Ukrainian years; a Spanish date said day del month del year.
    ("Я пишу за бабушку, ей «91 год». Ей нужен переводчик", &["age_over_89"]),
    ("ему «45 лет»", &["-"]),
    ("mi fecha de nacimiento es «15 del 3 del 80» para lo de mi cita", &["date_of_birth"]),
    ("tome «2 del 3» del frasco", &["-"]),
    // More from symptoms-32: a clot in the lung, a retina's curtain, pains in Russian.
    ("they found a «clot in my lung» last year", &["condition"]),
    ("a «curtain came down» over my left eye this morning", &["condition"]),
    ("у мамы сильные «боли» в спине", &["condition"]),
    // Told or asked someone; a social worker's credential.
    ("told «Kalinda» to wait for Ms. Oduya", &["name"]),
    ("told «Medicaid» we sent it", &["-"]),
    ("MSW «Ana Ruiz» called about the bed", &["name/clinician"]),
    // A Medicare MBI read out a character or a part at a time.
    ("medicare # is «3 W Q 8 N A 2 X F 6 4»", &["health_plan_id"]),
    ("MBI: «3 T W 7 - Q X 2 - H N 4 8» thanks", &["health_plan_id"]),
    ("take «2» tabs 3 times a day", &["-"]),
    // A payment plan's number is an account's.
    ("your payment plan «PP-41980» starts 12/1", &["account_number"]),
    ("health plan # «4471902»", &["health_plan_id"]),
    // A word on no list before a relative in brackets.
    ("at bedside, «Makoa» (grandson) coordinating", &["name"]),
    ("«Caller» (son) asked about meds", &["-"]),
    ("«Visitor» (wife) at the desk", &["-"]),
    // Allergy and ENT from ED's dev half: exhaled nitric oxide and a peanut component are analytes; a systemic reaction.
    ("«FeNO 52» ppb today", &["lab_result"]),
    ("«Ara h 2 3.8» kUA/L", &["lab_result"]),
    ("shot room: «systemic rxn» at 20 min, epi given", &["condition"]),
    // Chinese from EI's dev half: a relative's name before 的; amlodipine; a test (检测) and an exam of yours.
    ("医生你好，我妈妈«刘桂兰»的«氨氯地平»，药房说需要事先授权", &["name", "medication"]),
    ("您的«胃镜»检查", &["procedure"]),
    ("«胃镜»检查每周一开放", &["-"]),
    // Arabic: a specialist's title before a name; Heba and Noor listed.
    ("«هبة»، تذكير بموعد جلسة العلاج النفسي مع الأخصائية «دانا» يوم الاثنين", &["name", "name/clinician"]),
    // A month misspelled as patients type it.
    ("hi my name is Vernon Tate born «octobr 2 1958» i need my results", &["date_of_birth"]),
    ("appt «febuary 3rd» at 9", &["date"]),
    // Review: the words that make a last four someone else's number are whole words (`cardiology` is no card).
    ("cardiology here, last four «0091»? to verify", &["ssn"]),
    // Review: Russian `г.` is a city's or a year's as often as a title: its period still opens a sentence.
    ("Адрес: г. «Москва», ул. Ленина", &["-"]),
    // Digits and ideographs part: a phone number stands in CJK text without spaces around it.
    ("请致电«(415) 555-0163»预约，我们会安排翻译", &["phone"]),
    ("您«12月5日»做的检查", &["date"]),
    // Verdicts in Portuguese, Vietnamese and pinyin.
    ("o ultrassom da sua mãe «foi normal»", &["lab_result"]),
    ("kết quả xét nghiệm máu «bình thường»", &["lab_result"]),
    // An age over 89 in Korean, Japanese and Chinese years.
    ("할머니는 «91세»입니다", &["age_over_89"]),
    ("祖母は«92歳»です", &["age_over_89"]),
    ("我奶奶«93岁»了", &["age_over_89"]),
    ("제 아들은 «9살»이에요", &["-"]),
    // Fifth session (2026-11-29): a joined part is judged whole, O'Leary no Spanish `o`.
    ("Billing: TCM visit for «Margaret O'Leary» must happen by 12/6", &["name"]),
    ("fyi «sean o'neil» refused the CT", &["name"]),
    ("«noor el-sayed» texted asking if she can bring her baby", &["name"]),
    ("she has a «black eye» and won't say how", &["condition"]),
    ("«he kicked me» again last night", &["condition/sdv"]),
    ("I «binged and purged» again last night", &["condition/psy"]),
    ("Pt refusing SNF. «Capacity eval» this AM", &["procedure/psy"]),
    // Fifth session: a Blue Cross-shaped member ID is a health plan's; an MBI outranks an order's label; a plan's start date.
    ("ok here's what's on it: ID «XEH884120573» grp 00298413", &["health_plan_id"]),
    ("yes its lakshmi's. dob 07/11/1979 id «YLH90331774»", &["health_plan_id"]),
    ("claim «CLM20261122» denied, resubmitting", &["other_id"]),
    ("Medicare ID on the order: «5TM2-RE8-KX41». Apex will deliver Tuesday", &["health_plan_id"]),
    ("ADAP covers Biktarvy until his Marketplace plan starts «1/1».", &["date"]),
    ("start «1/2» tab at night", &["-"]),
    // Fifth session: names in other scripts after relatives, honorifics and brackets; paged, texted, courier.
    ("王建华先生的女儿«王丽»要求复印病历", &["name"]),
    ("小明的奶奶«王秀英»今天下午来接他", &["name"]),
    ("«陈»师傅今天下午四点来取血样", &["name"]),
    ("Lin Jiahui («林佳慧») — please update preferred name", &["name"]),
    ("Park Ji-hoon («박지훈») and his mother are here for the 2pm", &["name"]),
    ("Hyun-woo from the church can translate for «권순자» 할머니", &["name"]),
    ("«सुनीता शर्मा» जी, आपके पति «राजेश शर्मा» की अपॉइंटमेंट कल 10 बजे है", &["name", "name"]),
    ("आपके पति की अपॉइंटमेंट कल है, डॉक्टर «जी» ने कहा", &["-"]),
    ("मेरी बेटी «बीमार» है", &["-"]),
    ("المريض يوسف عبد الرحيم يطلب مترجم، ابنه «كريم» سيحضر", &["name"]),
    ("ابنك «مريض» جدا", &["-"]),
    ("paged «Yevgenia Orlova» for the 3rd time, no callback", &["name"]),
    ("courier «Dusty» picked up 14 specimens at 4:10", &["name"]),
    ("paged «Rapid Response» to room 4", &["-"]),
    // Fifth session: clinical terms in other scripts from symptoms-33.
    ("我妈妈的«甲状腺结节»要做«穿刺»", &["condition", "procedure"]),
    ("할머니가 «아토피» 때문에 밤에 못 자요", &["condition"]),
    ("у папы «аденома» простаты", &["condition"]),
    ("मेरी माँ को «भूलने» की बीमारी है", &["condition"]),
    // Fifth session: a pharmacy's given name and initial; Hindi and Nepali senders and mothers; Japanese surnames before 様 and さん.
    ("Rx ready: atorvastatin 40 mg for «LEON W». Pick up by 12/2.", &["name"]),
    ("नमस्ते, मैं «सुनीता शर्मा» बोल रही हूँ। क्या मेरे बेटे की थेरेपी कल है?", &["name"]),
    ("मेरो आमा «धनमाया तामाङ» लाई ज्वरो र खोकी छ", &["name"]),
    ("«佐藤»様、12月18日午前10時のご予約を確認いたします", &["name"]),
    ("«田中美咲»さん、予約の確認です", &["name"]),
    ("«お客様»各位、年末年始の休診のお知らせ", &["-"]),
    // Fifth session: dental and occupational-health words from the dev halves of ET, EV and EY.
    ("Hi Marisol, your «implant» consult is Tuesday at 9", &["procedure"]),
    ("she has a «cyst», the dentist says it is small", &["condition"]),
    ("numbness in her lip since the extraction, likely «paresthesia»", &["condition"]),
    ("Reminder for Darius: «oral sedation» appt, take the Halcion 1 hr before", &["procedure"]),
    ("mi mamá usa «medical marijuana» para el dolor", &["medication/eth"]),
    ("Pani Anno, wyniki krwi są «w normie»", &["lab_result"]),
    ("Bonjou Wilner, rezilta yo «nòmal»", &["lab_result"]),
    // Fifth session: a lab a bit higher; a spelled last four; a claim's CPT codes.
    ("Gerald, your «creatinine is a bit higher» at 1.6. Please stop ibuprofen", &["lab_result"]),
    ("Mr. Pham, PSA 6.8 «is higher» than last year, so we are sending you to urology", &["-"]),
    ("last 4 is «six six one nine»", &["ssn"]),
    ("card last four is «six six one nine»", &["-"]),
    ("Resubmitted CMS-1500 for DOS 10/22, CPT «99213» + «97110» x2, claim WC-77-20931", &["procedure", "procedure"]),
    // Fifth session: a patient's sugar log, reading by reading.
    ("texting my numbers like u asked. before bfast «112» «118» «109», 1 hr after dinner «180»", &["lab_result", "lab_result", "lab_result", "lab_result"]),
    ("my readings were «98» «102» and «110»", &["lab_result", "lab_result", "lab_result"]),
    ("take 12 units before breakfast, «14» before dinner, sugars ok", &["-"]),
    ("my sugar was fine, we had «120» people at the dinner", &["-"]),
    // Fifth session: peritoneal dialysis in capitals.
    ("Wilma, how are your «PD» exchanges going at night?", &["procedure"]),
    // Fifth session: a HICN in a message about Medicare; `lst 4`.
    ("Old HICN on file for Earl Pritchard («412558934A»), claims rejecting. Need his MBI.", &["health_plan_id"]),
    ("lst 4 is «9027» and birthday 10/12/75", &["ssn"]),
    // Fifth session: last fours compared later in a message about them; words that are no names.
    ("Billing needs last 4 of SSN for Latoya Greer. I have «6621» but the state has «6612». Can you ask?", &["ssn", "ssn"]),
    ("Need last 4 of SSN to verify, she was born «July 4th 1983»", &["date_of_birth"]),
    ("«Obrigada», a enfermeira Patrícia já veio e trocou o curativo.", &["-"]),
    ("«Newborn» temp chart needs to be merged into the permanent MRN", &["-"]),
    ("«In-service» in the June room at 8, bring your OASIS questions.", &["-"]),
    ("سلام خانم «پرستار»، پدرم حمید دیشب سرفه زیاد داشت", &["-"]),
    // Fifth session: a wound's or lesion's size.
    ("Mr. Okafor sacral pressure injury today «4.1 x 3.0 x 0.6 cm», no odor", &["lab_result"]),
    ("her heel wound is «2x3cm» and draining", &["lab_result"]),
    ("the supply box is «30 x 20 cm», put it in the closet", &["-"]),
    // Fifth session: teeth pulled by their numbers; a newborn's temporary chart name.
    ("Ramos: «ext #3 and #4» tomorrow at 9, pre-med w/ amox", &["procedure"]),
    ("call «ext 4410» for billing questions", &["-"]),
    ("Newborn temp chart BOY «DELACROIX» MRN T0093315 needs to be merged", &["name"]),
    ("«BOY SCOUTS» collecting cans in the lobby Saturday", &["-"]),
    // Fifth session's review: a card's last four in a message about an SSN's.
    ("Need last 4 of SSN on file; the card ending «4417» was declined", &["-"]),
    // Fifth session: a test passed or failed; a device working as it should.
    ("Jasmine, you «passed» the lift test for the CNA position", &["lab_result"]),
    ("your fit test: «pass»", &["lab_result"]),
    ("Your pacemaker is «working normally» and the next check is in 3 months", &["lab_result"]),
    ("I «passed» the pharmacy on the way, she «failed» to show", &["-", "-"]),
    ("the printer is «working fine» now", &["-"]),
    // Fifth session: a fall and restlessness in Russian, a wound in Korean, Persian short of breath (FB's dev half).
    ("бабушка «упала» ночью", &["condition"]),
    ("발 «상처»에서 냄새가 나요", &["condition"]),
    ("پدرم دیشب «نفسش تنگ» بود", &["condition"]),
    // Fifth session: Hebrew names, listed or after a title (names-29).
    ("«אסתר כהן» ז\"ל, שבעה בבית הבן «דוד כהן»", &["name", "name"]),
    ("נא להתקשר ל«מיכל אברהם» בקשר לתוצאות", &["name"]),
    ("גברת «פישר», התור שלך מחר", &["name"]),
    ("«שלום רב», מה שלומך", &["-"]),
    // Review: a bracketed Hangul name glued to its romanization; the word before the bracket is read, not a fixed token back.
    ("Park Ji-hoon(«박지훈») is here for the 2pm", &["name"]),
    // A test booked for a day is one patient's; a comma before a test to come ends a finding.
    ("«FibroScan» scheduled 11/14 at 8am, fast 3 hrs before", &["procedure"]),
    ("«colonoscopy» results: «mild inflammation in the terminal ileum», «biopsies» pending", &["procedure", "lab_result", "procedure"]),
    ("«Flu shots» scheduled in the lobby Tuesday", &["-"]),
    // From symptoms-34's vocabulary.
    ("she has «la gota» again, the big toe", &["condition"]),
    ("mi abuela «se cae mucho» en la casa", &["condition"]),
    ("«breakthrough sz» x2 overnight, increase keppra?", &["condition"]),
    ("bà tôi bị «xơ gan» và «chân phù»", &["condition", "condition"]),
    ("у него «панкреатит», лежит в больнице", &["condition"]),
    ("我爸爸的类风湿«关节炎»又严重了", &["condition"]),
    // From names-30: a name before its relative in brackets (Chinese, Korean); a Japanese surname, a space and the given name before an honorific; Hindi and Nepali names by their surnames; a Russian form's full-name label.
    ("探视名单：«刘建华»（儿子）、«王秀英»（儿媳）", &["name", "name"]),
    ("가족회의에 «김미정» (딸), «박준영» (사위) 참석 예정입니다", &["name", "name"]),
    ("«山本 健太» くんの予防接種記録を母の«山本 里奈»さんに渡しました", &["name", "name"]),
    ("«रमेश कुमार शर्मा» के साथ उनकी बेटी «पूजा» आएंगी", &["name", "name"]),
    ("पति «रमेश कुमार शर्मा» आएंगे", &["name"]),
    ("ФИО пациента: «ИВАНОВА, ОЛЬГА СЕРГЕЕВНА», врач Мельник А.В.", &["name"]),
    ("今天陈述（家属）意见如下", &[]),
    // SSNs read out in pairs of digits or with their dashes; an SSN's last four some words after the label.
    ("Caller read SSN as \"«four oh nine, eighty one, twenty two seventy»\", pls double check", &["ssn"]),
    ("ssn is «five five one dash three oh dash nine two eight four»", &["ssn"]),
    ("call me back at «three one two, five five five, oh one forty two»", &["phone"]),
    ("registration needs pt ssn last 4 for billing: «6612», adm 11/27", &["ssn"]),
    // The Vietnamese particle ơi calls the name before it and is no Portuguese greeting before the word after it.
    ("«Tuan» ơi, phòng khám nhắc lịch «thay băng» ngày 3/12", &["name", "procedure"]),
    ("Bác «Minh» ơi, «mai» tái khám nhé", &["name", "-"]),
    // Wound care and GI words from the dev halves; a treatment she finished (terminó).
    ("Hola, sí, terminó la «transfusión» a las 6 sin problemas", &["procedure"]),
    ("«Capsule study» Marcus Bell: «multiple small bowel AVMs in proximal jejunum»", &["procedure", "lab_result"]),
    // therapy after a procedure is that procedure's, not talk therapy; a viral load of another virus is no HIV test.
    ("your «hyperbaric oxygen therapy» is Tuesday at 9", &["procedure"]),
    ("Walter, your «hep C viral load» 12 weeks after Epclusa «is undetectable»", &["procedure", "lab_result"]),
    ("your «viral load» «is undetectable», great job", &["procedure/hiv", "lab_result/hiv"]),
    // Services are no names.
    ("Bill Pay is down tonight 10 PM to 2 AM for upgrades.", &[]),
    // From the dev halves of FL and FM: a ventilator, intubation in Spanish and Vietnamese, a lithium level in Spanish, a clozapine level and its value, a wish not to be alive.
    ("ya lo «desentubaron»? soy Lupita la hija de Rogelio", &["procedure"]),
    ("su «nivel de litio fue 0.7», todo bien", &["lab_result/psy"]),
    ("Anjali Rao «clozapine level 720 ng/mL», «norclozapine 310»", &["lab_result/psy", "lab_result/psy"]),
    ("she's been texting me that she «doesn't want to be alive» anymore", &["condition/psy"]),
    // Staff words opening a note are no names; a coach's surname still is.
    ("«Handoff» chair 6: Lin Mei, Rituxan dose 2", &["-"]),
    ("«Step-down» bed 3 Doherty: EtOH withdrawal", &["-"]),
    ("«Peer-to-peer» requested for Charlotte Bergström", &["-"]),
    ("Coach «Ramirez» here. Is DeShawn good to go Saturday?", &["name"]),
    // A Spanish question of oneself makes the test one's own.
    ("Doctora, ¿puedo tomar café antes de la «colonoscopía»?", &["procedure"]),
    // Park, the Korean surname, after a listed given name and before a lowercase word; a park after a place's preposition stays a place.
    ("PA for «Lindsey Park» expired 11/15, resubmitted today", &["name"]),
    ("call «Lindsey Park» back about her MRI", &["name"]),
    ("the clinic is near «Jackson Park» now", &["-"]),
    ("she lives in «Marion Park» now, new address coming", &["-"]),
    // A listed surname after `on` following a test in capitals is a patient; after a store, a street.
    ("UDS on «Pruitt» positive for fentanyl, flagging for Dr. Moreau", &["name"]),
    ("CBC on «Pruitt» today, pls draw at 1800", &["name"]),
    // Spelled birth dates with slashes or nothing between their parts after the label; Italian months and titles; a greeting a name list holds stays out of the name.
    ("pt gave DOB as «one one / oh four / fifty two», identity confirmed", &["date_of_birth"]),
    ("dob is «oh three fourteen eighty two», texting about my bill", &["date_of_birth"]),
    ("Signora «Rossi», il suo ecocardiogramma è confermato per l'«11 dicembre» alle 14:00", &["name", "date"]),
    ("Namaste «Rajesh», your visit is Monday at 3", &["name"]),
    ("Ciao «Marco», la sua visita è confermata", &["name"]),
    // A past tense after pt is no name.
    ("pt «gave» DOB as 11/04/52, identity confirmed", &["-"]),
    // A trend's arrow keeps both values in one result.
    ("FYI cards: Thabo Nkosi «trop 0.08 → 0.21» on 6h repeat", &["lab_result"]),
    ("Tx coord: 3 mo s/p DDKT, «Cr up 1.3 -> 1.9», BK PCR pending", &["lab_result"]),
    // A greeting and then a title both stay out of the name.
    ("Buongiorno Signor «Bianchi», la sua visita è confermata", &["name"]),
    // Hindi months, and Hindi your, which makes a procedure one person's.
    ("आपका «रूट कैनाल» «17 दिसंबर» को सुबह 11 बजे है", &["procedure", "date"]),
    ("आपकी अपॉइंटमेंट «नवंबर 12» को है", &["date"]),
    // A virama or nukta is inside a Devanagari word, so months written with one are read whole.
    ("तपाईंको भेट «डिसेम्बर ११» मा बिहान ८:४५ बजे", &["date"]),
    ("आपकी अपॉइंटमेंट «3 अक्टूबर» को है", &["date"]),

    // 2026-11-29, seventh session, from symptoms-35: a test the writer did needs no subject; a biologic without its FDA suffix; Chinese, Korean and Russian terms; a Spanish undetectable result.
    ("did the «lithotripsy» tues, is that ok??", &["procedure"]),
    ("speech said «echolalia» improving", &["condition/psy"]),
    ("爸爸«房颤»，华法林要不要继续吃？", &["condition"]),
    ("我«梅毒»检测阳性，«打针»后还需要复查吗", &["condition/std", "procedure"]),
    ("is the hearing problem from the «teprotumumab»?", &["medication"]),
    ("she started «fremanezumab» in may", &["medication"]),
    ("儿子被诊断为«自闭症»", &["condition/psy"]),
    ("아이가 «자폐» 스펙트럼 진단 받았어요", &["condition/psy"]),
    ("Ребёнок весь в «синяках»", &["condition"]),
    ("mi carga viral está «indetectable»", &["lab_result/hiv"]),
    // From names-31: Chinese twins and a second name after 和; Indonesian relatives, patient and contact words; a name opened by عبد; Urdu's final ہ; Punjabi and Bengali family names.
    ("双胞胎«林子涵»和«林子轩»明天打疫苗", &["name", "name"]),
    ("Budi datang dengan istrinya «Wulandari» dan anaknya «Agus Santoso»", &["name", "name"]),
    ("pasien «Suharti» «minta» dokter perempuan, tolong hubungi «Dewi»", &["name", "-", "name"]),
    ("pt Abdulrahman Al-Hashimi / «عبد الرحمن» الهاشمي", &["name"]),
    ("آج «فاطمہ جاوید» کی اپوائنٹمنٹ ہے", &["name"]),
    ("«ਹਰਜੀਤ ਕੌਰ» ਜੀ, ਤੁਹਾਡੀ ਅਪੌਇੰਟਮੈਂਟ ਸੋਮਵਾਰ ਨੂੰ ਹੈ", &["name"]),
    ("«নাসরিন আক্তার» আপনার অ্যাপয়েন্টমেন্ট কাল ১০টায়", &["name"]),
    // A value in thousands after its analyte; the Korean child, daughter, wife, patient and I; Persian nightmares.
    ("pt HIV+, «VL 84k»", &["lab_result/hiv"]),
    ("«plt 45k» today, hold the heparin", &["lab_result"]),
    ("아이가 «언어치료»도 받아야 하나요?", &["procedure"]),
    ("ساعت ۲ شب «کابوس» می‌بینم", &["condition/psy"]),
    // From the dev halves of FO, FQ and FS: a nurse introducing herself in Chinese; thanks (谢谢) is no surname Xie; terms of home nursing and urology.
    ("您好，我是护士«王丽»。明天下午两点来", &["name/clinician"]),
    ("«谢谢»护士，我妈妈今天有点发烧", &["-"]),
    ("«谢谢»«王»医生", &["-", "name/clinician"]),
    ("明天来给您母亲做PICC«换药»", &["procedure"]),
    ("我父亲的«膀胱镜»检查需要空腹吗", &["procedure"]),
    ("Czy mogę przełożyć «wazektomię» na przyszły tydzień?", &["procedure/sex"]),
    ("you're set for «self-catheterization» teaching with Nurse Dana", &["procedure"]),
    // A notice to all patients, families or parents speaks of no one.
    ("Reminder to all patients: hives, rashes, and colds don't need a disability form.", &[]),
    ("Reminder to all 4th grade families: vision and hearing screenings are next Tuesday. No action needed unless you want to opt out.", &[]),
    // A listed surname before a side and a term, or before a bracket opening one: an OR board's or a list's shorthand for the patient.
    ("Lithotripsy truck till 3: «Boateng» (R «renal stone», 9 mm)", &["name", "condition"]),
    ("OR 2: move «Pellegrini» R «THA» to 0730", &["name", "procedure"]),
    // From the dev halves of FU, FV and FW: growth hormone brands; pelvic floor and wound care procedures; a post-void residual's value; a notice with up to three words between `all` and its audience.
    ("Mom here, the «Norditropin pen» jammed again", &["medication"]),
    ("pt ok w «pessary» change q3mo", &["procedure"]),
    ("her «InterStim» battery is low", &["procedure"]),
    ("«TCC» changed, pt tolerating", &["procedure"]),
    ("his «HBO» #14 is today, ears ok", &["procedure"]),
    ("«PVR 420» after void", &["lab_result"]),
    ("dx «GH deficiency», stim test next", &["condition"]),
    ("Reminder to all post-transplant patients: trough levels must be drawn about 12 hours after your evening dose.", &[]),
    ("我的«排尿日记»写好了", &["procedure"]),
    // A wound's three measures need no unit of their own in a message that has one.
    ("L plantar DFU «2.1 x 1.6 x 0.4 cm», was «2.8 x 2.0 x 0.5» last wk", &["lab_result", "lab_result"]),
    // Spanish of course opening a reply is no name.
    ("«Claro», Sra. «Flores». La carta para Ximena ya está en el portal.", &["-", "name"]),
    // A hyperbaric session is a dive, in a message that speaks of hyperbaric care.
    ("Pt c/o R ear pain after «dive» #6, likely «barotrauma». Hold tomorrow's chamber slot.", &["procedure", "condition"]),
    // A complaint ends before when it came.
    ("Pt c/o «R ear pain» after swimming", &["condition"]),
    // A heart rate by its unit alone.
    ("his «heart was going so fast», like «220 bpm» on my apple watch", &["condition", "lab_result"]),
    // From the dev halves of GA and GB: MS in capitals before a word is no title; a relative opening a sentence and a Hindi postposition after a title are no names; eye and neurology terms.
    ("The MS «Walk» team meets Saturday at 9 AM", &["-"]),
    ("MS «Garcia» your appt is tomorrow", &["name"]),
    ("Esther is here w daughter for f/u. «Daughter» reports wandering at night.", &["-"]),
    ("मेरी माँ की «ईईजी» रिपोर्ट कब आएगी? डॉक्टर «ने» कहा था", &["procedure", "-"]),
    ("her «biometry» redone, «iStent» with the phaco", &["procedure", "procedure"]),
    ("pt w «PNES», video EEG next month", &["condition"]),
    // A given name alone in capitals opening the message before a comma, as pharmacies print it.
    ("«KEVIN», your Rx for LAMOTRIGINE 100MG TAB is ready for pickup.", &["name"]),
    // Jan as a month closing its clause after a word of time; Haitian Creole's Pa (not) before a lowercase word; Mesye (Mr.); Simponi Aria.
    ("Urology can't see him til «Jan». He went home with a Foley", &["-"]),
    ("«Pa» bliye pran «warfarin» ou chak swa.", &["-", "medication"]),
    ("«Pa Houa Vang» has an appt Tuesday", &["name"]),
    ("Bonjou «Mesye» «Joseph», randevou ou se 12 out", &["-", "name"]),
    ("Samir, your TB test was negative, so we can go ahead with the «Simponi Aria» infusion on 9/23.", &["medication"]),
    // The Ryan White HIV care program is no person, after `the` or before what the program does; a Ryan White who called is one.
    ("Andre, your «Ryan White» and Medicaid renewal is due 1/15.", &["-"]),
    ("«Ryan White» recert for Andre Simmons due 12/31.", &["-"]),
    ("«Ryan White» called about his refill", &["name"]),
    // Not a time before or after a dive.
    ("his «BG 54» «post-dive», chamber 2 tomorrow", &["lab_result", "-"]),
    // From symptoms-36 (eighth session): a Chinese baby, child, dad, mom or grandpa is a person, so a test said of them stays.
    ("宝宝«黄疸»还没退，«胆红素»是多少？要不要«照蓝光»？", &["condition", "procedure", "procedure"]),
    ("我妈«胆结石»发作，右上«腹痛»", &["condition", "condition"]),
    ("爷爷«黄斑变性»，每个月打«眼针»", &["condition", "procedure"]),
    ("爸爸«中风»后右手«没力气»，«说话不清楚»，«吞咽检查»结果怎么样？", &["condition", "condition", "condition", "procedure"]),
    ("아기가 «숨을 가쁘»게 쉬어요", &["condition"]),
    ("муж бросил пить, нужна «детоксикация»?", &["condition/eth"]),
    ("فکر کنم «زونا» گرفته‌ام", &["condition"]),
    ("मेरे पति «शराब छोड़» रहे हैं, हाथ «काँपते» हैं और «नींद नहीं» आती", &["condition/eth", "condition", "condition"]),
    ("मम्मी का «मोतियाबिंद» का ऑपरेशन हुआ है", &["condition"]),
    ("my husband's «wound vac» canister filled up with «bloody fluid»", &["procedure", "condition"]),
    ("8mo «wheezing», «poor PO intake» x24h", &["condition", "condition"]),
    ("he woke up «barking like a seal»", &["condition"]),
    ("theres a «bulge in my groin» that gets bigger when i «cough»", &["condition", "condition"]),
    ("i'm «7 weeks pregnant» and «bleeding with clots»", &["condition/sex", "condition"]),
    ("«passed tissue» this morning, do i still come in", &["condition/sex"]),
    ("«no cardiac activity» on «TVUS»", &["condition/sex", "procedure"]),
    ("«EPDS 17», «+ intrusive thoughts», denies «SI»", &["lab_result/psy", "lab_result/psy", "condition/psy"]),
    ("pt «HZ ophthalmicus», «vesicles» on tip of nose", &["condition", "condition"]),
    ("he coughs when he drinks, on «nectar-thick liquids» now", &["condition"]),
    ("moja mama ma «toczeń», «bolą mnie stawy»", &["condition", "condition"]),
    ("papa ko «gurde ki kharabi» hai", &["condition"]),
    ("o meu pai tem «hepatite C»", &["condition"]),
    ("dadi ko «kala motiya» hai", &["condition"]),
    ("unhe «saans phoolti» hai", &["condition"]),
    ("«j'ai mal partout» depuis hier", &["condition"]),
    ("mi hija tenía una «garrapata pegada» en la pierna", &["condition"]),
    ("anh ấy bị «thoát vị bẹn»", &["condition"]),
    ("mi hermano «dejó el alcohol» y tuvo una «convulsión»", &["condition/eth", "condition"]),
    ("bố tôi «cai rượu» được 3 ngày", &["condition/eth"]),
    ("is it «hard to swallow» after a «stroke»", &["condition", "condition"]),
    ("baby needs «nasal suctioning» q4h", &["procedure"]),
    ("should she start «AREDS2 vitamins»?", &["medication"]),
    // Names from names-32: Somali `Walaal` and Haitian Creole's possessive after a relative, before a capital.
    ("«Walaal» «Mahad», Dr. «Warsame» wuxuu rabaa", &["-", "name", "name/clinician"]),
    ("m ap rele pou manman m «Anoude», tanpri rele m", &["name"]),
    ("Madan «Nadège» di pitit li «Woodly» ap vin", &["name", "name"]),
    ("Èske manman m ka manje kounye a?", &[]),
    ("walaal ma i caawin kartaa", &[]),
    // From the dev halves of GE, GF and GG (eighth session).
    ("24yo «CF», «hemoptysis» x2 days", &["condition", "condition"]),
    ("Sra. «Salinas», usted tiene «algodoncillo» por la «prednisona»", &["name", "condition", "medication"]),
    ("chair 6 ?«transfusion rxn», rigors", &["condition"]),
    ("your «HLA typing» with your brother is done", &["procedure"]),
    ("scheduled for your «psychosocial evaluation» Dec 2", &["procedure/psy"]),
    ("your «APOL1» result is back", &["procedure/gdis"]),
    ("we still need the «cotinine» before listing", &["procedure/eth"]),
    ("your «liver volumetry» was adequate", &["procedure"]),
    ("POD3 «OLT» bed 14", &["procedure"]),
    ("«me operé para no tener hijos» hace años", &["procedure/sex"]),
    ("toward your «Myfortic» copays", &["medication"]),
    ("cant make it today for my «hydrea» labs", &["medication"]),
    ("how to use your new «Respimat» on Thursday", &["medication"]),
    ("since you're on «continuous oxygen»", &["medication"]),
    ("«프로그랍» 약값이 너무 비싸요", &["medication"]),
    ("مرحبا «أحمد»، موعد فحص «وظائف الرئة» يوم الاثنين", &["name", "procedure"]),
    // A question, not a result: asked whether it is normal.
    ("también «me tiembla la mano», «es normal»?", &["condition", "-"]),
    // A Haitian Creole order to eat nothing is no symptom; said of someone it is.
    ("Randevou w se demen. Pa manje anyen apre minwi.", &[]),
    ("li «pa manje» depi yè", &["condition"]),
    // Words shaped like no name: an -ewer or a -meter.
    ("Reviewer wants last 3 weights by 8 AM", &[]),
    ("Spirometer in room 3 failed calibration again", &[]),
    // From the dev halves of GH, GM and GO (eighth session).
    ("one of those nights, «binge urges» all evening", &["condition/psy"]),
    ("«Sam Reyes», «AN-BP», c/o «chest tightness» at dinner", &["name", "condition/psy", "condition"]),
    ("Per your «FBT» plan, the door stays open after meals", &["procedure/psy"]),
    ("«Riley»'s «family session» moved to Friday", &["name", "procedure/psy"]),
    ("Chào chị «Lan», buổi «trị liệu gia đình» của bé đổi sang thứ Sáu", &["name", "procedure/psy"]),
    ("王女士您好，孩子的«家庭治疗»改到周五", &["procedure/psy"]),
    ("please have %«mBMI 84» and «HR 46» ready", &["lab_result", "lab_result"]),
    ("pt s/p «Mohs» today, plan «bilobed flap» tomorrow 8am", &["procedure", "procedure"]),
    ("6yo with a likely «nail bed lac» from a car door", &["condition"]),
    ("will the «xiaflex» shot be covered by medicare?", &["medication"]),
    ("keep the «stack splint» on your «mallet finger» all the time", &["procedure", "condition"]),
    ("his hand healed, start «silicone gel sheeting», OT for «custom thermoplastic splint»", &["procedure", "procedure"]),
    ("your first «fractional CO2 laser» session for the «burn scar» is Monday", &["procedure", "condition"]),
    ("That can be a «re-rupture» of the repair", &["condition"]),
    ("su hija tiene cita por la «conmoción cerebral» el lunes", &["condition"]),
    ("i only «vape» like twice a day", &["condition/eth"]),
    ("su «liberación del dedo en gatillo» es el 11 de diciembre", &["procedure"]),
    ("«陈»先生，您的«鼻整形»咨询定在周五", &["name", "procedure"]),
    ("«지민» 어머님, 오전 8시 체중 측정입니다", &["name"]),
    ("우리 어머님 오늘 못 오세요", &[]),
    // Not names: `Here's`, `Parents:`, French `carte` (card); a line to purge is no purging.
    ("great talking today. Here's the quit plan we made", &[]),
    ("Parents: our vaping prevention night is Wed at 6:30", &[]),
    ("Merci d'apporter votre carte d'assurance.", &[]),
    ("Please purge the alias from the list", &[]),
    // From the dev halves of GP, GQ and GR (eighth session).
    ("Heads up: «Dmitri Volkov» reports «6-8 beers daily», last drink unknown", &["name", "condition/eth"]),
    ("New pt reports ~«12 beers/day» until this summer", &["condition/eth"]),
    ("mi esposo toma «6 cervezas al día»", &["condition/eth"]),
    // A limit is no one's habit.
    ("No more than 2 drinks a day for men, 1 for women.", &[]),
    ("On 11/24 she «weighed 3.6 kg», right on track", &["lab_result"]),
    ("do i need to tell yall i «smoke weed»?", &["condition/eth"]),
    ("hx «difficult intubation», «Mallampati» IV", &["condition", "-"]),
    ("«spinal headache» since yesterday, worse sitting up", &["condition"]),
    ("s/p «R AKA» last month", &["procedure"]),
    ("AKA list: one chart per patient", &[]),
    ("«needle aspiration» of the abscess tomorrow, she's nervous", &["procedure"]),
    ("she takes «ginkgo» and fish oil", &["medication"]),
    ("mi bebé tiene «dolor al amamantar»", &["condition"]),
    ("baby was «late preterm», «blood-streaked stools» x2 days", &["condition", "condition"]),
    ("my «yaz» ran out", &["medication/sex"]),
    // A ride described by its make is no name; a Haitian Creole order after a greeting is no symptom.
    ("my nephew is picking me up, gray honda civic", &[]),
    ("Bonjou «Jean», «pa manje» anyen apre minwi anvan operasyon an", &["name", "-"]),
    ("Sure, I can email the stocking prescription to you.", &[]),
    ("Scale in Room 4 is being recalibrated, use Room 2.", &[]),
    ("confirm the guarantor's SSN, last 4 on file «6602». Reply YES", &["ssn"]),
    // A household word after a listed surname, and a Spanish nurse's `Enf.` (eighth session).
    ("Concern for «elder abuse» at the «Whitaker» home, APS report filed", &["condition/sdv", "name"]),
    ("Si tiene fiebre llámenos. - Enf. «Morales»", &["name/clinician"]),
    ("take Grace home after the game", &[]),
    // From the dev halves of GU and GV (eighth session).
    ("«Kevin Lindqvist» reports «cataplexy» 3-4x/wk. Consider adding «Lumryz»", &["name", "condition", "medication"]),
    ("keep your «sodium oxybate» locked up", &["medication"]),
    ("consistent with «idiopathic hypersomnia»", &["condition"]),
    ("Bed 6: suspected «RBD», «dream enactment» on video", &["condition", "condition"]),
    ("i cant do this «sleep restriction» thing anymore", &["procedure/psy"]),
    ("your «Inspire activation» is Jan 6 at 9 AM", &["procedure"]),
    ("su «prueba de sueño en casa» salió normal", &["procedure"]),
    ("para las «piernas inquietas» de su mamá", &["condition"]),
    ("妈妈今天还是«没有胃口»", &["condition"]),
    ("爸爸下周做«睡眠呼吸监测»", &["procedure"]),
    ("пап, тебе назначили «полисомнографию»", &["procedure"]),
    // An address on Broadway; on its way is no route; a chart's surname; not names: Wife, Polish wife.
    ("pulmonary rehab intake at «880 N Broadway, Suite 210», Milwaukee", &["address"]),
    ("«Pritchard» family texted: pt sweating. Medic «3 en route»", &["name", "-"]),
    // An EHR's chart is no one's: not a surname before `chart`.
    ("note it in the «Epic» chart please", &["-"]),
    // Insulin shots are no drinks.
    ("he takes «2 shots a day» of insulin", &["-"]),
    ("«Wife» reports heavy drinking until admit", &["-"]),
    ("Dzień dobry, tu «Krystyna», «żona» Tadeusza. Mąż ma gorączkę", &["name", "-"]),
    // A fever's degrees in Vietnamese and Haitian Creole; TSB and aldo with their values (eighth session).
    ("bé bị «sốt 38.5» độ từ tối qua", &["lab_result"]),
    ("pitit mwen gen «lafyèv 102.3» depi yè", &["lab_result"]),
    ("«TSB 14.2» at 60 hrs, recheck AM", &["lab_result"]),
    ("«aldo 24», ratio high", &["lab_result"]),
    // MS (multiple sclerosis) in capitals; not a title, a degree or Microsoft's (eighth session).
    ("i have «MS» and the fatigue is bad", &["condition"]),
    ("«MS»-related gait impairment, PT 2x/wk", &["condition"]),
    ("«MS» «Garcia» your appt is tomorrow", &["-", "name"]),
    ("Genetic counselor «Lena Park», «MS», CGC will call you", &["name/clinician", "-"]),
    ("join the call on «MS» Teams at 3", &["-"]),
    ("Dx: «HTN», «MS», «DM2»", &["condition", "condition", "condition"]),
    // From the dev halves of GY and GZ (eighth session).
    ("o «Davi» está com «febre de 38»,5 desde a noite", &["name", "lab_result"]),
    ("The insurance is saying «purixan» needs prior auth again??", &["medication"]),
    ("cycle 11 «VDC» due 12/6, ok to proceed w «doxo»", &["medication", "medication"]),
    ("Discussed «oocyte cryopreservation» vs «ovarian tissue freezing»", &["procedure/sex", "procedure/sex"]),
    ("returning the call about my «PHQ» thing", &["procedure/psy"]),
    ("pt 52M, «adjustment d/o» after job loss", &["condition/psy"]),
    ("mi hija tiene 14 años y «se corta los brazos»", &["condition/psy"]),
    ("«Entiendo», Sra. «Cruz», es muy común al principio.", &["-", "name"]),
    // Names in Chinese and Korean from the dev half of HC (eighth session): who says who they are, an elder's title, a grandchild, a surname before a counsellor.
    ("你好，我是«林怡君»，上次抽血說我膽固醇偏高", &["name"]),
    ("«罗»阿姨，空腹血糖7.8，比上次好一点。", &["name"]),
    ("«梁»太，你嘅肝臟«超聲»波«顯示»有水瘤", &["name", "procedure", "-"]),
    ("您好，我是«李»奶奶的孙子«李子轩»。", &["name", "name"]),
    ("선생님 저 «임수아»인데요", &["name"]),
    ("«최» 상담사 드림", &["name/clinician"]),
    ("이 선생님이 찾으십니다", &[]),
    // Clinical words in Japanese, Chinese and Korean from the dev half of HC (eighth session).
    ("«つわり»がひどくて水も飲めません　原田", &["condition/sex"]),
    ("«田中»さん、«妊娠»28週です。«検査»は来週です", &["name", "condition/sex", "procedure"]),
    ("医生，我個仔今朝«出疹»，食咗«必理痛»都未退", &["condition", "medication"]),
    ("«子痫前期»，请马上通知医生", &["condition"]),
    ("我不太想吃«立普妥»", &["medication"]),
    ("«アムロジピン»5mgを続けてください、«胃カメラ»は来週です", &["medication", "procedure"]),
    ("요즘 «불면»도 있어요", &["condition"]),
    ("«알코올 사용» 장애 프로그램, «날트렉손» 50mg", &["condition/eth", "medication"]),
    ("下次«心理咨询»改到周四", &["procedure/psy"]),
    ("아이 «깁스» 제거 언제예요?", &["procedure"]),
    // From the dev half of HD (eighth session).
    ("L intertrochanteric «hip fx» s/p «IMN» 11/27", &["condition", "procedure"]),
    ("is the «hardware removal» covered? the screw head rubs on my boots", &["procedure"]),
    // A fever with its degrees in Japanese, Chinese and Korean (eighth session, from HC's dev half).
    ("息子が昨日の夜から«熱38.9度»、«咳»もひどいです", &["lab_result", "condition"]),
    ("我個仔今朝«燒到39.2度»，仲有«出疹»", &["lab_result", "condition"]),
    ("아이가 «열이 38.3도»예요", &["lab_result"]),
    ("这个热水器是38度", &[]),
    // A child's given name alone before くん or ちゃん (eighth session).
    ("«蓮»くんの12月18日の1歳健診です", &["name"]),
    ("息子の«はると»くん、«熱38.9度»です", &["name", "lab_result"]),
    ("赤ちゃんの健診は来週です", &[]),
    ("昨日はるとくんが来ました", &[]),
    // Chinese names and terms from the dev half of HG (eighth session).
    ("医生我仔昨晚«发烧39度»5，今天还«咳嗽»，他叫«林子豪»，4岁", &["lab_result", "condition", "name"]),
    ("中心药房：«刘桂芳»的药已备好", &["name"]),
    ("«李国强»，您的糖化血红蛋白比上次好很多", &["name"]),
    ("«蔡志明»，你嘅膽固醇有啲高", &["name"]),
    ("交班：«冯»婆婆 «90岁» 独居，上星期在家«跌倒»", &["name", "age_over_89", "condition"]),
    ("1号诊室«梁»生 «BP 200/110»，«视力模糊»", &["name", "lab_result", "condition"]),
    ("请叫救护车", &[]),
    ("老婆«孕吐»好厉害，想«上环»", &["condition/sex", "procedure/sex"]),
    ("«罗»伯成日话«冇心機»", &["name", "condition/psy"]),
    ("我在餐馆«切到手指»，«缝了针»", &["condition", "procedure"]),
    ("阿婆«新冠测试»阳性，医生开了«韦立得»", &["procedure", "medication"]),
    // Latin words set among ideographs, kana or Hangul (eighth session): a drug or a test starts a word of its own, and a listed name is a name.
    ("我阿爸食咗«lisinopril»之後成日乾«咳»", &["medication", "condition"]),
    ("«metformin»만 복용중이라는데", &["medication"]),
    ("«松本»さん、今回の«HbA1c 8.4%»でした", &["name", "lab_result"]),
    ("我爸爸的«PICC»管今天有点«渗血»", &["procedure", "condition"]),
    ("请到三楼找«Amy»办续卡", &["name"]),
    ("已通知«Tam»医生，准备叫救护车", &["name/clinician"]),
    ("用Google翻译一下", &[]),
    // Japanese and Korean terms from the dev half of HH (eighth session).
    ("先生、«カロナール»を飲ませて2時間たちます。お腹に«発疹»も出てきました", &["medication", "condition"]),
    ("«松本»さん、«ジャヌビア»に加えて«フォシーガ»を追加します", &["name", "medication", "medication"]),
    ("«佐藤»さん、«切迫流産»のため安静にしてください", &["name", "condition/sex"]),
    ("«不眠»が続いています、«デエビゴ»をください", &["condition", "medication"]),
    ("아이가 대기실에서 «열성경련» 약 1분", &["condition"]),
    ("«야즈» 처방 다시 받을 수 있나요", &["medication/sex"]),
    // Surnames common in US Chinatowns (eighth session, from HG's dev half).
    ("«甄»伯，你屋企部血壓計量到190", &["name"]),
    ("«伍»太太您好，产后6周复诊", &["name"]),
    // A care home's name is no household's: home and residence follow a listed surname only (review).
    ("she moved to the «Sunrise» home last week", &["-"]),
    ("at the «Brookdale» residence in Tucson", &["-"]),
    // From symptoms-37 (ninth session): phrases and script terms its writer used.
    ("«Marta» has «heat intolerance» since March", &["name", "condition"]),
    ("«Lena» got «OHSS» after the transfer", &["name", "condition/sex"]),
    ("«Ben» has hx multiple «NMSC» on his face", &["name", "condition"]),
    ("Dad is on «active surveillance» for it, per Dr. «Imani»", &["procedure", "name/clinician"]),
    ("«Ana»'s «JCV ab positive», index 0.9", &["name", "lab_result"]),
    ("«Tom»'s «aldo/renin 32» came back", &["name", "lab_result"]),
    ("У мамы «склероз», нужна консультация", &["condition"]),
    ("我爸爸晚上«起夜»三四次，吃了«坦索罗辛»以后«头晕»", &["condition", "medication", "condition"]),
    ("我的«溃疡性结肠炎»复发了，还«带血»", &["condition", "condition"]),
    ("딸이 «거식증» 진단을 받았어요", &["condition/psy"]),
    ("আমার ছেলে «এডিএইচডি» র ওষুধ খায়", &["condition/psy"]),
    ("मेरो छोराले «लागुऔषध» छोड्न «सुबोक्सोन» लिइरहेको छ", &["condition/eth", "medication/eth"]),
    // From names-33 (ninth session): a Korean elder's name before a title with its particle; a child's pet name after a relative.
    ("«이순자» 할머니께서 오늘 오셨어요", &["name"]),
    ("회의 «전에» 어머님을 위해 기도해 드릴게요", &["-"]),
    ("오늘 할머니께서 오셨어요", &[]),
    ("孙子«小明»可以下午来拿药", &["name"]),
    ("儿子«阿杰»要打疫苗", &["name"]),
    ("儿子小时候有«哮喘»", &["condition"]),
    ("我是阿姨，想问一下", &[]),
    ("Line list: «Olusegun Bakare», «Eleuterio», «Malalai»", &["name", "name", "name"]),
    // Chinese given names alone, common ones and children's doubled pet names (ninth session, from HQ's dev half).
    ("«思雨»的体检是下周三", &["name"]),
    ("«子轩»今天«发烧»，还«咳嗽»", &["name", "condition", "condition"]),
    ("请«王思雨»家长回电话", &["name"]),
    ("«糖糖»和«安安»明天打针", &["name", "name"]),
    ("«阿明»的药好了", &["name"]),
    ("小宝宝都很可爱", &[]),
    ("大家要多多休息，欣然接受", &[]),
    ("«小宝»昨天«拉肚子»", &["name", "condition"]),
    // Japanese (ninth session, from HK's and IA's dev halves): 先生 after a name in a Japanese text is a doctor's title; one-kanji and 々 surnames before a Japanese title; Japanese roles; given names alone.
    ("«佐々木»様、«森»先生の診察は明日です", &["name", "name/clinician"]),
    ("«王»先生，您的药好了", &["name"]),
    ("«岡田»カウンセラーより", &["name/clinician"]),
    ("孫の«結衣»が熱を出しました", &["name"]),
    ("森林の散歩会は中止です", &[]),
    ("«森»さんの«メトホルミン»が届きました", &["name", "medication"]),
    ("«陳»伯«跌親»，«腳腫»", &["name", "condition", "condition"]),
    ("엄마가 «비리어드» 드세요", &["medication"]),
    // South Asian and Arabic words (ninth session, from HM's and HN's dev halves): romanized function words are no names; Arabizi, Urdu, Nepali and Bengali terms.
    ("beta bola tha, par password bhool gaye hain. mera email nahi mil raha", &[]),
    ("«amar» husband «Sohel» kalke aste parbe", &["-", "name"]),
    ("baba 3indo «da3t» w mama «7amel»", &["condition", "condition/sex"]),
    ("ابوی کو «شوگر» ہے اور «چکر» آتے ہیں", &["condition", "condition"]),
    ("मेरो बुवालाई «मुटुको रोग» छ", &["condition"]),
    // Results in Chinese, Japanese and Korean: an analyte, joining characters and its value (ninth session, from the dev halves of IC, HQ, HK, HR and HX).
    ("爸爸«血压165/98»，有点«头晕»", &["lab_result", "condition"]),
    ("妈妈的«血压都在130左右»", &["lab_result"]),
    ("«空腹血糖142»，«糖化血红蛋白8.4%»", &["lab_result", "lab_result"]),
    ("先日の検査結果です。«HbA1cは7.9%»でした", &["lab_result"]),
    ("아버지 «혈압 158에 98» 나왔어요", &["lab_result"]),
    ("血压一直不稳，下个月再量", &[]),
    ("血糖 3月份再查", &[]),
    // Amharic and Tigrinya (ninth session, from IB's dev half): Ge'ez terms; a Tigrinya Mr.; romanized greetings are no names; khat.
    ("ሰላም ኣቶ «ተወልደ»፣ ናይ «ሽኮር» ቆጸራኻ ጽባሕ እዩ።", &["name", "condition"]),
    ("ሰላም ወ/ሮ «ፋጡማ»፣ «ሜትፎርሚን» በቀን ሁለት ጊዜ", &["name", "medication"]),
    ("«selam» dr, ane «Senait» eye", &["-", "name"]),
    ("«Abdi» reports daily «khat use»", &["name", "condition/eth"]),
    // Cyrillic stems match capitalised and in capitals too (a capital folds to Latin where its small letter may not); Russian drug brands are no names (ninth session, IE's dev half).
    ("Мама пьет «Капотен» каждый день", &["medication"]),
    ("мама пьет «Конкор»", &["medication"]),
    ("У мамы «ПТСР».", &["condition/psy"]),
    ("У МАМЫ «ДИАБЕТ»", &["condition"]),
    // Vietnamese (HW's dev half).
    ("em bị «trễ kinh» 2 tuần, «thử que» lên 2 vạch", &["condition/sex", "procedure/sex"]),
    // Hmong `ua` (to do, make) is no urinalysis in lowercase (ninth session, IH's dev half); `UA` is.
    ("Nyob zoo, «Pa Vang» yuav tsum «ua» haujlwm tag kis", &["name", "-"]),
    ("«UA» «came back clean» for «Marcus»", &["procedure", "lab_result", "name"]),
    // Korean given names alone with a particle or after a surname (ninth session, from HR's, HQ's, IA's and IK's dev halves).
    ("«서준»이가 열이 나요", &["name"]),
    ("«지우»는 내일 검사가 있어요", &["name"]),
    ("«이도윤»(2세) 예방접종 예약", &["name"]),
    ("지원을 신청하세요", &[]),
    ("사진을 지우세요", &[]),
    // Japanese names and terms (ninth session, from IO's and IK's dev halves): a katakana given name before さん or 様, not a role; a listed surname with a katakana given name; a surname saying who writes; Korean given names.
    ("«イサム»さん、今朝«ふらつき»がありました", &["name", "condition"]),
    ("明日ヘルパーさんが来ます", &[]),
    ("母(«木村ミツ»)が入院しました", &["name"]),
    ("京都の«比嘉»です。父の«パーキンソン病»の薬について", &["name", "condition"]),
    ("予約です。よろしくお願いします", &[]),
    ("«유나»가 «열이 나»요", &["name", "condition"]),
    // Chinese obstetric terms and given names; Somali function words are no names (ninth session, from IP's and IN's dev halves).
    ("«佳慧»«出血»很多，吃了«米索前列醇»", &["name", "condition", "medication/sex"]),
    ("«空腹血糖平均95»", &["lab_result"]),
    ("hooyo waa ay wada joogaan, mana jiro wax dhibaato ah", &[]),
    ("«Ayaan» has an appointment Tuesday", &["name"]),
    // Tenth session: Japanese given names alone in hiragana or one kanji, in context; a surname with a kana given name; a full name before です
    ("すみません、«そうた»が昨日の夜から熱があって", &["name"]),
    ("孫の«ゆうと»のことでメールしました", &["name"]),
    ("«湊»の吸入薬がもうすぐなくなります", &["name"]),
    ("«さくら»が満開です。«そら»もきれい", &["-", "name"]),
    ("«田中ひなた»ちゃんの4か月健診", &["name"]),
    ("祖母の«山口恵子»です", &["name"]),
    // Chinese: my dad and his name; a romanized surname before a Cantonese title; a capitalised common word before one is none
    ("大夫，我爸«孟庆山»的«硝酸甘油»用完了", &["name", "medication"]),
    ("«Kwan»伯，你今日打咗«流感針»", &["name", "procedure"]),
    ("«Tsang»婆婆，下次覆診再傾", &["name"]),
    ("«Hello»先生，欢迎光临", &["-"]),
    // Turkish titles written capitalised; Coartem; unsteady on feet
    ("«Emine» Hanım, yarın saat 10'da randevunuz var", &["name"]),
    ("finish the «Coartem» with food, all 6 doses", &["medication"]),
    ("mom is «unsteady on feet» since the fall", &["condition"]),
    // Korean: a given name before 씨, a clinician signing after the role, a relative's name before 예요; Japanese: kin after a kana name, a surname signing the text or before の and a relative
    ("«미영»씨, 어머님 약 드시고 다시 재보세요", &["name"]),
    ("계속 높으시면 오늘 오세요 - 간호사 «윤에스더»", &["name/clinician"]),
    ("«아저»씨가 오셨어요", &["-"]),
    ("딸 «은지»예요", &["name"]),
    ("«ちよ»おばあちゃんの予防接種、本日済みました", &["name"]),
    ("«おばあ»ちゃんの次の予約をお願いします", &["-"]),
    ("受診した方がいいでしょうか？　«松本»", &["name"]),
    ("«岡田»の娘の«恵美»です", &["name", "name"]),
    // Tenth session: Punjabi words before ਜੀ are no names (give, come, Akal, Waheguru); a Korean verb after a relative is none; a Japanese surname signing after a folded full stop
    ("ਅਗਲੇ ਹਫ਼ਤੇ ਦਾ ਟਾਈਮ ਦੇ «ਦਿਓ» ਜੀ", &["-"]),
    ("ਸਤ ਸ੍ਰੀ «ਅਕਾਲ» ਜੀ, ਮੇਰੇ ਪਿਤਾ ਜੀ «ਕਰਨੈਲ ਸਿੰਘ» ਦੀਆਂ ਗੋਲੀਆਂ", &["-", "name"]),
    ("어머니 «모시고» 갈게요", &["-"]),
    ("明日見てもらえますか。«大野»", &["name"]),
    // Tenth session, CJK terms from the dev halves
    ("어머니 «화병»이 심해지셨어요", &["condition/psy"]),
    ("妻が«産後うつ»と言われました", &["condition/psy"]),
    ("할머니 «틀니»가 헐거워졌어요", &["procedure"]),
    // Tenth session: a Korean name after 성함은; Japanese surnames signing, a given name before 様, a signature with the given name; names of God's in Dari and Pashto, not a blessing
    ("어머니 «성함은» «오정숙»이고 1957년 4월 9일생이에요", &["-", "name"]),
    ("アムロジピンは毎朝飲んでいます。«杉本»", &["name"]),
    ("ご家族の«恵子»様へ：次回の訪問は1月12日です", &["name"]),
    ("下4桁は7730です。«石田 亮»", &["name"]),
    ("ورور «نجیب الله» سبا کلینیک ته راځي", &["name"]),
    ("ان شاء «الله» نراكم غدا", &["-"]),
    // Tenth session: a Chinese full name before a slash and its English name, a name after 告诉; a Korean baby's listed name before 아기, not a time word
    ("«陈建国» / Kevin Chen called about his mom", &["name"]),
    ("请告诉«李明»，刘医生今天不在", &["name"]),
    ("입양 서류에 «김민지» 아기 예방접종 기록이 필요해요", &["name"]),
    ("와이프 «방금» 아기 낳았어요", &["-"]),
    ("复诊 «王建国» / Visit summary attached", &["-"]),
    // Tenth session: medicines brought from home in Cyrillic are no names; a Korean name after the Latin Dr.
    ("Я приймаю «Лозап» 50 і «Валідол» коли болить", &["medication", "medication"]),
    ("내일 Dr. «이상훈» 내과 정기검진 있습니다", &["name/clinician"]),
    // Tenth session: romanized words that are no names in lowercase (Nepali and West African ma, Arabizi ana before a name, Haitian jodi a); a name after them still is
    ("namaste, «ma» «Kamala». 7 mahina ko pregnant chu", &["-", "name"]),
    ("Thank you «ma», the baby is doing fine", &["-"]),
    ("marhaba, «ana» «Khaled», bidde maw3ad la ibni", &["-", "name"]),
    ("salam, «ana» bint Hajj Abu Samir. baba 3indo sukkari", &["-"]),
    ("nou pa t wè w «jodi» a pou dializ ou", &["-"]),
    ("hola «ana», tu cita es mañana", &["name"]),
    // Tenth session: Haitian Li opening a sentence, a title alone after a greeting, a city before its state; a name before a credential that is a state's code stays
    ("Manman m te tonbe maten an. «Li» pa blese, men n ap veye l", &["-"]),
    ("Hi «Coach», we can't share any medical information", &["-"]),
    ("her son moved her to «Mesa», AZ.", &["-"]),
    ("«Ana Ruiz», MA, will call you about the refill", &["name"]),
    // Review: a listed given name that is a word in lowercase opens no name but after a title
    ("vm: this message is for miss «brandy», call me back", &["name"]),
    ("Good morning «ma», i will come on thursday", &["-"]),
    ("Safe with thin liquids and «chin» tuck", &["-"]),
];

fn spans(text: &str) -> (String, Vec<(usize, usize)>) {
    let mut plain = String::new();
    let mut out = Vec::new();
    let mut open = None;
    for c in text.chars() {
        match c {
            '«' => open = Some(plain.len()),
            '»' => out.push((open.take().expect("» closes a «"), plain.len())),
            _ => plain.push(c),
        }
    }
    (plain, out)
}

#[test]
fn hard_cases() {
    let filter = Filter::default();
    let mut failures = Vec::new();
    for (marked, expected) in CASES {
        let (text, marks) = spans(marked);
        assert_eq!(
            marks.len(),
            expected.len(),
            "{marked}: one expectation per span"
        );
        let found = filter.scan(&text);
        // A case with no spans marked is a message with nothing in it to find.
        if marks.is_empty() && !found.is_empty() {
            let got: Vec<&str> = found.iter().map(|f| &text[f.start..f.end]).collect();
            failures.push(format!("{marked:?}: expected nothing, found {got:?}"));
        }
        for (&(start, end), want) in marks.iter().zip(expected.iter()) {
            let overlapping: Vec<_> = found
                .iter()
                .filter(|f| f.start < end && f.end > start)
                .collect();
            let ok = if *want == "-" {
                overlapping.is_empty()
            } else {
                let (category, extra) = want
                    .split_once('/')
                    .map_or((*want, None), |(c, e)| (c, Some(e)));
                overlapping.iter().any(|f| {
                    f.category.as_str() == category
                        && f.start == start
                        && f.end == end
                        && match extra {
                            None => f.sensitivity.is_none() && !f.clinician,
                            Some("clinician") => f.clinician,
                            Some(s) => f.sensitivity.map(|x| x.as_str()) == Some(s),
                        }
                })
            };
            if !ok {
                let got: Vec<String> = found
                    .iter()
                    .map(|f| {
                        format!(
                            "{}{}@{:?}",
                            f.category,
                            f.sensitivity.map(|s| format!("/{s}")).unwrap_or_default(),
                            &text[f.start..f.end]
                        )
                    })
                    .collect();
                failures.push(format!(
                    "{marked:?}: expected {want} for {:?}, found {got:?}",
                    &text[start..end]
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
