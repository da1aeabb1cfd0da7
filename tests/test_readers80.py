"""Session 80: faults of round 60 (writers 362 and 364, read blind by readers 363 and 365) and of
round 57-59 files left by session 79 (h1521, h1537, h1545), and the note shapes behind them.
Every expected sentence is written here by hand."""

from __future__ import annotations

import pytest

from composer.offline import fields, languages
from composer.offline.secondphrases import mended_phrases
from composer.offline.selfnotes import without_private
from composer.offline.wellformed import problem
from tests.test_readers65 import readers_letters


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        # round 59, h1545 (Portuguese first)
        (
            "she ask me about the permit rules for approach the whales",
            "she ask me about the permit rules for approaching the whales",
        ),
        (
            "I train 6 young crew in Tofo, two of them are skipper now",
            "I train 6 young crew in Tofo, two of them now skippers",
        ),
        (
            "safe skipper who is calm in the rough sea and make the tourists feel welcome",
            "safe skipper who is calm in the rough sea and makes the tourists feel welcome",
        ),
        # round 60, h1561 (Portuguese first)
        (
            "answer before 1 July because the season start in July",
            "answer before 1 July because the season starts in July",
        ),
        ("maximum 5 minutes when is crowded", "maximum 5 minutes when it is crowded"),
        ("I talk with the other guides by radio for make rotation", "I talk with the other "
         "guides by radio to take turns"),
        ("2031 season I find jaguar for guests", "In the 2031 season, I found jaguar for guests"),
        # round 60, h1569 (Vietnamese first)
        ("help my grandfather village group every Tết since 15 year old",
         "I have helped my grandfather's village group every Tết since I was 15"),
        ("swimming certificate and 4 year practice in pool",
         "swimming certificate and 4 years of practice in the pool"),
        ("send IELTS certificate copy to Ms Nhung",
         "send a copy of my IELTS certificate to Ms Nhung"),
        # round 60, h1558
        ("forklift T4 + HMS card", "T4 forklift licence + HMS card"),
        # never a native line
        ("time for lunch the other day", "time for lunch the other day"),
        ("a nurse who is ready to help and make people calm",
         "a nurse who is ready to help and make people calm"),
    ],
)  # fmt: skip
def test_second_language_phrases_are_said_as_english_has_them(typed: str, mended: str) -> None:
    assert mended_phrases(typed) == mended


def test_a_story_wished_told_to_one_panellist_is_told_in_the_past() -> None:
    # reader358's h1545: "Better I tell Sipho the story of the man overboard drill in Tofo 2030,
    # the real one with a tourist who fall, we recover him in less than 2 minutes, everybody
    # okay." was left out.
    letters = readers_letters("reader358/h1545.json")
    assert (
        "I should also have told you about the man overboard drill in Tofo in 2030, the real one "
        "with a tourist who fell: we recovered him in less than two minutes, and everybody was "
        "safe."
    ) in letters["Sipho Ndlovu"]
    assert "Tofo in 2030" not in letters["Annelie van der Merwe"]


def test_a_quoted_answer_and_the_better_one_in_a_second_language() -> None:
    # reader356's h1537: "He ask why orangutan. I answer only 'I love animals'. Better I tell the
    # story of baby orangutan we find in the plantation block 2029, alone, I call BKSDA and wait
    # with him 6 hour until the team come. I am forget to tell this, I am so nervous"
    thomas = readers_letters("reader356/h1537.json")["Thomas Verhoeven"]
    assert (
        "I should also have told you about the baby orangutan we found in the plantation block "
        "in 2029, alone; I called BKSDA and waited with him six hours until the team came."
    ) in thomas
    assert "nervous" not in thomas and "I love animals" not in thomas
    # reader352's h1521: "the sulphur bleaching. I answer only 'we use little'. Better I
    # explain: we bleach natural with the sun in dry months, sulphur only for the white orders,
    # and we let the hats air 48 hours before pack so no smell."
    luca = readers_letters("reader352/h1521.json")["Luca Bernasconi"]
    assert (
        "On the sulphur bleaching, I would also add that we bleach naturally with the sun in dry "
        "months and use sulphur only for the white orders, and we let the hats air 48 hours "
        "before packing, so there is no smell."
    ) in luca


def test_a_second_language_file_says_its_corrections_promises_and_better_answer() -> None:
    # reader362's h1561 (reader 363: 1 and 2 for both letters)
    letters = readers_letters("reader362/h1561.json")
    claudio, helen = letters["Cláudio Arruda"], letters["Helen Marsh-Correia"]
    assert (
        "One correction: the female with two cubs is Aracê, not Amanaci (Amanaci is her mother)."
        in claudio
    )
    assert "my photos of 12 jaguars" in claudio and "12 jaguars" not in helen
    assert "I was brigadista voluntário in the 2024 fires for three weeks." in claudio
    assert "the season starts in July" in claudio and "season start " not in claudio
    assert (
        "When you asked what I do when many boats stay near one jaguar on the river bank, I "
        "explained I keep 30 meters, engine off, maximum five minutes when it is crowded, and I "
        "talk with the other guides by radio to take turns."
    ) in helen
    season = "In the 2031 season, I found jaguar for guests in 47 of 50 boat trips."
    assert season in helen + claudio
    assert "back" not in helen + claudio and "want photo" not in helen


def test_a_second_language_panel_gets_each_promise_and_the_better_answers() -> None:
    # reader364's h1569 (reader 365: 1 for all four letters)
    letters = readers_letters("reader364/h1569.json")
    loc, nhung = letters["Phạm Văn Lộc"], letters["Lê Hồng Nhung"]
    assert "I am learning chèo with my teacher every Sunday." in loc
    assert "I can sing a little but I am puppeteer" not in loc
    assert "our graduation show was in April 2032, not April 2031." in loc
    assert "the video of the graduation show" in loc and "video" not in nhung
    assert "Thầy" not in loc
    assert (
        "I have helped my grandfather's village group in Thái Bình every Tết since I was 15." in loc
    )
    assert (
        "I want to show foreign audiences our village art, because my grandfather's village in "
        "Thái Bình has had water puppetry for a long time."
    ) in nhung
    assert "a copy of my IELTS certificate" in nhung
    assert "height" not in loc + nhung and "million" not in loc + nhung


def test_notes_to_self_say_the_correction_and_the_points_marked_must() -> None:
    # reader362's h1560 (reader 363: 1 for all three letters)
    letters = readers_letters("reader362/h1560.json")
    federico = letters["Federico Ruvalcaba Loza"]
    ximena = letters["Ximena Aldana Ríos"]
    assert (
        "I said 3,200 hectares under my supervision at Amatitán, but it is 2,300 hectares."
        in federico
    )
    assert (
        "I cut field losses in the 2030 harvest at Amatitán from about 12% to 5%, and I negotiated "
        "the 2029 contracts with 60 small growers."
    ) in federico
    assert "wrote it down" not in federico
    assert "I ran the 40-hectare bat-friendly pilot at Amatitán from 2028 to 2031." in ximena
    assert "2031 erosion monitoring report" in ximena
    assert "bat-friendly agave, letting" not in ximena
    for letter in letters.values():
        assert "second field visit with Don Alfonso Navarro" in letter
        assert "Tepatitlán" not in letter and "worried" not in letter and "80k" not in letter


def test_a_graders_notes_to_self() -> None:
    # reader364's h1568 (reader 365: 1, 2 and 1)
    letters = readers_letters("reader364/h1568.json")
    tanabe = letters["Hiroshi Tanabe"]
    assert (
        "the maximum carcass weight under the Kobe beef rules for export is 499.9 kg, not 470 kg."
        in tanabe
    )
    assert "nine years of experience as a carcass grader" in tanabe
    assert "I have passed the JLPT at level N1." in tanabe
    assert "to discuss a possible buyer-side QA post in the Singapore office next year." in tanabe
    assert "the end" not in tanabe
    for letter in letters.values():
        assert "forklift" not in letter and "¥" not in letter and "7.2" not in letter
    assert "grade the buyer can trust" not in letters["Daniel Whitcombe"]


def test_a_careful_panel_hears_the_correction_told_to_the_whole_panel() -> None:
    # reader362's h1556: "I told the panel that I had worked nine Grand Tours. That is wrong: it
    # is eight, because I counted the 2029 Tour twice." was cut after its first sentence, which
    # told two readers the wrong figure.
    letters = readers_letters("reader362/h1556.json")
    for letter in letters.values():
        assert "I have worked eight Grand Tours, not nine." in letter
        assert "I had worked nine" not in letter and "counted" not in letter
    sofie = letters["Sofie Wuyts"]
    assert "You said you taught there for one year." in sofie
    assert "I said I would always refer the rider to you." in sofie
    assert (
        "To add to my answer about medication: I do not only refer the rider to the doctor; I "
        "also write it in the care log so that nothing is missed."
    ) in sofie
    assert "care log" not in letters["Koen De Clercq"]
    assert "no rider abandoned with heat illness that year" in sofie
    assert "have had no riders" not in sofie
    assert (
        "I hold a diploma in sports massage from Thomas More in Geel."
        in (letters["Mathias Okonkwo-Peeters"])
    )


def test_lower_case_notes_keep_the_secret_and_say_the_promise() -> None:
    # reader362's h1559: "my current boss must not hear i went there" was sent to Mr Lamptey.
    letter = readers_letters("reader362/h1559.json")["Seth Ashong Lamptey"]
    assert "boss" not in letter
    assert "One correction: the eagle was in March 2030, not 2029." in letter
    assert "the photos of the lion and the sardine tin on WhatsApp" in letter
    assert "so that you can give more time to the export business" in letter
    assert "I train them step by step as my master did with me" in letter


def test_a_careful_formal_letter_puts_the_month_and_year_right() -> None:
    # reader364's h1563: "born in March February 2031, not 2030"
    letter = readers_letters("reader364/h1563.json")["Dr. Faisal Al-Harbi"]
    assert "our most recent litter was born in February 2031, not March 2030." in letter
    assert "I wish I had been more precise" not in letter
    assert (
        "I would only recommend hand-rearing after documented maternal neglect over at least 48 "
        "hours, and only with the veterinarian's written sign-off."
    ) in letter
    assert "30,000" not in letter


def test_a_chefs_panel() -> None:
    # reader364's h1564
    letters = readers_letters("reader364/h1564.json")
    bronwyn, craig = letters["Bronwyn Achterberg"], letters["Craig Lindqvist"]
    assert "I finished my Certificate IV in 2016, not 2015." in bronwyn
    assert "I would order a separate gluten-free flour allowance" in bronwyn
    assert "the cookbook by the chef who wintered at Mawson a few years ago" in bronwyn
    assert "offer good food on a fixed supply" in craig and "a good food" not in craig
    assert "which is true" not in letters["Dr. Priya Raghunathan"]
    assert "knee" not in bronwyn + craig


def test_shorthand_from_a_teacher_turned_grader() -> None:
    # reader362's h1558
    letters = readers_letters("reader362/h1558.json")
    liv, arnt = letters["Liv Karoline Storvik"], letters["Arnt Olsen-Pettersen"]
    assert "One correction: Ragno is the top grade, not the smallest." in liv
    assert "I am used to fast sorting and long hours from exam marking." in liv
    assert "I used to fast" not in liv and "boring" not in liv
    assert "a T4 forklift licence" in arnt
    assert "230" not in liv + arnt and "mortgage" not in liv + arnt


def test_a_scanners_lower_case_notes() -> None:
    # reader364's h1567
    letter = readers_letters("reader364/h1567.json")["Fiona Mackenzie-Rowe"]
    assert "twins, triplets and dry ewes" in letter
    assert "I have also never lost a client" in letter
    assert "a photo of my scanning accreditation card" in letter
    assert "glenaray" not in letter.lower() and "sore" not in letter and "65c" not in letter


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("send him photos. my current boss must not hear i went there", "send him photos."),
        (
            "Salary: x. The guy from the Tepatitlán distillery was in the waiting room, younger "
            "+ better English. worried.",
            "Salary: x.",
        ),
        ("send Ms. Ōshiro the audit sheet. want ¥7.2m minimum, didn't say a number",
         "send Ms. Ōshiro the audit sheet."),
        ("Send X my photos. I not tell them I have problem in my back sometimes, is ok now.",
         "Send X my photos."),
        # a question answered without a figure is no secret (reader52's h316)
        ("When Dr. Barbosa Pires asked about water use, I did not give a number.",
         "When Dr. Barbosa Pires asked about water use, I did not give a number."),
    ],
)  # fmt: skip
def test_private_lines_of_round_60(typed: str, kept: str) -> None:
    assert without_private(typed) == kept


def test_an_object_with_its_own_modal_is_no_sentence() -> None:
    assert problem("I would like to grade the buyer can trust at the other end.")
    assert problem("I would like to ensure the buyer can trust it.") == ""


def test_a_language_test_passed_at_a_level() -> None:
    read = languages.read("JLPT N1")
    assert read is not None and read[1].text() == "I have passed the JLPT at level N1"


def test_a_grader_is_a_post_unless_it_is_a_road_machine() -> None:
    assert fields.machines_said("carcass grader") is None
    assert fields.machines_said("motor grader") == "motor grader"


def test_round_61_private_lines_never_reach_the_panel() -> None:
    # reader366's h1572 ("My wife is not happy about the long stretches away, which I did not
    # mention to the panel.") and h1575 ("hope they dont ask about my licence suspension last
    # yr", "$26.50/hr"): sent in both trees before (reader 367: 1 for each letter)
    letters = readers_letters("reader366/h1572.json")
    for letter in letters.values():
        assert "wife" not in letter and "police officer" not in letter
        assert "the fence as a whole" in letter
        assert "I told the panel that the fence is about 5,600" not in letter
    assert (
        "the South Australian section the Board looks after is about 2,150 kilometres"
        in letters["Graham Tuckwell"]
    )
    assert "what I do with my own hands" in letters["Dr Priya Ramanathan"]
    murray = readers_letters("reader366/h1575.json")["Murray Jansen"]
    assert "suspension" not in murray and "26.50" not in murray


def test_notes_to_self_of_a_tailor() -> None:
    # reader366's h1576 (reader 367: 1 for Lamya's letter)
    lamya = readers_letters("reader366/h1576.json")["Lamya Al-Rashed"]
    assert "full hand zari on a winter wool bisht is 70 to 80 hours of work, not 40." in lamya
    assert "I am not against the machine line, and I can supervise it too." in lamya
    assert "I will send you photos of the Dammam wedding bisht once the client agrees." in lamya
    assert "to anyone" not in lamya and "30,000" not in lamya and "glasses" not in lamya


def test_a_sherpa_route_leaders_second_language_notes() -> None:
    # reader366's h1577 (reader 367: 1 for all four letters)
    letters = readers_letters("reader366/h1577.json")
    pemba, hannah = letters["Pemba Tshering Sherpa"], letters["Hannah Whitcombe"]
    assert "One correction: my first summit was in the spring season of 2027, not 2029." in pemba
    assert "I have summited Everest 14 times." in pemba + hannah
    assert "we never open the route before the safety check" in pemba
    assert "how I choose the route when a big serac is falling" in pemba
    assert "I can drive a motorbike and a small truck." in pemba + hannah
    assert "14 time Everest" not in pemba + hannah and "4 lakh" not in pemba + hannah
    assert "2 of whom now work as deputies in other teams" in pemba + hannah


def test_a_classers_shorthand_correction_and_a_vietnamese_readers_name() -> None:
    # reader368's h1582 ("told KL 'licensed since 2004' -> WRONG, license 2006", "Q biggest
    # mistake", "Dear Phan," to Phan Thị Ngọc Anh)
    letters = readers_letters("reader368/h1582.json")
    kay, anh = letters["Kay Lynn Boatright"], letters["Phan Thị Ngọc Anh"]
    assert "One correction: I have been licensed since 2006, not 2004" in kay
    assert "Q biggest mistake" not in kay and "my biggest mistake" in kay
    assert "Dear Anh," in anh and "Dear Phan," not in anh


def test_round_61_corrections_typed_in_careful_and_second_language_topics() -> None:
    # reader368's h1580 (94 -> 91 per cent, said to Marc-André, who asked) and h1585 (24% ->
    # 21.5%, "I say 24% — is wrong!!")
    letters = readers_letters("reader368/h1580.json")
    marc = letters["Marc-André Thibodeau"]
    assert (
        "One correction: our on-time rate for 2031 was 91 per cent overall, not 94 per cent, "
        "which was the figure for dry cargo only."
    ) in marc
    assert "91 per cent" not in letters["Annie Qamaniq"]
    assert "my updated list of references" in marc
    assert "$88,000" not in marc and "my son" not in marc
    lars = readers_letters("reader368/h1585.json")["Lars Kjeldsen"]
    assert (
        "One correction: the average carminic acid of our 2031 harvest was 21.5%, not 24%." in lars
    )


def test_a_fly_tying_managers_notes_to_self() -> None:
    # reader368's h1584 (reader 369: 1 for Nigel's letter)
    nigel = readers_letters("reader368/h1584.json")["Nigel Prentice"]
    assert (
        "I already ran a piece rate with a quality bonus at Riverside Flies for 18 months." in nigel
    )
    assert "the reject rate is 2.1%, not 1.2%." in nigel
    assert "my output spreadsheet" in nigel and "remove Riverside" not in nigel
    assert "suit" not in nigel and "68,000" not in nigel


def test_round_62_a_checked_figure_and_a_better_story() -> None:
    # reader372's h1595 (fresh notes, reader 381): "I must correct one figure. I told Mr Bilić
    # that our kingfish survival ... was 92 per cent; having checked my records this evening,
    # the correct figure is 88 per cent, ..." was said as "I must correct one figure." alone.
    letter = readers_letters("reader372/h1595.json")["Luka Bilić"]
    assert "through the 2030-31 season was 88 per cent, not 92 per cent" in letter
    assert "I must correct one figure." not in letter
    assert (
        "On disagreeing with an owner, I should have told you about the morning in the 2029 swell "
        "when I refused to send the divers down for a net inspection"
    ) in letter
    assert "tuna families" not in letter and "168,000" not in letter and "Tom" not in letter


def test_round_62_a_second_language_limit_put_right() -> None:
    # reader372's h1601: "I said EU limit of aflatoxin B1 is 10 µg/kg. This is not correct! For
    # pistachio ready to eat, B1 is 8 and total aflatoxin is 10."
    letters = readers_letters("reader372/h1601.json")
    farnaz, hossein = letters["Farnaz Mousavi"], letters["Hossein Bagheri"]
    assert (
        "the EU limit of aflatoxin B1 for ready-to-eat pistachios is 8 µg/kg, not 10 µg/kg, which "
        "is the limit for total aflatoxin."
    ) in farnaz
    assert "correct the limit number" not in farnaz
    assert "I hold setup" not in hossein + farnaz
    assert "120 million" not in hossein + farnaz and "husband" not in hossein + farnaz


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("Our survival through the 2030-31 season was 88 per cent.", True),
        ("The EU limit is 8 µg/kg, not 10 µg/kg.", True),
        ("I worked there 2019-23.", False),  # a range typed as a note
    ],
)
def test_a_season_of_two_years_and_a_unit_per_kilogram_are_no_note(sentence: str, ok: bool) -> None:
    assert (problem(sentence) == "") is ok


def test_a_level_between_two_is_said_so() -> None:
    read = languages.read("English B1/B2")
    assert read is not None and read[1].text() == "I speak English at B1/B2 level"


def test_round_62_fresh_notes_keep_their_asides_out() -> None:
    # reader370's h1593 ("she speak very fast ... not put in letter"), h1588 ("..., which is not
    # relevant here but which Des asked about"), h1591 ("cant remember the name, ask her")
    vicuna = readers_letters("reader370/h1593.json")
    assert all("very fast" not in letter for letter in vicuna.values())
    stillman = readers_letters("reader370/h1588.json")
    assert all("not relevant here" not in letter for letter in stillman.values())
    eider = readers_letters("reader370/h1591.json")
    assert all("remember the name" not in letter for letter in eider.values())


def test_a_bamboo_engineers_correction_goes_to_who_heard_it_once() -> None:
    # reader372's h1596: "I must also correct the Sleman span (16.5 metres, not 18)." beside the
    # topic "She asked about the Sleman community hall. I said the main span was 18 metres. That
    # was wrong: ..." was said twice, to the wrong reader, after "One correction: I must ..."
    letters = readers_letters("reader372/h1596.json")
    hanna = letters["Hanna Lindqvist"]
    assert hanna.count("16.5 metres, not 18") == 1
    assert "I must also correct" not in hanna
    assert "the 12-page summary of my 140 culm tests" in hanna
    assert "16.5 metres" not in letters["I Made Suarjana"]
    assert "curved-roof studies" in letters["I Made Suarjana"]
