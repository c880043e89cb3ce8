"""The shipped recipe: train the two token heads on the frozen encoder's int8 token states.

Why: on this shared 2-core CPU, fine-tuning the top layers of the encoder collapsed its
token representations within 100 steps (mean pairwise cosine of a dev article's token
states rose from 0.20 to 0.999 at lr 2e-4 and to 0.96 at lr 6e-5, with the heads unable
to tell span tokens from others), and there was no CPU time left for a slower schedule.
Training only the heads on frozen states keeps the encoder's knowledge, costs one encoder
pass over the sampled windows plus seconds of head training, and reads the states from
the same int8 ONNX graph that runs at inference, so training and run time agree.
"""

from __future__ import annotations

import logging
import random
from pathlib import Path

import numpy as np

from unspun.encoder.runtime import Encoder
from unspun.persuasion.labels import TECHNIQUES
from unspun.train.persuasion_data import load_training_articles, tokenize_article, windows_of

log = logging.getLogger(__name__)


def _features(enc: Encoder, windows, batch: int = 16):
    """token_states of every window (content tokens only), from the int8 graph."""
    feats = []
    for b0 in range(0, len(windows), batch):
        part = windows[b0 : b0 + batch]
        width = max(len(w.ids) for w in part) + 2
        x = np.full((len(part), width), enc.pad_id, dtype=np.int64)
        m = np.zeros_like(x)
        for i, w in enumerate(part):
            n = len(w.ids)
            x[i, 0], x[i, 1 : n + 1], x[i, n + 1] = enc.cls_id, w.ids, enc.sep_id
            m[i, : n + 2] = 1
        (h,) = enc.session.run(["token_states"], {"input_ids": x, "attention_mask": m})
        for i, w in enumerate(part):
            feats.append(h[i, 1 : 1 + len(w.ids)].astype(np.float16))
        if (b0 // batch) % 20 == 0:
            log.info("features: %d of %d windows", b0 + len(part), len(windows))
    return feats


def train_heads(
    data: Path, base: Path, out: Path, max_windows: int = 2000, steps: int = 200, seed: int = 13,
    languages: tuple[str, ...] = ("en", "fr", "ge", "it", "po", "ru"),
) -> Path:
    """Write ``out/heads.pt``: the base encoder's weights with trained span and para heads.

    Use a fresh ``out``: the export of the base graph into ``out/features`` draws from torch's random
    generator (its example input), so a second run that finds that graph already there starts the heads
    from other random weights (measured: heads differing by up to 0.67). The shipped heads come from a
    fresh folder.
    """
    import torch
    from tokenizers import Tokenizer

    from unspun.train.persuasion import build_net
    from unspun.train.persuasion_export import export_onnx

    out.mkdir(parents=True, exist_ok=True)
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(2)
    net = build_net(base, 6)
    state = {k: v for k, v in net.state_dict().items() if "word_embeddings" not in k}
    torch.save(state, out / "base.pt")
    feat_dir = out / "features"
    if not (feat_dir / "model.onnx").exists():
        export_onnx(base, out / "base.pt", data, feat_dir)
    enc = Encoder(feat_dir / "model.onnx", feat_dir / "tokenizer.json", threads=2)
    tok = Tokenizer.from_file(str(feat_dir / "tokenizer.json"))
    train_arts, _, _ = load_training_articles(data, languages)
    windows = [w for a in train_arts for w in windows_of(tokenize_article(tok, a), 254, 0)]
    random.shuffle(windows)
    windows = windows[:max_windows]
    log.info("encoding %d windows (%d tokens)", len(windows), sum(len(w.ids) for w in windows))
    cache = out / "features.npz"
    if cache.exists():  # the same seed gives the same windows: reuse their states
        flat = np.load(cache)["x"]
        bounds = np.cumsum([0] + [len(w.ids) for w in windows])
        feats = [flat[bounds[i] : bounds[i + 1]] for i in range(len(windows))]
    else:
        feats = _features(enc, windows)
    np.savez(out / "features.npz", x=np.concatenate(feats))
    X = torch.from_numpy(np.concatenate(feats).astype(np.float32))
    state.update(fit_probe_heads(X, windows, steps))
    torch.save(state, out / "heads.pt")
    return out / "heads.pt"


def fit_probe_heads(X, windows, steps: int = 200) -> dict:
    """The span and para heads fitted on frozen token states ``X`` (the windows' tokens in order, on any
    device): token-level BCE per technique for ``span`` and BCE on the maximum ``para`` logit over each
    paragraph's tokens in a window, full-batch Adam (lr 1e-2). Returns the four tensors on the CPU."""
    import torch
    import torch.nn.functional as F

    dev = X.device
    Y = torch.from_numpy(np.concatenate([w.labels for w in windows]).astype(np.float32)).to(dev)
    seg = np.concatenate([w.paragraph + 100000 * j for j, w in enumerate(windows)])
    _, inv = np.unique(seg, return_inverse=True)
    inv_t = torch.from_numpy(inv.reshape(-1)).to(dev)
    C, H = len(TECHNIQUES), X.shape[1]
    n_seg = int(inv.max()) + 1
    ix = inv_t.unsqueeze(1).expand(-1, C)
    seg_y = torch.zeros((n_seg, C), device=dev).scatter_reduce(0, ix, Y, reduce="amax", include_self=True)
    pos = Y.mean(0).clamp(min=1e-5)
    pos_weight = (((1 - pos) / pos).sqrt() / 2).clamp(1.0, 8.0)
    span, para = torch.nn.Linear(H, C).to(dev), torch.nn.Linear(H, C).to(dev)
    opt = torch.optim.Adam(list(span.parameters()) + list(para.parameters()), lr=1e-2)
    # Full-batch steps: the features fit in memory and a step is two small matrix products.
    for step in range(steps):
        ls = F.binary_cross_entropy_with_logits(span(X), Y, pos_weight=pos_weight)
        seg_logit = torch.full((n_seg, C), -1e4, device=dev).scatter_reduce(0, ix, para(X), reduce="amax", include_self=True)
        lp = F.binary_cross_entropy_with_logits(seg_logit, seg_y)
        loss = ls + lp
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 10 == 0 or step == steps - 1:
            log.info("head step %d of %d: span loss %.4f, paragraph loss %.4f", step + 1, steps, ls.item(), lp.item())
    return {f"{name}.{part}": getattr(lin, part).detach().cpu() for name, lin in (("span", span), ("para", para))
            for part in ("weight", "bias")}
