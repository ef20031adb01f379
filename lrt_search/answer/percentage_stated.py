"""The quote check ``percentage_stated`` (reason ``no_percentage``): a percentage in figures
anywhere in the quote; a share in words ("de helft", "een derde") only in a sentence of the
topic (:func:`.asked_detail.topic_sentences`): "waarvan grofweg de helft positief" of the
reactions to a bill is no share of the flex homes asked about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .asked_detail import topic_sentences
from .evidence import states_figure_percentage, states_percentage

if TYPE_CHECKING:
    from .checks import Quote


def percentage_stated(q: Quote) -> bool:
    """Whether the quote ``q`` states the percentage asked (see the module)."""
    forms = q.retriever.settings.property_forms_read  # rule property_forms_read
    if states_figure_percentage(q.text, forms):
        return True
    tokenize = q.retriever.analyzer.tokenize
    return any(
        states_percentage(s, forms) for s in topic_sentences(q.text, q.needs.topic_terms, tokenize)
    )


__all__ = ["percentage_stated"]
