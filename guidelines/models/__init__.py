from .findings import FindingRecord
from .overrides import Override
from .rules import Kind, Metric, Rule, Severity
from .wordlists import WordList

__all__ = ["FindingRecord", "Kind", "Metric", "Override", "Rule", "Severity", "WordList"]
