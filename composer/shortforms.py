"""Short forms notes type and what a letter writes for them: the offline writer spells them
out, and the rules count the full words as the notes' own. Pure data."""

from __future__ import annotations

# Note-taking shorthand and what a letter writes for it (the first column is matched as a whole
# word): the offline writer spells it out, and the rules count the full word as the notes' own.
NOTE_SHORTHAND = (
    ("esp.", "especially"), ("esp", "especially"), ("incl.", "including"), ("incl", "including"),
    ("approx.", "about"), ("w/in", "within"),
    ("approx", "about"), ("w/o", "without"), ("w/", "with"), ("yrs", "years"), ("yr", "year"),
    ("mos", "months"), ("hrs", "hours"), ("mins", "minutes"), ("wks", "weeks"),
    ("mgmt", "management"), ("mgr", "manager"), ("dept", "department"), ("govt", "government"),
    ("exec", "executive"),  # "panel w/ exec director", "3rd round w/ Area Exec"
    ("doc review", "document review"), ("doc reviews", "document reviews"), ("b/c", "because"),
    ("ppl", "people"), ("re:", "about"), ("thru", "through"), ("btwn", "between"),
    ("wk", "week"), ("avg", "average"), ("@", "at"), ("cert", "certificate"),
    ("certs", "certificates"), ("quals", "qualifications"), ("exp", "experience"),
    ("mon", "Monday"), ("tue", "Tuesday"), ("mths", "months"), ("mth", "month"),
    ("tues", "Tuesday"), ("wed", "Wednesday"), ("weds", "Wednesday"), ("thu", "Thursday"),
    ("thurs", "Thursday"), ("fri", "Friday"),
    ("svc", "service"), ("xmas day", "Christmas Day"), ("xmas eve", "Christmas Eve"),
    ("xmas", "Christmas"), ("lit support", "litigation support"),
    ("wkend", "weekend"), ("wkends", "weekends"),
    ("abt", "about"), ("asked ab", "asked about"), ("ask ab", "ask about"),
    ("told her ab", "told her about"), ("told him ab", "told him about"),
    ("told them ab", "told them about"), ("talked ab", "talked about"),
    ("tmrw", "tomorrow"), ("tmr", "tomorrow"), ("tmw", "tomorrow"),
    ("b4", "before"), ("maint.", "maintenance"), ("maint", "maintenance"),
    ("ooh", "out-of-hours"), ("uni", "university"), ("resi", "residential"),
    ("reg'd", "registered"), ("conf", "conference"), ("k8s", "Kubernetes"),
    ("repo", "repository"), ("repos", "repositories"), ("attys", "attorneys"), ("atty", "attorney"),
    ("qtrs", "quarters"), ("qtr", "quarter"),
    ("lvl", "level"),  # "HACCP lvl 3": the letter's "HACCP Level 3" is the notes' own (h252)
    # one reading in any trade ("handoffs btwn inpt + clinic"); a word with two
    # ("recs": reconciliations or recommendations; "adj"; "tech") is spelled out only in the
    # compound that settles it, or left to the gate
    ("inpt", "inpatient"), ("outpt", "outpatient"), ("collab agreement", "collaborative agreement"),
    # a supervisor in any trade ("shift sup on nights"); "prod" only where the compound settles it
    ("sup", "supervisor"), ("supv", "supervisor"), ("supvr", "supervisor"),
    ("bakery prod", "bakery production"), ("food prod", "food production"),
    ("prod line", "production line"), ("prod lines", "production lines"),
    ("prod mgr", "production manager"), ("prod manager", "production manager"),
    # words a person spells out when writing a note line as a sentence (the offline composer
    # leaves out a sentence that keeps a short word it does not know: "circ", "sys")
    ("circ", "circulation"), ("readmits", "readmissions"),
    ("chem", "chemistry"), ("reno", "renovation"), ("renos", "renovations"),
    ("a pax", "a passenger"), ("each pax", "each passenger"), ("1 pax", "one passenger"),
    ("pax", "passengers"), ("sim", "simulation"), ("sims", "simulations"),
    ("rep", "representative"), ("reps", "representatives"), ("specs", "specifications"),
    ("comms", "communications"), ("croc", "crocodile"), ("crocs", "crocodiles"),
    ("meds", "medications"), ("pics", "photos"), ("vids", "videos"), ("devs", "developers"),
    ("appt", "appointment"), ("appts", "appointments"),
    ("mtg", "meeting"), ("mtgs", "meetings"), ("nxt", "next"), ("wknd", "weekend"),
    ("wknds", "weekends"), ("hosp", "hospital"), ("acct", "account"), ("accts", "accounts"),
    ("intl", "international"), ("natl", "national"), ("sr", "senior"), ("jr", "junior"),
    ("asst", "assistant"), ("coord", "coordinator"), ("tho", "though"), ("yday", "yesterday"),
    ("msg", "message"), ("req", "requirement"), ("reqs", "requirements"), ("wkly", "weekly"),
    ("mthly", "monthly"), ("dly", "daily"), ("qtrly", "quarterly"), ("yrly", "yearly"),
    ("jan", "January"), ("feb", "February"), ("apr", "April"), ("jun", "June"),
    ("jul", "July"), ("aug", "August"), ("sept", "September"), ("sep", "September"),
    ("oct", "October"), ("nov", "November"), ("dec", "December"),
    ("obs lesson", "observed lesson"), ("lesson obs", "lesson observations"),
    ("bank recs", "bank reconciliations"), ("bank rec", "bank reconciliation"),
    ("biz days", "business days"), ("mgrs", "managers"),
    ("pkg", "package"), ("pkgs", "packages"), ("prev", "previous"), ("info", "information"),
    ("clin", "clinical"), ("fwd", "forward"),
    # a ledger's and a clinic's shorthand ("180k txns", "peds ABR testing"); "peds" before a
    # word names its field, alone it names the specialty (`shorthand.expand` reads which)
    ("txns", "transactions"), ("txn", "transaction"), ("peds", "pediatric"),
    ("paeds", "paediatric"),
    # a certificate's name typed short ("Nat Certificate Contact Centre Ops (NQF4)"): "Nat" alone
    # may be a person
    ("nat certificate", "national certificate"), ("nat cert", "national certificate"),
    ("nat diploma", "national diploma"), ("nat dip", "national diploma"),
    ("centre ops", "centre operations"), ("center ops", "center operations"),
    ("ops manager", "operations manager"), ("ops mgr", "operations manager"),
)  # fmt: skip
# Short forms a letter may keep in a warm note but spells out where the register asks for it
# (a formal letter; "a fellow Purdue graduate"): the rules count the full word as the notes' own.
SAID_IN_FULL = (
    ("undergrads", "undergraduates"), ("undergrad", "undergraduate"), ("grads", "graduates"),
    ("grad", "graduate"), ("first-gen", "first-generation"), ("postgrad", "postgraduate"),
    ("kids", "children"), ("kid", "child"),  # the register's word, not a short form
)  # fmt: skip
# A degree's words typed short in notes ("Dip Early Childhood Ed & Care", "BSc Physio", "BA
# english + CS minor"), and what a letter says for them (the degree reader, `offline.degrees`);
# the rules count the full words as the notes' own, as they do for `NOTE_SHORTHAND`.
DEGREE_WORDS = (
    ("dip", "diploma"), ("physio", "physiotherapy"), ("vet", "veterinary"),
    ("eng", "engineering"), ("mech", "mechanical"), ("elec", "electrical"),
    ("econ", "economics"), ("econs", "economics"), ("psych", "psychology"),
    ("comp", "computer"), ("sci", "science"), ("mgmt", "management"), ("chem", "chemical"),
    ("ed", "education"), ("info", "information"), ("biomed", "biomedical"),
    ("env", "environmental"), ("hist", "history"), ("lit", "literature"),
    ("geog", "geography"), ("tech", "technology"), ("adv", "advanced"), ("cs", "computer science"),
    ("ee", "electrical engineering"), ("merch", "merchandising"), ("lab", "laboratory"),
    ("occ", "occupational"), ("agric", "agriculture"),
    ("comp sci", "computer science"), ("poli sci", "political science"),
)  # fmt: skip
# Words of an organisation's or a trade's name typed short ("Harlow Housing Assoc", "14 depts",
# "line maint"): spelled out by the offline writer and counted by the rules as the notes' own.
NAME_SHORTHAND = (
    ("assoc", "association"), ("depts", "departments"), ("maint", "maintenance"),
    ("misconfig", "misconfiguration"),
)  # fmt: skip


# Tools typed short in a list of tools ("5 yrs motion design (AE, C4D, some blender)"): the
# offline writer says their names there only (`offline.cvtools`; alone, "AE" may be an assistant
# editor), and the rules count the full words as the notes' own.
TOOL_SHORT = (("ae", "After Effects"), ("c4d", "Cinema 4D"))
# Regions typed short ("5 yrs on the road w/ west mids"): spelled out by the offline writer (as a
# whole, never "mids" alone: a sound engineer's "mids"), counted by the rules as the notes' own.
REGION_SHORTHAND = (("west mids", "West Midlands"), ("east mids", "East Midlands"))
# A country typed short ("also ex-Aus"): the name a letter writes for it.
COUNTRY_SHORTHAND = (("aus", "Australia"), ("oz", "Australia"), ("nz", "New Zealand"),
                     ("sa", "South Africa"))  # fmt: skip

# A language typed by its two-letter code in a list with levels ("PT native, EN C1"): the name
# a letter writes for it.
LANGUAGE_CODES = (
    ("AR", "Arabic"), ("CS", "Czech"), ("CY", "Welsh"), ("DA", "Danish"), ("DE", "German"),
    ("EL", "Greek"), ("EN", "English"), ("ES", "Spanish"), ("FI", "Finnish"), ("FR", "French"),
    ("GA", "Irish"), ("HE", "Hebrew"), ("HI", "Hindi"), ("HU", "Hungarian"), ("IT", "Italian"),
    ("JA", "Japanese"), ("KO", "Korean"), ("NL", "Dutch"), ("NO", "Norwegian"), ("PL", "Polish"),
    ("PT", "Portuguese"), ("RO", "Romanian"), ("RU", "Russian"), ("SV", "Swedish"),
    ("TR", "Turkish"), ("UK", "Ukrainian"), ("VI", "Vietnamese"), ("ZH", "Mandarin"),
)  # fmt: skip
# A language typed by its own name or a country's code in a list of languages ("norsk, english
# fluent", "DK / EN, some DE"): the name a letter writes for it.
LANGUAGE_NAMES = (
    ("norsk", "Norwegian"), ("dansk", "Danish"), ("svenska", "Swedish"), ("deutsch", "German"),
    ("español", "Spanish"), ("espanol", "Spanish"), ("português", "Portuguese"),
    ("francais", "French"), ("français", "French"), ("nederlands", "Dutch"), ("suomi", "Finnish"),
    ("polski", "Polish"), ("italiano", "Italian"), ("magyar", "Hungarian"),
    ("DK", "Danish"), ("SE", "Swedish"), ("CZ", "Czech"), ("JP", "Japanese"), ("GR", "Greek"),
    ("UA", "Ukrainian"), ("KR", "Korean"),
)  # fmt: skip
# A qualification's words typed short with their stop ("Inst. of Technology"), spelled out by
# the offline writer (`offline.qualshort`) and counted by the rules as the notes' own.
QUALIFICATION_SHORT = (("inst", "institute"), ("coll", "college"), ("dipl", "diploma"))
