"""The closed tables `cvtickets` reads credentials by: certification programmes named by their
initials (and the noun one of them is), bodies that award credentials as notes type them in
lower case, and course tickets named by what they train."""

from __future__ import annotations

# Certification programmes named by their initials, and the noun one of them is: "the CCNP
# Enterprise certification", "IPAF and PASMA tickets", "a CSCS card".
PROGRAMMES = {
    **dict.fromkeys(
        [
            "CCNA",
            "CCNP",
            "CCIE",
            "CCDA",
            "JNCIA",
            "JNCIP",
            "NSE",
            "PCNSA",
            "PCNSE",
            "RHCSA",
            "RHCE",
            "RHCA",
            "LPIC",
            "MCSA",
            "MCSE",
            "MCSD",
            "CISSP",
            "CISM",
            "CISA",
            "CRISC",
            "OSCP",
            "CEH",
            "GSEC",
            "GCIH",
            "ITIL",
            "PMP",
            "CAPM",
            "PRINCE2",
            "CKA",
            "CKAD",
            "CKS",
            "CCSP",
            "AZ-900",
            "AZ-104",
            "AWS-SAA",
            "Security+",
            "Network+",
            "A+",
            "CySA+",
            "PenTest+",
            "CASP+",
            "Linux+",
            "Cloud+",
        ],
        "certification",
    ),
    **dict.fromkeys(["IPAF", "PASMA", "SMSTS", "SSSTS", "NPORS", "CPCS", "CITB"], "ticket"),
    **dict.fromkeys(["CSCS", "ECS", "JIB"], "card"),
    "RYT": "certification",
}
# Tickets of the table named for one course, held by their name with "the" when typed alone:
# "I hold the SSSTS" (never "an SSSTS ticket", as "an IPAF ticket" is said).
COURSE_TICKETS = frozenset(["SMSTS", "SSSTS"])
# Bodies that award credentials, as notes type them in lower case: "solas apprenticeship".
BODIES = {
    name.lower(): name
    for name in [
        "SOLAS",
        "QQI",
        "CSCS",
        "IPAF",
        "PASMA",
        "LANTRA",
        "NEBOSH",
        "IOSH",
        "CITB",
        "JIB",
        "SIA",
        "NPORS",
        "CPCS",
        "BICSc",
        "EAL",
        "BPEC",
        "AAT",
        "CIPD",
        "CIMA",
        "ACCA",
        "ICAEW",
        "CTA",
        "RICS",
        "CIOB",
        "HCPC",
        "NMC",
        "GDC",
        "GPhC",
        "SWE",
        # sea and offshore: safety and radio certificates, and the bodies that set them
        "STCW",
        "GMDSS",
        "GWO",
        "OPITO",
    ]
}
# Course tickets named by what they train, as a letter writes their names.
COURSES = {
    "safe pass": "Safe Pass",
    "manual handling": "manual handling",
    "first aid": "first aid",
    "first aid at work": "First Aid at Work",
    "emergency first aid at work": "Emergency First Aid at Work",
    "paediatric first aid": "paediatric first aid",
    "pediatric first aid": "pediatric first aid",
    "mental health first aid": "mental health first aid",
    "food hygiene": "food hygiene",
    "food safety": "food safety",
    "allergen awareness": "allergen awareness",
    "asbestos awareness": "asbestos awareness",
    "slinger signaller": "slinger signaller",
    "working at heights": "working at heights",
    "confined spaces": "confined spaces",
    "abrasive wheels": "abrasive wheels",
    "fire marshal": "fire marshal",
    "fire warden": "fire warden",
    "basic life support": "basic life support",
    "traffic management": "traffic management",
}
