"""What the engine checks: pieces of text with the field, language and block they come from."""

import datetime
from dataclasses import dataclass, field
from typing import Any

TEXT = "text"
ALT = "alt"
LINK = "link"


@dataclass(frozen=True)
class TextUnit:
    field: str  # base field name: "title", "intro", "body"
    language: str
    text: str
    role: str = TEXT  # text, alt (image alternative text) or link (link text)
    block: str = ""  # for StreamField content: "<block id>" or "<block id>/<child>"

    @property
    def location(self) -> str:
        return f"{self.field}/{self.block}" if self.block else self.field


@dataclass(frozen=True)
class Finding:
    rule_id: int
    rule_code: str
    rule_name: str
    severity: str
    message: str
    reason: str
    suggestions: tuple[str, ...]
    field: str
    language: str
    start: int
    end: int
    matched_text: str
    block: str = ""
    overridden: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule_code,
            "rule_id": self.rule_id,
            "rule_name": self.rule_name,
            "severity": self.severity,
            "message": self.message,
            "reason": self.reason,
            "suggestions": list(self.suggestions),
            "field": self.field,
            "language": self.language,
            "block": self.block,
            "start": self.start,
            "end": self.end,
            "matched_text": self.matched_text,
            "overridden": self.overridden,
        }


@dataclass
class Context:
    """Non-text facts for freshness and required-content rules."""

    page_type: str = ""  # "offers.offerpage"
    values: dict[str, Any] = field(default_factory=dict)  # field name -> value (empty means missing)
    last_reviewed: datetime.date | None = None
