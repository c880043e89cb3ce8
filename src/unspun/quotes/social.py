"""Pasted social-media posts as quotes, by the account that posted them.

The structure stage marks the lines of a pasted post as ``social_post``. A run
of such lines is one post; its signature line ("— Name (@handle) March 3,
2026") names the account, and a post that opens with "@handle:" names it too.
A post with no visible account is a quote by "unknown account".
"""

from __future__ import annotations

import re
from typing import Sequence

from unspun.article import Paragraph
from unspun.quotes.found import Found
from unspun.quotes.people import Mention, Registry
from unspun.structure.rules import (
    GLUED_SIGNATURE, SIGNATURE, SOCIAL_LINK, ends_with_thread_marker, opens_with_thread_marker,
)


_SIG_PARTS = re.compile(r"^[—–\-]{1,2}\s*(?P<name>[^()\n]{0,80}?)\s*\(\s*(?P<handle>@\w{1,15})\s*\)")
_SIG_AT = re.compile(_SIG_PARTS.pattern.removeprefix("^"))
_LEADING_HANDLE = re.compile(r"^(?:(?P<name>[^()\n:@]{1,60}?)\s*\(\s*)?(?P<handle>@\w{1,15})(?(name)\s*\))\s*:")
# ('@handle:' or 'Tomás Veldhuis (@TVeldhuis7):' opening the post)
_HANDLE_LINE = re.compile(r"^[\"“”‘’'\s]*(?P<handle>@\w{1,15})[\"“”‘’'\s]*$")


def _groups(kinds: Sequence[str]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i, kind in enumerate(kinds):
        if kind != "social_post":
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def social_posts(text: str, paragraphs: Sequence[Paragraph], kinds: Sequence[str], registry: Registry) -> list[Found]:
    """One quote per pasted post: the post's lines without the signature and bare link lines."""
    found: list[Found] = []
    for run in _split_at_signatures(text, paragraphs, _groups(kinds)):
        body: list[Paragraph] = []
        mention: Mention | None = None
        end: int | None = None
        for i in run:
            p = paragraphs[i]
            line = text[p.start : p.end]
            glued = GLUED_SIGNATURE.search(line)
            dash = glued.start() + len(glued.group(0)) - len(glued.group(0).lstrip()) if glued is not None else 0
            if glued is not None and glued.start() > 0 and _SIG_AT.match(line, dash):
                # '... pay 60% at most.— Mo Renner (@moren) May 3, 2025': the signature run on to the post's text
                sig = _SIG_AT.match(line, dash)
                handle = sig.group("handle")
                entity = registry.entity(f"account:{handle.lower()}", handle, "social_account")
                entity.describe(sig.group("name"))
                mention = Mention(entity, p.start + sig.start("handle"), p.start + sig.end("handle"), "handle")
                body.append(p)
                end = p.start + len(line[: glued.start()].rstrip())
                continue
            sig = _SIG_PARTS.match(line) if SIGNATURE.search(line) else None
            if sig is not None:
                handle = sig.group("handle")
                entity = registry.entity(f"account:{handle.lower()}", handle, "social_account")
                entity.describe(sig.group("name"))
                mention = Mention(entity, p.start + sig.start("handle"), p.start + sig.end("handle"), "handle")
            elif SOCIAL_LINK.fullmatch(line.strip(" \"“”‘’'")):
                continue
            elif (bare := _HANDLE_LINE.match(line)) is not None and body:
                # a handle alone on the line under the post's text: the account that posted it
                handle = bare.group("handle")
                entity = registry.entity(f"account:{handle.lower()}", handle, "social_account")
                mention = Mention(entity, p.start + bare.start("handle"), p.start + bare.end("handle"), "handle")
            else:
                body.append(p)
        if not body:
            continue
        first = text[body[0].start : body[-1].end]
        lead = _LEADING_HANDLE.match(first)
        if mention is None and lead is not None:
            handle = lead.group("handle")
            entity = registry.entity(f"account:{handle.lower()}", handle, "social_account")
            if lead.group("name"):
                entity.describe(lead.group("name").strip())
            mention = Mention(entity, body[0].start + lead.start("handle"), body[0].start + lead.end("handle"), "handle")
        confidence = 0.9
        if mention is None:  # no visible account: the mention is left empty (offset -1)
            entity = registry.entity("account:unknown", "unknown account", "unknown")
            mention, confidence = Mention(entity, -1, -1, "unresolved"), 0.6
        stop = end if end is not None and body[-1].start < end <= body[-1].end else body[-1].end
        start = body[0].start
        if text[start] in "“\"" and not any(c in text[start + 1 : stop] for c in "”\""):
            start += 1  # the post pasted in quotation marks that close after its link line
        found.append(Found(start, stop, body[0].index, "social_post", mention, None, confidence))
    return found


def _split_at_signatures(text: str, paragraphs: Sequence[Paragraph], runs: list[list[int]]) -> list[list[int]]:
    """Two posts pasted one after the other: a signature line or a closing thread marker ends a post, an
    opening one starts one."""
    out: list[list[int]] = []
    for run in runs:
        current: list[int] = []
        for i in run:
            p = paragraphs[i]
            if current and opens_with_thread_marker(text[p.start : p.end]):
                out.append(current)  # '(3/7) ...' after '(1/7) ...': the next post of a thread
                current = []
            current.append(i)
            if SIGNATURE.search(text[p.start : p.end]) or ends_with_thread_marker(text[p.start : p.end]):
                out.append(current)  # a signature or a closing '(2/3)' ends a post
                current = []
        if current:
            out.append(current)
    return out
