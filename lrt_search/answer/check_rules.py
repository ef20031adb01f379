"""The rules inside the checks of :mod:`lrt_search.answer.checks`, each switched by one
``Settings`` field (``lrt-search eval --ablate-checks`` measures each one off in turn, beside
the checks themselves: :mod:`lrt_search.evaluation.ablation`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .checks import CONFIDENCE


@dataclass(frozen=True)
class Rule:
    """A named rule inside checks, switched by one ``Settings`` field: on at its default, off
    at ``off`` (``lrt-search eval --ablate-checks`` measures each one off in turn)."""

    name: str
    checks: tuple[str, ...]  # the checks it works in
    setting: str  # the Settings field that switches it
    off: object  # the value of that field that switches it off


#: The rules inside the checks: the topic and premise checks (lrt_search.answer.topics,
#: .premise) and the caps of the label "high" (lrt_search.answer.confidence_features).
RULES: tuple[Rule, ...] = (
    Rule("paraphrase_words", ("topic_known", "implied_topic_known"), "paraphrase_word_min_zipf",
         0.0),
    Rule("function_compounds", ("topic_known", "implied_topic_known"), "function_compounds",
         False),
    Rule("compound_parts", ("topic_known", "implied_topic_known", "topic_quoted",
                            "implied_topic_quoted"), "compound_parts", False),
    Rule("dutch_inflections", ("topic_known", "implied_topic_known"), "dutch_inflections",
         False),
    Rule("compound_both_parts", ("topic_known", "implied_topic_known", "topic_quoted",
                                 "implied_topic_quoted"), "compound_both_parts", False),
    Rule("corpus_spread_weight", ("topic_known", "implied_topic_known"), "corpus_spread_weight",
         False),
    Rule("premise_paraphrase_words", ("premise_supported",), "premise_paraphrase_words", False),
    Rule("premise_specific_words", ("premise_supported",), "premise_specific_words", False),
    Rule("premise_in_heading", ("premise_supported",), "premise_in_heading", False),
    Rule("premise_english_bridges", ("premise_supported",), "premise_english_bridges", False),
    Rule("premise_translations_required", ("premise_supported",),
         "premise_translations_required", False),
    Rule("negative_stance_stated", ("negative_stance_stated", "premise_supported"),
         "negative_stance_stated", False),
    Rule("names_in_next_statement", ("names_quoted",), "names_in_next_statement", False),
    Rule("speaker_general_topic", ("implied_topic_quoted",), "speaker_general_topic", False),
    Rule("topic_term_search", ("topic_quoted", "implied_topic_quoted"), "topic_term_search", 0),
    Rule("speaker_silent_yes_no", ("speaker_not_silent",), "speaker_silent_yes_no", False),
    Rule("asked_noun_absent", ("topic_known", "implied_topic_known"), "asked_noun_absent", False),
    Rule("topic_head_required", ("topic_known", "implied_topic_known"), "topic_head_required",
         False),
    Rule("english_noun_absent", ("topic_known", "implied_topic_known"), "english_noun_absent",
         False),
    Rule("english_untranslated_absent", ("topic_known", "implied_topic_known"),
         "english_untranslated_absent", False),
    Rule("english_topic_translated", ("topic_known", "implied_topic_known", "topic_quoted",
                                      "implied_topic_quoted"), "english_topic_translated", 0.0),
    Rule("money_word_amount", ("amount_stated",), "money_word_amount", False),
    # the caps of the label "high" (answer.confidence_features.not_high)
    Rule("uncovered_not_high", (CONFIDENCE,), "uncovered_not_high", False),
    Rule("partial_topic_not_high", (CONFIDENCE,), "partial_topic_not_high", False),
    Rule("other_speaker_not_high", (CONFIDENCE,), "other_speaker_not_high", False),
    Rule("unread_not_high", (CONFIDENCE,), "unread_not_high", ""),
)  # fmt: skip
