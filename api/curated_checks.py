"""The hand-curated tables that answers read at query time, read once up front.

The graph's tables are read when the index is built, so a slip there stops `xianjie index`. These
are read by consultation itself (act phrases, charge pairs, offense elements, offense conduct, defined
terms, the officers' questions, statute amendments): without this check a slip would surface only at the first consultation that
happened to need the table. `xianjie index` and the server's start call it, and stop with the file,
line and field.
"""
from __future__ import annotations

from graph.acts import act_words
from indexer.offense_profiles import labelled_questions
from indexer.predict.distinctions import distinctions

from .amended import amendments
from .conduct import conducts
from .defined_terms import definitions
from .elements import elements


def check_curated_tables() -> dict[str, int]:
    """Entries per table; raises corpus.curated.CuratedTableError naming file, line and field."""
    return {"offense_acts": len(act_words()), "charge_distinctions": len(distinctions()),
            "offense_elements": len(elements()), "defined_terms": len(definitions()),
            "officer_questions": len(labelled_questions()), "offense_conduct": len(conducts()),
            "statute_amendments": len(amendments())}
