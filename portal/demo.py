"""Demo data as a registry of steps. Each app contributes steps in its own ``demo.py``.

``seed_demo`` runs every registered step in order; steps must be idempotent (look up before
creating). Scale steps bulk-create many objects for benchmarks (``seed_demo --scale N``): each
content type registers its own in its app's ``demo.py``, called in order with N (the number of
offers) after the demo steps. A scale step brings its content up to its share of N and adds
nothing when it is there already (a rerun with the same N changes nothing, a larger N adds).
Shares of N: towns max(demo towns, N/200), contact points N/20, events N/5, offers N.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from django.utils.module_loading import autodiscover_modules

from .i18n import localized_values

F = TypeVar("F", bound=Callable[..., Any])

_steps: list["Step"] = []
_scale_steps: list["Step"] = []


@dataclass(frozen=True)
class Step:
    order: int
    name: str
    func: Callable[..., Any]


def step(order: int, name: str) -> Callable[[F], F]:
    def decorator(func: F) -> F:
        _steps.append(Step(order, name, func))
        return func

    return decorator


def scale_step(order: int, name: str) -> Callable[[F], F]:
    """Register ``func(count, progress=True)`` as a bulk step of ``seed_demo --scale``."""

    def decorator(func: F) -> F:
        _scale_steps.append(Step(order, name, func))
        return func

    return decorator


def ensure_child(parent: Any, model: Any, spec: dict[str, Any]) -> Any:
    """The child page of ``parent`` with ``spec["slug"]``, created and published if missing
    (``spec``: slug, and title and intro as {language code: text})."""
    existing = model.objects.child_of(parent).filter(slug_de=spec["slug"]).first()
    if existing:
        return existing
    page = model(
        slug=spec["slug"],
        **localized_values("title", spec["title"]),
        **localized_values("intro", spec.get("intro", {})),
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def discover() -> None:
    autodiscover_modules("demo")


def steps() -> list[Step]:
    discover()
    return sorted(set(_steps), key=lambda s: (s.order, s.name))


def scale_steps() -> list[Step]:
    discover()
    return sorted(set(_scale_steps), key=lambda s: (s.order, s.name))
