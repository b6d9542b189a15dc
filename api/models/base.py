"""The base of every response model: unknown keys are kept (a model must never drop what a service
sends), and tests/test_openapi.py fails when a real answer carries a key no model declares."""
from __future__ import annotations

import logging
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

log = logging.getLogger("xianjie.api")
M = TypeVar("M", bound=BaseModel)


class Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class Source(Out):
    """Where a unit's text comes from (corpus.model.Source): dataset, file, version and licence."""
    dataset: str
    path: str
    version_date: str
    license: str | None = None
    url: str | None = None
    note: str | None = None
    row: str | None = None
    revised: str | None = None      # the law changed after this copy (修订, or 废止 by a text the corpus lacks)


def undeclared(value: Any, where: str = "") -> list[str]:
    """Paths of keys in a validated model tree that no model declares (its extras)."""
    found: list[str] = []
    if isinstance(value, BaseModel):
        found += [f"{where}.{k}".lstrip(".") for k in (value.model_extra or {})]
        for name in type(value).model_fields:
            found += undeclared(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            found += undeclared(item, f"{where}.{i}")
    elif isinstance(value, dict):
        for k, item in value.items():
            found += undeclared(item, f"{where}.{k}")
    return found


def typed(model: type[M], raw: dict) -> M:
    """The answer as its model. An answer that does not match (a service changed a field's type
    before its model was updated) is logged and still served as built, never turned into a 500;
    tests/test_openapi.py validates real answers strictly."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        log.error("answer does not match %s: %s", model.__name__, exc)
        return model.model_construct(**raw)
