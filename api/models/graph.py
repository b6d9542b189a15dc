"""Graph neighborhood and shortest path."""
from __future__ import annotations

from typing import Any

from pydantic import Field

from .base import Out
from .offenses import EdgeProvenance


class Node(Out):
    id: str
    kind: str
    label: str
    props: dict[str, Any] | None = None     # absent when the node has none
    depth: int | None = None                # neighborhood only: hops from the start


class Edge(Out):
    src: str
    dst: str
    kind: str
    provenance: EdgeProvenance
    props: dict[str, Any] | None = None


class Neighborhood(Out):
    nodes: list[Node]
    edges: list[Edge]
    truncated: bool


class GraphPath(Out):
    from_: str = Field(alias="from")
    to: str
    found: bool
    nodes: list[Node]
    edges: list[Edge]
