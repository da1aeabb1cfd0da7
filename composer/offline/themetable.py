"""The table of themes: the words that say a note item is about one narrow subject, which
themes neighbour each other, and the words two texts share without being about one thing.

Entries are lower-case: a word matches itself and its plural; a word ending in "*" matches as a
prefix ("litig*" matches "litigation"); an entry with a space matches that run of words. Read by
`themes`.
"""

from __future__ import annotations

THEMES: dict[str, tuple[str, ...]] = {
    # law
    "courtroom": (
        "litig*", "trial", "trials", "courtroom", "court", "motion", "dismiss", "deposition*",
        "judge", "clerked", "clerkship", "hearings", "first-chair", "plaintiff", "defendant",
        "argued", "advocacy", "tribunal", "cross-examin*", "breach of contract",
    ),
    "discovery": (
        "doc review", "document review", "discovery", "e-discovery", "disclosure",
        "relativity", "nuix", "privilege review",
    ),
    "appellate": ("appellate", "appeal", "appeals", "amicus"),
    "community": (
        "pro bono", "tenants", "tenant clinic", "housing clinic", "legal clinic", "law clinic",
        "tenant advice", "charity", "charities", "not-for-profit", "nonprofit",
        "volunteer*", "community", "outreach", "food bank", "advice centre", "housing association",
        "homeless*", "legal aid",
    ),
    "languages": (
        "bilingual", "trilingual", "multilingual", "fluent", "spanish", "welsh", "polish",
        "german", "russian", "french", "italian", "portuguese", "arabic", "mandarin",
        "cantonese", "urdu", "hindi", "language*", "translat*", "interpreter*",
        "esl", "ell", "eal", "esol", "english learners", "english language learners",
    ),
    # teaching and academic work
    "teaching": (
        "teach*", "taught", "lesson*", "classroom", "pupil*", "curriculum", "module", "convene*",
        "convened", "lectur*", "seminar*", "special subject", "syllabus", "undergraduate*",
        "fhea", "higher education academy", "tutor*",
    ),
    "assessment": ("assessment design", "marking", "exam board", "moderation", "rubric*"),
    "reading": ("reading", "readers", "reads", "literacy", "phonics", "library", "books"),
    "research": (
        "research*", "monograph", "dissertation", "thesis", "publication*", "journal",
        "archive*", "fellowship", "leverhulme", "grant*", "ref", "peer-review*", "job talk",
    ),
    # people
    "mentoring": (
        "mentor*", "coach*", "preceptor*", "precepting", "trainee*", "junior*", "mid-level",
        "mid-weight", "new grads", "new starters", "apprentice*", "supervis*", "co-supervising",
        "growing mid-level", "develop people", "line manag*", "practice assessor*",
        "practice educator*",
    ),
    "leadership": (
        "leadership team", "succession", "hiring", "recruit*", "headcount", "turnover",
        "retention", "staff turnover", "managing a team", "team of", "building the team",
    ),
    "site_supervision": (
        "subbies", "subcontractor*", "supervised", "supervising", "foreman", "site team",
        "gangs", "trades on site",
    ),
    "staffing": (
        "staffing", "staff", "rota*", "shifts", "shift", "ratios", "agency staff", "nights",
        "night shift*", "cover", "out of hours", "out-of-hours", "after hours", "after-hours",
    ),
    # safety and trades
    "safety": (
        "safety", "safely", "safe", "osha", "iosh", "nebosh", "incident*", "near-miss*",
        "hazard*", "lost-time", "risk assessment*", "ppe", "accident*", "arc flash", "nfpa 70e",
        "70e", "lockout*", "tagout*", "loto", "recordable*",
    ),
    "equipment": (
        "mhe", "forklift*", "reach truck", "counterbalance", "truck licen*", "plant operat*",
        "cscs",
    ),
    # powered access and work at height: the cards and the machines they cover
    "powered_access": (
        "ipaf", "pasma", "mewp*", "cherry picker*", "scissor lift*", "boom lift*",
        "powered access", "work at height", "working at height*",
    ),
    "drawings": ("blueprint*", "prints", "one-lines", "schematic*", "drawings", "cad"),
    "installation": (
        "wired", "wiring", "rewired", "conduit", "fit-out*", "panel upgrade*", "install*",
        "first fix", "second fix",
    ),
    # numbers and money
    "data": (
        "data", "sql", "excel", "tableau", "power bi", "python", "dashboard*", "analytics",
        "dataset*", "statistic*", "regression", "messy data", "data cleaning", "looker", "dbt",
    ),
    "finance": (
        "refinanc*", "debt", "bond", "leverage", "capital", "margin", "balance sheet",
        "treasury", "covenant*", "lender*", "credit facility", "carve-out", "m&a", "ipo",
    ),
    "reporting": (
        "board reporting", "financial reporting", "management reporting", "regulatory reporting",
        "board reports", "board papers", "cabinet reports", "ifrs*", "gaap", "restatement",
        "audit opinion", "disclosure*", "controls", "material weakness", "internal control*",
    ),
    "audit": ("audit*", "caseware", "working papers", "senior in charge", "assurance"),
    # selling and customers
    "sales": (
        "quota", "arr", "deal*", "closing", "closed", "new business", "upmarket", "enterprise",
        "account executive", "new logo", "as a logo", "prospect*", "territory", "revenue",
    ),
    "forecasting": (
        "forecast*", "pipeline", "meddpicc", "meddic", "salesforce", "gong", "clari", "crm",
        "deal review*", "qualification framework",
    ),
    "customers": (
        "customer*", "client*", "nps", "guest*", "service desk", "complaint*", "reception",
        "front desk", "shoppers", "click and collect",
    ),
    # customers or members who leave: "gym churn after jan" and "cut gym cancellations ~25%"
    "churn": (
        "churn*", "cancellation*", "cancelled membership*", "customer retention",
        "member retention", "lapsed member*",
    ),
    "retail": (
        "store", "shop", "shrinkage", "stock", "stock levels", "visual merchandising",
        "merchandising", "sale", "footfall", "till*",
    ),
    "logistics": (
        "pick rates", "pick accuracy", "picking", "carrier*", "cut-off*", "throughput", "wms",
        "inbound", "outbound", "despatch", "dispatch", "peak",
    ),
    # health and care
    "patients": (
        "patient*", "ward", "bedside", "clinical", "nurse*", "nursing", "handover checklist",
        "early warning", "news2", "acls", "bls", "med-surg", "cardiac", "post-pci", "triage",
        "deteriorat*", "pharmacy", "pharmacist", "prescri*", "medication*",
    ),
    "pharmacy_services": (
        "nms", "new medicine service", "pharmacy first", "flu jab*", "flu vacc*", "vaccination*",
        "jabs", "uptake",
    ),
    "child_protection": (
        "caseload*", "child protection", "safeguarding", "dsl", "designated safeguarding",
        "families", "strategy discussion*",
        "signs of safety", "duty and assessment", "looked-after",
    ),
    "multi_agency": (
        "police", "strategy discussion*", "child protection conference*", "case conference*",
        "core group*", "multi-agency", "partner agencies", "health visitor*",
    ),
    "wellbeing": (
        "wellbeing", "well-being", "burnout", "resilience", "supervision", "welfare",
        "mental health", "first aider*",
    ),
    # design and product
    "usability": (
        "usability", "user research", "research-led", "user interview*", "personas",
        "onboarding flow", "prototype*", "prototyping", "user testing", "usability studies",
    ),
    "accessibility": ("accessib*", "screen reader*", "wcag", "a11y", "assistive"),
    "brand": (
        "rebrand*", "brand identity", "visual identity", "identity work", "typography",
        "type system", "typeface*", "wayfinding", "logo design", "d&ad", "pencil",
    ),
    "handover": ("handover*", "handoff*", "hand-off*", "handing designs", "design specs"),
    "clients": (
        "presenting work", "client presentation*", "pitch*", "stakeholder*", "scoping",
        "timelines",
    ),
    # software
    "reliability": (
        "on-call", "incident review*", "incidents", "outage*", "latency", "p99", "uptime",
        "zero downtime", "downtime", "idempotent", "retries", "sre", "postmortem*",
        "post-mortem*", "availability",
    ),
    "payments": (
        "payment*", "payouts", "ledger*", "double-entry", "checkout", "merchant*", "settlement*",
    ),
    "databases": ("postgres*", "mysql", "kafka", "database*", "db", "schema*", "streaming"),
    "code_review": ("code review*", "pull request*", "pairing", "team rituals"),
    "builds": (
        "ci", "ci/cd", "continuous integration", "build time*", "builds", "build pipeline*",
        "jenkins", "circleci", "github actions", "bazel", "test suite*", "flaky test*",
    ),
    "kubernetes": ("kubernetes", "k8s", "cka", "ckad", "cks", "helm", "eks", "gke", "openshift"),
    # public sector
    "policy": (
        "policy", "policies", "strategy refresh", "cabinet", "elected members", "councillor*",
        "equality impact", "consultation*", "white paper", "homelessness strategy",
    ),
    "housing": (
        "homeless*", "temporary accommodation", "social housing", "rough sleep*", "estates",
        "housing need", "allocations", "tenants",
    ),
    "change": (
        "rollout*", "roll-out*", "rolled out", "introduced", "implement*", "go-live",
        "change management", "adoption",
    ),
    "project_delivery": ("prince2", "project management", "programme management", "agile",
                         "scrum", "pmp", "lean six sigma", "green belt", "black belt"),
}  # fmt: skip

# Themes that tie to each other, both ways: a reader sees the link without an explanation.
RELATED: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("community", "languages"),
        ("community", "policy"),
        ("mentoring", "leadership"),
        ("mentoring", "teaching"),
        ("staffing", "leadership"),
        ("safety", "equipment"),
        ("audit", "reporting"),
        ("finance", "reporting"),
        ("customers", "sales"),
        ("customers", "retail"),
        ("reliability", "payments"),
        ("reliability", "databases"),
        ("payments", "databases"),
        ("teaching", "assessment"),
        ("teaching", "reading"),
        ("usability", "accessibility"),
        ("child_protection", "wellbeing"),
    )
)

# Words that two texts may share without being about the same thing.
WEAK = frozenset(
    [
        "exper", "first", "years", "build", "built", "makin", "great", "worki", "manag",
        "lead", "leadi", "delive", "deliv", "proje", "proce", "across", "acros", "start",
        "finis", "using", "proud", "level", "major", "senio", "helpe", "large", "small",
        "model", "time", "full", "part", "progr", "appro",
        # where the work happened, not what it was: "the ward's staffing gaps" and "the
        # switch to e-obs on a 28-bed ward" are not about one thing
        "ward", "wards", "site", "sites", "offic", "plant", "floor", "branc",
        # when, not what: "SCC down in one season" and "empty rates too high last season"
        "seaso", "month", "weeks",
    ]
)  # fmt: skip
