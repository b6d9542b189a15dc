"""Typed entry points over the product logic (api.consult, api.cases, graph.queries, the unit store):
typed requests in, the response models out, no HTTP. Routes call these; so can scripts and tests."""
