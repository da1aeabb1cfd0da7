"""The library's promises: what it takes, what it says when given something else."""

from __future__ import annotations

import pytest

import composer
from composer import BackendBase, Draft, DraftRequest, Notes, check_letter, check_letters, compose
from tests.conftest import ROOT

LETTERS = ROOT / "tests" / "corpus" / "good"


@pytest.mark.parametrize("bad", [None, {"company": "Northwind"}, "notes.json"])
def test_compose_and_checks_say_they_want_notes(bad: object) -> None:
    for call in (
        lambda: compose(bad),  # type: ignore[arg-type]
        lambda: check_letter("Dear Dana,", bad),  # type: ignore[arg-type]
        lambda: check_letters(["Dear Dana,"], bad),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError, match=r"expected Notes, from load_notes\(\) or Notes"):
            call()


def test_a_letter_that_is_not_text_is_a_type_error(warm_notes: Notes) -> None:
    with pytest.raises(TypeError, match="expected the letter as str, not bytes"):
        check_letter(b"Dear Dana,", warm_notes)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="list of letter texts"):
        check_letters("Dear Dana,", warm_notes)


def test_check_letters_takes_text_first_like_check_letter(panel_notes: Notes) -> None:
    names = [person.name for person in panel_notes.interviewers]
    files = ["panel_amelie.txt", "panel_kjetil.txt", "panel_okafor.txt"]
    texts = [(LETTERS / name).read_text("utf-8") for name in files]
    new = check_letters(texts, panel_notes, names)
    old = check_letters(list(zip(names, texts, strict=True)), panel_notes)
    assert [r.to for r in new] == names and new == old
    assert new[1] == check_letter(texts[1], panel_notes, names[1])  # alone: no unique finding


def test_an_object_without_the_backend_methods_is_refused(warm_notes: Notes) -> None:
    class Half:
        name = "half"

        def draft(self, request: DraftRequest) -> Draft:
            return Draft("x")

    with pytest.raises(TypeError, match="expected a Backend"):
        compose(warm_notes, Half())  # type: ignore[arg-type]


def test_a_backend_from_backend_base_needs_only_a_name_and_draft(warm_notes: Notes) -> None:
    good = (LETTERS / "warm_email_dana.txt").read_text("utf-8")

    class Mine(BackendBase):
        name = "mine"

        def draft(self, request: DraftRequest) -> Draft:
            return Draft(good)

    [letter] = compose(warm_notes, Mine(), prompt_dir=ROOT / "prompts")
    assert letter.backend == "mine" and letter.ok and letter.attempts == 1


def test_the_public_names_load_on_use_and_model_settings_is_one() -> None:
    assert {"ModelSettings", "choose_backend", "preview_messages", "ParsedLetter"} <= set(
        composer.__all__
    )
    assert composer.ModelSettings(timeout=5).timeout == 5
    with pytest.raises(AttributeError):
        composer.no_such_name  # noqa: B018


def test_the_old_module_paths_still_give_the_same_objects() -> None:
    import composer.backends.select as old_select
    from composer.batch_api import Poll, start_batch_api
    from composer.batch_api.rounds import start_batch_api as start_in_rounds
    from composer.batch_api.service import Poll as poll_in_service
    from composer.invite import Person, read_invite
    from composer.invite.invitation import read_invite as read_in_invitation
    from composer.invite.people import Person as person_in_people

    assert old_select.ModelSettings is composer.ModelSettings
    assert (start_batch_api, Poll) == (start_in_rounds, poll_in_service)
    assert (read_invite, Person) == (read_in_invitation, person_in_people)


def test_preview_messages_sends_nothing_and_names_each_reader(panel_notes: Notes) -> None:
    previews = composer.preview_messages(panel_notes, dialect="en-GB")
    assert [person.name for person, _ in previews] == [p.name for p in panel_notes.interviewers]
    for person, messages in previews:
        assert [m["role"] for m in messages] == ["system", "user"]
        assert person.name in messages[1]["content"] and "British" in messages[1]["content"]


def test_the_system_prompt_takes_its_lengths_from_the_channel_specs(warm_notes: Notes) -> None:
    [(_, messages)] = composer.preview_messages(warm_notes)
    system = messages[0]["content"]
    assert "80 to 250 words" in system and "150 to 400 words" in system
    assert "{{" not in system and "at most 80 characters" in system


def test_prompt_files_do_not_type_the_figures_in() -> None:
    text = (ROOT / "prompts" / "system.md").read_text("utf-8")
    assert "250" not in text and "400" not in text  # the figures come from the specs


def test_help_builds_no_notes_model_and_compiles_no_rule() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from composer.cli import main\n"
        "sys.argv = ['thankyou', '--help']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "heavy = ('composer.models', 'composer.rules', 'pydantic')\n"
        "loaded = [m for m in heavy if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "compose" in result.stdout and "interview" in result.stdout
