"""`role-and-company`: the company spelled exactly as the notes spell it."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules import check_letter

CORPUS = Path(__file__).resolve().parent / "corpus"
GOOD_WARM = (CORPUS / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")
OPENING = "role at Northwind Analytics."


def _with_company(notes: Notes, company: str, written: str) -> list[tuple[str, str | None]]:
    """Findings (rule, quote) for the good warm letter naming the company once, as `written`."""
    renamed = notes.model_copy(update={"company": company})
    text = GOOD_WARM.replace(OPENING, f"role at {written}.").replace("joining Northwind.", "it.")
    assert text != GOOD_WARM
    return [(v.rule, (v.quote or "").rstrip(".")) for v in check_letter(text, renamed).violations]


@pytest.mark.parametrize(
    ("company", "written"),
    [
        ("Hart & Mills Ltd", "Hart and Mills Ltd"),  # "and" for "&"
        ("Hart and Mills Ltd", "Hart & Mills Ltd"),  # "&" for "and"
        ("Pike & Co.", "Pike & Company"),
        ("Pike & Company", "Pike & Co."),
        ("Northwind Analytics", "Northwind Data Analytics"),  # an added word
        ("Kestrel Maritime Insurance", "Kestrel Insurance"),  # a dropped word
        ("Hart & Mills Ltd", "Hart & Mills Limited"),  # the suffix spelled another way
        ("Contoso", "Contoso Inc."),  # a legal form the notes do not give
        ("Elmfield House (Larchwood Care Group)", "Elmfield Care House"),  # not the name
    ],
)
def test_another_spelling_of_the_company_is_reported_once(
    warm_notes: Notes, company: str, written: str
) -> None:
    found = _with_company(warm_notes, company, written)
    # "Northwind" alone in the close is a short form; nothing else is reported
    assert found == [("role-and-company", written.rstrip("."))]


def test_the_message_quotes_both_spellings(warm_notes: Notes) -> None:
    renamed = warm_notes.model_copy(update={"company": "Hart & Mills Ltd"})
    text = GOOD_WARM.replace(OPENING, "role at Hart and\nMills Ltd.").replace("Northwind.", "it.")
    (found,) = check_letter(text, renamed).violations
    assert '"Hart and Mills Ltd"' in found.message and '"Hart & Mills Ltd"' in found.message
    assert found.message.startswith("line 5:")
    assert found.fix is not None and "Hart & Mills Ltd" in found.fix


@pytest.mark.parametrize(
    ("company", "written"),
    [
        ("Hart & Mills Ltd", "Hart & Mills"),  # a legal suffix may be left out
        ("Hart & Mills Ltd", "Hart & Mills Ltd"),
        ("Hart & Mills Ltd", "hart & mills ltd"),  # capitals are the `names` rule's business
        ("Foo Pty Ltd", "Foo Pty"),
        ("Bayer AG", "Bayer"),
        # a suffix written with stops (reader 49's h301: flagged "never names the company")
        ("Hijstechniek Van Dam B.V.", "Hijstechniek Van Dam"),
        ("Philips N.V.", "Philips"),
        ("St Aldric's Hospital Trust", "St Aldric's Hospital Trust's"),
        # a bracketed group after the name may be left out of prose, or kept
        ("Elmfield House (Larchwood Care Group)", "Elmfield House"),
        ("Elmfield House (Larchwood Care Group)", "Elmfield House (Larchwood Care Group)"),
        ("Acme Foods (UK) ", "Acme Foods"),
    ],
)
def test_the_exact_name_passes(warm_notes: Notes, company: str, written: str) -> None:
    found = [r for r, _ in _with_company(warm_notes, company, written)]
    assert "role-and-company" not in found


def test_one_exact_mention_does_not_excuse_another_spelling(warm_notes: Notes) -> None:
    text = GOOD_WARM.replace("joining Northwind.", "joining Northwind Data Analytics.")
    found = [(v.rule, v.quote) for v in check_letter(text, warm_notes).violations]
    assert found == [("role-and-company", "Northwind Data Analytics")]


def test_no_mention_at_all_is_still_reported(warm_notes: Notes) -> None:
    text = GOOD_WARM.replace(OPENING, "role.")
    (found,) = check_letter(text, warm_notes).violations
    assert found.rule == "role-and-company" and 'the company "Northwind Analytics"' in found.message


LAW_PANEL = """Dear Ms. Hollis,

Thank you for yesterday's interviews for the Litigation Associate role at {company}. It was a
pleasure to meet Margaret Hollis, Tobenna Okoye and Dana Feldstein.

I look forward to hearing from you.

Yours sincerely,
Valentina Ríos-Herrera
"""


@pytest.mark.parametrize(
    ("written", "reported"),
    [
        ("Hollis, Brandt & Okoye LLP", False),  # "Hollis, Tobenna Okoye" is two of the panel
        ("Hollis, Okoye LLP", True),  # a dropped word is still reported
    ],
)
def test_a_list_of_the_panel_is_not_another_spelling_of_a_firm_named_after_them(
    written: str, reported: bool
) -> None:
    notes = load_notes(CORPUS / "candidates" / "law_associate_panel.json")
    text = LAW_PANEL.format(company=written)
    found = check_letter(text, notes, "Margaret Hollis").violations
    assert ("role-and-company" in {v.rule for v in found}) == reported
