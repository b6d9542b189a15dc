"""FastAPI application: search, documents, units, health, and the static Chinese web app."""

import datetime as dt
import re
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from corpus.model import DOC_TYPES, STATUSES
from graph.queries import neighborhood as graph_neighborhood
from graph.queries import offense_view, search_offenses
from graph.schema import NODE_KINDS, offense_id
from graph.store import node_dict
from indexer.embedding import Embedder
from indexer.case_kinds import CASE_KINDS, case_kinds_present
from indexer.search import IndexUnavailable, SearchRequest, UnknownFilterValue
from indexer.stores.base import EngineUnavailable

from .auth import admin_dependency, load_or_create_token
from .error_responses import COMMON, NOT_FOUND
from .hardening import HardeningMiddleware, Pool, default_pools
from .cases import MAX_FACTS_CHARS, case_facts, compare_cases, similar_cases
from .consult import consult
from .training.routes import build_router as training_router
from .training.store import TrainingStore
from .runtime import open_service
from .settings import Settings, get_settings

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
MAX_QUERY_CHARS = 4000
MAX_FILTER_VALUES = 20
Mode = Literal["keyword", "vector", "hybrid"]


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        self.status, self.code, self.message = status, code, message


def _rendered(body) -> JSONResponse:
    """The response encoded here, in the worker thread: FastAPI would encode a returned dict on the
    event loop that every request shares (search hits and case facts are large)."""
    return JSONResponse(jsonable_encoder(body))


def _error(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": {"code": code, "message": message}}, headers=headers)


class SearchBody(BaseModel):
    """POST /api/search: the same fields as the query string, for long fact descriptions."""
    model_config = ConfigDict(extra="forbid")
    q: str = Field(min_length=1, max_length=MAX_QUERY_CHARS)
    type: list[str] | str | None = None
    doc: str | None = Field(default=None, max_length=200)
    domain: list[str] | str | None = None
    status: list[str] | str | None = None
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    k: int = Field(default=10, ge=1, le=100)
    mode: Mode = "hybrid"
    graph: bool = Field(default=True, description="hybrid: fuse graph evidence (offenses named or shared by top hits)")
    case_kind: list[str] | str | None = Field(default=None, description="typical|guiding|reference|judgment: only cases of these kinds")

    @field_validator("q")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("q must not be blank")
        return v


MAX_AMOUNT = 1e15   # beyond any real amount or quantity: a typo or an overflow

class SimilarFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")
    offense: str | None = Field(default=None, max_length=80)
    domain: str | None = Field(default=None, max_length=40)


class SimilarBody(BaseModel):
    """POST /api/cases/similar: the facts of the case at hand."""
    model_config = ConfigDict(extra="forbid")
    facts: str = Field(min_length=4, max_length=MAX_FACTS_CHARS)
    k: int = Field(default=10, ge=1, le=50)
    filters: SimilarFilters = Field(default_factory=SimilarFilters)


class ConsultBody(BaseModel):
    """POST /api/consult: a situation in plain Chinese, and which way the question points."""
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=2, max_length=MAX_QUERY_CHARS)
    direction: Literal["auto", "forward", "reverse"] = "auto"

    @field_validator("text")
    @classmethod
    def _sane(cls, v: str) -> str:
        from corpus.quantities import find_quantities
        if not v.strip():
            raise ValueError("text must not be blank")
        for q in find_quantities(v):
            if q.value > MAX_AMOUNT:
                raise ValueError(f"the number '{q.raw}' is too large to be a real amount or quantity")
        return v


def _as_tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    values = [value] if isinstance(value, str) else list(value)
    out = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(out)


def _validated_request(body: SearchBody) -> SearchRequest:
    types = _as_tuple(body.type)
    for t in types:
        if t not in DOC_TYPES:
            raise ApiError(422, "invalid_filter", f"type: unknown document type '{t}' (one of {', '.join(DOC_TYPES)})")
    statuses = _as_tuple(body.status)
    for s in statuses:
        if s not in STATUSES:
            raise ApiError(422, "invalid_filter", f"status: unknown status '{s}' (one of {'、'.join(STATUSES)})")
    domains = _as_tuple(body.domain)
    case_kinds = _as_tuple(body.case_kind)
    for k in case_kinds:
        if k not in CASE_KINDS:
            raise ApiError(422, "invalid_filter", f"case_kind: unknown case kind '{k}' (one of {', '.join(CASE_KINDS)})")
    for name, values in (("type", types), ("domain", domains), ("status", statuses), ("case_kind", case_kinds)):
        if len(values) > MAX_FILTER_VALUES:
            raise ApiError(422, "invalid_filter", f"{name}: at most {MAX_FILTER_VALUES} values")
    return SearchRequest(q=body.q, k=body.k, mode=body.mode, types=types, doc=body.doc, domains=domains,
                         statuses=statuses,
                         effective_from=body.effective_from.isoformat() if body.effective_from else None,
                         effective_to=body.effective_to.isoformat() if body.effective_to else None,
                         graph_boost=body.graph, case_kinds=case_kinds)


def _allowed_methods(app: FastAPI, scope: dict) -> str:
    """Every method some route serves at this request's path, for the Allow header of a 405."""
    allowed = [m for m in ("GET", "POST", "PUT", "DELETE", "PATCH")
               if any(route.matches({**scope, "method": m})[0] == Match.FULL for route in app.router.routes)]
    return ", ".join(allowed)


def create_app(settings: Settings | None = None, embedder: Embedder | None = None,
               pools: dict[str, Pool] | None = None) -> FastAPI:
    settings = settings or get_settings()
    service = open_service(settings, embedder)
    embedder = service.embedder
    started = time.time()

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        """Load the index, tokenizer dictionary and model before accepting requests, so the first
        query is as fast as the rest (the server starts answering only when this is done)."""
        try:
            service.warm_up()
        except (IndexUnavailable, EngineUnavailable):
            pass   # /api/health reports it; the service picks up an index built later or an engine back up
        yield

    app = FastAPI(lifespan=lifespan, title="衔接 Xianjie", version="0.1.0", responses=COMMON,
                  description="行刑衔接知识库与类案检索 — knowledge base and case-law search for administrative–criminal linkage")
    app.state.search = service
    app.state.settings = settings
    pools = pools if pools is not None else default_pools()
    app.add_middleware(HardeningMiddleware, pools=pools)

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError):
        return _error(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path")]
            field = ".".join(loc) or "request"
            msg = err.get("msg", "invalid").removeprefix("Value error, ")
            if err.get("type") == "extra_forbidden":
                msg = "unknown field"
            if err.get("type") == "value_error" and re.match(r"^[\w.]+: ", msg):
                field, msg = msg.split(": ", 1)     # a model check that names its own field
                field = ".".join([*loc, field]) if loc else field
            parts.append(f"{field}: {msg}")
        return _error(422, "invalid_request", "; ".join(parts))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed", 409: "conflict",
                413: "body_too_large", 422: "invalid_request", 429: "rate_limited"}.get(exc.status_code, "http_error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = _allowed_methods(app, request.scope) or headers.get("Allow", "")
            return _error(405, code, f"不支持 {request.method} 方法（可用：{headers['Allow']}）", headers)
        if exc.status_code == 404 and exc.detail == "Not Found":
            return _error(404, code, "未找到该地址", headers)
        if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
            return _error(400, "invalid_body", "请求内容无法解析：须为 UTF-8 编码的 JSON", headers or None)
        return _error(exc.status_code, code, str(exc.detail), headers or None)

    @app.exception_handler(IndexUnavailable)
    async def _no_index(_: Request, exc: IndexUnavailable):
        return _error(503, "index_unavailable", str(exc))

    @app.exception_handler(EngineUnavailable)
    async def _engine_down(_: Request, exc: EngineUnavailable):
        return _error(503, "engine_unavailable", str(exc))

    @app.exception_handler(UnknownFilterValue)
    async def _bad_filter(_: Request, exc: UnknownFilterValue):
        return _error(422, "invalid_filter", f"{exc.field}: {exc}")

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception):
        return _error(500, "internal_error", f"internal error: {type(exc).__name__}")

    known_search_params = {"q", "type", "doc", "domain", "status", "effective_from", "effective_to", "k", "mode", "graph",
                           "case_kind"}

    async def search_params(request: Request,
                      q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS, description="查询文本")],
                      type: Annotated[list[str] | None, Query(description="statute|interpretation|standard|guidance|case")] = None,
                      doc: Annotated[str | None, Query(max_length=200, description="文档 id 或完整标题")] = None,
                      domain: Annotated[list[str] | None, Query()] = None,
                      status: Annotated[list[str] | None, Query()] = None,
                      effective_from: dt.date | None = None, effective_to: dt.date | None = None,
                      k: Annotated[int, Query(ge=1, le=100)] = 10, mode: Mode = "hybrid",
                      graph: bool = True,
                      case_kind: Annotated[list[str] | None, Query(description="typical|guiding|reference|judgment")] = None) -> SearchBody:
        unknown = sorted(set(request.query_params) - known_search_params)
        if unknown:
            raise ApiError(422, "invalid_filter", f"{unknown[0]}: unknown parameter")
        try:
            return SearchBody(q=q, type=type, doc=doc, domain=domain, status=status, effective_from=effective_from,
                              effective_to=effective_to, k=k, mode=mode, graph=graph, case_kind=case_kind)
        except ValidationError as exc:     # a blank q: 422 naming it, like every other parameter
            raise RequestValidationError(exc.errors()) from None

    @app.get("/api/search", summary="检索 hybrid search")
    def search_get(body: Annotated[SearchBody, Depends(search_params)]):
        return _rendered(service.search(_validated_request(body)))

    @app.post("/api/search", summary="检索（长文本）hybrid search with a JSON body")
    def search_post(body: SearchBody):
        return _rendered(service.search(_validated_request(body)))

    @app.post("/api/consult", summary="双向咨询：候选罪名、追诉标准是否达到、对应行政处罚规定、相似案例")
    def consult_endpoint(body: ConsultBody):
        started_at = time.perf_counter()
        answer = consult(service, body.text, body.direction)
        return _rendered({"query": body.text, "took_ms": round((time.perf_counter() - started_at) * 1000, 2), **answer})

    @app.post("/api/cases/similar", summary="类案检索：相似案例及相似理由")
    def cases_similar(body: SimilarBody):
        t0 = time.perf_counter()
        cases = similar_cases(service, body.facts, body.k, body.filters.offense, body.filters.domain)
        return _rendered({"took_ms": round((time.perf_counter() - t0) * 1000, 2), "cases": cases})

    @app.get("/api/cases/compare", summary="两案对比：并排显示并标出共同要素", responses=NOT_FOUND)
    def cases_compare(a: Annotated[str, Query(min_length=1, max_length=120)],
                      b: Annotated[str, Query(min_length=1, max_length=120)]):
        result = compare_cases(service, a, b)
        if result is None:
            raise ApiError(404, "not_found", f"case '{a}' or '{b}' not found")
        return result

    @app.get("/api/cases/{case_id}/similar", summary="与某案例相似的案例", responses=NOT_FOUND)
    def case_similar(case_id: Annotated[str, Field(max_length=120)], k: Annotated[int, Query(ge=1, le=50)] = 10):
        facts = case_facts(service, case_id)
        if facts is None:
            raise ApiError(404, "not_found", f"case '{case_id}' not found")
        return _rendered({"case": case_id, "cases": similar_cases(service, facts, k, exclude=frozenset({case_id}))})

    @app.get("/api/documents", summary="文档列表")
    def documents():
        return {"documents": service.units.documents()}

    @app.get("/api/documents/{doc_id}", summary="文档（元数据与条文）", responses=NOT_FOUND)
    def document(doc_id: Annotated[str, Field(max_length=200)]):
        doc = service.units.document(doc_id)
        if doc is None:
            raise ApiError(404, "not_found", f"document '{doc_id}' not found")
        graph = service.graph
        for u in doc["units"]:
            if u["kind"] == "article":
                u["refers_to"] = [{"unit_id": graph.node(e.dst).props.get("unit_id"), "label": graph.node(e.dst).label}
                                  for e in graph.edges_from(f"article:{u['id']}", ("REFERS_TO",)) if graph.node(e.dst)]
        return doc

    @app.get("/api/units/{unit_id}", summary="单个条文或段落", responses=NOT_FOUND)
    def unit(unit_id: Annotated[str, Field(max_length=300)]):
        u = service.units.unit(unit_id)
        if u is None:
            raise ApiError(404, "not_found", f"unit '{unit_id}' not found")
        return u

    @app.get("/api/offenses", summary="罪名检索（名称、别名）")
    def offenses(q: Annotated[str, Query(min_length=1, max_length=100)],
                 limit: Annotated[int, Query(ge=1, le=100)] = 20):
        return {"query": q, "offenses": search_offenses(service.graph, q, limit)}

    @app.get("/api/offenses/{offense}", summary="罪名页：条文、标准、正向/反向行政规定、案例", responses=NOT_FOUND)
    def offense(offense: Annotated[str, Field(max_length=120)]):
        node = offense if offense.startswith("offense:") else offense_id(offense)
        view = offense_view(service.graph, node)
        if view is None:
            raise ApiError(404, "not_found", f"offense '{offense}' not found")
        units = service.units
        for art in view["articles"]:
            unit = units.unit(art["unit_id"]) if art["unit_id"] else None
            art["text"] = unit["text"] if unit else None
        return view

    def _kinds(kinds: list[str] | None) -> tuple[str, ...]:
        values = _as_tuple(kinds)
        for k in values:
            if k not in NODE_KINDS:
                raise ApiError(422, "invalid_filter", f"kinds: unknown node kind '{k}' (one of {', '.join(NODE_KINDS)})")
        return values

    @app.get("/api/graph/neighborhood", summary="图谱邻域", responses=NOT_FOUND)
    def neighborhood(node: Annotated[str, Query(min_length=1, max_length=300)],
                     depth: Annotated[int, Query(ge=1, le=3)] = 1,
                     kinds: Annotated[list[str] | None, Query()] = None,
                     limit: Annotated[int, Query(ge=1, le=300)] = 150):
        try:
            return graph_neighborhood(service.graph, node, depth, _kinds(kinds), limit)
        except KeyError:
            raise ApiError(404, "not_found", f"node: '{node}' not found") from None

    @app.get("/api/graph/path", summary="两节点间最短路径", responses=NOT_FOUND)
    def path(from_: Annotated[str, Query(alias="from", min_length=1, max_length=300)],
             to: Annotated[str, Query(min_length=1, max_length=300)],
             max_depth: Annotated[int, Query(ge=1, le=8)] = 6):
        graph = service.graph
        try:
            edges = graph.path(from_, to, max_depth)
        except KeyError as exc:
            raise ApiError(404, "not_found", f"node '{exc.args[0]}' not found") from None
        if edges is None:
            return {"from": from_, "to": to, "found": False, "nodes": [], "edges": []}
        ordered = [from_]
        for e in edges:
            ordered.append(e.dst if e.src == ordered[-1] else e.src)
        return {"from": from_, "to": to, "found": True, "nodes": [node_dict(graph.node(n)) for n in ordered],
                "edges": [e.to_dict() for e in edges]}

    admin_token = load_or_create_token(settings.admin_token, settings.data_dir)
    from .linkage_list import router as linkage_list_router       # 正向衔接事项清单
    app.include_router(linkage_list_router)
    from .exports import router as exports_router                 # Word export of a page
    app.include_router(exports_router)
    app.include_router(training_router(lambda: service, TrainingStore(Path(settings.data_dir) / "training.sqlite"),
                                       admin_dependency(admin_token)))

    @app.get("/api/suggest", summary="输入提示：罪名与文件标题")
    def suggest(q: Annotated[str, Query(min_length=1, max_length=50)], limit: Annotated[int, Query(ge=1, le=20)] = 8):
        offenses = [{"kind": "offense", "text": o["name"]} for o in search_offenses(service.graph, q, limit)]
        docs = [{"kind": "document", "text": d["title"], "id": d["id"]} for d in service.units.documents()
                if q in d["title"] and d["type"] != "case"][:limit]
        return {"query": q, "suggestions": (offenses + docs)[:limit]}

    @app.get("/api/facets", summary="筛选项")
    def facets():
        units = service.units
        return {"type": units.values("type"), "domain": units.values("domains"), "status": units.values("status"),
                "case_kind": case_kinds_present(units)}

    @app.get("/api/health", summary="健康状态", responses={503: {"description": "索引或后端不可用（status: degraded，index.error 说明原因）"}})
    def health():
        body = {"status": "ok", "uptime_s": round(time.time() - started, 1),
                "backends": {"search": settings.search_backend, "graph": settings.graph_backend,
                             **({"search_url": settings.es_url, "search_prefix": settings.es_prefix}
                                if settings.search_backend == "elasticsearch" else {}),
                             **({"graph_url": settings.neo4j_url} if settings.graph_backend == "neo4j" else {})},
                "model": embedder.model_id, "load": {name: pool.stats() for name, pool in pools.items()}}
        body["ranking"] = service.ranking.model_dump()      # the ranking knobs in effect (indexer/ranking.py)
        try:
            info = service.info()
            body["index"] = {"documents": info["documents"], "units": info["units"], "chunks": info["chunks"],
                             "built_at": info["built_at"], "model": info["model"], "build": Path(info["path"]).name}
            service.ping_engines()
        except (IndexUnavailable, EngineUnavailable) as exc:
            body["status"] = "degraded"
            body["index"] = {"error": str(exc)}
            return JSONResponse(status_code=503, content=body)
        return body

    if WEB_DIR.exists():
        app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

        @app.get("/", include_in_schema=False)
        def index_page():
            return FileResponse(WEB_DIR / "index.html")

    return app
