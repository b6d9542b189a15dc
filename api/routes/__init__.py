"""The HTTP routes, one module per resource; each is thin: parse, call a service, render."""
