"""Word lists the extraction rules share (cue verbs, hedges, role nouns, pronouns), and the test a report noun needs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that introduce what someone said, wrote or asserted (by lemma).
SPEECH_VERBS = frozenset(
    """
    say tell state claim confirm report add note warn argue insist explain announce deny assure inform notify
    write suggest speculate complain acknowledge admit declare comment remark reply respond
    quote describe tweet post testify predict promise vow urge recall mention allege assert
    conclude stress emphasise emphasize point reveal disclose estimate assess caution contend
    maintain reiterate concede boast lament dispute reject agree disagree
    observe indicate signal hint tout criticise criticize accuse
    counter rebut retort recount recommend propose told call ask
    characterise characterize forecast blame calculate
    grumble gripe moan quip joke muse exclaim whisper shout scoff
    """.split()
)

# Closing cues the tagger reads as plural nouns after a day ("a report published on Monday shows")
CUES_AFTER_A_DAY = frozenset({"shows", "says", "finds", "suggests", "estimates", "concludes", "reveals", "indicates",
                              "states"})

# Verbs of belief and intention: attributions too, but weaker evidence of speech.
BELIEF_VERBS = frozenset(
    """
    believe think fear worry hope expect doubt suspect feel know understand consider
    assume reckon figure guess wonder contend anticipate
    """.split()
)

# Speech verbs whose object or complement is content without a 'that' clause needing a subject
# (complained about X, warned of X, spoke of X).
PREP_CONTENT_VERBS = {
    "complain": {"about", "of"},
    "grumble": {"about"},
    "gripe": {"about"},
    "moan": {"about"},
    "warn": {"of", "about", "against"},
    "speak": {"of", "about"},
    "talk": {"about", "of"},
    "boast": {"of", "about"},
    "report": {"on"},
    "call": {"for", "on"},
}

# Participles that mark the origin a reporter relied on: "X, citing Y, reported ..."
ORIGIN_MARKERS = frozenset({"cite", "quote"})

# Nouns that stand for an utterance or a document and can be a source themselves
# ("according to the report", "a statement from the ministry").
# Pictures, recordings and data: they show things ("Tracking data shows that ..."), and when someone tells what
# they show, the words are that someone's.
EVIDENCE_NOUNS = frozenset(
    """
    image imagery photo photograph footage video recording record intercept data statistics email message log
    """.split()
)
# Results and statistics, by word and by lemma ("data" may come as "datum"): published by a body, they are its
# claims ("Provincial results published by the commission showed ...").
DATA_NOUNS = frozenset({"result", "results", "data", "datum", "statistic", "statistics"})
REPORT_NOUNS = frozenset(
    """
    report statement study survey document memo analysis assessment estimate figures
    information account announcement release briefing filing letter transcript paper
    investigation review poll audit intelligence readout communique communiqué dossier bulletin
    forecast projection minutes editorial commentary column calculation reckoning tables item tally ledger
    order ruling judgment judgement verdict indictment warrant spreadsheet database catalogue catalog prospectus list note
    summary
    """.split()
) | DATA_NOUNS | EVIDENCE_NOUNS


def is_report_noun(tok: Token) -> bool:
    """Does a token name a document or its data, by its word or its lemma (the tagger gives "figures" the lemma
    "figure", which is no report noun, and "data" the lemma "datum")?"""
    return bool(REPORT_NOUNS & {tok.lemma_.lower(), tok.lower_})

# Heads of noun phrases that speak for an organisation named in a modifier ("NIS sources").
PROXY_NOUNS = frozenset(
    """
    source sources official officials spokesman spokeswoman spokesperson representative
    representatives people person aide aides insider insiders
    """.split()
)

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

# Qualifiers of a number ("around 12,000", "10,000 or so"); they hedge only next to a number.
NUMERIC_HEDGE_WORDS = (
    "or so", "up to", "more than", "less than", "fewer than", "at least", "at most", "as many as",
    "as much as", "in the region of", "the order of", "an estimated", "approximately", "approx.",
    "around", "about", "roughly", "nearly", "almost", "some",
)
NUMERIC_HEDGES = frozenset(NUMERIC_HEDGE_WORDS)

# Words that qualify the certainty of content.
CERTAINTY_HEDGES = (
    "if the reports are to be believed", "it is believed", "is believed", "are believed", "is thought",
    "are thought", "is said", "are said", "is expected", "are expected", "it is understood",
    "according to unconfirmed reports", "reportedly", "allegedly", "purportedly", "apparently",
    "presumably", "possibly", "probably", "perhaps", "likely", "unlikely", "potentially", "seemingly",
    "supposedly", "unconfirmed", "may", "might", "could", "would", "estimated",
)

HEDGES = CERTAINTY_HEDGES + NUMERIC_HEDGE_WORDS


# What opens a concession ("..., although two had cuts from the wire").
CONCESSIVE_MARKS = frozenset({"although", "though", "whereas"})

# Nouns that stand for an organisation ("the company said", "the ministry added").
ORG_NOUNS = frozenset(
    """
    company firm group agency ministry department government organisation organization office
    commission council authority bank union party service court board committee institute
    university hospital campaign administration directorate bureau force army navy military
    embassy operator manufacturer insurer regulator watchdog club team charity foundation
    coalition alliance federation association network channel newspaper broadcaster outlet
    centre center tank think-tank thinktank observatory monitor fund body trust inspectorate society
    gang militia cartel syndicate guild coastguard laboratory cooperative co-operative lender confederation
    league consortium tribunal panel corps brigade constabulary gendarmerie mission secretariat treasury
    school college academy museum
    """.split()
)

# The authors of a study, who speak for the body behind it ("The researchers, from the University of X, ...").
STUDY_AUTHORS = frozenset({"researcher", "author", "scientist", "auditor", "investigator", "inspector", "reviewer"})

# Nouns for people by role ("the researcher said", "the 47-year-old said").
PERSON_ROLE_NOUNS = frozenset(
    """
    official spokesman spokeswoman spokesperson minister president chief head leader director
    general colonel commander officer expert analyst researcher professor scientist doctor
    lawyer attorney judge prosecutor senator governor mayor ambassador diplomat envoy owner
    founder executive chairman chairwoman chair manager secretary adviser advisor aide
    economist organiser organizer activist witness resident survivor victim mother father
    woman man farmer worker driver pilot soldier sergeant captain lieutenant candidate
    lawmaker legislator politician premier chancellor king queen prince author editor
    writer reporter journalist historian author player coach teacher student nurse
    engineer consultant negotiator mediator campaigner boss veteran year-old
    detective superintendent constable inspector speaker supervisor husband wife son daughter
    widow widower brother sister coordinator rapporteur administrator academic lecturer trader attache attaché
    broker banker investor shopkeeper landlord tenant patient parent pupil fan supporter voter
    commissioner coroner magistrate barrister solicitor admiral warden ranger firefighter paramedic
    surgeon midwife pharmacist mechanic electrician miner fisherman smuggler migrant refugee guard
    observer correspondent photographer blogger whistleblower staffer contractor planner architect
    chairperson striker winger goalkeeper keeper midfielder defender centre-back center-back full-back
    fullback centre-forward referee umpire jockey rider cyclist runner athlete sprinter boxer teenager
    pensioner retiree grandmother grandfather homeowner commuter passenger motorist tourist volunteer
    priest bishop imam rabbi shopper headteacher headmaster headmistress principal vicar councillor councilor
    chef curator conductor dean provost registrar carer caretaker porter receptionist clerk treasurer trustee
    deputy mp mep assistant secretary-general technician inspector-general cleaner cook baker butcher
    shepherd labourer laborer welder plumber builder painter nanny childminder tutor governor headman
    investigator physician counterpart predecessor successor colleague delegate ombudsman ombudswoman
    ombudsperson master skipper harbourmaster harbormaster sailor seafarer diver
    accountant neighbour neighbor friend partner cousin uncle aunt niece nephew grandson granddaughter
    girlfriend boyfriend fiance fiancé fiancee employer liquidator
    dealer collector auctioneer jeweller jeweler critic astronomer producer presenter actor actress filmmaker
    screenwriter singer poet dancer composer astronaut forecaster donor climber mountaineer vet
    actuary surveyor valuer assessor trainer steward groom breeder grower runner-up
    """.split()
)

# a live-blog entry's opening time stamp ("09:12 —", "10.20am -"), which is no part of what anyone said or of
# who said it
TIME_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[—–-]\s*"
    # a wire story's dateline: "KESTOVA, Sevrania (Calloway Wire) - "
    r"|[A-Z][A-Z'. -]+(?:,\s*[A-Z][\w'. -]*)?\s*\([^)]{2,40}\)\s*[—–-]+\s*",
    re.IGNORECASE)
