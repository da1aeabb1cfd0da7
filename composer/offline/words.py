"""Closed sets of English words that phrase analysis and realisation read, as data.

Each set is written as one string of words; a set built from another shares its words instead
of repeating them ("a certificate" and "a degree" are credentials, and credentials are nouns
that take "a").
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


NUMBER_WORDS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty"
    " forty fifty hundred"
)
DETERMINERS = NUMBER_WORDS | _words(
    "a an the this that these those my our your his her its their some several many much over"
    " nearly almost about more most every each both all no"
)
PREPOSITIONS = _words(
    "to in by at on for with from of as into onto under over about through during across within"
    " without after before since"
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
# Heads that name a person: "a licensed electrician", "certified scrum master".
PERSON_HEADS = _words(
    "nurse master engineer teacher solicitor lawyer barrister accountant analyst designer"
    " developer electrician plumber carpenter welder mechanic technician therapist midwife"
    " paramedic pharmacist practitioner doctor surgeon scientist researcher lecturer professor"
    " manager director officer coach trainer instructor translator interpreter chef cook"
    " architect surveyor consultant planner writer editor journalist photographer driver"
    " operator assistant associate specialist expert graduate member fellow speaker volunteer"
    " mentor tutor counsellor counselor auditor actuary economist programmer administrator"
)
# Participles of a standing qualification: "I am admitted to the bar", and never "I admitted".
CREDENTIAL_STATES = _words("admitted certified licensed registered accredited chartered")
# Participles that describe a standing state: "I am trained in CPR", not "I was".
STATES = CREDENTIAL_STATES | _words(
    "trained experienced skilled based located insured vaccinated cleared vetted"
)
# Verbs whose past participle opens a passive ("awarded the Dean's medal" is "I was awarded
# ...", never "I awarded ...").
PASSIVES = CREDENTIAL_STATES | _words(
    "awarded promoted elected selected nominated shortlisted appointed invited featured"
    " recognised recognized hired named honoured honored commended educated based born"
    " vaccinated vetted insured"
)
# Nouns of a qualification held: "I hold a master's degree", "an MBA from INSEAD".
CREDENTIAL_NOUNS = _words("degree certificate certification diploma licence license qualification")
CREDENTIALS = CREDENTIAL_NOUNS | _words(
    "mba phd msc bsc ma ba llb llm doctorate fellowship accreditation j.d. jd m.d. mphil pgce pgdip"
)
# Stints a candidate did and finished: "I completed a summer internship at Yorkshire Water".
STINTS = _words(
    "internship placement apprenticeship traineeship secondment clerkship residency fellowship"
)
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
)
ORDINALS = _words("first second third fourth final next last")
