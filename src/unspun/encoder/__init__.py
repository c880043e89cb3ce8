"""The shared encoder runtime: tokenizers + onnxruntime, sliding windows, character offsets.

One ONNX graph per shipped encoder returns, for every window, per-token outputs (the
persuasion logits, and the token states themselves) and a pooled vector per window, so
that later article-level heads (frames, genre, narratives, claims) can read the states
of the same pass instead of running their own encoder.
"""

from unspun.encoder.runtime import EncodedText, Encoder
from unspun.encoder.windows import Window, make_windows, merge_windows

__all__ = ["EncodedText", "Encoder", "Window", "make_windows", "merge_windows"]
