"""The offline composer: a small natural-language-generation pipeline, one stage per module.

Compose calls `backend.OfflineBackend` when no model is configured; `writer` plans and assembles
one letter. The modules are grouped below by the part of the letter they serve (each module's
docstring says more). Wordings are data (`phrasebook`, `linkedin_wording`), and so are word lists
(`words`, `lexicon`).

Writing a letter (start here):
- `backend`: the backend compose uses; runs the pipeline for each reader
- `writer`: the document plan, assembly and length fitting of one letter
- `lettercount`: a letter's words counted as the length rule counts them, each sentence once
- `body`: the summary, the topic paragraph with its points, and the contribution
- `topicnamed`: whether a point names its topic itself, so no lead says the topic first
- `linkgate`: whether a link ("On that point, ...", "As for X, ...") is earned: one subject shared
- `aside`: a point after a topic no link may join it to: plainly when a theme is near (not the
  role's own), else untied, for `roleparagraph` to say after the topics
- `bridgekind`: whether a bridge's point is of the kind it claims (an example is a deed)
- `wordsense`: whether a word a point and a topic share is in one sense ("food cost", "food safety")
- `topicfigures`: a topic typed as a thing and its figure ("food cost 34%": the food cost of 34%)
- `topicit`: a point naming the topic just named says it as "it" or "them"
- `sections`: subject, greeting, thanks, follow-up, personal line, closing, signature
- `alsoword`: where "also" goes in a sentence of the candidate's ("I also hold", "... also went up")
- `paragraphs`: which sentences share a paragraph (no point left alone in one)
- `roleparagraph`: the points that fit no topic of a reader: beside the candidate's own sentences,
  else after the topics, a standing first; `roleled`: a deed led by the role ("For the role, ...")
- `envelope`: greeting, sign-off and a printed letter's letterhead, by tone
- `tone`: what a concise letter leaves out and a formal one spells out
- `formalverbs`: casual verbs a formal letter says in its register ("got promoted": "was promoted")
- `phrasebook`: every wording, as data keyed by section, tone and channel
- `wording`: which wording each reader gets, never repeating the letter or the panel
- `padding`: the stock sentences a letter under its minimum may take, and when
- `finish`: the company's name in its own capitals, and the letter's report
- `flagged`: sentences an error rule flagged in every wording, left out with a notice
- `lastgate`: the seven checks of the letter's last gate, shared by `flagged` and `rapportgate`
- `linkwords`: the letter's own link words ("Beyond that, "), so the gate judges what follows
- `leftout`: the notes lines no letter could say, as records (compose asks for them)
- `doubts`: sentences that may still read as a note, or put a note's words in a frame unread
  (compose asks about them; `flagged` leaves them out when nobody is asked and a letter can spare)
- `notekept`: a shorthand line's words kept as typed in a shape prose never has (no verb, "w")
- `leastsure`: how sure the writer is of a sentence the gate let pass, by how it said its line (a
  note's bracket kept, a thing said as a field of work); `compose --ask` asks about the least sure
- `coordinator`: the one letter to a large panel's coordinator
- `linkedin`, `linkedin_choice`, `linkedin_wording`: the short LinkedIn note; `linkedin_step`:
  its close welcoming the notes' next step where it fits; `shortnames`: a
  long topic's shorter names of its own words, for a note with no room for it whole

Reading the notes before anything is said:
- `secondlanguage` (with `secondphrases`, `secondwords`, `secondnotes`): a line typed in a second
  language mended where sure ("she ask me what I do if": "she asked me what I would do if");
  `futuredated`: a degree dated after the interview still to come; `gerunddeeds`: a highlight
  led by a gerund a deed ("Leading the X": "I led the X")
- `figurefix`: a figure the follow-up corrects ("I said 200 surveys; the correct figure is 312")
  put right in the qualifications and highlights, so no letter claims it before correcting it
- `screen`: text that reads as an instruction to a model, kept out of letters
- `careful`: a line typed with care as sentences, read one way for every field that falls back on it
- `cleaning`: a note item tidied (bullets, lists, a capital typed by habit); `tidy`: a note
  phrase's tails, dates, "our", articles and titles tidied
- `shorthand`: note-taking shorthand spelled out ("w/ 3 paralegals"); `prefixes`: a word typed
  apart from its prefix joined ("de escalation": "de-escalation")
- `notesyntax`: note syntax spelled out where certain ("3x12h"), else stopped at the last gate
- `firmwords`: a company typed "co" spelled out where a firm is sure ("at prev co": at my
  previous company), and a firm's revenue typed after it
- `apostrophes`: contractions typed bare read by the next word ("when its busy", "id do")
- `notenumbers`: numbers as notes type them, as a letter says them ("25k docs"), and units
  glued to the figures of a change ("14s -> 3.8s": seconds)
- `propernames`: names typed in lower case given their capitals where sure
- `nameshapes`: names known by their shape ("sally Rooney", "the bay of plenty")
- `foreignnames`: a name's words in another language kept whole ("An Garda Síochána")
- `namecase`: names typed in lower case and common words typed with a capital, by class, in
  every field ("@ target", "spca", "black friday", "Sensory-friendly mornings" mid-sentence)
- `asidekinds`: an aside in any field (a bracket, a dash's tail) read by what it holds: a place
  ("(Kellys Bakery Athlone)", "plant (Essen)": "plant in Essen"), a year, a count; `asidedrop`: a
  record line left out for its last bracket of names or a year, read again without it;
  `coursedone`: a course said as held, said as completed ("I have completed the X course");
  `headread`: a line left out whole, said by its head ("3 yrs @ EYE - splicing": "I have spent
  three years at EYE"), never a tail that changes the claim or a deed's result set aside
- `selfnotes`: notes to self: the fact kept, the part meant for the candidate dropped; `closers`:
  a closing line typed hurried, in any field ("HR (Nomsa) to call fri re: X", "... shld mention")
- `marks`: a line the candidate marked ("(she liked the dispatch bit)", "mention!!", "NB say"),
  the mark set aside, the line said first among its kind
- `notemarks`: marks of a note a sentence cannot carry ("pts", "3x", a bracketed note); `qualshort`:
  a qualification's short forms ("Univ. of X", "Cert. in Y") spelled out first
- `abbrevsense`: short forms of two readings ("pts": patients or points) settled by their context

Content selection (what each reader gets):
- `usable`, `select`: the note items a letter can say at all; the topics and points each reader gets
- `typedfirst`: answers typed at `compose --ask` kept when cutting; a sentence said as typed
- `ownwork`: the candidate's own work typed in a shape of its own (a thesis, a thing they made)
- `madeby`: a result with the thing the candidate made as its subject ("new rota cut overtime 15%")
- `figurelines` (its pieces: `figuretails`; a bracketed scope: `figurescope`): a figure line read
  once for every field ("rate 31% -> 38% (my team, Q2-Q3)", "9 yrs X (4 in Y)", "22k/yr saved")
- `measures`: a measure typed in a shape of its own put in one a reader takes ("rollout (+9%
  repeat visits)", "-> 0 LTIs"); `nonedoing`: "no complaint reach X" -> "no complaint reaching X"
- `thesis`: a graduate's thesis or final project typed with its label ("thesis: modelled ...")
- `typedclean`: clean lines read before the item readers ("Designing X was my thesis project.";
  "CSCS qualified since May 2020": "I have been ...")
- `carefultopics`: a careful topic nothing of the candidate's fits, named in the words typed
- `typedwhole`: a whole, punctuated sentence of the candidate's own said as typed when no reader can
- `offerto`: which reader of a panel hears the contribution, and the topic it fits
- `spread`: the points spread over a panel, one per letter first, each to the reader it fits
- `strength`: how strong a point is when said (a measured result > years > a degree)
- `weak`: credentials many candidates hold, which say little of this one
- `themes`, `themetable`: which points and topics are about the same subject
- `sameword`: whether a word a point and a topic share names the same thing in each
- `ties`: how clearly a point and a reader's topic are about the same thing, and the
  one rule for a tie a sentence may claim (a connector, a point said with a topic)
- `echo`: whether a point repeats what a reader's personal line says already
- `saidonce`: a span or a name the letter has said is not said again by a later point

The candidate's points (qualifications and highlights):
- `phrases`: each note item's grammatical shape
- `items`, `itemkinds`: a point read by its kind (a degree, a result, a skill ...); `itemfront`:
  shapes read before them ("Approved ... team leader", "backlog cut ~40%", "(CPEng)");
  `itemresults`: a deed and what came of it after a dash or a comma; `deedresults`: in shapes no
  other reader takes ("-> 3 front pages")
- `settingfront`: where a deed was done, typed first ("in internship cut X": "In my internship, I");
  `tooltail`: the tools a line ends on, typed with no comma ("in bangalore go and postgres")
- `predicates`: "full licence + happy to drive the truck": the adjective part gets its own "I am"
- `realise`: a note item said as the candidate's clause, with articles and agreement
- `casing`: a clause as a sentence or mid-sentence (its capital, its stop, joined by ", and")
- `itemtails`, `pointshapes`, `pointwords`: the parts of a shorthand result, put in order
- `outcomes`: a deed and its outcomes after a dash or commas ("done 3 wks early", "no injuries")
- `figures`: a result typed as a figure with no verb ("a rate of work, a share of target")
- `figureshort`: a change typed in shorthand ("revenue x2") put in the words `cvresults` reads, or
  as an aim; `followfigures`: a follow-up's change not mentioned in the room, said as a clause
- `participles`: a line typed from a participle ("given 40 talks": "I have given")
- `pointfit`: a point's clause that puts its line in a frame it does not fit ("I have seven sheds
  as head classer, biggest 22,000 head", "I hold a permit issuer") left out, or said in its one
  sure shape (", the biggest with 400 rooms", "trained on DCS for the pan floor")
- `pointpolish`: a point's clause finished once read ("a full UK driving licence", "by 35%")
- `pointarticles`: the small words a result typed as a note leaves out ("ran the DR test", "on
  Saturday mornings", "led the growth from 8 to 22 branches", "from an average of 18")
- `dashmeans`: how a measured result was got, typed after its dash as things ("with a
  templated kickoff and weekly check-ins")
- `arrowled`: what a deed led to, typed after its arrow as a thing and what was done to it
- `resultmeant`: a bare comparison after an arrow as the deed's result ("-> fewer disputes":
  ", which meant fewer ..."; "-> ~12% cheaper": ", which made them about 12% cheaper")
- `bracketmeans`: how a measured result was got, typed in brackets, said after "by"
- `bracketcounts`: a count in brackets after a deed ("team of 14 (3 shifts)": across three shifts)
- `resulttails`: how often and "on average" set aside from a result after a dash and put back
  after it ("which cut overtime from 300 to 120 hours a month"); "which saves about 6 hours"
- `pointmoves`: a measure "got" from one figure to another, said as cut or raised ("got
  service wait from 2 wks to 4 days": "cut the service wait from two weeks to four days")
- `spanlast`: a span of years and its last ones' deed ("6 yrs at X, ran Y the last 3")
- `degreeclass`: a degree named "degree" with its class after it ("law degree, 2:1")
- `degreefocus`: a field typed in brackets after a degree's subject ("BSc Agriculture
  (Viticulture and Oenology)"): its focus, not its school
- `duties`: a duty typed as what the candidate is responsible for or in charge of ("I have
  been responsible for the weekly rota")
- `cvrise`: years at one place with the posts held in turn ("7 yrs @ Hilton - receptionist -> FOM")
- `postlines`: a post typed as a CV line's parts, with no verb ("2 yrs audit trainee KPMG Bristol",
  "QA lead @ X since 2021"): "I have spent two years as an audit trainee at KPMG in Bristol"
- `bracketpairs`: two credentials each typed with its school in brackets ("Mining engineer
  (Universidad de X) and MBA (Y)"): "I qualified as ... and hold an MBA from Y"
- `credtails`: a rank by its colour ("Six Sigma green belt": "I hold a ...") and a standing with
  its background ("CPA, Big 4 audit background": "I am a CPA with a Big 4 audit background")
- `spanpair`: a credential and a span typed in one line ("a forklift licence and three years in a
  cold store": "I hold ... and have spent ..."), or two spans, the second without its unit
- `followcover`: the parts of a follow-up its one sentence left unsaid, named in the report
- `semipair`: two parts of different kinds typed with a semicolon ("confident with Reaper;
  working knowledge of location recording": "I am confident ... and have a working ...")
- `spantail`: a span with a tail no reader links: said after it where it reads, else dropped
- `pending`: a credential still being earned ("CEC accreditation in progress", "completing a
  BA in ..."): said as under way, never as held
- `fields`: whether a phrase names a field of work ("N years of experience in X") or a post
- `standings`: a standing and the body that grants it ("ordained PC(USA)": "I am ordained in
  the PC(USA)"), and counted units of study ("4 units CPE": "four units of CPE")
- `skilldeeds`: a skill with how much of it and what was done with it ("some python - wrote log
  parsing scripts": "I know some Python and have written log parsing scripts")
- `credentials`: degree lines and named certificates, read into their parts
- `degrees`: a degree line read into degree, subject, school, year, honours and how it was studied
- `schools`: a school's name typed in lower case given its capitals, and "the" before it
- `itemmentions`: a highlight typed as a plain thing, recalled as one the candidate brought up
- `deedless`: a highlight typed with no verb whose deed is sure (a work made, a person trained)
- `cvpath`: a CV line of a path through posts ("first in the SOC, then on the pentest team")
- `languages`: languages typed as a list with how well ("fluent spanish, ok portuguese")
- `cvfirst`: qualification lines read before any other shape (a degree with its school after
  a dash, a standing, a list of credentials)
- `cvstanding`: a standing in a trade and what is held behind it ("qualified joiner - solas
  apprenticeship + QQI level 6 adv cert": "I am a qualified joiner with a SOLAS ...")
- `cvtickets`: credentials typed as a list ("safe pass + manual handling", "IPAF + PASMA, CSCS
  card") or a certification programme ("Fortinet NSE 4"), said as held
- `tickettables`: the closed tables `cvtickets` reads by (programmes, awarding bodies, courses)
- `credshape`: a credential line no other reader could say, recognised by its shape (initials,
  levels, roman numerals, a head noun: "Firefighter I & II (IFSAC)", "CPC up to date")
- `cvbracket`: a degree with a bracket after it, its school ("BSc cyber security (Deakin)") or
  its specialism ("Diploma of Government (Investigation)")
- `cvstints`: seasons, summers and years spent as a post ("5 seasons as seasonal ranger":
  "I have worked five seasons as a seasonal ranger")
- `cvinterim`: a post held for a while in someone's place ("acting supervisor for 8 months")
- `cvposts`: a post named by word class ("trainee", "as a support worker", "as cabin crew")
- `cvtools`: years and the tools used ("5 yrs motion design (AE, C4D)", "sage payroll 4 yrs")
- `cvlines` and `cv*`: CV lines as people type them (a role with its years, a figure first,
  several credentials with commas, a post before this one, shares of a count, states)

Topics discussed with each reader:
- `topics`: a reader's topics said to them; `topicplain`: "pay" left out, "Question: X" asked
- `topictails`, `topicdetail`: a topic's head without the note-taker's tail, and what a tail adds;
  `topicothers`: what others say of a thing ("guest reviews mention slow X": the slow X)
- `topicheads`, `topicnames`, `topicparts`, `topicshapes`: heads that need their noun, names and
  their capitals, topics typed as lists, topics read by their grammar
- `topicarticle`, `topichyphens`, `plurals`: the article, hyphens and number of a named topic
- `grouparticles`: "the" before a team named bare ("with DS team"), "a" before a post ("as intern")
- `topicbare`: what `topicarticle` asks first: "wheel building" (a doing), a thing and the clause
  telling of it ("pricing page test you're running"), a noun that names only a thing, a bare
  compound that is one thing of theirs ("new kiln", "asbestos register for the schools")
- `topicstates`: a noun typed with what it is or is doing ("battlecards outdated", "repairs
  growing"), said as a noun phrase ("outdated battlecards", "the growth in repairs") or left out
- `topicpredicates`: a topic typed as a noun and a predicate ("stock system not ready": "the stock
  system not being ready"), a bare "weekly" after a noun, "the" before a doing and its object
- `topicclauses`: a topic typed as a bare noun and its verb ("ratings dip 7-9am", "tills crash on
  sats"), said as the change it names ("the dip in ratings ...") or after "how", or left out
- `topicverdict`: a topic typed with the candidate's verdict on it ("excel hell - master file",
  "S&OP mtg is a mess", "onboarding too long"), said as the subject it judges or left out; a
  handover typed with an arrow; a figure of the interviewer's own said as theirs
- `topicjoin`: a topic typed with a dash (which part is the subject) and the word lists that
  reading shares with `topics`
- `topicverbs`, `topicobjects`, `topicinner`: a topic typed as an action said as the subject it
  names, and the article of a thing named inside a topic (an object, an ordinal, a group)
- `topicproducts`: the capitals of software and services a topic names in lower case
- `topicvoice`: a topic typed in the interviewer's words ("what you'd change"), turned to the
  candidate's side or left out when whose "you" it is cannot be told; the reader's own name in
  their topic said to them ("Marta's plan": "your plan")
- `questions`: a topic typed as a question, a note about the reader said to them
- `topicreported`: a topic typed as a report of the room ("We talked about how ...", "He
  explained that the depot moves ...": "the depot moving ..."); one too long, cut at its subject
- `topicaims`: the reader's aim typed after a topic ("wants fewer SKUs"), said as theirs
- `topicanswers`: a question put to the candidate typed with their answer ("asked what id do first
  90 days -> audit checkout"), said with it ("You asked ...: I would audit ..."), or a scenario
- `topicreaction`: the reader's reaction typed as a topic ("she liked the rota idea"), welcomed;
  `topictold`: a sentence told of their side, said whole ("I was interested to learn that you ...")
- `hedged`: a short answer to a question from the room ("not yet but keen", "4 wks"), said after
  "I said" as typed: a no stays a no
- `askedform`: a question typed as asked ("asked had i ever ...", "q: how do you ...") said as a
  reported one ("whether I had ever ..."); one typed after its subject with its answer
  ("forklift accidents -> asked how i'd cut them: said walkways") read as "asked ... -> answer"
- `exchange`: the reader's question and the answer given, carried by their letter even with no
  point tied to it, or left out and named; `exchangefield`: one typed as a highlight
- `topicpairs`: a topic read by its typed shape first: a worry ("worried re: X": "your concern
  about X"), a "what if", two subjects joined by "+" or "/" read one by one
- `topicaside`: a topic typed as a subject and a note's aside ("growth plan 18k -> 30k (new
  brewhouse)") named by its subject when the whole cannot be said, with the candidate's link
- `topicbrackets`: a change in brackets ("ERP migration (SAP -> Dynamics)") spelled out
- `topicframes`: which topic frames fit a topic: "your view of" only a matter of opinion, "what
  you said about" nothing put to the candidate, nor a problem talked over ("how X can ...")

Personal notes:
- `rapport`: a personal note said by its kind (a wish, thanks, congratulations, "we both")
- `kinds`, `wishes`: what kind of note it is, and what a wish or congratulation is for
- `rapportshort`, `rapportpatterns`: personal notes typed short, and the patterns rapport reads
- `rapportnotes`, `rapportshapes`, `rapportwords`, `rapportacts`: notes typed short, read by shape
- `rapportplaces`: places and names a personal note types in lower case ("at mass general")
- `rapportboth`: a shared background typed in two parts ("from Tulsa too - went to TCC same as me")
- `rapportgate`: a trip's purpose the last gate would stop, left out of the wish; `rapportframe`: a
  note inside a report of the room ("He mentioned that his daughter ...") read without it;
  `rapportcareful`: a careful sentence of two or three things read one plain clause at a time
- `rapportcoming`: a coming event of theirs read by its grammar ("paddling the liffey descent sat")
- `rapportahead`: their part in what is ahead, said with its time ("Good luck with the marathon on
  Sunday, and with your fundraising for the hospice", "Safe travels on Monday, and ..."), a
  relative doing it, a coached team's event; a birth, a baby due, a loss said with care
- `rapportnames`: names typed in lower case read by the words around them ("at manning park")
- `rapportnews`: a promotion or an appointment of theirs, congratulated ("just promoted to head of")
- `rapportparts`: a note of two parts whose whole cannot be said, said by its first part
- `rapportalso`: what both share typed with "too", "like me" or "also" ("into fly fishing as well")
- `rapportkin`: a relative's coming event typed short ("daughter's nativity play thurs");
  `rapportevents`: an event coming up named inside any note ("tournament in Dortmund sat 12.12")
- `rapportpets`: a pet of theirs said by what happened to it: met, new, or mending
- `rapportterse`: personal notes typed in the fewest words ("going japan", "also ex-army",
  "big spurs fan"), and the wish a trip's purpose or a team's season takes
- `rapportprojects`, `rapporttours`: a project of theirs in progress ("restoring a 1967 Mustang")
  wished well; a group's tour or a team's final, by the noun phrase ("the choir's tour of")
- `rapportyou`: a written personal line's "he" or "she" said as "you" ("...; he was in Unity
  Hall"), where `pronouns` turns a whole note round; no "reading" of a book already owned
- `pronouns`: a note about the reader said to them ("she is": "you are"); `recommended`: a tip
- `rapporttails`: a personal note typed in haste read apart from the candidate's words around
  it ("lol", emoji, "!!", "->", "- nervous", "haha small world"); a plan after a recommendation
  ("-> will read over the hols"); a subject talked about ("- also talked about cycling")
- `rapportplain`: a personal note typed in haste or a second language ("hes doing round the bays
  in feb", "recommended me X for to try Y"), mended and read by its kind when others left it out
- `rapporthabits`: a habit; `rapporthopes`: a hope; `rapportsame`: "..., the same way I did"

The follow-up:
- `followheads`: "NB" as "mention", a question to ask asked; `followfix`, `saidmeant`: a thing
  put right ("said 2 yrs, actually 4", "salary - said X, meant Y"); `fixshort`: the shortest
  ("said 6 wks downtime, was 5", "can start 1 july not sept"); `followclaim`: "said no exp
  w/ X - not true, did Y"; `followforgot`: "X - forgot to say", "said A was B -> it was C";
  `figuretopic`: a bare "350 g not 300 g" given what it was about, from its topic;
  `topicbetter`: a topic's "He asked X. ... I wish I had said Y" said as the follow-up's;
  `topicfixes`: a topic's "said X -> actually Y" said as the follow-up's correction;
  `wrongfigure`: any other figure put right, read by its parts (what was said, the mark that it
  was wrong, the right figure) from a topic, a qualification or a highlight
- `followmemo`: a follow-up typed as a note to self ("asked X - i said Y but actually Z. shld
  clarify", "forgot to mention X", "X -> send link to portfolio", "correct: X") said in one
  sentence, read first; its instruction to self never said (wordings: `followmemowords`)
- `followself`: an order to oneself around a fact ("say that X - Mette looked worried", "clarify
  I CAN X", "A -> say I'd Y") said as the fact, the order and the comment never said
- `followtidy`: a follow-up's hedge, reminder and notes to self ("doh", ":(") tidied first;
  `followtyped`: one typed short ("X (2024) -> send cert", "I said A. That is not correct: B")
- `followjoin`: its parts in one sentence ("I have X and am happy to ...", "A, and that B")
- `followup`: the follow-up in the candidate's voice, in one confident sentence; `followcore`:
  one typed as a note to self, read down to what it should say
- `followclean`: one clean sentence adding a point ("I would like to add that I ..."), framed
- `slipnotes`: a follow-up typed as a note about a slip in the room ("was vague on X -> Y",
  "doh, didnt mention X", "(only said X)", "shld clarify ...") said as one confident addition,
  read first; the verdict, the bracket and the shouting never said, an unreadable fact left out
- `saidfirst`: a follow-up that starts from what the candidate said in the room, said to the
  reader ("I said X, and I would add that Y"; "One correction: ...") rather than reported
- `followshapes`: the shapes typed the evening after ("forgot to mention my X cert (2024)", "re X:
  Y", "on X -> Y", "correction - X", "said I'd never X - I have", "send the chart i designed",
  "could send my log if useful") said in one sentence, the errands around them dropped
- `followfor`: a follow-up meant for one panellist ("for sarah - ...") said in their letter alone
- `selftalk`: the one table of notes to self (a verdict on how the candidate did, a feeling, an
  errand, an order about the letter: "keep it short", "tell her", "add in her letter only"), a
  follow-up mixing them with a real point read by the point alone, errands cut from it
- `twoanswers`: two answers typed in one follow-up line, read one at a time
- `followparts`: a follow-up read by its parts (who asked, what was said, the correction), notes
  to self dropped, when the readings above leave it out
- `question`, `asked`, `asker`, `recalled`: who asked what, and whose letter says it
- `followsplit`: a follow-up with parts for several panellists, each part to its own letter;
  `followpanel`: a careful one whose sentences name two panellists, each to the one it names;
  `followlead`: a follow-up that puts a fact right led as a correction, never as an addition;
  `followplain`: second-language and note shapes put in the shapes the readers know
- `ownvoice`: a follow-up note split into thoughts, and a thought said as the candidate's clause
- `carefulasked`: a question from the room typed with care, as sentences, said back
- `askedback`: a question from the room and its answer, by the class of each piece (said in
  the room, a correction, a yes, the answer), said back as "You asked Q: A"
- `became`: what became of a thing of the candidate's asked about, and when
- `addedto`: the answer given in the room and what the candidate adds to it, said as one
- `addition`: the finished follow-up said as an addition, never a confession or a bare pronoun
- `besides`: an addition says what it adds to ("besides ground control points, I also ..."),
  never an "also" pointing at an answer the letter leaves out
- `verdicts`: a verdict on the candidate's own answer ("gave a vague answer on X - could have said
  more about the Y I led") said as the addition alone: "On X, I would add that I led the Y."
- `slips`: a slip owned up to in the follow-up ("I mixed up the order") said as its correction
- `restated`: what an answer says again of its question (scope, condition, lead-in), said once
- `onefact`: a topic joined to a point in one sentence says a figure once ("by about 4%")
- `answerpieces`: an answer typed as pieces without their subject, said as clauses
- `wished`: a question, what was said and what the candidate wishes they had said, answered once
- `answervoice`: an answer given in the room said by its form: a clause, steps, a story, a reason;
  `ownanswer`: one typed as the candidate's own sentence ("i said i keep ..."), a task done
- `runonsteps`: steps typed with no commas, parted; `stepwords`: a step's bare words ("dont go in")
- `qamarks`: where a question ends and its answer begins with no stop ("... i said", "A:", "q -")
- `answerreasons`: a why-answer ("want a trade w/ a future") said as the candidate's wants
- `answerforms`: an answer read again once its frame is set aside ("was honest, done X": "I have
  done X"), a tail no reading says dropped, never pasted
- `answered`, `answerbits`, `answermarks`, `replied`, `confirmed`: the answer said as clauses
- `agreeing`: a yes to a question about the candidate, said as their own sentence
- `verbatim`: a line typed as a whole sentence of the candidate's own
- `promise`, `sendthing`: a thing to send ("said I'd send my CV", "send elisa cert"), named

The contribution and next steps:
- `offer`, `offerlist`, `offerparts`, `offervoice`, `offeraside`: what the candidate would bring
- `offerself`: the candidate described ("experienced nurse who can mentor": "my experience as")
- `offerperson`: the contribution as who the candidate is ("join the team as a calm recruit")
- `offerrules`: a contribution typed as a rule, a condition or a state ("no sailing if ballast
  pump down", "tug not confirmed", "X mandatory"), or a bare thing with who uses it or how often,
  which no "I would ..." frame fits: left out and asked for
- `offerabilities`: a contribution typed as a list of abilities, each piece given the verb
  its class needs ("I am calm in ...", "I can ...", "I know ...")
- `offerpieces`: the pieces of a contribution `offer` reads (parts of different shapes, a
  means after "with", a tail, a part typed as done), each said with its own verb
- `offerobjects`: a list inside one action ("get the bay and the yard working as one", "a
  plan that ties recruitment, retention and aid to ..."), split only between actions
- `offeracts`: a contribution typed from a bare verb ("run regular debriefs + take nights")
- `offermix`: a contribution typed as a thing and an action ("clean claims + help train new
  coders"), a thing and who uses it ("enablement the reps actually use"), codes in capitals
- `offerforms`: a contribution read said with its parts in one verb form ("deliver a quicker
  turnaround and train up the young ones"), "can ..." as the candidate's own clause
- `nextsteps`: the next step welcomed, heard from the reader, at a time not yet past
- `stepreading`: who does what by when, read first: the candidate's own task promised ("I will
  send my certificates by Monday"), a step under a condition or a "?" hoped for, contact about
  a step, a body deciding at its meeting; a line that only waits gives the plain close
- `stepphrase`: a step read as a phrase, with its article when only hoped for ("a site visit");
  `steppresumes`: a step that presumes the job ("offer pack", "start date"), left out
- `steptext`, `stepparts`, `steptold`, `stepshapes`, `stepdates`, `stepbrackets`, `heard`: a step
  made plain
- `stepfront`: what a note says around its step put first in order: "she calls either way",
  a later stage, a step inside the company, "the next step would be X", news told before the
  stage it follows
- `stephedges`: the candidate's guesses in a step ("prob", "maybe"): the likelier time
- `stepmaterial`: material they will send for the next stage (a brief, a case study), looked for
- `stepalso`: a step only hoped for ("if selected", "maybe a trial day") said after its news
- `steptime`: the time a step gives, cut before a clause of theirs ("and telephone me"), its topic
  said with "about" and its article
- `stepbare`: a next step typed as a time alone ("within 2 weeks", "next wk", "mid-dec"): when
  they will be in touch, heard then
- `stepspan`: news due within a span ("within two weeks") said as theirs, never as a deadline
- `stepvaried`: a panel's next step said in another wording where a colleague's letter says it
  word for word
- `stepwho`: who acts in a step decides it: a step whose time they fix later is looked forward
  to, a span alone is when they will be in touch
- `stepsentence`: a step typed as a whole sentence ("X is planned for ...", "If I go through,
  there will be ...", "...; Mr. Hoogendijk's office will contact me ...") said as a note.
- `stepsender`: someone to send or arrange ("Raj to send the link") is heard from; a careful
  sentence about a stage they hold is what the candidate understands; "call from ops mgr next
  wk": news named by who sends it

The sentence gate (every sentence written from a note passes it):
- `wellformed`: a sentence that still reads as a note, and why
- `misfits`: a note line forced into a frame it does not fit; `clauses`: a clause's shapes
- `notewords`, `notejoins`: a note's words printed as typed; a frame and note joined badly
- `pasted`: a piece of a note pasted whole (a line's capital mid-sentence, a clause with no
  subject after a comma); `secondgrammar`: a second-language slip no letter can carry ("before
  to start", "is very important the cleaning", a comma splice)

Word data:
- `words`, `lexicon`: closed sets of English words; word classes, verb forms and "a" or "an"
- `modernwords`: words of today's trades Webster's lacks ("telematics"), inflected by `lexicon`
- `bareheads`: a count noun a note typed bare given "a" or "the" ("designed a steel mezzanine")
- `countnouns`: which bare noun is one counted thing, and its article ("keep a close eye on")
- `notespeak`, `notesplice`: note-speak mended before the articles ("650 cow farm Matamata",
  "in palliative", "after Limburg floods", "at prev job", "fraud eye", "laundry?.", "3 to nine")
- `knownthings`: the employer's own things named with "the" in topic, offer and next-step
  sentences ("own the on-call handbook"), fixed phrases of time kept bare ("before month end")
- `dangling`: a sentence broken in its own shape (it ends on "with", marks clash, "which"
  points at nothing, an adjective keeps a line's capital)
- `dictionary`: Webster's word list: is a word in lower case English at all
"""

from composer.offline.backend import OfflineBackend

__all__ = ["OfflineBackend"]
