"""Word lists of the quotes stage: cue verbs, pronouns, kinds of nominal sources.

Kept apart from the logic so they can be read (and extended) at a glance.
"""

from __future__ import annotations

import re

# Verbs that introduce speech or writing; lemmas as spaCy's English lemmatizer gives them.
SPEECH_LEMMAS: frozenset[str] = frozenset(
    """say tell add warn write note tweet retweet post declare insist argue claim explain state announce remark
    reply respond answer ask suggest observe comment admit acknowledge concede contend assert maintain predict
    estimate report confirm deny recall emphasise emphasize stress continue conclude complain boast urge caution
    vow promise pledge quip joke shout scream yell call describe dub label brand term testify allege agree recount
    counter mutter whisper accuse blast slam criticize criticise praise charge lament proclaim reiterate demand
    question cite quote read tout mock decry dismiss concur wonder muse assure reassure inform exclaim predict
    characterize characterise calculate project forecast threaten hint signal tweete""".split()
)
# Cue verbs that also report a paraphrase (indirect speech), with a clause complement.
INDIRECT_LEMMAS: frozenset[str] = frozenset(
    """say tell add warn write note tweet declare insist argue claim explain state announce estimate predict
    suggest admit acknowledge concede contend assert maintain report confirm deny recall stress emphasise
    emphasize conclude complain boast vow promise pledge testify allege reply respond reiterate caution
    forecast project calculate""".split()
)
# Nouns naming an organisation when they head a source mention ("the ministry said").
ORG_NOUNS: frozenset[str] = frozenset(
    """office ministry government council company department campaign party agency committee commission court
    administration authority authorities bank firm group union board institute university embassy parliament
    congress senate house army military navy cabinet team newspaper network station spokesperson
    kremlin white secretariat regulator operator corporation""".split()
)
# Nouns naming a person by role ("the mayor said"): resolved to a named person with that role if any.
ROLE_NOUNS: frozenset[str] = frozenset(
    """mayor minister president director chief spokesman spokeswoman spokesperson councillor councilor senator
    governor secretary chairman chairwoman chair leader official officer commissioner ambassador general
    professor analyst economist lawyer attorney judge prosecutor candidate premier chancellor king queen prince
    head manager founder ceo executive owner researcher scientist expert doctor inspector sheriff captain
    representative congressman congresswoman lawmaker legislator aide adviser advisor strategist pollster""".split()
)
GROUP_NOUNS: frozenset[str] = frozenset(
    "police analysts critics officials experts residents protesters economists observers supporters opponents "
    "investigators authorities sources witnesses voters activists scientists researchers lawmakers democrats "
    "republicans aides advisers advisors".split()
)
MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it"})
FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess"})
TITLES = MALE_TITLES | FEMALE_TITLES | frozenset(
    {"dr", "dr.", "prof", "prof.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "gen", "gen.", "rev", "rev.", "st", "st."}
)
# Subjects that never name a source ("what he said", "this shows", "nothing suggests").
NOT_SOURCES = frozenset(
    "this that these those what which whatever something nothing everything anything everyone anyone there here".split()
)
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several"})

# "did not answer when asked", "declined to comment", "did not respond to a request for comment".
NON_ANSWER = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|would|could)\s*(?:not|n[’']t)\s+(?:immediately\s+)?"
    r"(?:answer|respond|reply|comment|return|say|elaborate|confirm)"
    r"|(?:declined|refused|declines|refuses|decline|refuse)\s+to\s+(?:comment|answer|respond|say|elaborate|confirm|discuss|reply)"
    r"|(?:was|were|could)\s+not\s+(?:be\s+)?(?:reached|available)\s+for\s+comment)",
    re.I,
)
