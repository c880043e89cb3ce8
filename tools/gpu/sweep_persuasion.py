"""Sweep the persuasion fine-tuning recipe on one GPU: configurations or seeds side by side.

    python tools/gpu/sweep_persuasion.py RUNDIR DATA BASE HEADS OUTDIR [smoke]

BASE: the unpacked base (tools/gpu/pack_base.py); HEADS: the linear-probe heads (the span.*
and para.* tensors of the heads.pt that ``unspun.train.persuasion_heads.train_heads`` writes,
seed 13). Every configuration fine-tunes from those heads (recipe "lpft") in its own process
(``train_persuasion`` with device cuda), scored on the 75 held-out English training articles
every ``eval_every`` steps; OUTDIR receives summary.json, the logs, and the two best
checkpoints in fp16 halves (files of at most 16 MB). SWEEP=seeds runs eight seeds of lr 8e-5
instead of the eight configurations; SWEEP=layers runs 12 layers against 6 (HEADS unused: the
linear-probe heads are fitted on the GPU for each depth, BASE packed with 12 layers).
An H200 ran the eight configurations side by side in 2.4 minutes (4 Dec 2026; the model card
has the figures).
"""
import json, os, sys, time, types, subprocess, glob
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / 'src')
pkg = types.ModuleType('unspun'); pkg.__path__ = [SRC + '/unspun']; sys.modules['unspun'] = pkg
sys.path.insert(0, SRC)

LPFT = {"epochs": 2, "max_steps": 0, "frozen_layers": 0, "lr": 4e-5, "head_lr": 2e-4, "warmup": 0.1, "eval_every": 125}
CONFIGS = {
    "base_s13": {},
    "base_s7": {"seed": 7},
    "lr2e5_3ep": {"lr": 2e-5, "epochs": 3},
    "lr8e5": {"lr": 8e-5},
    "paraw2": {"para_weight": 2.0},
    "lld08_lr6e5": {"layer_decay": 0.8, "lr": 6e-5},
    "en_x2": {"language_repeats": {"en": 2}},
    "bs32_lr6e5_3ep": {"batch_size": 32, "lr": 6e-5, "epochs": 3, "eval_every": 60},
}

if os.environ.get('SWEEP') == 'seeds':
    CONFIGS = {f"lr8e5_s{k}": {"lr": 8e-5, "seed": k} for k in (1, 2, 3, 4, 5, 6, 8, 9)}

if os.environ.get('SWEEP') == 'layers':
    # 12 layers against 6, each from linear-probe heads fitted on the GPU (lp_heads), lr 8e-5
    CONFIGS = {**{f"L12_s{k}": {"layers": 12, "lr": 8e-5, "seed": k} for k in (1, 2, 3, 4)},
               **{f"L6_s{k}": {"layers": 6, "lr": 8e-5, "seed": k} for k in (1, 2)}}


def lp_heads(data, base, layers, out, max_windows=2000, steps=200, seed=13):
    """The linear-probe heads of ``train_heads`` computed on the GPU from the fp32 encoder (not the int8 graph):
    the same 2,000 seeded windows and ``fit_probe_heads``; written with the encoder's weights as an init
    checkpoint."""
    import random
    import numpy as np
    import torch
    from tokenizers import Tokenizer
    from unspun.train.persuasion import build_net, _batch
    from unspun.train.persuasion_data import load_training_articles, tokenize_article, windows_of
    from unspun.train.persuasion_heads import fit_probe_heads
    random.seed(seed); np.random.seed(seed); torch.manual_seed(seed)
    dev = 'cuda' if torch.cuda.is_available() else 'cpu'
    tok = Tokenizer.from_file(str(Path(base) / 'tokenizer.json'))
    ids3 = (tok.token_to_id('<s>'), tok.token_to_id('</s>'), tok.token_to_id('<pad>'))
    train_arts, _, _ = load_training_articles(Path(data), ("en", "fr", "ge", "it", "po", "ru"))
    windows = [w for a in train_arts for w in windows_of(tokenize_article(tok, a), 254, 0)]
    random.shuffle(windows)
    windows = windows[:max_windows]
    net = build_net(Path(base), layers).to(dev).eval()
    feats = []
    with torch.no_grad():
        for b0 in range(0, len(windows), 64):
            part = windows[b0:b0 + 64]
            ids, mask, _, _ = _batch(part, *ids3)
            h = net.encoder(input_ids=ids.to(dev), attention_mask=mask.to(dev)).last_hidden_state
            feats += [h[i, 1:1 + len(w.ids)] for i, w in enumerate(part)]
    X = torch.cat(feats).float()
    heads = fit_probe_heads(X, windows, steps)
    state = {k: v.detach().cpu() for k, v in net.state_dict().items() if 'word_embeddings' not in k}
    state.update(heads)
    torch.save(state, out)
    print('lp heads', layers, 'layers', flush=True)


def one(name, data, base, init, outdir, smoke):
    import logging, torch
    logging.basicConfig(level=logging.INFO, format='%(asctime)s %(message)s')
    from unspun.train.persuasion import train_persuasion
    cfg = {**LPFT, **CONFIGS[name], "device": "cuda" if torch.cuda.is_available() else "cpu"}
    if smoke:
        cfg.update({"max_steps": 2, "eval_every": 0 if os.environ.get('SWEEP') == 'layers' else 1, "languages": ("en",)})
    torch.backends.cuda.matmul.allow_tf32 = True
    torch.backends.cudnn.allow_tf32 = True
    if os.environ.get('SWEEP') == 'layers':
        init = str(Path(init).with_name(f"init_{cfg['layers']}.pt"))
    train_persuasion(Path(data), Path(base), Path(outdir) / name, max_minutes=float(os.environ.get('MAXMIN', '4.5')), init=Path(init), **cfg)


def main(rundir, data, base, heads, out, smoke=False):
    import torch
    from unspun.train.persuasion import build_net
    init = Path(rundir) / 'init.pt'
    if os.environ.get('SWEEP') == 'layers':
        for layers in sorted({c["layers"] for c in CONFIGS.values()}):
            lp_heads(data, base, layers, Path(rundir) / f'init_{layers}.pt', **({'max_windows': 32, 'steps': 3} if smoke else {}))
    else:
        net = build_net(Path(base), 6)
        state = {k: v for k, v in net.state_dict().items() if 'word_embeddings' not in k}
        state.update(torch.load(heads, map_location='cpu'))
        torch.save(state, init)
    procs = {}
    names = list(CONFIGS) if not smoke else list(CONFIGS)[:2]
    for n in names:
        log = open(Path(rundir) / f'{n}.log', 'w')
        procs[n] = subprocess.Popen([sys.executable, __file__, 'one', n, data, base, str(init), rundir] + (['smoke'] if smoke else []), stdout=log, stderr=subprocess.STDOUT)
    for n, p in procs.items():
        p.wait()
        print(n, 'rc', p.returncode, flush=True)
    summary = {}
    for n in names:
        recs = [json.loads(l) for l in open(Path(rundir) / n / 'train.log.jsonl') if 'heldout_paragraph_micro_f1' in l] if (Path(rundir) / n / 'train.log.jsonl').exists() else []
        summary[n] = {"best": max((r['heldout_paragraph_micro_f1'] for r in recs), default=0.0), "curve": [(r['step'], r['heldout_paragraph_micro_f1'], r['token_cosine'], r['minutes']) for r in recs]}
        print(n, json.dumps(summary[n]), flush=True)
    Path(out).mkdir(parents=True, exist_ok=True)
    (Path(out) / 'summary.json').write_text(json.dumps(summary, indent=1))
    subprocess.run(f'tar czf {out}/logs.tgz -C {rundir} --exclude=*.pt .', shell=True)
    ranked = sorted([n for n in names if summary[n]['curve']], key=lambda n: -summary[n]['best'])
    for i, n in enumerate(ranked[:2]):
        st = torch.load(Path(rundir) / n / 'best.pt', map_location='cpu')
        st = {k: v.half() if v.is_floating_point() else v for k, v in st.items()}
        keys = sorted(st)
        half = len(keys) // 2
        torch.save({k: st[k] for k in keys[:half]}, Path(out) / f'ck{i}_{n}_a.pt')
        torch.save({k: st[k] for k in keys[half:]}, Path(out) / f'ck{i}_{n}_b.pt')


if __name__ == '__main__':
    if sys.argv[1] == 'one':
        one(sys.argv[2], *sys.argv[3:7], smoke=len(sys.argv) > 7)
    else:
        main(*sys.argv[1:6], smoke=len(sys.argv) > 6)
