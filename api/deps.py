"""What a route needs from the running app, read from app.state (set once by create_app): the search
service and the services over it, the settings, the admin check. Routes take these as Depends, so a route
module holds no global state and the app is assembled in one place."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request

from indexer.search import SearchService

from .services.cases import CaseService
from .services.consultation import ConsultationService
from .services.knowledge import KnowledgeService
from .settings import Settings


def get_service(request: Request) -> SearchService:
    return request.app.state.search


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def require_admin(request: Request, authorization: str | None = Header(default=None),
                  x_admin_token: str | None = Header(default=None)) -> None:
    """401 unless the request carries the admin token (api.auth.admin_dependency, set by create_app)."""
    request.app.state.require_admin(authorization=authorization, x_admin_token=x_admin_token)


def is_admin(request: Request, authorization: str | None = Header(default=None),
             x_admin_token: str | None = Header(default=None)) -> bool:
    """Whether the request carries the admin token, for reads an admin may see more of."""
    try:
        require_admin(request, authorization, x_admin_token)
    except HTTPException:
        return False
    return True


Admin = Annotated[bool, Depends(is_admin)]
Service = Annotated[SearchService, Depends(get_service)]
AppSettings = Annotated[Settings, Depends(get_settings)]


def get_knowledge(request: Request) -> KnowledgeService:
    return request.app.state.knowledge


def get_consultation(request: Request) -> ConsultationService:
    return request.app.state.consultation


def get_cases(request: Request) -> CaseService:
    return request.app.state.cases


Knowledge = Annotated[KnowledgeService, Depends(get_knowledge)]
Consultation = Annotated[ConsultationService, Depends(get_consultation)]
Cases = Annotated[CaseService, Depends(get_cases)]
