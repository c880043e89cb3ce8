"""Cues that tell what a paragraph is: pasted social posts, captions, boilerplate, headings.

Each function looks at one line. The rules are written from how these elements are
pasted into article text by content-management systems and scrapers, and are
measured on the labelled fixtures in ``tests/fixtures/structure`` (``unspun eval
structure``).
"""

from __future__ import annotations

import re

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"

# "@handle", but not the middle of an e-mail address.
HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_]{2,15}\b")
HASHTAG = re.compile(r"(?<![\w&#])#[A-Za-z][\w]{1,40}")
# t.co and pic.twitter.com links, also glued to the previous word ("againpic.twitter.com/x").
SOCIAL_LINK = re.compile(
    r"(?:https?://)?(?:t\.co/\w+|pic\.twitter\.com/\w+|(?:twitter|x)\.com/\w+/status/\d+)", re.I
)
# "(7/n)", "(2/12)" at the start or end of a line, "3/5" at the end, "1/" opening a thread.
THREAD_MARKER = re.compile(
    r"^\s*\(\s*(\d{1,2})\s*/\s*(\d{1,2}|n)\s*\)|\(\s*(\d{1,2})\s*/\s*(\d{1,2}|n)\s*\)\s*$"
    r"|(?:^|\s)(\d{1,2})/(\d{1,2}|n)\s*$|^(\d{1,2})/\s()",
    re.I,
)


def has_thread_marker(line: str) -> bool:
    """A thread marker whose number does not exceed the count: '(2/5)', '(3/n)', not '(24/7)'.

    Inside a sentence, '(9/11)' or '(2/3)' is a date or a fraction; a thread marker opens or
    closes its post.
    """
    return bool(_thread_markers(line))


def opens_with_thread_marker(line: str) -> bool:
    """True for a post that opens with its thread marker ('(3/7) At 7pm ...', '1/ Right, ...')."""
    return any(k in (1, 7) for k in _thread_markers(line))


def ends_with_thread_marker(line: str) -> bool:
    """True for a post that closes with its thread marker ('... not next month. (3/3)')."""
    return any(k in (3, 5) for k in _thread_markers(line))


def thread_position(line: str) -> tuple[int, str] | None:
    """The number and the count of a post's plausible thread marker: (7, '7') for '(7/7) ...', (3, 'n') for '3/n'."""
    for m in THREAD_MARKER.finditer(line):
        k = next(k for k in (1, 3, 5, 7) if m.group(k))
        number, count = m.group(k), m.group(k + 1)
        if not count or count.lower() == "n" or int(number) <= int(count):
            return int(number), (count or "").lower()
    return None


def _thread_markers(line: str) -> list[int]:
    """The group (1 and 7 open a line, 3 and 5 close it) of each plausible thread marker in ``line``."""
    found = []
    for m in THREAD_MARKER.finditer(line):
        k = next(k for k in (1, 3, 5, 7) if m.group(k))
        number, count = m.group(k), m.group(k + 1)
        if not count or count.lower() == "n" or int(number) <= int(count):
            found.append(k)
    return found
# "— Jane Doe (@janedoe) March 3, 2022" under an embedded tweet; a post of this year may carry no year
# ("— Gov. Elena Marsh (@GovElenaMarsh) October 14"), and then nothing may follow the day.
SIGNATURE = re.compile(
    r"^[—–\-]{1,2}\s*[^()\n]{0,80}\(\s*@\w{1,15}\s*\)\s*" + MONTHS + r"\.?\s+\d{1,2}(?:,?\s+\d{4}|\s*$)", re.I
)
# A signature run on to the post's last words on one line: '... at most.— Mo Renner (@moren) May 3, 2025'.
GLUED_SIGNATURE = re.compile(r"(?<=[.!?…\"”'’])\s*[—–]{1,2}\s*[^()\n]{0,80}\(\s*@\w{1,15}\s*\)[^()\n]{0,40}$")
# A news sentence reporting what someone said: not the words of a pasted post.
REPORTED = re.compile(r"\b(?:said|says|according to|told (?:reporters|the)|replied to|responded to)\b", re.I)
# Singular first person: reporters write "told us" and "we", thread authors write "I" and "my".
FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|(?i:me|my|myself))\b")

CAPTION = re.compile(
    r"^(?:courtesy of\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$|(?:chart|graphic|map|table|source)\s*:\s*[^.]{0,100}$)|"
    r"^(?:photo|photos|photograph|image|picture|pictured|caption|image caption|credit|illustration|video|file photo)"
    r"(?:\s+(?:credit|copyright|caption))?\s*(?::|by\b(?=[^,]{0,60}$)|\||—|-)"
    r"|\((?:photo|image|picture|pictured|illustration|credit)s?\b[^)]*\)\s*$"
    r"|(?:/|\|)\s*(?:getty images|afp|reuters|ap|epa|shutterstock|alamy|pa|bloomberg)(?: via [\w ]+)?\)?\s*$"
    r"|\((?:getty images|afp|reuters|ap photo[^)]*|epa[^)]*|shutterstock|alamy)\)\s*$"
    r"|\b(?:REUTERS|AFP|AP|EPA|GETTY IMAGES|PA|ANADOLU|XINHUA)/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$"
    r"|\b(?:photo|photograph|image|picture|credit|photo credit|image credit)\s*:\s*[\w .'/-]+$",
    re.I,
)

# A line opening with one of these is furniture; words that also open sentences ('Related costs
# rose', 'Sign up rates fell', 'Copyright fees') count only before a colon, a bar, a year, a site
# prompt's usual words or the end of the line.
BOILERPLATE = re.compile(
    r"^(?:read more|read also|also read|related(?: articles?| stories| coverage)|see also|more on this|"
    r"recommended(?: for you)?\s*:|sponsored content|subscribe (?:now|today|to)|"
    r"sign up (?:for|to|now|today|here)|click here (?:to (?:read|subscribe|sign|see|watch|listen|download|get)|for)|"
    r"share this|share on|follow us|follow [\w ]+ on|©|all rights reserved|"
    r"this (?:article|story) (?:was |has been )?(?:originally |first )?(?:published|appeared)|"
    r"get the latest|download (?:our|the) app|support (?:our|independent) journalism|join our|"
    r"continue reading|leave a comment|you may also like|trending now|most read|"
    r"we use cookies|accept cookies|listen to this (?:article|story)|"
    r"(?:updated|published|posted|last updated|first published)\s*(?::\s*)?(?:on\s+)?"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|am|pm)?,?\s*)?(?:\d{1,2}\s+)?(?:"
    + MONTHS + r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d\d-\d\d|\d+\s+(?:minutes?|hours?|days?)\s+ago)|"
    r"\d{1,2}\s*(?:min|minute)s?\s+read$|reporting by\s+[^;]+;\s*(?:additional reporting|editing|writing) by)\b"
    r"|^(?:related|advertisement|copyright|sign up|click here)\s*(?:$|[:|•·—–-]|\(?(?:c|©)\)?\s|\d{4}\b)"
    r"|^(?:topics?|tags?|filed under|more about)\s*:"
    r"|^(?:don['’]t miss|trending|most popular|editor['’]s picks?|media contacts?|press contacts?|for more information)\s*:"
    r"|^(?:you (?:might|may) also like|readers['’]? comments(?:\s*\(\d+\))?|for immediate release|#{3})\s*$"
    r"|^for more stories like this\b",
    re.I,
)
# 'SOURCE Harlow Mills Ltd.': the press-release wire's closing line (upper case, so 'Source: ...' captions are not it).
RELEASE_SOURCE = re.compile(r"^SOURCE\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}\s*$")
# 'Terms and conditions | Privacy policy | Cookie settings': a footer of site links.
FOOTER_LINKS = re.compile(r"(?i)\b(?:terms (?:and|&) conditions|terms of (?:use|service)|privacy (?:policy|notice)|"
                          r"cookie (?:settings|policy|preferences))\b")
# 'Ailsa Brennan is the Holm Courier's transport correspondent.': an author's note at the foot of a story.
AUTHOR_NOTE = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:is|was)\s+(?:a|an|the)\s+[^.]{0,80}?\b(?:reporter|correspondent|"
    r"journalist|editor|writer|columnist|contributor|freelancer|freelance [\w ]+|author of [^.]+)\b[^.]{0,80}\.?$"
)
# "By Jane Doe, Political Editor" / "By Jane Doe and John Roe, Reuters": a byline, not reported text.
# Names are capitalised ('By contrast, spending rose' is a sentence).
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
BYLINE = re.compile(
    r"^(?i:by|words by|written by|reporting by)\s+" + _NAME + r"(?:\s*(?:,|(?i:and)|&)\s*" + _NAME + r")*"
    r"(?:\s*(?:,|\||—|-)\s*[\w .'’-]+)?$"
)
BOILERPLATE_ANYWHERE = re.compile(
    r"sign up (?:for|to) (?:our|the) [\w ]*newsletter|subscribe to (?:our|the) [\w ]*newsletter|"
    r"all rights reserved|share (?:this|on) (?:facebook|twitter|whatsapp|linkedin)|"
    r"want more (?:news|stories)|"
    r"views expressed (?:in this|here|are)[\w ]*(?:author|writer|contributor)s?[’']?s? own|follow us on (?:facebook|twitter|x|instagram|tiktok)",
    re.I,
)

# A section label above the headline ('EXCLUSIVE', 'Analysis', 'BREAKING NEWS:'), not the headline.
KICKER = re.compile(
    r"^(?:exclusive|breaking(?: news)?|opinion|analysis|comment|live|watch|update[d]?|explainer|fact[- ]check|for immediate release|"
    r"editorial|interview|investigation|special report|world|politics|business)\s*[:|]?\s*$",
    re.I,
)

_TRANSCRIPT_TURN = re.compile(r"(?:Q|A|Question|Answer)\s*[:.]\s")  # 'Q: What about the cost?' is a turn, not a heading
_TERMINAL_PUNCT = re.compile(r"[.!;,:…\"”’)]\s*$")
_OPENS_WITH_QUOTE = re.compile(r"^[\"“‘'«\-—–•*]")


def words(line: str) -> int:
    """Number of whitespace-separated words."""
    return len(line.split())


# A line opened by an account and a reporting verb, then the post's words in quotation marks.
_HANDLE_REPORTED = re.compile(
    r"^\s*@\w{2,15}\s+(?:wrote|writes|said|says|posted|posts|tweeted|tweets|replied|replies|added|adds|responded)\b"
    r"[^\n\"“]{0,40}?[:,]?\s*[\"“]"
)


# A post quoted inside the reporter's sentence: the words outside the quotation marks say who posted it.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_POST_QUOTED = re.compile(r"\b(?:posted|posts|wrote|writes|tweeted|tweets|caption|the post|a post)\b", re.I)


def social_strength(line: str) -> int:
    """2 for a certain sign of a pasted social post, 1 for a weak one, 0 for none."""
    if SOCIAL_LINK.search(line) or SIGNATURE.search(line) or has_thread_marker(line):
        return 2
    if _HANDLE_REPORTED.match(line):
        return 0  # '@PortmereFire wrote: "Crews are tackling a fire."': the article reports a post, in its own words
    handles = len(HANDLE.findall(line))
    tags = len(HASHTAG.findall(line))
    if line.lstrip().startswith("@") or handles + tags >= 2:
        # a reporter's sentence about posts ('The #A and #B campaigns grew, the report said') is not one, nor a
        # post quoted in the reporter's words ('"... @CurtisHargrove owes voters answers," Vetter posted on X')
        return 2 if words(line) <= 60 and not REPORTED.search(line) and not _POST_QUOTED.search(_QUOTED.sub(" ", line)) else 1
    return 1 if handles + tags else 0


# 'Feld wrote on Facebook:', 'The ministry posted on Telegram:' introduce a post pasted as the next line.
POST_INTRO = re.compile(
    r"\b(?:post(?:s|ed)?|wr(?:ote|ites)|shar(?:ed|es)|tweet(?:s|ed)?|sa(?:id|ys))\b[^:]{0,60}\b(?:on|in a post on|in a message on)\s+"
    r"(?:X|Twitter|Facebook|Instagram|Bluesky|Mastodon|Threads|TikTok|LinkedIn|Telegram|Truth Social|Weibo)\b[^:]{0,40}:\s*$"
)


def introduces_post(line: str) -> bool:
    """True for a line that ends by introducing a post pasted below it."""
    return bool(POST_INTRO.search(line))


def is_signature(line: str) -> bool:
    """True for the "— Name (@handle) Month d, yyyy" (or "Month d") line under an embedded tweet."""
    return bool(SIGNATURE.search(line))


def is_caption(line: str) -> bool:
    """True for a photo caption or credit line."""
    return words(line) <= 60 and bool(CAPTION.search(line))


_FURNITURE_WORDS = {"share", "tweet", "email", "print", "comments", "advertisement", "whatsapp", "facebook", "twitter"}


def is_boilerplate(line: str) -> bool:
    """True for site furniture: read-more links, newsletter and share prompts, copyright."""
    tokens = [w.strip("|·•,").lower() for w in line.split()]
    if tokens and all(t in _FURNITURE_WORDS for t in tokens if t):
        return True
    if words(line) <= 14 and BYLINE.match(line):
        return True
    if RELEASE_SOURCE.match(line.strip()) or (words(line) <= 20 and len(FOOTER_LINKS.findall(line)) >= 2):
        return True
    if BOILERPLATE_ANYWHERE.search(line):
        return True
    return words(line) <= 25 and bool(BOILERPLATE.search(line))


def looks_like_heading(line: str) -> bool:
    """True for a short line that reads as a subheading rather than a sentence."""
    n = words(line)
    if n == 0 or n > 12 or len(line) > 100:
        return False
    if _OPENS_WITH_QUOTE.search(line) or _TERMINAL_PUNCT.search(line) or _TRANSCRIPT_TURN.match(line):
        return False
    if line.rstrip().endswith("?") and n > 10:
        return False
    return line[0].isupper() or line[0].isdigit()


def opens_with_quote(line: str) -> bool:
    """True for a line that opens with a quotation mark (a quote, not a pasted post)."""
    return bool(re.match(r"\s*[\"“‘'«„]", line))


_QUOTED_WORDS = re.compile(r"“[^”]*”|\"[^\"]*\"")


def is_first_person(line: str) -> bool:
    """True when the line speaks in the first person, as thread posts do.

    Words in quotation marks count only when they are the whole line: 'Brandis said she feared arrests. "I
    expect nothing else," she said.' is a report of someone speaking, not a post."""
    outside = _QUOTED_WORDS.sub(" ", line)
    return bool(FIRST_PERSON.search(outside if re.search(r"\w", outside) else line))
