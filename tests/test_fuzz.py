"""Property-based fuzzing of every operation in the OpenAPI document (schemathesis): whatever a
client sends, the server answers without a 5xx, with a status code the document lists, and with a
body that matches the documented schema. Runs on a copy of the small fixture index, so the
training store it fills is its own; sized to a few minutes on two cores (FUZZ_EXAMPLES per
operation, derandomized so a CI failure reproduces)."""
from __future__ import annotations

import os
from collections import Counter
import shutil

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from api.app import create_app
from api.settings import Settings

TOKEN = "fuzz-admin-token-0123"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def fuzz_app(fixture_index, embedder, tmp_path_factory):
    data = tmp_path_factory.mktemp("fuzz-data") / "data"
    shutil.copytree(fixture_index, data, ignore=shutil.ignore_patterns("training.sqlite*", "admin_token"))
    app = create_app(Settings(data_dir=data, admin_token=TOKEN), embedder)
    with TestClient(app) as client:     # a practice set and an open round, so set and round ids can exist
        auth = {"Authorization": f"Bearer {TOKEN}"}
        sid = client.post("/api/training/sets", json={"title": "模糊测试", "count": 3}, headers=auth).json().get("id")
        if sid:
            client.post("/api/training/rounds", json={"set_id": sid}, headers=auth)
    return app


def _fuzz(operation, seen: Counter) -> str | None:
    """EXAMPLES valid and invalid cases against one operation; the first (shrunk) failure, if any.
    Half the cases carry the admin token, so write endpoints are exercised past the 401 as well."""
    strategy = st.one_of(operation.as_strategy(GenerationMode.POSITIVE), operation.as_strategy(GenerationMode.NEGATIVE))

    @given(case=strategy, with_token=st.booleans())
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
    def run(case, with_token):
        if with_token:      # the case's own (fuzzed) admin headers give way to the real token
            case.headers = {k: v for k, v in (case.headers or {}).items() if k.lower() not in ("authorization", "x-admin-token")}
        response = case.call(headers={"Authorization": f"Bearer {TOKEN}"} if with_token else None)
        seen[response.status_code] += 1
        case.validate_response(response, checks=CHECKS)

    try:
        run()
    except (Exception, BaseExceptionGroup) as exc:     # failures (a group) or a server exception
        return f"{operation.label}: {str(exc)[:1500]}"
    return None


def test_every_operation_holds_its_contract(fuzz_app):
    """Every operation, in document order; all failures are gathered so one run shows them all."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)
    operations = [r.ok() for r in schema.get_all_operations()]
    assert len(operations) >= 30
    seen: Counter = Counter()
    failures = [f for op in operations if (f := _fuzz(op, seen))]
    print(f"\n{sum(seen.values())} cases over {len(operations)} operations, by status: {dict(sorted(seen.items()))}")
    assert not failures, f"{len(failures)} of {len(operations)} operations broke their contract:\n\n" + "\n\n".join(failures)
