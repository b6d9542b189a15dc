"""Request and response models of the HTTP API, one module per resource. Response models describe
the JSON the services build (same field names); they exist for the OpenAPI document and for tests
that validate real answers against them."""
