"""Stage 4: answers: verbatim, cited statements that answer a question, or an abstention."""
