"""What the steps after the engine read of the project: mkdocs.yml's name, address and
navigation (the same file both engines read), without an engine."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from sitebuild import BuildError

MKDOCS_YML = "mkdocs.yml"


class _Loader(yaml.SafeLoader):
    """YAML with MkDocs' tags: `!ENV [NAME, default]` read from the environment; the others
    (Python names for Material's extensions) kept as their text."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.SequenceNode):
        names = loader.construct_sequence(node)
        for name in names[:-1]:
            if name in os.environ:
                return os.environ[name]
        return names[-1] if len(names) > 1 else None
    return os.environ.get(str(loader.construct_scalar(node)))


def _other(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    return suffix


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("!", _other)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _other)


def config(root: Path) -> dict[str, Any]:
    path = root / MKDOCS_YML
    if not path.is_file():
        raise BuildError(f"{path} is missing")
    loaded: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    return loaded


def page_url(src: str) -> str:
    """The site-relative URL of Markdown file `src` (directory URLs, as both engines make)."""
    stem = src.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def nav_urls(cfg: dict[str, Any]) -> list[str]:
    """The pages of the navigation, in its order, as site-relative URLs."""
    urls: list[str] = []

    def walk(items: Any) -> None:
        for item in items or []:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value)
            elif isinstance(value, str) and value.endswith(".md"):
                urls.append(page_url(value))

    walk(cfg.get("nav"))
    return urls
