"""The switches and weights of the answer rules, one frozen dataclass per stage of ``ask``, in
the order a question meets them: :class:`ReadingRules` (the question read),
:class:`GateRules` (refused before quoting), :class:`QuoteRules` (what a quote must hold),
:class:`AnswerRules` (which statements are quoted), :class:`ReasonRules` (what a refusal says)
and :class:`ConfidenceRules` (how sure an answer is).

:class:`~lrt_search.config.Settings` inherits from all six, so every field is still read as
``settings.<field>`` and set by its flat key (a TOML file, ``Settings.replace``). A new rule's
switch is one line in the module of the stage it acts on, and one entry in docs/settings.md.

Mixins rather than a nested field (``settings.rules.abstain_below``): a nested field would change
every read of a rule's field, every flat key of eval/configs/ and every ``replace`` call. Each
class is ``@dataclass(frozen=True, init=False, repr=False, eq=False)``: frozen, because a frozen
dataclass inherits only from frozen ones; no ``__init__``, ``__repr__`` or ``__eq__`` of its own,
because ``Settings`` generates them once over all fields (generating them per class too costs
start-up time). A field name is defined in one class only (tests/unit/test_settings_layout.py).
"""

from .answers import AnswerRules
from .confidence import ConfidenceRules
from .gates import GateRules
from .quotes import QuoteRules
from .reading import ReadingRules
from .reasons import ReasonRules

__all__ = [
    "AnswerRules",
    "ConfidenceRules",
    "GateRules",
    "QuoteRules",
    "ReadingRules",
    "ReasonRules",
]
