"""Every rule of answering as named data: an ordered list of :class:`Check`s.

Gates run before searching, on the question (:class:`~lrt_search.answer.evidence.Asked`):
the first that fails ends the question with its reason code and parameters. Quote checks run on
every candidate statement (:class:`Quote`): a statement that fails one is not quoted. When no
statement is left, the reason is that of the first quote check that applies and names what is
missing (``no_answer`` when none does). A check named in ``Settings.disabled_checks`` never
fires (``lrt-search eval --ablate-checks`` measures each one this way).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ..errors import ConfigError
from ..index.analysis import words
from ..search.group_speaker import writes_group
from .act_stated import act_params, states_acts
from .asked_class import member_params, quote_names_member
from .asked_document import document_params, quote_names_document
from .consequence import states_consequence
from .count_modifier import CountModifier, modifier_held
from .evidence import Asked, Requirements, names_chair
from .gates import gate_names_absent, gate_no_meeting, gate_role_unrecorded, gate_topic_absent
from .implied_near import no_speaker_asked
from .item_names import names_in_item
from .messages import Reason
from .money import money_sentences
from .office_period import Meetings, gate_office_unheld
from .percentage_stated import percentage_stated
from .premise_restated import premise_held
from .quantity_matches import AmountAsked
from .role_speaker import gate_chair_unrecorded
from .shape import answers_shape
from .silent_body import gate_body_silent
from .speaker_silent import gate_speaker_silent
from .stance import supports_stance
from .unnamed_agent import FIRST, agent_params, quote_names_doer, quote_states_order

if TYPE_CHECKING:
    from ..config import Settings
    from ..search.retriever import Retriever

Stage = Literal["gate", "quote"]


@dataclass
class Quote:
    """A candidate statement with what the quote checks look at."""

    retriever: Retriever
    needs: Requirements
    text: str
    heading: str  # the text of its item before the first bullet
    speakers: tuple[str, ...]
    codes: frozenset[str]  # the asked speaker's organisation codes (empty: anyone)
    required: frozenset[str]  # identifiers the quote must hold ("2024-I", "30000")
    quantity: bool  # the question asks for a quantity
    counted: Callable[[str], bool] | None  # whether a word is what a "how many" counts
    # The statement before it in the same item: the question a reply answers, the lead-in
    # of a list ("CdK vraagt aandacht voor doelgroepbeperkingen" / "SJenV antwoordt ...").
    before: str = ""
    after: str = ""  # the next statement of its item, where a name may stand (next_counts)
    earlier: Callable[[], list[Any]] | None = None  # its item's statements before it (item_names)
    role_asked: bool = False  # rule role_speaker_asked: a role word asks the speaker
    group: tuple[str, ...] = ()  # rule group_speaker_subject: codes read from a group noun
    other_noun: bool = False  # rule count_other_noun: another noun's number is no count (shape)
    modifier: CountModifier | None = None  # rule quantity_modifier: "hoeveel minderjarige X"
    amount: AmountAsked | None = None  # rule quantity_matches_read: the amount asked (shape)
    held: Meetings = ()  # rule office_holders_per_meeting: holders with the meetings they held
    _terms: set[str] | None = field(default=None, repr=False)
    _heading_terms: set[str] | None = field(default=None, repr=False)

    @property
    def terms(self) -> set[str]:
        """The statement's index terms."""
        if self._terms is None:
            self._terms = set(self.retriever.analyzer.tokenize(self.text))
        return self._terms

    @property
    def heading_terms(self) -> set[str]:
        """The index terms of its item heading (and of the statement before it, when
        :attr:`anchored`)."""
        if self._heading_terms is None:
            tokenize = self.retriever.analyzer.tokenize
            self._heading_terms = set(tokenize(self.heading))
            if self.anchored:
                self._heading_terms |= set(tokenize(self.before))
        return self._heading_terms

    @property
    def anchored(self) -> bool:
        """Whether the statement itself holds part of what is asked: it is by the asked
        speaker, or holds a topic term or a focus name. Only then do the topic terms of the
        statement before it count (a reply to a question, a name and a topic in adjacent
        bullets)."""
        return bool(self.before) and bool(self.named_anchor or self.needs.topic_terms & self.terms)

    @property
    def named_anchor(self) -> bool:
        """Whether the statement is by the asked speaker or holds a focus name: only then do
        the names of the statement before it count too (a topic word alone is a weak anchor:
        "the processing of applications" and "proces")."""
        if not self.before:
            return False
        if self.codes.intersection(self.speakers):
            return True
        own = [words(self.text)]
        named = {m.code for m in self.retriever.orgs.mentions(self.text)} | set(self.speakers)
        return any(self.needs.names_ok(own, named, only=name) for name in self.needs.names)


@dataclass(frozen=True)
class Check:
    """One named rule. A gate's ``test`` returns the parameters of its reason when the question
    fails it (``None``: passes); a quote check's ``test`` says whether the statement passes."""

    name: str
    stage: Stage
    applies: Callable[[Any], bool]
    test: Callable[[Any], Mapping[str, Any] | None] | Callable[[Any], bool]
    reason_code: str
    params: Callable[[Requirements], dict[str, object]] | None = None  # its reason's own


def _always(_: object) -> bool:
    return True


def _evidence(asked: Asked) -> bool:
    return asked.retriever.settings.evidence_checks


def _by_speaker(q: Quote) -> bool:
    return bool(q.codes.intersection(q.speakers)) or writes_group(q.text, q.group)


def _shape(q: Quote) -> bool:
    # Rule money_word_amount: a number next to a money word is what "hoeveel geld" counts when
    # its sentence names what it is of ("per statushouder"); count_not_restated: answer.shape.
    needs = q.needs
    money_word = (
        needs.money
        and needs.money_words
        and any(
            not needs.subject_terms or needs.subject_terms & set(q.retriever.analyzer.tokenize(s))
            for s in money_sentences(q.text, needs.named_numbers)
        )
    )
    counted, settings = (None if money_word else q.counted), q.retriever.settings
    on, other = settings.count_not_restated, q.other_noun  # rules of answer.shape
    heading = set(words(q.heading))
    forms = settings.property_forms_read  # rule property_forms_read
    return answers_shape(  # q.amount: rule quantity_matches_read
        q.text, heading, set(q.required), q.quantity, counted, on, other, forms, q.amount
    )


def _modifier(q: Quote) -> bool:
    """Rule quantity_modifier: a number of the counted noun comes with its asked modifier."""
    tokenize = q.retriever.analyzer.tokenize
    context = q.terms | set(tokenize(q.heading)) | set(tokenize(q.before))
    return q.modifier is None or modifier_held(q.modifier, q.text, context)


def _explicit_topic(asked: Asked) -> bool:
    return _evidence(asked) and not asked.topic_implied


def _implied_topic(asked: Asked) -> bool:
    return _evidence(asked) and asked.topic_implied


def _topic_quoted(q: Quote) -> bool:
    return bool(q.needs.topic_terms & (q.terms | q.heading_terms))


def _implied_topic_quoted(q: Quote) -> bool:
    """An implied topic's specific term stands in the quote; or (rule
    ``speaker_general_topic``) the quote is by the asked speaker and holds any word of the
    topic, general ones too: the speaker narrows the statements ("Wat wil het IPO weten ...")."""
    if _topic_quoted(q) or no_speaker_asked(q):  # rule implied_topic_speaker_only
        return True
    if not q.retriever.settings.speaker_general_topic or not _by_speaker(q):
        return False
    return bool(q.needs.topic_general_terms & (q.terms | q.heading_terms))


def _subject_quoted(q: Quote) -> bool:
    return bool(q.needs.subject_terms & (q.terms | q.heading_terms))


def _names_quoted(q: Quote) -> bool:
    """Every focus name stands in the statement, its item heading, the statement before it
    (when the statement holds a focus name or is by the asked speaker), rule names_in_next_
    statement, the next one (when the statement holds a topic term: "... 51.000 plekken" /
    "Het COA zal ...") or, rule names_earlier_in_item, an earlier one (answer.item_names)."""
    mentions = q.retriever.orgs.mentions
    named = {m.code for m in mentions(q.text)}
    texts = [words(q.text), words(q.heading)] + ([words(q.before)] if q.named_anchor else [])
    if _next_counts(q):
        texts.append(words(q.after))
        named |= {m.code for m in mentions(q.after)}
    return q.needs.names_ok(texts, named | set(q.speakers)) or names_in_item(q)


def _next_counts(q: Quote) -> bool:
    """Whether the names of the statement after ``q`` count (rule names_in_next_statement):
    ``q`` holds a term of the question's topic itself, not only in its heading."""
    return (
        q.retriever.settings.names_in_next_statement
        and bool(q.after)
        and bool(q.needs.topic_terms & q.terms)
    )


CHECKS: tuple[Check, ...] = (
    Check("role_recorded", "gate", _evidence, gate_role_unrecorded, "role_unrecorded"),
    Check("names_known", "gate", _evidence, gate_names_absent, "name_absent"),
    Check("chair_recorded", "gate", _evidence, gate_chair_unrecorded, "chair_unrecorded"),
    Check("office_held", "gate", _evidence, gate_office_unheld, "office_unheld"),
    Check("period_has_meeting", "gate", _evidence, gate_no_meeting, "no_meeting"),
    Check("topic_known", "gate", _explicit_topic, gate_topic_absent, "topic_absent"),
    Check("implied_topic_known", "gate", _implied_topic, gate_topic_absent, "topic_absent"),
    Check("speaker_not_silent", "gate", _evidence, gate_speaker_silent, "speaker_silent"),
    Check("body_speaks", "gate", _evidence, gate_body_silent, "body_silent"),
    Check("speaker_speaks", "quote", lambda q: bool(q.codes), _by_speaker, "no_answer"),
    Check("answer_shape", "quote", _always, _shape, "no_answer"),
    Check(
        "quantity_modifier",
        "quote",
        lambda q: q.modifier is not None,
        _modifier,
        "count_unmodified",
    ),
    Check(
        "amount_stated",
        "quote",
        lambda q: q.needs.money,
        lambda q: q.needs.money_ok(q.text),
        "no_amount",
    ),
    Check(
        "percentage_stated", "quote", lambda q: q.needs.percent, percentage_stated, "no_percentage"
    ),
    Check(
        "chair_named", "quote", lambda q: q.needs.chair, lambda q: names_chair(q.text), "no_chair"
    ),
    Check(
        "premise_supported",
        "quote",
        lambda q: bool(q.needs.premise_terms),
        premise_held,  # rules premise_in_heading (its heading counts), premise_noun_restated
        "premise_unsupported",
    ),
    Check(
        "negative_stance_stated",
        "quote",
        lambda q: bool(q.needs.stance),
        lambda q: supports_stance(q.text, q.needs.stance, q.needs.stance_whether),
        "premise_unsupported",
    ),
    Check(
        "topic_quoted",
        "quote",
        lambda q: bool(q.needs.topic_terms) and not q.needs.topic_implied,
        _topic_quoted,
        "topic_not_quoted",
    ),
    Check(
        "implied_topic_quoted",
        "quote",
        # (a quote that must hold an identifier of the question, "2025-II", is anchored by it)
        lambda q: bool(q.needs.topic_terms) and q.needs.topic_implied and not q.required,
        _implied_topic_quoted,
        "topic_not_quoted",
    ),
    Check("names_quoted", "quote", lambda q: bool(q.needs.names), _names_quoted, "name_not_quoted"),
    Check(
        "quantity_subject_quoted",
        "quote",
        lambda q: bool(q.needs.subject_terms),
        _subject_quoted,
        "no_answer",
    ),
    Check(
        "member_named",
        "quote",
        lambda q: bool(q.needs.member_class),
        quote_names_member,
        "no_member",
        member_params,
    ),  # rule which_member_named (answer.asked_class)
    Check(
        "document_named",
        "quote",
        lambda q: bool(q.needs.document),
        quote_names_document,
        "no_document",
        document_params,
    ),  # rule document_content_named (answer.asked_document)
    Check(
        "consequence_stated",
        "quote",
        lambda q: bool(q.needs.consequence),
        states_consequence,
        "no_answer",
    ),  # rule consequence_stated (answer.consequence)
    Check(
        "act_stated",
        "quote",
        lambda q: bool(q.needs.acts),
        states_acts,
        "premise_unsupported",
        act_params,
    ),  # rule act_stated (answer.act_stated)
    Check(
        "order_stated",
        "quote",
        lambda q: q.needs.agent_asked == FIRST,
        quote_states_order,
        "order_unstated",
        agent_params,
    ),  # rule unnamed_agent (answer.unnamed_agent)
    Check(
        "agent_named",
        "quote",
        lambda q: bool(q.needs.agent_asked),
        quote_names_doer,
        "agent_unnamed",
        agent_params,
    ),  # rule unnamed_agent (answer.unnamed_agent)
)
#: The calibrated confidence of the best statement must reach ``Settings.abstain_below``.
CONFIDENCE = "confident"


def check_names() -> tuple[str, ...]:
    """The names of every check, in order (the confidence threshold last)."""
    return (*(c.name for c in CHECKS), CONFIDENCE)


def enabled(settings: Settings, stage: Stage) -> tuple[Check, ...]:
    """The checks of ``stage`` that ``settings`` does not disable; an unknown name in
    ``disabled_checks`` is a configuration error."""
    off = set(settings.disabled_checks)
    unknown = sorted(off - set(check_names()))
    if unknown:
        raise ConfigError(
            f"disabled_checks: unknown check(s) {', '.join(unknown)}; "
            f"the checks are {', '.join(check_names())}"
        )
    return tuple(c for c in CHECKS if c.stage == stage and c.name not in off)


def run_gates(asked: Asked) -> Reason | None:
    """The reason of the first enabled gate the question fails, or ``None``."""
    for check in enabled(asked.retriever.settings, "gate"):
        if check.applies(asked):
            params = check.test(asked)
            if params is not None and params is not False:
                # a gate may name a code of its own ("reason_code": rule glossary_head_reason)
                own = dict(params)  # type: ignore[arg-type]
                return Reason(own.pop("reason_code", check.reason_code), own)
    return None


def passes(checks: Iterable[Check], quote: Quote) -> bool:
    """Whether ``quote`` passes every check of ``checks`` that applies to it."""
    return all(not c.applies(quote) or c.test(quote) for c in checks)


def failing(checks: Iterable[Check], quote: Quote) -> tuple[list[str], list[str]]:
    """The names of the checks of ``checks`` that apply to ``quote`` and that it fails, and
    of those it passes (every check is tried: the reason of an abstention needs both)."""
    failed: list[str] = []
    passed: list[str] = []
    for check in checks:
        if check.applies(quote):
            (passed if check.test(quote) else failed).append(check.name)
    return failed, passed
