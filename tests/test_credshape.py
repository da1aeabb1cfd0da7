"""Credentials recognised by their shape (`credshape`) and degrees with a bracket (`cvbracket`):
each line with the sentence a candidate would want, written by hand, and lines that must stay
left out (a lapsed state, initials that may name a title, a tool, a membership)."""

from __future__ import annotations

import pytest

from composer.offline import credshape, cvbracket
from composer.offline.items import read_point

SAID = [
    # initials, roman numerals and an awarding body in brackets
    ("Firefighter I & II (IFSAC)", "I hold Firefighter I and II (IFSAC)."),
    # a dash aside kept with the card it grades
    ("red card - wildland FFT2", "I hold a red card (wildland FFT2)."),
    ("forklift licence - counterbalance", "I hold a forklift licence (counterbalance)."),
    # a registration typed as a part of its own
    ("EMT-B, nat'l registry", "I am nationally registered as an EMT-B."),
    # a standing typed after the names
    ("CPC up to date", "My CPC certificate is up to date."),
    ("first aid + CPR current", "My first aid and CPR are current."),
    ("NEBOSH general cert, current", "My NEBOSH general certificate is current."),
    ("PTS card current", "My PTS card is current."),
    # a licence and a bare span: held that long
    ("C+E licence, 14 yrs", "I have held a C+E licence for 14 years."),
    ("Class 2 licence, 6 yrs", "I have held a Class 2 licence for six years."),
    # a grade typed after initials is part of the name
    ("CISRS advanced", "I hold CISRS Advanced."),
    # a body's initials and its credential's
    ("APICS CPIM", "I am APICS CPIM certified."),
    # a maker's name typed in lower case before the head
    ("gainsight admin cert", "I hold a Gainsight admin certificate."),
    ("NDIS worker screening check ✓", "I hold an NDIS worker screening check."),
    ("ECITB CCNSG passport", "I hold an ECITB CCNSG passport."),
    # a membership typed with its "of" left out
    ("assoc. member NZPI", "I am an associate member of NZPI."),
    ("chartered member CIPD", "I am a chartered member of CIPD."),
    # a course before a dash and the school it was taken at
    ("cert III panel beating - gordon TAFE",
     "I hold a Certificate III in panel beating from Gordon TAFE."),
    # a degree and its school in brackets; a specialism kept in its bracket
    ("BSc cyber security (Deakin)", "I hold a BSc in cyber security from Deakin."),
    ("MSc IT mgmt (UCC)", "I hold an MSc in IT management from UCC."),
    ("BSpEx (AUT)", "I hold a BSpEx from AUT."),
    ("Diploma of Government (Investigation)", "I hold a Diploma of Government (Investigation)."),
]  # fmt: skip

LEFT = [
    "AWS cloud practitioner (lapsed)",  # not held now
    "ADR packages (renewing)",  # held or lapsed: the line does not say
    "CTA + ATT",  # initials alone may name titles held ("I am CTA and ATT qualified")
    "PCQI",
    "CPA (NY)",  # a title and a state, not a paper and its body
    "IUOE Local 3",  # a union's branch
    "member Tesco",  # a shop, not a body one is a member of
    "helpdesk tickets",  # tickets that are no one's credential
    "weddings + TV",  # plain words with no head: no credential's name
    "3 summers PM for festival builds",
    "SQL + HTML",  # tools
    "ETC Eos + grandMA2",
]


@pytest.mark.parametrize(("line", "want"), SAID, ids=[s[0] for s in SAID])
def test_a_credential_line_is_said_by_its_shape(line: str, want: str) -> None:
    assert read_point(line).sentence() == want


@pytest.mark.parametrize("line", LEFT)
def test_a_line_not_built_like_a_credential_held_is_not_read_by_its_shape(line: str) -> None:
    assert credshape.read(line, lambda part: None) is None
    assert cvbracket.read(line) is None
    assert read_point(line).sentence() is None


def test_a_bracket_of_dictionary_words_is_a_specialism_and_of_a_name_a_school() -> None:
    assert cvbracket.specialism("Investigation")
    assert not cvbracket.school("Investigation")
    assert cvbracket.school("Deakin")
    assert cvbracket.school("UCC")
    assert cvbracket.school("Victoria University")
    assert not cvbracket.school("Distinction")
