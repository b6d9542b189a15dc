"""What several route modules share: rendering an answer off the event loop, and list parameters."""
from __future__ import annotations

from fastapi.responses import JSONResponse
from pydantic import BaseModel

MAX_FILTER_VALUES = 20


def rendered(answer: BaseModel, status_code: int = 200) -> JSONResponse:
    """The answer encoded here, in the worker thread that runs the route: FastAPI would encode a
    returned object on the event loop every request shares (search hits, documents and case facts
    are large). Only the keys the service set are written, as it built them."""
    return JSONResponse(answer.model_dump(mode="json", by_alias=True, exclude_unset=True, warnings=False),
                        status_code=status_code)


def as_tuple(value) -> tuple[str, ...]:
    """Repeated or comma-separated values (type=statute&type=case, type=statute,case) as one tuple."""
    if value is None:
        return ()
    values = [value] if isinstance(value, str) else list(value)
    out = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(out)
