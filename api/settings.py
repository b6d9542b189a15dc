"""All settings in one place; each has an XIANJIE_* environment variable and an offline default."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from corpus.loader import BUNDLED_CORPUS
from indexer.embedding import DEFAULT_MODEL


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="XIANJIE_", extra="ignore")

    corpus_dir: Path = BUNDLED_CORPUS
    data_dir: Path = Path("var")
    cache_dir: Path = Path.home() / ".cache" / "xianjie"
    embed_model: str = DEFAULT_MODEL
    query_engine: str = "onnx"          # onnx | torch: how single queries are encoded
    host: str = "127.0.0.1"
    port: int = 8000
    admin_token: str | None = None
    search_backend: str = "embedded"
    graph_backend: str = "embedded"
    es_url: str | None = None
    es_prefix: str = "xianjie"           # aliases <prefix>-units and <prefix>-chunks
    engine_timeout_s: float = 5.0        # how long a request to Elasticsearch may take before a 503
    neo4j_url: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = None
    ranking_file: Path | None = None     # YAML of ranking overrides (indexer/ranking.py field names)
    province: str | None = None          # 省（自治区、直辖市）: fixes figures left to provinces (api/verdict.py)
    province_figures: Path = BUNDLED_CORPUS.parent / "data" / "province_figures.yaml"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
