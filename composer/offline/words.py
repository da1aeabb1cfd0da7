"""Closed sets of English words that phrase analysis and realisation read, as data.

Each set is written as one string of words; a set built from another shares its words instead
of repeating them ("a certificate" and "a degree" are credentials, and credentials are nouns
that take "a").
"""

from __future__ import annotations

from composer import regexes as re
from composer.shortforms import (
    COUNTRY_SHORTHAND,
    NAME_SHORTHAND,
    NOTE_SHORTHAND,
    REGION_SHORTHAND,
    TOOL_SHORT,
)


def word_set(text: str) -> frozenset[str]:
    """The words of `text`, as a set: how a closed set is written, here and in any module."""
    return frozenset(text.split())


_words = word_set  # the short name every set below is written with


NUMBER_WORDS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty"
    " ninety hundred"
)
DETERMINERS = NUMBER_WORDS | _words(
    "a an the this that these those my our your his her its their some several many much over"
    " nearly almost about more most every each both all no"
)
# The determiners that open a noun phrase of one thing or person ("a", "the", "their"): no
# count, no quantity ("its two sites"), and no plural ("these")
PHRASE_OPENERS = _words("a an the this that my our your his her their")
PREPOSITIONS = _words(
    "to in by at on for with from of as into onto under over about through during across within"
    " without after before since"
    " between"
)
BE = _words("is are was were be been being am")
AUXILIARIES = _words(
    "has have had will would can could should may might must does do did isn't aren't wasn't"
    " weren't hasn't haven't won't can't"
)
# Titles said as a post held: "I served as CFO of a listed company".
EXECUTIVE = _words("ceo cfo cto coo cio cmo vp svp evp md")
MODALS = _words("can could will would")
SUBJECT_PRONOUNS = _words("he she they it he'll she'll they'll it'll he's she's they're it's")
FIRST_PERSON = _words("i i'm i've i'd i'll my we we're we've our")
WH_WORDS = _words("how what why when where which whether who")
# Verbs of saying and showing in the past, as a topic typed as a report of the room opens with
# them ("We talked about ...", "He explained that ...", "She walked me through ...").
SAYING_VERBS = (
    "talked", "spoke", "said", "chatted", "discussed", "explained", "described", "told",
    "mentioned", "showed", "walked", "went", "covered", "outlined", "raised", "shared",
    "brought up", "touched on", "took",
)  # fmt: skip
# Things named as a doer of their verb, never a person's trade: "generator", "freezer".
MACHINE_DOERS = _words(
    "accelerator accumulator aerator applicator calculator carburetor compressor computer"
    " connector detector detonator diffuser dispenser elevator escalator evaporator excavator"
    " extractor freezer generator incubator indicator insulator laminator oscillator perforator"
    " processor projector protector radiator reactor refrigerator respirator selector separator"
    " simulator stapler ventilator eraser grater shaver scraper charger error"
)
# Heads that name a person: "a licensed electrician", "certified scrum master".
PERSON_HEADS = _words(
    "maker host diver nurse master engineer teacher solicitor lawyer barrister accountant"
    " analyst designer"
    " developer electrician plumber carpenter welder mechanic technician therapist midwife"
    " paramedic pharmacist practitioner doctor surgeon scientist researcher lecturer professor"
    " manager director officer coach trainer instructor translator interpreter chef cook"
    " architect surveyor consultant planner writer editor journalist photographer driver"
    " operator assistant associate specialist expert graduate member fellow speaker volunteer"
    " mentor tutor counsellor counselor auditor actuary economist programmer administrator"
    " holder postdoc pilot captain officer apprentice cleaner carer receptionist clerk"
    " prescriber preceptor educator aider assessor inspector paralegal sommelier barista"
    " firefighter dietitian user champion"  # "Opera PMS super user", "falls champion"
    " radiographer physiotherapist psychologist sonographer dentist hygienist estimator"
    " underwriter broker recruiter optometrist veterinarian vet agent adviser advisor lead head"
    " attorney supervisor coordinator dispatcher attendant worker"
    " chaplain minister pastor priest rabbi imam deacon farrier jockey nanny medic deckhand"
    " coxswain skipper courier cashier aide"
)
# Heads of a certified title that are no post of their own: "Certified Scrum Product Owner",
# "EDB Certified PostgreSQL Professional", "NRP provider" (said "I am a/an ...").
CERTIFIED_HEADS = PERSON_HEADS | _words("owner professional provider scrummaster")
# Initials of a certification, said "I am PMP certified" (a bare line "PMP" is no tool).
CERTIFIED_INITIALS = _words(
    "pmp capm cscp cpim cltd cissp cisa cism ccna ccnp csm cspo phr sphr aphr cma cia cfe cqa"
    " cka ckad cks oscp ceh itil ccsp rhce rhcsa mcse cmrp"
)
# Initials of a professional title, said "I am an RVN", "I have been an RDH since 2019".
TITLE_INITIALS = _words(
    "rn rgn rmn rvn rdh lpn lvn emt cpa cna np pa aprn crna slp ot pt rmt mls mlt rrt rph"
)
# Participles of a standing qualification: "I am admitted to the bar", and never "I admitted".
CREDENTIAL_STATES = _words("admitted certified licensed registered accredited chartered")
# Participles that describe a standing state: "I am trained in CPR", not "I was".
STATES = CREDENTIAL_STATES | _words(
    "trained experienced skilled based located insured vaccinated cleared vetted checked"
    " ordained bonded"
)
# Verbs whose past participle opens a passive ("awarded the Dean's medal" is "I was awarded
# ...", never "I awarded ...").
PASSIVES = CREDENTIAL_STATES | _words(
    "awarded promoted elected selected nominated shortlisted appointed invited featured"
    " recognised recognized hired named honoured honored commended educated based born"
    " vaccinated vetted insured"
)
# Nouns of a qualification held: "I hold a master's degree", "an MBA from INSEAD".
CREDENTIAL_NOUNS = _words(
    "degree certificate certification diploma licence license qualification card attestation permit"
)
CREDENTIALS = CREDENTIAL_NOUNS | _words(
    "mba phd msc bsc ma ba llb llm doctorate fellowship accreditation j.d. jd m.d. mphil pgce pgdip"
    " masters master's bachelors bachelor's"
)
# Stints a candidate did and finished: "I completed a summer internship at Yorkshire Water".
STINTS = _words(
    "internship placement apprenticeship traineeship secondment clerkship residency fellowship"
    " exchange"  # "six-month research exchange at ISVR" (session 55)
)
# Things made for a team and counted, typed with no article ("with new spreader routine",
# "proper numerical model + reinjection plan"): each takes "a".
MADE_THINGS = _words(
    "routine system process method procedure tool layout schedule rota workflow template"
    " checklist policy format jig fixture model plan pipeline framework strategy dashboard"
    " register database map toolkit programme program"
)
# Pieces of work a person runs: a note naming one with no verb ("diary study with 25 pickers")
# is said "I ran a diary study with 25 pickers", never "I have diary study ...".
RUN_HEADS = _words("study survey pilot trial audit workshop experiment")
# Heads that take "a" when a note leaves it out: "master's degree in nursing", "decision".
COUNTABLE = (
    CREDENTIAL_NOUNS
    | _words(
        "background record portfolio plan approach grasp eye understanding command mindset habit"
        " reputation network passion interest focus decision round interview call offer test task"
        " assessment visit meeting presentation panel conversation reply response scholarship"
        " award prize medal grant job post position contract"
    )
    | STINTS
    | RUN_HEADS
)
ORDINALS = _words("first second third fourth final next last")
# Heads of the events of hiring a candidate takes part in: "a practical test", "a trial day".
STEP_HEADS = _words(
    "round interview stage meeting test trial day shift session visit assessment exercise task"
    " call presentation demo chat panel walkthrough ride-along"
)
# Of those, the ones the firm holds with the candidate (not work the candidate hands in): a
# meeting typed with "by" a day is news by then ("2nd round w/ the GM by fri").
MEETING_HEADS = _words("round interview stage meeting chat call panel visit")
# Last words of a certificate's name: "a Lean Six Sigma Green Belt", "a NEBOSH General Certificate".
CERTIFICATE_HEADS = CREDENTIAL_NOUNS | _words(
    "belt award card practitioner foundation passport ticket endorsement"
)
# Words of a course title rather than a tool's name: "IOSH Managing Safely", "First Aid at Work".
COURSE_WORDS = _words("aid safety awareness level safeguarding height")
# Last words of a school's name: "Fordham Law", "Central Saint Martins College".
SCHOOL_WORDS = _words(
    "law university college school institute academy polytechnic conservatoire conservatory"
    " seminary"
)
# A school named in its own language first: "Universidad de Sevilla", "Università di Bologna".
SCHOOL_FIRST = _words(
    "universidad universidade università universität université universiteit uniwersytet"
    " universitat universitet universiteti escuela instituto istituto hochschule"
)
# Degrees whose name carries the subject: what follows them is the school ("J.D. Fordham Law").
SUBJECT_IN_NAME = _words(
    "j.d jd mba md m.d pgce dds dvm pharmd pharm.d mpharm llb ll.b llm ll.m bj mpp mpa mph msw"
    " bsw bsn msn dnp m.arch march b.arch barch od o.d dpt aud psyd mbchb mbbs bds"
)
# Note-taking shorthand that a letter spells out (one table, in composer.english).
# (and "env": an environment in any trade that types it, "demo env", "test env")
SHORTHAND: tuple[tuple[str, str], ...] = (
    *NOTE_SHORTHAND,
    *NAME_SHORTHAND,  # "Harlow Housing Assoc": a name's words, a table the rules read too
    ("env", "environment"),
    ("envs", "environments"),
    ("recon", "reconciliation"),  # "supplier recons" (reader 21): an accountant's word
    ("recons", "reconciliations"),
    ("perf", "performance"),  # "startup perf" (reader 21, scout 41)
    ("init", "initialisation"),  # "plugin init", "lazy init"
    ("terps", "interpreters"),
    ("terp", "interpreter"),
    ("evac", "evacuation"),
    ("evacs", "evacuations"),
    ("vuln", "vulnerability"),
    ("vulns", "vulnerabilities"),
    ("vol.", "volunteer"),  # "built 3 boot wash stations for DOC vol. group" (round 55, h1478)
)
# Shorthand that is only sure after a count: "25,000 docs" (but "the API docs" stays).
COUNTED_SHORTHAND = (("docs", "documents"), ("ppl", "people"), ("eps", "episodes"))
# Small counts spelled out in a sentence: "three paralegals".
# Measures named as one countable thing take "the": "the crash rate", "the MTC average".
ONE_MEASURE = _words("rate time score ratio share count level margin average")
# A share of a measure said in words after "by": "by a third", "by half" (a pattern).
SHARE_OF = r"(?:a |one )?(?:half|third|quarter|fifth|tenth)\b"
SMALL_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# What a count typed in words is worth: "eighteen" 18, "forty" 40 (the tens to sixty).
_UNIT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
)
COUNT_VALUES: dict[str, int] = {
    word: value for value, word in enumerate(_UNIT_WORDS.split(" "))
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
ORDINAL_NUMBERS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
)
# Places and groups a candidate calls their own: "our store" -> "my store".
PLACES = _words(
    "team teams store shop branch site ward unit school class office clinic practice firm"
    " restaurant kitchen department depot warehouse lab department studio agency salon pharmacy"
    " hotel crew squad group newsroom"
)
# Heads of what a candidate can say they have: "I have a background in ...", "a first in ...".
POSSESSIONS = COUNTABLE | _words(
    "experience expertise knowledge skills skill first love record track licence licences"
    " licenses van car tools understanding fluency command qualifications certificates degrees"
    " publications patents clients contacts relationships references membership registration"
)
# Heads of a topic that name one thing and take "the" when the note leaves it out: "the type
# rating timeline", "the behaviour policy" (not "succession", "hybrid working").
TOPIC_COUNTABLE = COUNTABLE | _words(
    "timeline policy rota process strategy roadmap rollout launch pipeline module programme"
    " program project budget schedule system platform review restructure merger migration"
    " tender bid pitch campaign audit inspection trial case brief menu curriculum syllabus"
    " framework model dashboard app website tool scheme initiative refresh redesign upgrade"
    " bridge building site road station route screen junction"
    " load workload caseload structure handover backlog pathway submission application"
)
# Heads of a made thing that takes "a" when a note leaves it out: "set up a research repository".
OBJECT_COUNTABLE = TOPIC_COUNTABLE | _words(
    "repository library database club service course module network unit clinic ward team"
    " dashboard tracker toolkit playbook handbook guide template process checklist newsletter"
    " podcast blog channel community forum rota flow store shop layout re-layout refit fit-out"
    " repo list close shift switch move transition changeover cutover overhaul rebuild rewrite"
    " turnaround board form pilot rig jig fixture harness prototype simulator bot plugin portal"
    " spreadsheet calculator"
)
# A workplace named by what it is: "on ledger service" -> "on the ledger service".
WORKPLACES = _words(
    "service system platform app team project firm company practice agency startup restaurant"
    " hospital school store shop site ward clinic unit kitchen warehouse depot"
)
# A post or station in a workplace, named with one word: "ran grill" -> "ran the grill".
STATIONS = _words("grill pass line floor desk till dock section bar fryer sauté larder")
# Verbs that make a thing: its object takes "a" ("launched a new onboarding flow"); other verbs
# change a thing that was there ("improved the handover process").
MAKING_VERBS = _words(
    "built founded launched started created wrote designed introduced established ran organised"
    " organized developed opened drafted produced published shipped co-founded"
)
# Tools and languages people type in lower case, said with their capitals when a follow-up is
# about one ("omar asked about go" -> "Go"): a closed set of names, as months are.
_TOOLS = (
    "Go Python Java Rust Kotlin Swift Ruby Scala TypeScript JavaScript PHP Perl Elixir Haskell "
    "Terraform Kubernetes Docker Ansible Excel Tableau Salesforce Jira Figma Revit AutoCAD "
    "SolidWorks Xero Sage QuickBooks Photoshop Relativity"
)
TOOL_NAMES = {name.lower(): name for name in _TOOLS.split(" ")}
# Names of a closed class people type in lower case, said with their capitals: "fluent spanish"
# -> "fluent Spanish", "in jan" -> "in January" (`shorthand.capitals`).
_LANGUAGES = (
    "English French Spanish Portuguese Italian German Dutch Polish Russian Ukrainian Romanian "
    "Greek Turkish Arabic Hebrew Farsi Persian Urdu Hindi Punjabi Bengali Gujarati Tamil Telugu "
    "Marathi Mandarin Cantonese Chinese Japanese Korean Vietnamese Thai Tagalog Filipino "
    "Indonesian Malay Swahili Somali Amharic Yoruba Igbo Hausa Welsh Irish Gaelic Scottish "
    "British American Canadian Australian European African Asian Latin Swedish Norwegian Danish "
    "Finnish Icelandic Czech Slovak Hungarian Bulgarian Serbian Croatian Bosnian Albanian "
    "Lithuanian Latvian Estonian Catalan Basque Galician Brazilian Mexican Nigerian Ghanaian "
    "Kenyan Pakistani Indian Bangladeshi Sinhala Nepali Pashto Dari Kurdish Armenian Georgian "
    "Cypriot Maltese Sicilian Jamaican Colombian Venezuelan Peruvian Chilean Argentinian "
    "Cuban Haitian Creole Zulu Xhosa Afrikaans Lingala Tigrinya BSL ASL Makaton"
)
# Demonyms and adjectives of a place or an era that notes type in lower case ("2 sumatran tigers",
# "a victorian terrace"): a closed class, always written with a capital. Words that are also a
# common word ("turkey", "china", "polish", "bengal") are not here.
_DEMONYMS = (
    "Sumatran Bornean Siberian Amur Malayan Javan Himalayan Andean Amazonian Patagonian Arctic "
    "Antarctic Balinese Tibetan Mongolian Egyptian Ethiopian Moroccan Tunisian Algerian Sudanese "
    "Ugandan Tanzanian Rwandan Zambian Zimbabwean Namibian Malagasy Congolese Cameroonian "
    "Senegalese Lebanese Syrian Iraqi Iranian Afghan Israeli Palestinian Jordanian Saudi Emirati "
    "Qatari Omani Yemeni Kuwaiti Malaysian Singaporean Cambodian Burmese Taiwanese Kazakh Uzbek "
    "Austrian Swiss Belgian Slovenian Montenegrin Macedonian Moldovan Belarusian Scandinavian "
    "Nordic Baltic Balkan Caribbean Barbadian Trinidadian Bahamian Alaskan Hawaiian Texan "
    "Californian Floridian Cornish Mancunian Glaswegian Liverpudlian Bolivian Paraguayan "
    "Uruguayan Ecuadorian Guatemalan Honduran Salvadoran Nicaraguan Panamanian Fijian Samoan "
    "Tongan Victorian Edwardian Elizabethan Georgian Tudor Jacobean Mediterranean"
)
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
)
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
# A lower-case name of a closed class -> its capitals ("may" and "march" are words: only the
# full names that are no other word are here).
# Conditions named after a person, typed with or without the apostrophe: "EEN for crohn's".
_EPONYMS = (
    "Crohn Alzheimer Parkinson Asperger Huntington Hodgkin Addison Cushing Raynaud Tourette "
    "Hirschsprung"
)
CAPITALISED = {
    **{
        name.lower(): name
        for name in f"{_LANGUAGES} {_DEMONYMS} {_MONTH_NAMES} {_WEEKDAYS}".split()
        if name.lower() not in ("may", "march", "latin", "creole", "polish")
    },
    **{f"{name.lower()}{s}": f"{name}'s" for name in _EPONYMS.split() for s in ("'s", "s")},
}
LANGUAGES = {name.lower(): name for name in _LANGUAGES.split()}
MONTH_NAMES = {name.lower(): name for name in _MONTH_NAMES.split()}
# Words of the closed classes the word tables leave out (they list nouns, verbs, adjectives and
# adverbs): every one of them is a word a letter says.
FUNCTION_WORDS = (
    DETERMINERS
    | PREPOSITIONS
    | BE
    | AUXILIARIES
    | SUBJECT_PRONOUNS
    | FIRST_PERSON
    | WH_WORDS
    | ORDINALS
    | _words(
        "and or but nor so yet if than then though although because unless whether while whom"
        " whose me him us them you your yours mine ours theirs hers myself yourself ourselves"
        " themselves itself himself herself any none neither either such own other another"
        " six seven eight nine ten eleven twelve thirteen fourteen sixteen seventeen eighteen"
        " nineteen sixty seventy eighty ninety thousand million billion until till upon onto"
        " among amongst beside besides beyond despite toward towards versus via per against"
        " along around behind below beneath between down off out up near inside outside"
        " throughout plus minus not also too very"
    )
)
# Ordinary words the word tables lack, which a letter may say as typed: "an app", "the info".
PLAIN_WORDS = _words(
    "app apps info admin per covid wifi inbox website websites blog vlog podcast podcasts"
    " onboarding offboarding upskill upskilling reskill username signup timeline timelines rota"
    " rotas stats lab labs prep sync sous bono cum laude de du la le der van von"
    " situ vitro vivo silico"  # "in situ": Latin, never a place
    " mm cm km kg mg ml lb lbs hz kw kwh bp bps dbt npm pip git vim zsh jq"
    " quant qual ops docs cafe cafes tab tabs max min typo non yuzu soba miso nori pho dal"
    " roti naan tofu feta"  # "quant and qual research", "the ops team": the trade's own words
)
# Short words with no vowel that are no acronym typed in lower case ("crm" -> "CRM" is one).
NOT_ACRONYMS = _words(
    "pls plz thx thnx lmk idk imo fyi btw rn mr mrs ms dr st nd rd th hmm vs pp cc ps ft nr"
)
# Last words of a place's name, and first words: "in cape town", "to new york", "in san jose".
PLACE_HEADS = _words("town city bay island falls springs beach coast valley harbour harbor heights")
PLACE_WORDS = _words(
    "new san los las santa st port fort mount lake north south east west great cape"
)
# Last words of an institution's name: "crawley college" -> "Crawley College".
INSTITUTION_HEADS = _words(
    "college university uni school academy hospital council institute polytechnic water trust"
    " borough railway airport county park zoo aquarium museum gallery"
)
# Places of work a name goes before: "the ely scheme", "at the wisbech depot".
SITE_WORDS = _words(
    "scheme job site project branch depot office plant works store campus ward practice bypass"
    " junction estate development"
)
# US states and Canadian provinces by their postal codes (a closed class): "licensed OR + WA"
# is "licensed in OR and WA" (the codes kept: the rules find a state's name in no note).
REGION_CODES = frozenset(
    re.findall(
        r"[A-Z]{2}",
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ"
        " NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS ON PE"
        " QC SK",
    )
)

# Words that open a when or where before the subject of a sentence of the candidate's own:
# "In 2025 I closed 28 hires", "Last year, I ran six searches", "As a mentor, I ...".
FRONTED = re.compile(
    r"^(?:as|in|last|this|since|at|before|after|over|during|within|across|earlier|from)"
    r" [^,;:?]{1,40}?,? (?=I [a-z])",
    re.IGNORECASE,
)
# First names that are also common nouns: "Mike to call by weds" is Mike, not "the mike".
NOUN_NAMES = _words(
    "mike bill rose mark jack will frank grace hope dawn faith joy sandy robin ray rob pat sue"
    " don art gene guy drew chip bob nick carol heather holly ivy jade ruby pearl amber crystal"
    " penny ginger glen dale lance cliff jay kit max rich iris lily daisy violet"
    " bobby sonny rusty woody jasmine poppy hazel willow olive fern rowan myrtle"
)
# The armed services, as a note names them before "vets" (veterans, not vets): "both Navy vets".
SERVICES = _words("navy army military marine marines raf rn usmc forces airforce guard armada")
# Verbs of a state, not an act: a line led by one is the candidate speaking ("know the rule book
# well" -> "I know the rule book well"); "I can know ..." is no English.
STATIVE_VERBS = _words(
    "know understand own love enjoy like prefer hold believe need want remember appreciate"
)
# Initials of a standing held, said "I hold ...": "QTS", "NPQH" (any other bare initials, whose
# kind the line does not say, are left out rather than guessed).
HELD_INITIALS = _words("qts qtls eyts npqh npqsl npqml npqlt")
# Heads of a made thing that takes "a" when a note leaves it out, appended (session 30).
OBJECT_COUNTABLE = OBJECT_COUNTABLE | _words("glossary lab laboratory")
# Things that are made of many items: a count after them is their size ("a glossary of about
# 400 terms"), not what came of making them.
COLLECTIONS = _words(
    "glossary dictionary termbase database library catalogue catalog collection archive register"
    " list bank corpus"
)
OBJECT_COUNTABLE = OBJECT_COUNTABLE | _words("presence")

# Words cut short that a letter says as they are, English words of their own or a trade's
# standing short form ("cardiac rehab", "sprint retros", "the commis", "perio maintenance",
# "home haemo"): never read as a word clipped in a note (topicshapes.clipped).
CLIPPED_PLAIN = _words(
    "rehab retro retros commis perio haemo physio physios vocab refurb refurbs promo promos"
)
# Things made that a count names one of ("set up a falls referral", "built a care pathway").
OBJECT_COUNTABLE = OBJECT_COUNTABLE | _words("referral pathway scheme system portal")
# A run people organise or do ("the fun run", "a test run"), a thing with an article (offer, s31).
OBJECT_COUNTABLE = OBJECT_COUNTABLE | _words("run")
# Acronyms people type in lower case as a word ("pre-covid", "since covid"), said with their
# capitals (s31; one spelling for every field: "COVID", as the NHS and the CDC write it).
CAPITALISED = {**CAPITALISED, "covid": "COVID"}
# "7 yrs android", "4 yrs flutter": the platforms (a robot, a wing's beat, never a skill)
CAPITALISED = {**CAPITALISED, "flutter": "Flutter"}
# Platforms a span of years is spent on ("7 yrs android"), capitalised there only: elsewhere
# "android" may be a describing word the topic readers lower ("the android port of the game").
SPAN_PLATFORMS = {"android": "Android"}
# What a person brings to a team, never "introduced" as a new thing: "a steady presence on the
# wards", "a fresh eye", "a calm voice" (offer, s31).
BROUGHT_HEADS = _words("presence approach manner eye voice head attitude energy outlook")
BROUGHT_HEADS |= _words("pair set")  # offer 35: "a steady pair of hands", "a fresh set of eyes"

# English words the word tables lack (newer words, rare words of a trade), appended as they are
# found: a word in lower case no table knows is stopped by the gate (notewords.unknown_word).
RARE_WORDS = _words(
    "accessible aider analytics anything everything everyone somebody billable bootcamp callback"
    " cannulation carer checkride clawback county dieback dosimetry fintech edtech fireground"
    " freelancer gallery handoff handover intro letterpress linac lookback modeler modeller"
    " nitrous panelization payout playtest preceptorship qualifieds reablement recordable"
    " ridership roadmap rollout screener sommelier subrogation switchgear tasting termbase"
    " wayfinding watchkeeping callout astreinte check-in cut-off first-gen e-obs non-dom ortho-k"
    " ed-tech offline offline-first onsite atropine lockout tagout"
    " cron timesheet barcode"  # software and shop-floor words newer than Webster's
)
# Found by the gate's held-out set 31 (after it was scored untouched): real words of a trade.
RARE_WORDS = RARE_WORDS | _words("vetiver spiling")
# Words of software and the web newer than Webster's: "the whole widget library", "plugin init".
RARE_WORDS = RARE_WORDS | _words("widget plugin smartphone screenshot webinar chatbot livestream")
# "oud" (a perfumer's raw material) is short and unknown, so it read as note-speak.
PLAIN_WORDS = PLAIN_WORDS | _words("oud tens")  # "several tens of centimetres"
# A trade's finish is one thing brought ("a clean, fast finish on skim coats": offer32).
COUNTABLE = COUNTABLE | _words("finish")
# Things a person builds or sets up as one piece of work ("built a grants calendar", "built an
# internal phishing simulation", "wrote a style guide"): counted, so they take "a".
OBJECT_COUNTABLE = OBJECT_COUNTABLE | _words(
    "calendar simulation sim schedule spreadsheet workbook script pipeline portal wiki programme"
    " program scheme framework policy procedure protocol course curriculum log logbook register"
)
# A trade credential's name typed in lower case, said with its capitals ("red seal welder" ->
# "Red Seal welder"; "gas safe" and "six sigma" are read by the credential readers themselves).
CAPITALISED = {**CAPITALISED, "red seal": "Red Seal"}
# Tools people type in lower case in notes (`pointwords.tool_names`: "in airtable").
_MORE_TOOLS = (
    "Airtable OneTrust SharePoint GitHub GitLab Confluence Trello Asana Zendesk HubSpot"
    " Mailchimp Canva Doxygen Sphinx Storypark Workday Qimera CARIS FreeRTOS Zephyr WordPress"
    " Drupal Shopify"
)
TOOL_NAMES = {**TOOL_NAMES, **{name.lower(): name for name in _MORE_TOOLS.split()}}
# A pile of work counted as one thing: "the DSAR backlog", "the query backlog".
ONE_MEASURE = ONE_MEASURE | _words("backlog queue list")  # "the waiting list"
# A made thing a topic names with "the" (topics, s32): "the API reference for the SDK".
TOPIC_COUNTABLE = TOPIC_COUNTABLE | _words("reference")
# Made things a topic names with "the" (topics, s32, found by the held-out set 32 after it was
# measured untouched): "the transcript workflow in Descript".
TOPIC_COUNTABLE = TOPIC_COUNTABLE | _words("workflow")
# Note shorthand of one reading in any trade, found in the readers' notes (gate, s32): "what id
# cut ... shld have said", "'how do i' qs", "API ref", "refs this wk", "prov govt grant".
SHORTHAND = (*SHORTHAND, ("shld", "should"), ("shd", "should"), ("qs", "questions"))
SHORTHAND = (*SHORTHAND, ("ref", "reference"), ("refs", "references"))
# "the advanced cert exam": the exam for a certification, never a certificate held
SHORTHAND = (*SHORTHAND, ("cert exam", "certification exam"), ("cert exams", "certification exams"))
SHORTHAND = (*SHORTHAND, ("prov government", "provincial government"))
SHORTHAND = (*SHORTHAND, ("eval", "evaluation"), ("evals", "evaluations"), ("capt", "captain"))
SHORTHAND = (*SHORTHAND, ("convo", "conversation"), ("convos", "conversations"))
SHORTHAND = (*SHORTHAND, ("biz", "business"), ("sched", "schedule"))
# "grew up on dairy nr Pulaski" (round 56, h1502): near a place (`shorthand._SETTLED_ONLY`); "nr
# 3" is a number, said "No. 3" (`shorthand.expand`)
SHORTHAND = (*SHORTHAND, ("nr", "near"))
SHORTHAND = (*SHORTHAND, ("grant apps", "grant applications"), ("job apps", "job applications"))
# Contractions typed with no apostrophe ("theyre 'working towards'", "shes speaking at"); "id",
# "ill", "wont", "cant", "were", "hell" are words (or "ID"), "im" an injection ("im meds"):
# left to the gate; "theyll" waits for the next-step reader to say "with the operations manager"
SHORTHAND = (*SHORTHAND, ("theyre", "they're"), ("theyd", "they'd"))
# "fridge temp excursion": a temperature, where the thing measured is typed before it (alone,
# "temp" may be a temporary worker)
SHORTHAND = (
    *SHORTHAND,
    *((f"{w} temp", f"{w} temperature") for w in ("fridge", "freezer", "room", "water", "core")),
    *((f"{w} temps", f"{w} temperatures") for w in ("fridge", "freezer", "room", "water", "core")),
)
SHORTHAND = (*SHORTHAND, ("shes", "she's"), ("youre", "you're"), ("ive", "I've"))
SHORTHAND = (*SHORTHAND, ("havent", "haven't"), ("arent", "aren't"), ("isnt", "isn't"))
SHORTHAND = (*SHORTHAND, ("didnt", "didn't"), ("dont", "don't"), ("doesnt", "doesn't"))
SHORTHAND = (*SHORTHAND, ("wasnt", "wasn't"), ("couldnt", "couldn't"), ("wouldnt", "wouldn't"))
# The rest of the closed class whose bare form is no English word ("thats commercial", "whats
# next"); "its", "id", "cant", "wont", "im" are words too, read by the word after them in
# `apostrophes`
SHORTHAND = (*SHORTHAND, ("thats", "that's"), ("whats", "what's"), ("theres", "there's"))
SHORTHAND = (*SHORTHAND, ("heres", "here's"), ("whos", "who's"), ("hes", "he's"))
SHORTHAND = (*SHORTHAND, ("shouldnt", "shouldn't"), ("hasnt", "hasn't"), ("hadnt", "hadn't"))
SHORTHAND = (*SHORTHAND, ("werent", "weren't"), ("youve", "you've"), ("weve", "we've"))
SHORTHAND = (*SHORTHAND, ("theyve", "they've"), ("youd", "you'd"), ("youll", "you'll"))
SHORTHAND = (*SHORTHAND, ("itll", "it'll"), ("shouldve", "should've"), ("wouldve", "would've"))
# "all want smth urgent" (scout 43): "something", of one reading in any trade
SHORTHAND = (*SHORTHAND, ("smth", "something"), ("sth", "something"))
# Words clipped in a credential's subject typed in lower case ("cert IV maint planning", "level
# 3 dip mgmt of zoo animals"), spelled out there; "admin" is a plain word and stays.
COURSE_SHORTHAND = {
    "maint": "maintenance", "mgmt": "management", "mgt": "management", "ops": "operations",
    "hort": "horticulture", "engg": "engineering", "comms": "communications",
    "prof": "professional", "arb": "arboriculture",
}  # fmt: skip
# Words clipped in a qualification's name typed with capitals ("Dip Early Childhood Ed & Care",
# "BSc Comp Sci"), spelled out only inside such a name (`shorthand.expand`; gate, s32).
TITLE_SHORTHAND = {
    "Dip": "Diploma", "Cert": "Certificate", "Ed": "Education", "Educ": "Education",
    "Mgmt": "Management", "Eng": "Engineering", "Sci": "Science", "Admin": "Administration",
    "Adv": "Advanced", "Bach": "Bachelor", "Comp": "Computer", "Env": "Environmental",
    "Tech": "Technology", "Assoc": "Associate", "Dev": "Development", "Psych": "Psychology",
}  # fmt: skip
# Words that name a setback or a problem ("the reporting deadline missed last year", "the backlog
# of complaints"): a topic with one is not said to have been enjoyed or a highlight. Words that
# also name a field of work are not here ("incident response", "fraud indicators", "breach of
# contract", "language delay").
SETBACK_WORDS = _words(
    "missed failed failure failures backlog backlogs complaint complaints shortage shortages"
    " overdue outbreak outbreaks injury injuries burnout burning cuts layoffs redundancies denied"
    " delays lost losing churn turnover fines penalties deaths closure closures deficit debt"
    " disputes strikes refusal refuses refused vacancies understaffing struggling struggles"
    " hate hates risky errors mistakes outage outages absences sickness bullying"
    " concern concerns worry worries"
)
# Newer words of a trade that Webster's of 1934 lacks (gate, s33: a word in lower case that
# neither the tables nor the dictionary know is stopped as a name typed in lower case), found
# by reading the corpus letters and the readers' sentences the dictionary check stopped.
RARE_WORDS = RARE_WORDS | _words(
    "phishing pentest pentests pentesting norovirus transtibial transfemoral thermoformed"
    " barrique meetup barista nitrox genoa oligometastatic oligometastases multibeam smartphrase"
)
# A sail's leading edge ("the luff tape machine"): short, so it read as a note's clipped word.
PLAIN_WORDS = PLAIN_WORDS | _words("luff")
# Things a topic names one of, found with no article in reader 13's letters and the gate's
# held-out set 33 ("about lab to operations communications", "what you said about wedding", "our
# discussion of loft for the fleet"): a count noun there reads as a note (gate, s33).
TOPIC_HEADS_COUNTED = _words("wedding funeral mount loft window spike certificate lab")
# Compounds of two English words that are words of a trade (gate, s33: two words run together
# are no longer English by that alone, since invented names are made so: "lanternfall"), found
# by reading every such word of the corpus notes and answers.
RARE_WORDS = RARE_WORDS | _words(
    "cheesemaker cleanroom crewmate gameplay glassblower headcount homebrewed makerspace"
    " paperless realtime showreel storytime tonewood wildland"
)
# Game platforms typed in lower case before what is made for them: "the switch build" (points).
CAPITALISED = {
    **CAPITALISED,
    **{f"switch {w}": f"Switch {w}" for w in ("build", "port", "version", "release", "title")},
}
# Settled compounds of a modern trade that Webster's (1934) lacks, as a class by trade (gate2,
# s33): broadcast and audio, networks and software, earth and water science.
RARE_WORDS = RARE_WORDS | _words(
    "playout talkback keyframe livestream livestreaming voiceover multicam soundcheck"
    " timecode loudspeaker sidechain lowpass highpass multitrack outro"
    " failover firewall firewalls firmware backend frontend middleware downtime uptime"
    " bandwidth hotfix failback passthrough webhook webhooks dataset datasets codebase"
    " floodplain floodplains wetland wetlands streambed riverbank groundwater drawdown"
    " catchments stormwater wastewater baseflow"
)
# Kinds of organisation a candidate works with or for (points, s35): typed bare after "w/" or
# "for" ("w/ contractor for Ryanair"), one of them takes "a" ("with a contractor for Ryanair").
ORGANISATIONS = _words(
    "contractor subcontractor agency firm company consultancy client supplier vendor broker"
    " lab laboratory charity hospital practice startup start-up distributor manufacturer"
    " operator carrier retailer wholesaler provider insurer bank council trust housebuilder"
    " developer integrator installer reseller brewery studio publisher franchise"
)
# A waiting time is one measure of a service (points, s35): "cut the service wait from ...".
ONE_MEASURE = ONE_MEASURE | _words("wait")
# A clearance held is named by its check (points, s35): "a Working with Children Check".
CERTIFICATE_HEADS = CERTIFICATE_HEADS | _words("check")
# A workshop typed with the slash of "w/" (points, s35): "3 as w/shop lead".
SHORTHAND = (*SHORTHAND, ("w/shop", "workshop"), ("w/shops", "workshops"))
# Set phrases of "X of Y", one thing each, that take no article inside (results, s36):
# "a tone of voice guide", never "a tone of the voice guide" (`dangling.dangling`).
# Words that open a clause inside a noun phrase: a verb after one is the clause's, not the
# phrase's ("the rise in referrals since the voucher scheme was extended").
CLAUSE_OPENERS = frozenset(
    ["that", "which", "who", "where", "when", "how", "what", "whether", "since", "after",
     "until", "because", "once"]
)  # fmt: skip

SET_OF_PHRASES = frozenset(
    [
        *("tone of voice", "point of sale", "proof of concept", "chain of custody"),
        *("bill of materials", "scope of work", "statement of work", "code of conduct"),
        *("terms of reference", "rules of engagement", "duty of care", "plan of care"),
        *("bill of lading", "letter of credit", "power of attorney", "quality of life"),
        *("cost of living", "line of sight", "right of way", "freedom of information"),
        *("point of care", "proof of delivery", "conflict of interest", "letter of intent"),
        *("memorandum of understanding", "body of work", "return of service", "place of safety"),
        *("state of the art", "change of use", "certificate of occupancy", "bill of quantities"),
        *("clerk of works", "point of contact", "proof of address", "scope of practice"),
    ]
)
# A queue or a backlog moved is one thing too (results, s36): "the phone queue", "the backlog".
ONE_MEASURE = ONE_MEASURE | _words("queue backlog")
# Short everyday nouns the tables lack, which note_speak would take for clippings (topics, s36):
# "gold leaf on the pub fascias", "the panto".
PLAIN_WORDS = PLAIN_WORDS | _words("pub pubs panto pantos")
# A fit-out is one job, as a rollout is (topics, s36): "the pharmacy chain fit-out".
TOPIC_COUNTABLE = TOPIC_COUNTABLE | _words("fit-out")
# Numeronyms and a clipped place word typed in topics (topics, s36, census f07 and f03):
# "a11y - asked how i test", "crew culture @ stn 4".
SHORTHAND = (
    *SHORTHAND,
    ("a11y", "accessibility"),
    ("i18n", "internationalisation"),
    ("stn", "station"),
)
# A word of New Zealand English, not a clipping (topics, s36, census f06): "iwi engagement".
PLAIN_WORDS = PLAIN_WORDS | _words("iwi")
# A roster is one, as a rota is (topics, s36, census f29): "the on-call roster".
TOPIC_COUNTABLE = TOPIC_COUNTABLE | _words("roster")
# Dishes and drinks people recommend by a name newer than Webster's ("the ramen place").
RARE_WORDS = RARE_WORDS | _words("ramen pho bao boba kombucha matcha bibimbap ceviche")
# Network terms people type in lower case (closing, s36: reader 15 "sd-wan rollout").
CAPITALISED = {**CAPITALISED, "sd-wan": "SD-WAN"}
# "AW27 range", "headless vs theme debate", "SS26 collection": one range, one debate (reader 17).
TOPIC_COUNTABLE = TOPIC_COUNTABLE | _words("range debate collection lineup assortment catalogue")
# Online retail typed short (points, s38): "6 yrs ecomm, last 3 as sr ecomm specialist".
SHORTHAND = (*SHORTHAND, ("ecomm", "e-commerce"), ("ecommerce", "e-commerce"))

# A question put to the candidate is one named thing: "the scenario question" (session 38, topics)
TOPIC_COUNTABLE = TOPIC_COUNTABLE | _words("question")
# One undertaking of theirs, named with "the": "the core banking replacement",
# "the EPR implementation" (session 38, topics; census16 f25)
TOPIC_COUNTABLE = TOPIC_COUNTABLE | _words(
    "replacement refit overhaul renovation restructuring rebrand reorganisation reorg"
    " expansion relocation consolidation implementation"
)
# Words newer than Webster's that a letter says as typed (reader 19 h152, a trading standards
# officer: "underage vape sales" was left out three times as a note).
PLAIN_WORDS = PLAIN_WORDS | _words("vape vapes vaping vaper vapers")
# A work vehicle in Australia and New Zealand (reader 20 h158 "ute + tools supplied"), never the
# people Webster's names with a capital.
PLAIN_WORDS = PLAIN_WORDS | _words("ute utes")
# Tools of motion design and monitoring, typed in lower case or short in a CV line (spans, s40:
# reader 19 h150 "(AE, C4D, some blender)", h26 "k8s, terraform, prometheus/grafana").
TOOL_NAMES = {**TOOL_NAMES, **{n.lower(): n for n in ["Blender", "Prometheus", "Grafana"]}}
# Software people type in lower case in any trade that uses it ("an index and redis cache",
# "fraud detection with kafka and postgres"); names that are also English words ("spark",
# "flask", "oracle") are left out: their case is not sure.
_SOFTWARE = (
    "Redis Kafka Postgres PostgreSQL MySQL MongoDB Elasticsearch Kibana Databricks Hadoop Django"
    " Jenkins Nginx Linux Ubuntu GraphQL NumPy SciPy PyTorch TensorFlow Jupyter Matlab Simulink"
    " Laravel Magento WooCommerce Webflow Squarespace Zapier Looker Qlik Alteryx Splunk Datadog"
    " PagerDuty ServiceNow Okta Twilio"
)
TOOL_NAMES = {**TOOL_NAMES, **{name.lower(): name for name in _SOFTWARE.split()}}
CAPITALISED = {**CAPITALISED, **{name.lower(): name for name in _SOFTWARE.split()}}
TOOLS_SHORT = {**dict(TOOL_SHORT), "k8s": "Kubernetes"}
CAPITALISED = {**CAPITALISED, "devops": "DevOps"}
# Instruments typed in lower case by their initials: "ft-ir analyser", "hplc", "gc-ms".
CAPITALISED = {**CAPITALISED, "ft-ir": "FT-IR", "ftir": "FTIR", "hplc": "HPLC", "gc-ms": "GC-MS"}
# Trades named by a person's noun the tables lacked (spans, s40, reader 19 h147 "banker + fixer
# mason"): "seven years as a banker and fixer mason".
PERSON_HEADS = PERSON_HEADS | _words("mason stonemason banker cadet deckhand bosun person")
# "Author of a peer-reviewed study" (reader 87, h456): what the candidate is, said "the author"
PERSON_HEADS = PERSON_HEADS | _words("author co-author signatory")
# "3 yrs crew safety rep": a representative is a post held, never "experience in ... representative"
PERSON_HEADS = PERSON_HEADS | _words("representative delegate")
# Words clipped in the name of a field a span of years was spent in (spans, s40: reader 19 h149
# "6 yrs office admin", reader h66 "8 yrs site mgmt"): "six years of experience in office
# administration". Only as the field's last word; "admin" alone may be a person's post.
FIELD_SHORTHAND = {**COURSE_SHORTHAND, "admin": "administration"}
# A kitchen post typed short (spans, s40: "last 2 as demi cdp"); "demi" is a grade of it.
SHORTHAND = (*SHORTHAND, ("cdp", "chef de partie"), ("CDP", "chef de partie"))
PLAIN_WORDS = PLAIN_WORDS | _words("demi")
# Regions and bodies typed short in a CV line (spans, s40: reader 11 h84 "5 yrs on the road w/
# west mids", census16 f18 "housing assistant @ a housing assoc.").
SHORTHAND = (
    *SHORTHAND,
    *REGION_SHORTHAND,
    ("housing assoc.", "housing association"),
    ("housing assoc", "housing association"),
)
# Works a candidate makes, named by the thing in a highlight typed with no verb ("title sequence
# for ...", "explainer series for ... - 12 films"), and the verb a letter says each with (s40,
# highlights: reader 19 h150). A thing that may be someone else's ("report", "review") is none.
MADE_WORKS = {
    **dict.fromkeys(
        _words(
            "sequence series film films documentary documentaries video videos animation"
            " animations podcast trailer trailers mural murals album ad ads advert adverts"
        ),
        "made",
    ),
    **dict.fromkeys(_words("playbook handbook"), "wrote"),
}
# Works of many parts, whose count is said after the head: "a series of 12 films".
MADE_COLLECTIONS = _words("series set suite collection season")
# A work's kind typed short, spelled out in the work's name only ("the ARD doc series"; "a
# six-part doc series" as the post held on it is left to the gate, s40).
WORK_SHORTHAND = (("doc series", "documentary series"), ("doc film", "documentary film"))
# The parts a work is counted in: "6 eps", "12 films" (not "3 languages", which it is made in).
MADE_PARTS = _words(
    "episodes films videos shorts tracks songs chapters pages issues spots ads adverts animations"
)
# People a candidate trained or mentored, who now do something of their own (s40, highlights:
# census16 f01 "apprentice i trained now runs his own crew").
TRAINED_PEOPLE = PERSON_HEADS | _words(
    "junior juniors trainee trainees student students intern interns mentee mentees hire hires"
    " recruit recruits apprentices volunteers nurses mechanics technicians"
)
# What was done to a piece of work of the candidate's, typed after a comma or a dash with no verb
# of theirs (s40b, highlights: "investigation into care home fees, shortlisted for a regional
# press award" -> "My investigation ... was shortlisted for ...").
WORK_RESULTS = _words(
    "shortlisted adopted published funded approved accepted commissioned nominated featured"
    " reprinted broadcast screened selected cited awarded exhibited"
)
# What is made anew when a deed leads to it, said with "a" (s40b, highlights, `arrowled`): "->
# new access policy introduced" -> "which led to a new access policy being introduced".
MADE_ANEW = _words("issued added introduced launched created opened ordered commissioned set")
# Units counted before a noun, and their singular: "12 hours shifts" is a 12-hour shift; and a
# count of things a place or a job is sized by, in the singular: "a 40-unit parlour", "a 12-bed
# ward", "a three-year plan" (never the plural: "3 beds free" is a count). (`topicshapes`)
SIZE_UNITS = {
    **dict.fromkeys(("minutes", "minute", "mins", "min"), "minute"),
    **dict.fromkeys(("hours", "hour", "hrs", "hr"), "hour"),
    **{"days": "day", "day": "day", "weeks": "week", "week": "week", "months": "month"},
    **{"month": "month", "miles": "mile", "metres": "metre", "meters": "meter"},
    **{
        w: w for w in _words("year unit bed bay lane seat storey step stage point tonne litre page")
    },
    "person": "person",
}

# Units of the calendar and the clock, which make adverbs of how often ("weekly", "daily").
TIME_UNITS = _words("hour night day week fortnight month quarter year")
# A date typed as a note's "til" (corrections, s41b): "its fine til 2029" -> "until 2029".
SHORTHAND = (*SHORTHAND, ("til", "until"))

# The indefinite pronouns, a closed class: "flag anything that might need a review".
INDEFINITES = _words(
    "anything something everything nothing anyone someone everyone no-one nobody anybody"
    " somebody everybody"
)


def _pairs(text: str) -> frozenset[tuple[str, str]]:
    return frozenset((p.partition(" ")[0], p.partition(" ")[2]) for p in text.split("|"))


# A preposition and a bare singular noun said together with no article ("by hand", "on site"):
# `bareheads` gives a noun typed bare after a preposition its article, except in these.
BARE_IDIOMS = _pairs(
    "by hand|on site|off site|at home|from home|in person|on foot|by phone|by car|by bus"
    "|by train|by bike|by email|by post|by mail|by boat|by air|by sea|at sea|on call|at night"
    "|by night|by day|at school|in school|to school|from school|after school|at university"
    "|to university|at college|to college|into school|into college|into university"
    "|in class|in bed|in hospital|to hospital"
    "|in prison|at church|to church|on board|on stage|on camera|on air|in office|on shift"
    "|on duty|in charge|on track|on time|in time|on hand|at hand|in hand|on paper|on screen"
    "|on record|on file|from scratch|on purpose|in advance|at lunch|at dinner|at breakfast"
    "|after work|before work|at work|to work|from work|on request|in season|on leave"
    "|on average|in practice|in theory|under pressure|on schedule|on budget|under budget"
    "|over budget|in stock|in bulk|in house|on ward|in post|in role|on placement|in clinic"
    "|on rotation|at term|on deck|at heart|by heart|in turn|in front|on top|at bay|in line"
    "|on line|in print|on display|in use|in service|on trial|on probation|on loan|in store"
    "|in town|to town|at dawn|at dusk|at midnight|at noon|by noon|by midnight"
    "|for sale|on sale|in debt|in detail|in depth|at length|in contact|in touch|on foot"
    "|in shape|in order|in place|per person|per day|per hour|per week|per year|in course"
    "|under contract|in step|on theme|on brand|on message|during season|in sequence|on target"
    "|at height|to verdict"
)

# The adverbs of degree, a closed class: "prob too vague", "so embarrassing".
DEGREE_ADVERBS = _words("too so very really quite pretty rather fairly totally bit way super")

# The words of pay: a follow-up that names the candidate's figure for it is their call to send.
PAY_WORDS = _words(
    "salary salaries pay wage wages rate package remuneration compensation comp ote expecting"
    " expectation expectations"
)

# Words of a tail that take back part of a span of years typed before it ("5 yrs python, not
# recent", "on and off", "part time", "lapsed"): such a tail is never dropped from its span.
TAIL_LIMITS = _words(
    "not no never rusty lapsed expired valid until off part gap gaps break breaks only barely"
    " little"
    " occasional occasionally sporadic sporadically unpaid voluntary"
)
# Groups of people typed with their size ("team of 6", "crew of eight"): one of many such groups
# ("a team of 6"), and no work of the candidate's (`tidy`, `cvdeeds`, `deedless`, `bracketcounts`).
GROUP_NOUNS = _words("team crew squad gang group department staff unit")
# Posts named by the group held in ("six years as cabin crew"): said after "as" with no article.
COLLECTIVE_POSTS = _words("crew staff faculty personnel")
# Posts of one still learning, held in a CV line ("2 yrs working student at X"); kept out of
# PERSON_HEADS, whose readers would take "for student mentoring" as a post with no article.
LEARNER_POSTS = _words("student intern")


# Nouns whose possessive is a name's, with no article ("at dad's shop", "today's shift"): kin
# said as a name, the days said by themselves, and the degrees named by a possessive
# ("finished master's in 2024"). `bareheads` gives every other bare possessive
# after a verb or a preposition its "the" ("coordinated the firm's office move").
OWN_POSSESSORS = _words(
    "mum mom dad mam mama papa nan nana gran granny grandma grandpa grandad granddad auntie"
    " today tonight yesterday tomorrow master bachelor"
)

# Spells of work named by the work of a season, worked as a season is ("I have worked two
# harvests in the Barossa", "a season on a trawler"): `cvstints` says a count of them at a place.
WORK_SPELLS = _words("season summer winter harvest vintage crush")
# People a count can name besides trades and learners ("40 clients, most of them ..." -> "of
# whom"): what a relative clause after them takes "whom" for, not "which".
PEOPLE_COUNTED = TRAINED_PEOPLE | _words(
    "client patient customer person people family child guest member parent resident pupil"
    " learner candidate user colleague employee worker athlete player tenant visitor caller"
)
# Sports and family occasions a personal note names, that Webster's (1934) lists only with a
# capital ("Rugby", the town) or not at all (rapport, s43: "his son is playing in the under-12
# rugby final on Saturday" was stopped by the last gate as a note's word).
RARE_WORDS = RARE_WORDS | _words(
    "rugby futsal parkrun camogie dodgeball pickleball padel prizegiving"
)
# Verbs whose object is a thing the reader may know already, a measure or a practice: run, led or
# joined ("ran the desk"), changed ("improved the handover process", "cut waiting time"), or done
# as a routine ("did payroll"); no "a" is put before it (`countnouns.meets_one`).
KNOWN_OBJECT_VERBS = _words(
    "run lead manage oversee cover handle chair coordinate supervise own join attend pass"
    " take do work improve cut reduce increase raise grow lower halve double keep get have"
    " hold streamline simplify automate upgrade update overhaul redesign revamp migrate"
    " transform turn complete finish leave visit use shadow process deliver support help track"
    " monitor maintain review audit check test meet hit beat exceed win lose save cross-train"
    " teach learn study know become be go come"
)


# Verbs of wanting, thinking and saying, never nouns: after a noun and before "to", "that" or a
# determiner they make a topic's line a sentence of its own (`topicshapes`).
MIND_VERBS = frozenset(
    ["wants", "wanted", "thinks", "thought", "says", "said", "feels", "felt", "hopes", "hoped",
     "expects", "expected", "believes", "believed", "knows", "reckons", "asked"]
)  # fmt: skip
# A group that grows by its members, said with "the" and "grow" (results, s58): "launch fleet
# 5 -> 8" -> "I helped grow the launch fleet from 5 to 8".
GROWN_GROUPS = _words("team fleet crew herd flock workforce squad caseload network")
# A letter sent as the way one is told (s58, reader 107): "informed by letter", never "by the
# letter".
BARE_IDIOMS = BARE_IDIOMS | _pairs("by letter|by text|by video|by courier")
# "at first light", "at first sight": an ordinal said bare in a set phrase (h1341)
BARE_IDIOMS = BARE_IDIOMS | _pairs("at first|in rush")
# "split the parcels by size class", "staggered intake by farm": what things are sorted by
# (round 58, h1523), never one thing ("by the size class")
BARE_IDIOMS = BARE_IDIOMS | _pairs(
    "by class|by size|by grade|by type|by category|by colour|by color|by weight|by region"
    "|by batch|by date|by farm|by shift|by month|by lot|by kind|by origin|by age|by length"
)
# Given names that are also nouns, found by the readers' notes (s58, reader 119's h579: "martin
# to ring me fri or mon" was "hearing from the martin").
NOUN_NAMES = NOUN_NAMES | _words(
    "martin drake heath miles norman august basil barry bud grant mercy"
)
# "talked about my FYP": a student's final-year project, of one reading in any field
SHORTHAND = (*SHORTHAND, ("FYP", "final-year project"), ("fyp", "final-year project"))
# "vib dataset", "vib near rock shelter": vibration, in any engineering trade (round 48, h1366)
SHORTHAND = (*SHORTHAND, ("vib", "vibration"))
# "send Hemi vid of my catch & drag" (round 58, h1534): a video, never "the VID"
SHORTHAND = (*SHORTHAND, ("vid", "video"), ("vids", "videos"))
# "OFDA calib cert" (round 53, h1446): a calibration certificate ("calib" alone may be a verb)
SHORTHAND = (
    *SHORTHAND,
    ("calib cert", "calibration certificate"),
    ("calib certs", "calibration certificates"),
)


# Countries typed short after "ex-" ("also ex-Aus"): a country both once worked in, never a firm.
EX_COUNTRIES = {**dict(COUNTRY_SHORTHAND), "uk": "the UK", "us": "the US", "usa": "the US",
                "canada": "Canada", "australia": "Australia", "ireland": "Ireland"}  # fmt: skip


# A word for a person by what they do ("valuators", "auctioneer", "florist"): a common word,
# though a company's name or a role's title gives it a capital (round 58, h1523).
AGENT_NOUN = re.compile(r"(?:[^aeiou]or|[^aeiou]eer|[^aeiou]er|ist|ian|ant|ent)s?$")
# The jimador's harvesting blade ("coa injuries 19 -> 7 per season", round 60, h1560).
PLAIN_WORDS = PLAIN_WORDS | _words("coa coas")
# Gold or silver thread of a bisht's edging ("full hand zari on a winter wool bisht", round 61).
PLAIN_WORDS = PLAIN_WORDS | _words("zari")
PLAIN_WORDS = PLAIN_WORDS | _words("bisht bishts")
# A mould toxin that food export controls limit ("the EU limit of aflatoxin B1", round 62).
PLAIN_WORDS = PLAIN_WORDS | _words("aflatoxin aflatoxins mycotoxin mycotoxins")
# The stem of a bamboo ("my 140 culm tests", round 62, h1596).
PLAIN_WORDS = PLAIN_WORDS | _words("culm culms")
