"""Write docs/api-reference.md from the server's own OpenAPI document.

    python docs/api_reference.py           rewrite docs/api-reference.md
    python docs/api_reference.py --check   exit 1 if it is out of date (the tests do this)

The document comes from ``pos_loyalty.server.app`` itself (the same one the server
serves at ``/v4/openapi.json``), built on a throw-away database, so the reference
never drifts from the code: change a route or a schema, run this, commit both.
"""

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "api-reference.md"
Schema = dict[str, Any]


def openapi_document() -> Schema:
    """The OpenAPI document, exactly as the server serves it."""
    sys.path.insert(0, str(ROOT))
    from pos_loyalty.server.app import create_app
    from pos_loyalty.server.config import ServerConfig
    from pos_loyalty.server.context import ServerContext

    with tempfile.TemporaryDirectory() as folder:
        ctx = ServerContext.open(ServerConfig(db_path=Path(folder) / "openapi.sqlite3"))
        try:
            document: Schema = create_app(ctx).openapi()
        finally:
            ctx.close()
    # A deep copy through JSON: what a client of /v4/openapi.json would read.
    return dict(json.loads(json.dumps(document)))


def _cell(text: object) -> str:
    """Markdown table cells hold one line and no bare pipes."""
    return " ".join(str(text).split()).replace("|", "\\|")


def type_of(schema: Schema) -> str:
    """A short type, linked to its schema: ``string``, ``[UserOut](#userout)[]`` …"""
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[1]
        return f"[{name}](#{name.lower()})"
    if "const" in schema:
        return f"`{json.dumps(schema['const'])}`"
    if "enum" in schema:
        return " or ".join(f"`{json.dumps(v)}`" for v in schema["enum"])
    for combiner in ("anyOf", "oneOf", "allOf"):
        if combiner in schema:
            return " or ".join(type_of(part) for part in schema[combiner])
    kind = schema.get("type")
    if kind == "array":
        return f"{type_of(schema.get('items', {}))}[]"
    if isinstance(kind, list):
        return " or ".join(kind)
    if kind == "object" and "additionalProperties" in schema:
        extra = schema["additionalProperties"]
        return f"object of {type_of(extra) if isinstance(extra, dict) else 'any'}"
    return str(kind or "any")


_RULES = (
    ("minLength", "at least {} characters"),
    ("maxLength", "at most {} characters"),
    ("minimum", "≥ {}"),
    ("exclusiveMinimum", "> {}"),
    ("maximum", "≤ {}"),
    ("exclusiveMaximum", "< {}"),
    ("minItems", "at least {} items"),
    ("maxItems", "at most {} items"),
    ("pattern", "matches `{}`"),
    ("format", "format {}"),
    ("default", "default `{}`"),
)


def rules_of(schema: Schema) -> str:
    """The limits a value must keep, from the schema and any ``anyOf`` branch."""
    parts = []
    for branch in [schema, *schema.get("anyOf", [])]:
        for key, words in _RULES:
            if key in branch:
                value = branch[key]
                shown = json.dumps(value) if key == "default" else value
                parts.append(words.format(shown))
    return "; ".join(dict.fromkeys(parts))


def _operation(lines: list[str], method: str, path: str, operation: Schema) -> None:
    lines += [f"### {method.upper()} `{path}`", ""]
    lines.append(f"**{operation.get('summary', '')}.**" if operation.get("summary") else "")
    if operation.get("description"):
        lines += ["", operation["description"].strip()]
    lines.append("")
    secured = bool(operation.get("security"))
    lines += [
        "Authentication: " + ("`x-api-key` and `x-api-secret` headers." if secured else "none."),
        "",
    ]
    parameters = operation.get("parameters", [])
    if parameters:
        lines += [
            "| parameter | in | type | required | rules | description |",
            "|---|---|---|---|---|---|",
        ]
        for p in parameters:
            schema = p.get("schema", {})
            lines.append(
                f"| `{p['name']}` | {p['in']} | {_cell(type_of(schema))} |"
                f" {'yes' if p.get('required') else 'no'} | {_cell(rules_of(schema))} |"
                f" {_cell(p.get('description', ''))} |"
            )
        lines.append("")
    body = operation.get("requestBody")
    if body:
        for media, content in body.get("content", {}).items():
            required = "required" if body.get("required") else "optional"
            lines += [f"Body ({media}, {required}): {type_of(content.get('schema', {}))}", ""]
    lines += ["| status | meaning | body |", "|---|---|---|"]
    for status, response in operation.get("responses", {}).items():
        content = response.get("content", {})
        shown = ", ".join(
            type_of(c["schema"]) if c.get("schema") else media for media, c in content.items()
        )
        lines.append(f"| {status} | {_cell(response.get('description', ''))} | {_cell(shown)} |")
    lines.append("")


def _schema(lines: list[str], name: str, schema: Schema) -> None:
    lines += [f"### {name}", ""]
    if schema.get("description"):
        lines += [" ".join(schema["description"].split()), ""]
    properties = schema.get("properties", {})
    if not properties:
        lines += [f"Type: {type_of(schema)}", ""]
        return
    required = set(schema.get("required", []))
    lines += ["| field | type | required | rules | description |", "|---|---|---|---|---|"]
    for field, spec in properties.items():
        lines.append(
            f"| `{field}` | {_cell(type_of(spec))} | {'yes' if field in required else 'no'} |"
            f" {_cell(rules_of(spec))} | {_cell(spec.get('description', ''))} |"
        )
    lines.append("")


def render(document: Schema) -> str:
    """The reference as Markdown: every operation, then every schema."""
    info = document["info"]
    lines = [
        f"# {info['title']}: API reference",
        "",
        "<!-- Generated by docs/api_reference.py from the server's OpenAPI document;"
        " do not edit by hand. After changing a route or schema: make api-docs -->",
        "",
        f"Version {info['version']}, OpenAPI {document['openapi']}."
        f" {' '.join(info.get('description', '').split())}",
        "",
        "The running server serves the same document at `/v4/openapi.json` and an"
        " interactive page at `/v4/docs`. Calls under `/v4/loyalty/` need a key pair"
        " (`pos-loyalty keys create --db FILE`) in the `x-api-key` and `x-api-secret`"
        " headers. Writes accept an `Idempotency-Key` header: a retry with the same key"
        " gets the first answer again instead of a second write.",
        "",
        "## Operations",
        "",
    ]
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            _operation(lines, method, path, operation)
    lines += ["## Schemas", ""]
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        _schema(lines, name, schema)
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str]) -> int:
    text = render(openapi_document())
    if argv[1:] == ["--check"]:
        if OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text:
            return 0
        print(
            f"{OUTPUT.relative_to(ROOT)} is out of date with the server's OpenAPI document;"
            " regenerate it with: make api-docs",
            file=sys.stderr,
        )
        return 1
    if argv[1:]:
        print("usage: python docs/api_reference.py [--check]", file=sys.stderr)
        return 2
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
