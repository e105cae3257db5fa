"""One module per resource; each exposes ``router`` serving its page(s) and its ``/api`` twin."""

MODULES = ["timeline", "events", "stories", "entities", "documents", "outlets", "search", "framing",
           "export", "ingest", "static", "apidocs"]
