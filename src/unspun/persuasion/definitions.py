"""A definition and a short invented example for each of the 23 techniques.

Written for unspun (paraphrasing the SemEval-2023 Task 3 annotation guidelines in our own
words); the examples are made up and quote no dataset. Reports show them next to every
technique they name, so a reader can judge each finding.
"""

from __future__ import annotations

from typing import NamedTuple


class Definition(NamedTuple):
    definition: str
    example: str


DEFINITIONS: dict[str, Definition] = {
    "Name_Calling-Labeling": Definition(
        "Attaches a loaded label to a person or group so the audience judges them by the label, not by what they did.",
        "The budget was drafted by the usual gang of spreadsheet fanatics.",
    ),
    "Guilt_by_Association": Definition(
        "Discredits someone or something by linking it to a person, group or idea the audience already despises.",
        "The mayor's cycling plan is exactly what the old dictatorship tried in its capital.",
    ),
    "Doubt": Definition(
        "Undermines the credibility of someone or something by raising questions about it without showing evidence.",
        "Can we really trust a minister who has changed her mind this often?",
    ),
    "Appeal_to_Hypocrisy": Definition(
        "Attacks a position by charging its holder with hypocrisy or inconsistency instead of answering it.",
        "He lectures us on saving energy, yet he heats a swimming pool all winter.",
    ),
    "Questioning_the_Reputation": Definition(
        "Damages the character or moral standing of a target with negative claims, to make their arguments count for less.",
        "The council's new adviser has never held a steady job and is known for tall tales.",
    ),
    "Flag_Waving": Definition(
        "Justifies an idea by appeal to the pride or interests of a group (a nation, a party, a community).",
        "Any true patriot of this valley will vote for the new dam.",
    ),
    "Appeal_to_Authority": Definition(
        "Presents a claim as true because an authority or expert says so, with no further evidence.",
        "A famous astronaut says the new diet works, so it must be true.",
    ),
    "Appeal_to_Popularity": Definition(
        "Presents a claim as true or right because many or most people hold it.",
        "Millions of shoppers have already switched, so the new bank must be better.",
    ),
    "Appeal_to_Values": Definition(
        "Justifies an idea by linking it to values the audience holds dear (freedom, tradition, fairness, religion).",
        "Keeping the village bakery open is simply a matter of respecting our traditions.",
    ),
    "Appeal_to_Fear-Prejudice": Definition(
        "Promotes or rejects an idea by stirring fear of its alternative or prejudice against a group.",
        "If the port expands, our streets will soon be overrun by strangers and crime.",
    ),
    "Straw_Man": Definition(
        "Replaces an opponent's position with a distorted, weaker version and then refutes that version.",
        "My rival wants a lower speed limit; in other words, he wants to ban cars altogether.",
    ),
    "Red_Herring": Definition(
        "Diverts attention from the issue at hand to an irrelevant topic.",
        "Asked about the missing funds, the director spoke at length about the club's glorious history.",
    ),
    "Whataboutism": Definition(
        "Deflects a criticism by accusing the critic of something else, without answering the criticism.",
        "Our factory pollutes the river? What about the farms upstream?",
    ),
    "Causal_Oversimplification": Definition(
        "Assumes one cause for an outcome that has many, or treats a coincidence as a cause.",
        "Prices rose the week the new mayor took office, so the mayor caused the inflation.",
    ),
    "False_Dilemma-No_Choice": Definition(
        "Presents two options as the only ones, or one option as the only possible choice, when more exist.",
        "Either we close every school now or we accept that our children will fail.",
    ),
    "Consequential_Oversimplification": Definition(
        "Claims that a first step will set off a chain of events ending in an extreme outcome (slippery slope).",
        "Allow one food truck on the square and soon the whole old town will be a car park.",
    ),
    "Slogans": Definition(
        "Uses a short, striking phrase that works through emotion and repetition rather than argument.",
        "Clean streets, safe streets!",
    ),
    "Conversation_Killer": Definition(
        "Uses a phrase that discourages further thought or discussion (a thought-terminating cliché).",
        "It is what it is, and there is nothing more to say.",
    ),
    "Appeal_to_Time": Definition(
        "Argues that the time has come for an action, so it must be taken now, without showing why.",
        "The moment is now: the tunnel must be built before the year is out.",
    ),
    "Loaded_Language": Definition(
        "Uses words or phrases with strong emotional connotations to sway the audience.",
        "The reckless scheme will devastate hard-working families.",
    ),
    "Obfuscation-Vagueness-Confusion": Definition(
        "Uses deliberately vague or unclear wording so the audience can read into it what it likes.",
        "Certain measures will be taken at the appropriate level in due course.",
    ),
    "Exaggeration-Minimisation": Definition(
        "Makes something seem much bigger, better or worse than it is, or much smaller and less important.",
        "The tiny rate change is the greatest catastrophe in the town's history.",
    ),
    "Repetition": Definition(
        "Repeats the same word, phrase or idea again and again so that the audience comes to accept it.",
        "We need the bridge. The region needs the bridge. Every family needs the bridge.",
    ),
}
