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
    characterize characterise calculate project forecast threaten hint signal tweete press cry opine retort
    interject chant snap scoff gush plead implore beg thunder rail sneer chime interrupt pronounce imply talk snipe nickname
    elaborate remind reveal disclose object bemoan deplore denounce condemn voice protest speculate portray""".split()
)
# Speech verbs whose object is what they judge, so the noun after them is no inverted speaker ('," denounced his record').
NOT_INVERTED_LEMMAS: frozenset[str] = frozenset(
    """denounce condemn bemoan deplore decry praise criticize criticise accuse dismiss mock label brand dub term
    nickname characterize characterise cite quote portray""".split()
)
# Speech verbs whose passive subject is the one spoken to ('staff were told, "..."'), never the speaker.
ADDRESSEE_LEMMAS: frozenset[str] = frozenset("tell ask inform assure reassure remind advise instruct warn".split())
# Speech verbs that open an inverted label before a colon: 'Stated Stone:', 'Added Ruiz:'.
INVERTED_OPENERS: frozenset[str] = frozenset(
    """said says stated states added adds wrote writes explained explains continued continues noted notes
    replied replies declared declares concluded concludes recalled recalls warned warns asked asks answered
    answers tweeted tweets posted posts argued argues insisted insists""".split()
)
# Verbs that are cues with 'back': 'shot back', 'fired back', 'hit back', 'pushed back'.
BACK_LEMMAS: frozenset[str] = frozenset({"shoot", "fire", "hit", "push", "strike"})
# Letters after a name that the tagger reads as the name's head ('Rebecca Anand KC', 'Tom Ruiz Jr').
POSTNOMINALS: frozenset[str] = frozenset({"KC", "QC", "SC", "JR", "SR", "MP", "MSP", "MEP", "TD", "OBE", "MBE", "CBE",
                                          "PHD", "MD", "ESQ"})
# Verbs that are cues with 'in': 'cut in', 'broke in', 'jumped in', 'chipped in'.
IN_LEMMAS: frozenset[str] = frozenset({"cut", "break", "jump", "chip", "butt"})
# Cue verbs that also report a paraphrase (indirect speech), with a clause complement.
INDIRECT_LEMMAS: frozenset[str] = frozenset(
    """say tell add warn write note tweet declare insist argue claim explain state announce estimate predict
    suggest admit acknowledge concede contend assert maintain report confirm deny recall stress emphasise
    emphasize conclude complain boast vow promise pledge testify allege reply respond reiterate caution
    forecast project calculate find show elaborate accept remind observe reveal disclose believe urge agree accuse hear
    object rule""".split()
)
# Nouns naming what someone said: 'Trump's accusation that Clinton is playing the "woman's card"' is Trump's.
SPEECH_NOUNS: frozenset[str] = frozenset(
    """accusation assertion claim comment remark statement charge suggestion warning promise pledge vow description
    word criticism insistence argument contention allegation denial admission quip joke slogan demand plea
    declaration announcement characterization characterisation prediction boast complaint question answer
    response reply message tweet post speech testimony threat dictum mantra refrain motto catchphrase""".split()
)
# Verbs of belief and intention: an attribution too, so 'Obama expects Americans to call it "a mess"' is Obama's.
ATTITUDE_LEMMAS: frozenset[str] = frozenset(
    """think believe expect hope want fear worry feel know doubt suspect assume consider imagine wish plan intend
    argue suggest insist see""".split()
)
# Nouns naming an organisation when they head a source mention ("the ministry said").
ORG_NOUNS: frozenset[str] = frozenset(
    """office ministry government council company department campaign party agency committee commission court
    administration authority authorities bank firm group union board institute university embassy parliament
    congress senate house army military navy cabinet team newspaper network station spokesperson
    kremlin white secretariat regulator operator corporation association federation coalition society foundation
    alliance league trust club organisation organization charity chamber force county""".split()
)
# Elected offices written before a name ('Ashby County Clerk Marcy Delacroix', 'Councilwoman Irene Castell'): a
# title, not part of the name, and the person's office.
OFFICE_TITLES: frozenset[str] = frozenset(
    "clerk treasurer auditor comptroller councilman councilwoman alderman assemblyman assemblywoman".split()
)
# Nouns that name a body only when one so named came before ('the center' after 'the Lindqvist Policy Center'; a
# football 'centre' otherwise).
INSTITUTION_NOUNS: frozenset[str] = frozenset("center centre clinic hospital fund project".split())
# Nouns naming a person by role ("the mayor said"): resolved to a named person with that role if any.
ROLE_NOUNS: frozenset[str] = frozenset(
    """mayor minister president director chief spokesman spokeswoman spokesperson councillor councilor senator
    governor secretary chairman chairwoman chair leader official officer commissioner ambassador general
    professor analyst economist lawyer attorney judge prosecutor candidate premier chancellor king queen prince
    head manager founder ceo executive owner researcher scientist expert doctor inspector sheriff captain
    representative congressman congresswoman lawmaker legislator aide adviser advisor strategist pollster
    nominee contender incumbent challenger candidate frontrunner front-runner hopeful host anchor pundit
    commentator columnist reporter journalist editor activist organizer organiser mogul businessman
    businesswoman billionaire pastor bishop pope rabbi imam priest surgeon neurosurgeon historian
    spokesman spokeswoman cllr councilman councilwoman alderman alderwoman assemblyman assemblywoman
    constable superintendent detective sergeant commander colonel treasurer headteacher headmaster headmistress
    principal provost coach captain barrister solicitor counsel mp msp mep
    coroner pathologist academic novelist author writer poet artist designer architect engineer consultant gp
    paramedic firefighter lecturer striker goalkeeper midfielder defender winger keeper skipper
    envoy diplomat mediator negotiator referee umpire fly-half scrum-half flanker batsman bowler wicketkeeper boss
    det sgt insp supt dci dsi pc wpc panellist panelist presenter chef""".split()
)
GROUP_NOUNS: frozenset[str] = frozenset(
    "police analysts critics officials experts residents protesters economists observers supporters opponents "
    "investigators authorities sources witnesses voters activists scientists researchers lawmakers democrats "
    "republicans aides advisers advisors crowd crowds audience audiences fans marchers demonstrators".split()
)
# Other nouns that can head a source of a partial quote ("one user commented", "an FBI investigation said"):
# a subject outside these lists and ``person_like`` is a thing, whose clause's holder owns the quote.
VOICE_NOUNS: frozenset[str] = frozenset(
    """man woman men women person people user crowd audience commentator employee worker marcher spectator source
    member fan reader viewer respondent participant student parent resident citizen majority minority many some
    others other one percent friend neighbor neighbour colleague staff staffer writer reporter journalist
    columnist editor critic supporter opponent voter delegate donor caller attendee protester demonstrator
    veteran guest host chant sign banner poster report study poll survey letter statement email memo
    ad advertisement document investigation inquiry review analysis article editorial column book paper
    website site tweet post message note filing complaint lawsuit ruling order transcript video interview
    speech press media tabloid magazine journal blog memoir summary biography readout""".split()
)
# Nouns for a voice heard rather than a person named: '"...?" a voice called from the benches', '"Shame!" came the
# shout from the opposition benches'.
VOICE_SOUNDS: frozenset[str] = frozenset(
    "voice shout cry heckle chant call reply response retort answer".split()
)
# Documents that speak for their maker: a named one ('a Quinnipiac poll', 'the new CNN survey') is a
# source by that name, not an anonymous one.
DOCUMENT_NOUNS: frozenset[str] = frozenset("poll survey study report analysis audit assessment review census".split())
# Things that speak for whoever made them: 'estimates from the Harlow Institute', 'figures published by
# the Office for Labour Data' are the institute's and the office's.
MADE_NOUNS: frozenset[str] = DOCUMENT_NOUNS | frozenset(
    "estimate figure data statistic number projection forecast statement letter email memo filing release tally count "
    "announcement message".split()
)
# Things a person writes and sends whose words stay the writer's: in 'Venn wrote a letter to the attorney
# general asking her to investigate the "shambles"', the letter asks, so its writer does, not its addressee.
SENT_NOUNS: frozenset[str] = frozenset(
    "letter email e-mail memo note message statement text request complaint petition motion filing "
    "application appeal submission".split()
)
# Texts that speak for their authors as a sentence's subject ('The six-page document argues that ...'): a later
# 'it' can mean one.
SPEAKING_DOCUMENTS: frozenset[str] = frozenset(
    "document memo report study paper letter statement filing draft proposal review audit assessment analysis "
    "submission book documentary film article".split()
)
# Unnamed sources that are things, not people: no 'the source' or 'the official' is one of them.
THING_VOICES: frozenset[str] = SPEAKING_DOCUMENTS | frozenset(
    "sign signs placard placards banner banners poster posters board billboard chant chants poll survey note message "
    "post tweet video ad".split()
)
# Who can state a finding or a count of their own ('the inquiry found that', 'police recorded 1,200
# offences', 'figures show that'), unlike 'the chart', 'history' or 'the economy'.
FINDER_NOUNS: frozenset[str] = MADE_NOUNS | frozenset(
    "research researcher scientist investigator inspector auditor inquiry investigation police court judge "
    "coroner jury panel committee regulator watchdog record document author pollster analyst center centre".split()
)
# People named by what they are rather than by role ("a man yelled", "one woman said"): they can speak.
HUMAN_NOUNS: frozenset[str] = frozenset(
    """man woman person boy girl child kid user fan voter member worker employee student parent citizen veteran
    caller spectator attendee heckler protester demonstrator marcher reader viewer listener neighbour neighbor
    friend colleague staffer insider source speaker witness observer participant respondent resident volunteer
    evacuee local campaigner nurse teacher patient passenger customer shopper commuter tenant farmer carer
    caregiver mother father sister brother son daughter wife husband partner grandmother grandfather aunt uncle
    tester pupil juror teenager youngster pensioner predecessor successor widow widower operative consultant donor
    supporter lobbyist""".split()
)
MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it"})
FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
# Kinship and role nouns that say a person's gender ('her grandson, Daniel', 'his wife, Dr Celia Harrow').
MALE_NOUNS = frozenset(
    """son grandson father grandfather husband brother uncle nephew boyfriend stepson stepfather godfather
    father-in-law son-in-law brother-in-law widower man boy gentleman king prince duke chairman spokesman
    councilman congressman businessman policeman fireman sportsman dad""".split()
)
FEMALE_NOUNS = frozenset(
    """daughter granddaughter mother grandmother wife sister aunt niece girlfriend stepdaughter stepmother
    godmother mother-in-law daughter-in-law sister-in-law widow woman girl lady queen princess duchess
    chairwoman spokeswoman councilwoman congresswoman businesswoman policewoman actress mum mom""".split()
)
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess"})
TITLES = MALE_TITLES | FEMALE_TITLES | frozenset(
    {"dr", "dr.", "prof", "prof.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "gen", "gen.", "rev", "rev.", "st", "st.",
     "rt", "rt.", "hon", "hon.", "honourable", "honorable",  # 'the Rt Hon Caroline Adebayo-Lewis
     # British police ranks written before a name: 'DI Tait' is Detective Inspector Rhiannon Tait
     "pc", "wpc", "dc", "ds", "di", "dci", "dsi", "sgt", "sgt.", "insp", "insp.", "supt", "supt."}
)
# Subjects that never name a source ("what he said", "this shows", "nothing suggests").
NOT_SOURCES = frozenset(
    "this that these those what which whatever something nothing everything anything everyone anyone there here".split()
)
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several"})
# Shares of a group: 'half of the firms surveyed', 'most of the residents' speak as that group.
SHARE_WORDS = frozenset("half third thirds quarter quarters fifth fifths tenth tenths majority minority most many some all "
                        "few several rest bulk".split())
# Nouns a story uses for the company it already named ('the company said', 'the firm declined').
GENERIC_ORG_NOUNS = frozenset("""company firm business retailer carmaker lender insurer airline manufacturer supermarket
    charity nonprofit developer operator provider broadcaster publisher startup carrier utility automaker chipmaker
    miner""".split())
# The words in a body's name that tell what it is, for 'the utility said', 'the carrier said' or 'the force said' when
# the article names several: 'Calder Valley Power' is the utility, not the relief charity named before it.
SECTOR_NAME_WORDS: dict[str, frozenset[str]] = {
    noun: frozenset(names.split())
    for nouns, names in (
        ("utility", "power energy electric electricity gas water grid utilities"),
        ("airline carrier", "air airways airlines aviation aero"),
        ("carmaker automaker", "motors motor auto automotive cars"),
        ("lender", "bank banking capital credit financial finance lending"),
        ("insurer", "insurance assurance mutual"),
        ("broadcaster", "tv television radio broadcasting broadcast"),
        ("publisher", "press books publishing publishers"),
        ("chipmaker", "semiconductor semiconductors chips micro"),
        ("miner", "mining minerals metals resources"),
        ("retailer supermarket", "stores retail supermarkets mart"),
        ("force", "police constabulary"),  # 'the force said' after 'Wexley Police'
        ("club", "city united fc afc athletic rovers town wanderers rangers albion hotspur"),  # after 'Castlemere City'
    )
    for noun in nouns.split()
}
PUBLIC_BODY_NOUNS = frozenset("council ministry department government parliament court police party committee commission "
                              "agency authority office union university army navy senate congress house".split())
# Last words of company names: 'Harlow Motors, 50,' is a company's age, not a person's.
COMPANY_WORDS = frozenset("motors ltd inc plc llc co holdings foods industries systems energy airlines airways logistics "
                          "media group bank partners capital technologies labs pharma".split())

# "did not answer when asked", "declined to comment", "did not respond to a request for comment".
NON_ANSWER = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|would|could)\s*(?:not|n[’']t)\s+(?:immediately\s+)?"
    r"(?:answer|respond|reply|comment|return|say|elaborate|confirm)"
    r"|(?:declined|refused|declines|refuses|decline|refuse|declining|refusing)\s+to\s+(?:comment|answer|respond|elaborate"
    r"|say(?!\s+(?:the|a|that|those|these)\s+(?:words?|phrases?|names?|terms?)\b)"  # 'refused to say the words "..."': a stance
    r"|confirm|discuss|reply|be\s+interviewed|be\s+drawn|speak\s+to\s+(?:reporters|journalists|the\s+(?:media|press))"
    r"|specify|disclose|give\s+(?:a\s+)?(?:specific\s+|precise\s+|firm\s+)?(?:date|figure|number|timetable|timeline|details))"
    r"|(?:was|were|could)\s+not\s+(?:be\s+)?(?:reached|available)\s+for\s+comment)",
    re.I,
)

# US states as American news writes them after a party letter ('D-Ohio', 'R-Ky.', 'I-VT'): name -> abbreviations.
US_STATES: dict[str, tuple[str, ...]] = {
    "alabama": ("ala", "al"), "alaska": ("alaska", "ak"), "arizona": ("ariz", "az"), "arkansas": ("ark", "ar"),
    "california": ("calif", "ca"), "colorado": ("colo", "co"), "connecticut": ("conn", "ct"), "delaware": ("del", "de"),
    "florida": ("fla", "fl"), "georgia": ("ga",), "hawaii": ("hawaii", "hi"), "idaho": ("idaho", "id"),
    "illinois": ("ill", "il"), "indiana": ("ind", "in"), "iowa": ("iowa", "ia"), "kansas": ("kan", "kans", "ks"),
    "kentucky": ("ky",), "louisiana": ("la",), "maine": ("maine", "me"), "maryland": ("md",),
    "massachusetts": ("mass", "ma"), "michigan": ("mich", "mi"), "minnesota": ("minn", "mn"), "mississippi": ("miss", "ms"),
    "missouri": ("mo",), "montana": ("mont", "mt"), "nebraska": ("neb", "nebr", "ne"), "nevada": ("nev", "nv"),
    "new hampshire": ("nh",), "new jersey": ("nj",), "new mexico": ("nm",), "new york": ("ny",),
    "north carolina": ("nc",), "north dakota": ("nd",), "ohio": ("ohio", "oh"), "oklahoma": ("okla", "ok"),
    "oregon": ("ore", "or"), "pennsylvania": ("pa",), "rhode island": ("ri",), "south carolina": ("sc",),
    "south dakota": ("sd",), "tennessee": ("tenn", "tn"), "texas": ("texas", "tex", "tx"), "utah": ("utah", "ut"),
    "vermont": ("vt",), "virginia": ("va",), "washington": ("wash", "wa"), "west virginia": ("wva", "wv"),
    "wisconsin": ("wis", "wisc", "wi"), "wyoming": ("wyo", "wy"),
}
# The letter a party takes before a state: 'the Ohio Democrat' is the 'D-Ohio' named before.
PARTY_LETTERS = {"democrat": "d", "democratic": "d", "republican": "r", "independent": "i"}
