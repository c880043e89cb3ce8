"""Training code for unspun's shipped models (the ``[train]`` extra: torch, transformers).

Nothing here is imported at run time; torch is imported only inside the functions that
need it, so ``import unspun`` never pulls it in.
"""
