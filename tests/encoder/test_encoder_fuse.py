"""Attention fusion: an exported-style attention block becomes one MultiHeadAttention node, same outputs."""

from __future__ import annotations

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from unspun.encoder.fuse import fuse_attention  # noqa: E402

HIDDEN, HEADS = 16, 4
HEAD = HIDDEN // HEADS


def exported_style_block(seed: int = 0) -> onnx.ModelProto:
    """One self-attention block written the way torch.onnx.export writes BERT's (with the NaN guard)."""
    rng = np.random.default_rng(seed)
    inits = []

    def const(name: str, value: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    nodes = []
    for p in ("q", "k", "v"):
        w = const(f"W{p}", rng.normal(size=(HIDDEN, HIDDEN)).astype(np.float32) * 0.5)
        b = const(f"b{p}", rng.normal(size=(HIDDEN,)).astype(np.float32))
        nodes += [helper.make_node("MatMul", ["x", w], [f"{p}_mm"]), helper.make_node("Add", [b, f"{p}_mm"], [f"{p}_proj"])]
        nodes.append(helper.make_node("Reshape", [f"{p}_proj", const(f"{p}_shape", np.array([0, 0, HEADS, HEAD]))], [f"{p}_heads"]))
        perm = [0, 2, 3, 1] if p == "k" else [0, 2, 1, 3]
        nodes.append(helper.make_node("Transpose", [f"{p}_heads"], [f"{p}_t"], perm=perm))
    scale = const("scale", np.array(HEAD ** -0.25, dtype=np.float32))
    nodes += [
        helper.make_node("Mul", ["q_t", scale], ["q_s"]),
        helper.make_node("Mul", ["k_t", scale], ["k_s"]),
        helper.make_node("MatMul", ["q_s", "k_s"], ["scores"]),
        helper.make_node("Unsqueeze", ["attention_mask", const("axes", np.array([1, 2]))], ["mask4"]),
        helper.make_node("Equal", ["mask4", const("zero_i", np.array(0, dtype=np.int64))], ["masked"]),
        helper.make_node("Where", ["masked", const("neg", np.array(-np.inf, dtype=np.float32)),
                                   const("zero_f", np.array(0.0, dtype=np.float32))], ["mask_add"]),
        helper.make_node("Add", ["scores", "mask_add"], ["scores_masked"]),
        helper.make_node("Softmax", ["scores_masked"], ["probs"], axis=-1),
        helper.make_node("IsNaN", ["probs"], ["nan"]),
        helper.make_node("Where", ["nan", "zero_f", "probs"], ["probs_safe"]),
        helper.make_node("MatMul", ["probs_safe", "v_t"], ["ctx_heads"]),
        helper.make_node("Transpose", ["ctx_heads"], ["ctx_t"], perm=[0, 2, 1, 3]),
        helper.make_node("Reshape", ["ctx_t", const("ctx_shape", np.array([0, 0, HIDDEN]))], ["ctx"]),
        helper.make_node("MatMul", ["ctx", const("Wo", rng.normal(size=(HIDDEN, HIDDEN)).astype(np.float32))], ["y"]),
    ]
    graph = helper.make_graph(
        nodes, "block",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", "tokens", HIDDEN]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "tokens"])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", "tokens", HIDDEN])],
        inits,
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def run(model: onnx.ModelProto, x: np.ndarray, mask: np.ndarray) -> np.ndarray:
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {"x": x, "attention_mask": mask})[0]


def padded_batch() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(3, 7, HIDDEN)).astype(np.float32)
    mask = np.ones((3, 7), dtype=np.int64)
    mask[1, 4:] = 0  # padded rows: their keys must be ignored
    mask[2, 1:] = 0
    return x, mask


def test_fusion_replaces_the_block_with_one_multi_head_attention_node() -> None:
    model = exported_style_block()
    assert fuse_attention(model, HEADS) == 1
    ops = [n.op_type for n in model.graph.node]
    assert ops.count("MultiHeadAttention") == 1
    assert not {"Softmax", "IsNaN", "Transpose", "Where"} & set(ops)


def test_fused_graph_gives_the_same_outputs_on_a_padded_batch() -> None:
    x, mask = padded_batch()
    model = exported_style_block()
    expected = run(model, x, mask)
    fuse_attention(model, HEADS)
    got = run(model, x, mask)
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)
    # Padding really matters here: unmasking the padded keys changes the first row's neighbours.
    assert not np.allclose(run(exported_style_block(), x, np.ones_like(mask))[2], expected[2], atol=1e-3)


def test_fusing_twice_changes_nothing_more() -> None:
    model = exported_style_block()
    fuse_attention(model, HEADS)
    before = model.SerializeToString()
    assert fuse_attention(model, HEADS) == 0
    assert model.SerializeToString() == before


def test_graph_without_an_attention_mask_input_is_left_alone() -> None:
    model = exported_style_block()
    model.graph.input[1].name = "mask"
    assert fuse_attention(model, HEADS) == 0
