"""A small lexicon of common given names by gender, for pronoun resolution.

Without it, ``she said`` after ``Anna Vik`` (no title, no earlier pronoun) could
only be resolved by guessing; with it, a person whose first name is a common
female (or male) given name gets that gender when registered, so ``she`` skips
the men named in between. Names that are common for both genders are left out:
an unknown gender is still compatible with every pronoun.
"""

from __future__ import annotations

FEMALE_NAMES: frozenset[str] = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah sara karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon
    laura cynthia kathleen amy shirley angela helen anna anne ann brenda pamela nicole emma samantha katherine
    catherine christine debra rachel carolyn janet virginia maria heather diane julie joyce victoria
    christina lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline ann gloria
    kathryn alice teresa sophia grace denise amber doris marilyn danielle beverly isabella theresa diana
    natalie brittany charlotte marie kayla alexis lori hillary hilary nancy elena sonia ruth nikki
    carly michele sheila chelsea sarah katrina kirsten tammy elise
    debbie donna maxine nina ellen irene eva ingrid astrid petra helena maren karin ingrid sofia lucia
    valerie claire clara julia jane janice judy kate katie kathy susanna suzanne rosa rose wendy """.split()
)
MALE_NAMES: frozenset[str] = frozenset(
    """james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
    mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
    jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank
    alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle
    walter ethan jeremy harold keith christian roger noah gerald carl sean austin arthur lawrence jesse
    dylan bryan joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
    vincent russell louis philip bobby johnny bradley bernie bernard barack bill mike ted marco ben
    chris rudy corey paul hugh tim mitch harry dick jim tom tomas tomás ola lars
    erik anders olaf karl hans fritz pierre jean-claude vladimir boris sergei xi""".split()
)


def gender_of_first_name(name: str) -> str | None:
    """'f' or 'm' when ``name`` starts with a common given name of that gender, else None."""
    words = name.split()
    if len(words) < 2: # a surname alone says nothing ("Kelly", "Jordan")
     return None
    first = words[0].strip(".,").lower()
    if first in FEMALE_NAMES and first not in MALE_NAMES:
     return "f"
    if first in MALE_NAMES and first not in FEMALE_NAMES:
     return "m"
    return None
