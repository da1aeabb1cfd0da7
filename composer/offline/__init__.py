"""The offline composer: a small natural-language-generation pipeline, one stage per module.

- `items`: a candidate's point read by its kind (a degree, an achievement ...) and said
- `itemkinds`: the kinds a point can be, and how its phrase and clause tell them apart
- `strength`: how strong a point is when said (a measured result > years or a role > a degree)
- `notemarks`: marks of a note a sentence cannot carry ("pts", "3x", a bracketed note)
- `topics`: an interviewer's topic read ("the backlog of boiler repairs") and said to them
- `topictails`: a topic's subject without the note-taker's tail, time or clause after it
- `topicdetail`: what a topic's tail adds, said in full ("of one weekend in four")
- `themetable`: the table of themes a note item or topic can be about, and their neighbours
- `topicarticle`: the article of a topic named in a letter ("the", or "a" for one event)
- `questions`: a topic typed as a question, and a note about the interviewer, said to them
- `usable`: the note items a letter can say (points that read as a sentence, real topics)
- `select`: which topics and which of the candidate's points each reader gets (panel spreading)
- `spread`: one point per letter first across a panel, each to the reader it fits best, and
  the points a short letter may add
- `words`: closed sets of English words (determiners, prepositions, credentials...), as data
- `cleaning`: a note item tidied (bullets, shorthand, lists, a capital typed by habit)
- `propernames`: names typed in lower case given their capitals where sure ("westmoor wildlife
  park", "the procurement act", "in cheltenham")
- `phrases`: each note item's grammatical shape
- `realise`: a note item said as the candidate's clause, with articles and agreement
- `plurals`: whether a topic takes "was" or "were"
- `figures`: a result typed as a figure with no verb (a rate of work, a share of target)
- `cvparts`: a CV line of several credentials ("gas safe reg, 8 yrs"), said whole or not at all
- `degrees`: a degree line read into degree, subject, school, year and honours
- `itemmentions`: a highlight typed as a plain thing, recalled as one the candidate brought up
- `cvled`: a CV line led by its figure ("$4.1M closed w/ my AE") said with the candidate doing it
- `cvshares`: the share of a count said after it ("22 POCs, 15 closed": ", 15 of which closed")
- `cvbefore`: a post before the current one ("before that 3 yrs as PSO") said on its own
- `cvrole`: a CV line led by a role with its years ("RGN, 14 yrs in care, 5 as deputy")
- `cvspans`: years of a skill or a post ("10 yrs climbing, last 4 as crew lead")
- `cvpath`: years at one employer in two places in turn ("5 yrs @ X - SOC then pentest team")
- `cvarticles`: the articles notes leave out of an action ("wrote SOP for" -> "wrote an SOP for")
- `notenumbers`: numbers as notes type them, as a letter says them ("25k docs", "by 1/3")
- `participles`: a line typed from a participle only ("given 40 talks": "I have given")
- `pronouns`: a note about the interviewer said to them ("she is" -> "you are")
- `kinds`: what kind of personal note it is (a trip, an event, happy news, a recommendation...)
- `wishes`: what a wish or congratulation is for ("the Boston Marathon in April", "your wedding")
- `rapportshapes`: shapes of a personal note read before its kind ("both ex-X", "overlapped")
- `rapport`: personal notes by kind (a wish, thanks, a congratulation, "we both ...")
- `recommended`: a book, a place or an event the interviewer recommended, and thanks for it
- `asked`: a follow-up typed as who asked what; whose letter it goes in (one, never all)
- `asker`: whose letter carries the follow-up (who asked, or the nearest topics)
- `answered`: an answer typed as fragments ("only used it on 2 jobs, comfortable w/ ...") said
- `confirmed`: a yes or a why said back to the one who asked ("You asked whether I had used
  eMAR: I have, and ...")
- `followup`: the follow-up in the candidate's voice
- `heard`: who a next step comes from and when ("they'll call by Friday": "you", "by Friday")
- `nextsteps`: the next step welcomed, heard from the reader, at a time not yet past
- `screen`: notes text that reads as an instruction to a model, kept out of letters
- `wellformed`: the sentence gate: a sentence that still reads as a note, and why
- `misfits`: a note line forced into a frame it does not fit, read by its shape (the gate's
  second half: "talk about the with you", "our discussion of why regional not cargo")
- `phrasebook`: every wording, as data keyed by section, tone and channel
- `envelope`: greeting, sign-off and a printed letter's letterhead, by tone
- `tone`: what a concise letter leaves out and a formal one spells out ("I am", "do not")
- `offer`: the contribution read by its shape (a thing, an action, an outcome) and framed
- `offerlist`: a contribution typed as a list, each item with the verb its shape takes
- `body`: the summary, the topic paragraph with its points, and the contribution
- `sections`: subject, greeting, thanks, follow-up, personal line, closing, signature
- `writer`: the document plan, assembly and length fitting
- `paragraphs`: which sentences share a paragraph (no point left alone in one)
- `leftout`: the notes lines the letters could not say, as records (compose asks for them)
- `flagged`: sentences an error rule flagged in every wording, left out with a notice
- `linkedin`: the short note's plans (every way to say it), fitted to a character limit
- `linkedin_choice`: which plan a note takes, beside the panel's earlier notes
- `linkedin_wording`: the short note's wordings, as data
- `backend`: `OfflineBackend`, the backend compose uses with no model configured
"""

from composer.offline.backend import OfflineBackend

__all__ = ["OfflineBackend"]
