"""Names of news outlets and agencies, shared by the stages that must tell them from people.

The claims stage marks a claim asserted by an outlet ("Reuters is reporting") apart from
one asserted by a person; the quotes stage must not take an agency's byline after a
quote ('"..." — Associated Press') for a person's signature.
"""

from __future__ import annotations

import re

OUTLETS = {
    "reuters", "ap", "associated press", "afp", "agence france-presse", "bloomberg", "bbc", "cnn", "fox news",
    "al jazeera", "tass", "ria novosti", "interfax", "xinhua", "nbc", "cbs", "abc news", "sky news", "politico",
    "axios", "the economist", "le monde", "der spiegel", "the guardian", "guardian", "the times", "dpa", "ansa",
    "efe", "kyodo", "yonhap", "state media", "state television", "state tv", "local media", "media reports",
}
_OUTLET_WORD = re.compile(
    r"\b(Times|Post|News|Journal|Herald|Guardian|Telegraph|Gazette|Tribune|Television|TV|Radio|Press|"
    r"Daily|Magazine|Broadcasting|Chronicle|Observer|Mirror|Express|Independent)\b(?<!\bAgency)|\b(?:News|Press) Agency\b"
)


def is_outlet(name: str) -> bool:
    """True for a known outlet or agency, or a name built like one ("The Harbour Gazette")."""
    clean = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.I)
    return name.lower().strip() in OUTLETS or clean.lower() in OUTLETS or bool(_OUTLET_WORD.search(clean))
