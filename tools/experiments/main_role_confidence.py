"""Experiment (not shipped): does the main-role head beat the constant answer where it is confident?

    python tools/experiments/main_role_confidence.py --data ../shared/datasets

The framing stage's main-role head scores under the constant answer (each training split's
commonest role, Antagonist) in 5-fold cross-validation. If its confident answers were
better than the constant, reports could show roles only above some confidence. This
script pools the out-of-fold predictions of the fixed folds (the heads fitted exactly as
``unspun eval framing`` fits them; English only, no ``--multi``) and prints the head's and
the constant's accuracy on the mentions at or above each confidence, and how often each
role the head answers is right. Uses the encoder states cached by ``unspun eval framing``.

Measured on 5 Dec 2026 (537 mentions, pooled: the folds differ in size, so this is not the
mean of the five fold accuracies, 0.669 against 0.702, that the eval reports): all mentions
head 0.696, constant 0.695; at
confidence >= 0.5 / 0.7 / 0.9: head 0.706 / 0.726 / 0.750 against constant 0.694 / 0.737 /
0.775 on the same mentions; answered Protagonist 80 times (right 0.425), Antagonist 403
(0.784), Innocent 54 (0.444). Confidence picks out the mentions where Antagonist is
likelier, not those where the head knows better: no display rule was built on it.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np


def main() -> None:
    from unspun.framing.decode import decode_roles
    from unspun.framing.encoding import SharedEncoder
    from unspun.framing.features import DEFAULT_CACHE
    from unspun.framing.model import MODEL_DIR
    from unspun.framing.train import fit_heads, load_data, split

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = ap.parse_args()
    encoder = SharedEncoder(MODEL_DIR.parent / "persuasion_v1")
    data = load_data(args.data / "semeval2023-en", args.data / "semeval2025-en", encoder, args.cache)
    f23, f25 = split(data, 5)
    conf, said, gold, constant = [], [], [], []
    for f in range(5):
        model = fit_heads(data, np.flatnonzero(f23 != f), np.flatnonzero(f25 != f), encoder.name)
        test = np.isin(data.role_doc, np.flatnonzero(f25 == f))
        train = np.isin(data.role_doc, np.flatnonzero(f25 != f))
        common = Counter(r.main_role for r, t in zip(data.roles, train) if t).most_common(1)[0][0]
        h = model.heads
        main, fine = h["main_role"].scores(data.role_x[test]), h["fine_roles"].scores(data.role_x[test])
        for k, r in enumerate(r for r, t in zip(data.roles, test) if t):
            role, _, c = decode_roles(main[k], fine[k], h["main_role"], h["fine_roles"])
            conf.append(c), said.append(role), gold.append(r.main_role), constant.append(common)
    conf_a, said_a, gold_a = np.array(conf), np.array(said), np.array(gold)
    right, const_right = said_a == gold_a, np.array(constant) == gold_a
    print(f"{len(gold)} mentions: head {right.mean():.3f}, constant {const_right.mean():.3f}")
    for lo in (0.5, 0.6, 0.7, 0.8, 0.9):
        s = conf_a >= lo
        print(f"confidence >= {lo}: {s.sum()} mentions, head {right[s].mean():.3f}, constant {const_right[s].mean():.3f}")
    for role in sorted(set(said)):
        s = said_a == role
        print(f"answered {role}: {s.sum()} times, right {right[s].mean():.3f}")


if __name__ == "__main__":
    main()
