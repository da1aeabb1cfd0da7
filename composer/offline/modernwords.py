"""Words of today's trades that Webster's (1934) and the word tables lack: one table of lemmas,
by field of work, so that the last gate (`notewords.unknown_word`, `lexicon.note_speak`) reads
"telematics", "signage", "warfarin", "onboarding" or "upskilled" as English, not as a note's
shorthand or a name typed in lower case, and a good sentence with one of them is said.

Only whole words of English as a careful writer prints them, each in its plain form (a noun's
singular, a verb's base); their inflections come from lemminflect's tables or English's regular
endings (`lexicon.modern`). Never a clipped word ("pharma", "chemo", "collab", "anticoag"), an
abbreviation ("govt", "mgr", "pts"), a misspelling, or a name of a make, a product or a place
("yamaha", "postgres", "instagram"): those stay unknown and the gate keeps stopping them.
"""

from __future__ import annotations


def _table(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


_HEALTH = (
    # medicines and their classes
    "warfarin statin opioid opiate antidepressant antipsychotic antiviral antibiotic"
    " antimicrobial antifungal anticoagulant antihypertensive anticonvulsant antiemetic"
    " antihistamine benzodiazepine biosimilar biologic immunotherapy chemotherapy radiotherapy"
    " insulin metformin paracetamol ibuprofen naloxone methadone buprenorphine fentanyl"
    " ketamine cannabinoid steroid vaccine vaccinator inhaler nebuliser nebulizer dosette"
    " polypharmacy deprescribing deprescribe pharmacovigilance pharmacogenomics"
    # clinical work, tests and kit
    " telehealth telemedicine telecare teletriage ultrasound sonography sonographer"
    " mammography mammogram echocardiogram echocardiography angiogram angiography angioplasty"
    " endoscopy colonoscopy laparoscopy laparoscopic arthroscopy capnography oximetry oximeter"
    " defibrillator defibrillation pacemaker dialysis ventilator intubation extubation"
    " cannula catheterisation biopsy bloodwork workup triage postnatal antenatal perinatal"
    " neonatal paediatric pediatric geriatric bariatric palliative hospice ostomy stoma"
    " physiotherapy physiotherapist phlebotomy phlebotomist radiographer audiologist"
    " optometrist orthotist prosthetist podiatrist podiatry sonographer doula midwifery"
    " microbiome microbiology virology immunology oncology haematology hematology"
    " neurodiversity neurodivergent neurotypical autism autistic dyslexia dyslexic dyspraxia"
    " dementia deafblind wellbeing mindfulness burnout caseload checkup aftercare"
    " sleepover telecare bleep handwashing antisepsis biohazard biosecurity"
    " chairside hygienist orthodontist orthodontics implantology endodontics"
    # care and public health
    " safeguarding reablement carer careworker homecare eldercare childminder childminding"
    " outreach helpline hotline signposting vaping vape smartwatch wearable"
)

_VET_FARM = (
    "microchip microchipping parvovirus leptospirosis zoonosis zoonotic spay neuter"
    " deworming dewormer flystrike varroa macropod agritech agronomy agronomist agrivoltaics"
    " agroforestry silvopasture hydroponics hydroponic aquaponics aquaculture polytunnel"
    " biochar biosolids digestate silage haylage baleage microgreens regenerative rewilding"
    " biodiversity heatwave drought-proofing dryland irrigator fertigation glyphosate"
    " herbicide pesticide fungicide insecticide biocontrol packout packhouse coolroom"
    " coolstore cheesemaking cheesemaker affinage winemaking viticulture oenology"
)

_TRADES_ENERGY = (
    "retrofit retrofitting microinverter inverter microgrid minigrid chargepoint"
    " photovoltaic photovoltaics powerwall decarbonise decarbonize decarbonisation"
    " electrolyser electrolyzer biomass biogas biodiesel biofuel geothermal airtightness"
    " thermography hotspot snowmaking transcritical refrigerant ductwork drywall plasterboard"
    " rebar formwork shopfront signage wayfinding underfloor downlight downlighter"
    " smartmeter scaffolder steelfixer groundworks groundworker roofline fibreglass fiberglass"
    " waterproofing damp-proofing insulator sealant subfloor longcase tenmoku glazer"
    " wheelset taxiway escapeway airflow workboat backhaul telematics geofence geofencing"
    " dashcam bodycam tachograph handheld forklift pallet palletise palletize cross-docking"
    " crossdock warehousing fulfilment fulfillment dropshipping last-mile containerisation"
    # the trades of writer 40's and 42's candidates ("apprentice tattoo artist", "autoclave")
    " tattoo tattooing autoclave linework roastery barista"
)

_SOFTWARE = (
    "app software hardware firmware database spreadsheet website webpage homepage online"
    " offline email inbox login logout username password download upload uploader"
    " downloader autoscaling autoscale rightsizing rightsize observability runbook postmortem"
    " playbook microservice monolith serverless containerise containerize"
    " cybersecurity cyberattack ransomware malware spyware spam phishing"
    " antivirus encryption decryption authentication authenticator biometric biometrics"
    " chatbot dashboard frontend backend fullstack codebase refactor refactoring"
    " debugger debugging hackathon bootcamp walkthrough screenshot screencast wireframe"
    " wireframing mockup prototyping storyboard storyboarding usability accessibility"
    " metadata datacenter datacentre workflow workspace tabletop lakehouse"
    " analytics blockchain cryptocurrency stablecoin tokenisation tokenization"
    " geospatial geolocation smartphone touchscreen laptop desktop tablet podcast podcasting"
    " livestream vlog vlogger blog blogger blogging influencer hashtag emoji selfie meme"
    " newsletter newsroom paywall clickbait ebook e-book audiobook subtitling captioning"
)

_BUSINESS = (
    "onboarding onboard offboarding upskill upskilling reskill reskilling mentee mentoring"
    " microlearning e-learning homeschooling homeschool headcount stakeholder roadmap"
    " rollout workstream deliverable benchmark benchmarking outsourcing offshoring nearshoring"
    " crowdfunding fundraiser fundraising startup scaleup fintech insurtech proptech regtech"
    " chargeback payout e-commerce omnichannel multichannel marketplace"
    " merchandiser merchandising planogram upselling upsell cross-selling cross-sell"
    " rebrand rebranding battlecard whistleblower whistleblowing greenwashing timesheet"
    " euro payslip payroll invoicing microfinance microloan remortgage buyout takeover"
    " outsourcer subcontracting freelancing coworking hybrid hotdesking telecommuting"
)

_HOSPITALITY_RETAIL = (
    "fridge freezer takeout takeaway waitlist walk-in brunch smoothie kombucha sourdough"
    " microbrewery microbrewer taproom mocktail cocktail barista espresso cappuccino latte"
    " vegan veganism vegetarian plant-based gluten-free allergen foodservice foodborne"
    " listeria salmonella legionella norovirus"  # printed in lower case as the illness
    " catering caterer sous-vide charcuterie pizzeria taqueria taco burrito tapas"
    " sommelier mixologist mixology carpark click-and-collect self-checkout"
    " stocktake stocktaking shrinkage restock restocking multipack giftcard"
)

_SCIENCE_MEDIA_PUBLIC = (
    "genomics genome genotyping sequencing proteomics bioinformatics biotech biotechnology"
    " nanotechnology biopharmaceutical microplastic microplastics biofilm probiotic"
    " stormwater floodplain groundwater wastewater rainwater desalination recycling upcycling"
    " upcycle composting landfill e-waste offsetting rewilding biodiversity"
    " voiceover showreel soundcheck multicam timecode keyframe subtitler captioner"
    " coronial policing neighbourhood bodycam sleepover enduro divemaster freeform"
    " makeready oakmoss"
)

_TEACHING_LAW_TRANSPORT = (
    "edtech e-learning homeschooling microcredential paralegal paraplanner legaltech"
    " e-discovery conveyancer policymaker policymaking e-government airside airframe avionics"
    " flightdeck drone liveaboard containership superyacht rideshare ridesharing carpool"
    " e-bike e-scooter microbus minibus"
)

# More of each field, found by walking through a week of each trade's work.
_MORE_HEALTH_CARE = (
    "lumpectomy stent tracheostomy gastrostomy ileostomy spirometry audiometry tympanometry"
    " dysphagia dyscalculia glucometer perimenopause keyworker keyworking caseworker casework"
    " homeshare foodbank befriender lockdown furlough"
)

_MORE_TRADES = (
    "drylining dryliner downpipe rainscreen rewire telehandler geotextile geogrid shotcrete"
    " precast geotechnical lidar hi-vis biomethane interconnector fracking putaway intermodal"
    " transloading pickup autosteer agrichemical"
)

_MORE_OFFICE_MEDIA = (
    "standup rollback linter linting geocoding endpoint multifactor passwordless"
    " helpdesk geotag gigabit broadband copyediting copyeditor showrunner animatic"
    " rotoscoping podcaster infographic microsite copywriter copywriting contactless cashback"
    " downsize outsource timeline pushback workaround multiskilled flexitime flextime"
)

_MORE_HOSPITALITY_SCIENCE_SPORT = (
    "cortado macchiato matcha ramen kimchi falafel halloumi tempeh footfall popup brewpub"
    " winemaker glamping homestay turndown biobank bioreactor microfluidics nanoparticle"
    " metagenomics snowboard snowboarding kitesurfing paddleboard duathlon ultramarathon"
    " zipline pickleball esports speedrun"
)

# (Not here: "whiteboard", which passes after its article already ("the whiteboard":
# `notewords._common_compound`) and which notes type bare with none ("talk about whiteboard");
# "ebike", typed for "e-bike", the word's spelling.)

# The second word of a set phrase of a trade, printed only in it ("a post mortem", "chef de
# partie"): English there, and no note's word anywhere.
_PHRASE_WORDS = "mortem partie"

MODERN_WORDS = _table(
    _HEALTH,
    _VET_FARM,
    _TRADES_ENERGY,
    _SOFTWARE,
    _BUSINESS,
    _HOSPITALITY_RETAIL,
    _SCIENCE_MEDIA_PUBLIC,
    _TEACHING_LAW_TRANSPORT,
    _MORE_HEALTH_CARE,
    _MORE_TRADES,
    _MORE_OFFICE_MEDIA,
    _MORE_HOSPITALITY_SCIENCE_SPORT,
    _PHRASE_WORDS,
)


def regular_forms(lemma: str) -> set[str]:
    """A noun's plural and a verb's forms as English makes them by rule ("geofences",
    "geofenced", "geofencing"; "hotspots"; "upskilled"); a word in "-s" is its own plural
    ("telematics", "microgreens") unless it ends in "-ss" ("biomasses")."""
    if lemma.endswith("s"):
        return {lemma + "es"} if lemma.endswith("ss") else set()
    if lemma.endswith(("x", "z", "ch", "sh")):
        return {lemma + "es", lemma + "ed", lemma + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    if lemma.endswith("e"):
        return {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    doubled = lemma + lemma[-1]  # "geotagged", "retrofitting"
    return {lemma + "s", lemma + "ed", lemma + "ing", doubled + "ed", doubled + "ing"}
