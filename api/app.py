"""The FastAPI application, assembled: the running system from settings (api.runtime), the services
over it, middleware, error handlers, the routers by resource, and the static Chinese web app."""

import time
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from indexer.embedding import Embedder
from indexer.offense_profiles import offense_profiles
from indexer.search import IndexUnavailable
from indexer.stores.base import EngineUnavailable

from .auth import admin_dependency, load_or_create_token
from .curated_checks import check_curated_tables
from .error_responses import COMMON
from .errors import install_handlers
from .exports import router as exports_router                 # Word export of a page
from .hardening import HardeningMiddleware, Pool, default_pools
from .linkage_list import router as linkage_list_router       # 正向衔接事项清单
from .routes import cases, consult, documents, graph, meta, offenses, search
from .runtime import open_service
from .services.cases import CaseService
from .services.consultation import ConsultationService
from .services.knowledge import KnowledgeService
from .settings import Settings, get_settings
from .training.routes import build_router as training_router
from .training.service import TrainingService
from .training.store import TrainingStore

WEB_DIR = Path(__file__).resolve().parent.parent / "web"


def create_app(settings: Settings | None = None, embedder: Embedder | None = None,
               pools: dict[str, Pool] | None = None) -> FastAPI:
    settings = settings or get_settings()
    service = open_service(settings, embedder)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        """Load the index, tokenizer dictionary and model before accepting requests, so the first
        query is as fast as the rest (the server starts answering only when this is done)."""
        check_curated_tables()      # a slip in a table stops the start, naming file, line and field
        try:
            service.warm_up()
            if service.ranking.consult.profile_depth:
                offense_profiles(service.graph, service.units)    # made once per build, not on the first question
        except (IndexUnavailable, EngineUnavailable):
            pass   # /api/health reports it; the service picks up an index built later or an engine back up
        yield

    app = FastAPI(lifespan=lifespan, title="衔接 Xianjie", version="0.1.0", responses=COMMON,
                  description="行刑衔接知识库与类案检索 — knowledge base and case-law search for administrative–criminal linkage")
    app.state.search, app.state.settings, app.state.started = service, settings, time.time()
    app.state.pools = pools if pools is not None else default_pools()
    app.state.require_admin = admin_dependency(load_or_create_token(settings.admin_token, settings.data_dir))
    app.state.knowledge = KnowledgeService(service)
    app.state.consultation = ConsultationService(service)
    app.state.cases = CaseService(service)
    app.add_middleware(HardeningMiddleware, pools=app.state.pools)
    install_handlers(app)

    for module in (search, consult, cases, documents, offenses, graph):
        app.include_router(module.router)
    app.include_router(linkage_list_router)
    app.include_router(exports_router)
    training = TrainingService(service, TrainingStore(Path(settings.data_dir) / "training.sqlite"))
    app.include_router(training_router(training))
    app.include_router(meta.router)

    if WEB_DIR.exists():
        app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

        @app.get("/", include_in_schema=False)
        def index_page():
            return FileResponse(WEB_DIR / "index.html")

    return app
