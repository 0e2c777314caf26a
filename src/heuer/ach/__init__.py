"""Analysis of Competing Hypotheses over the claim ledger.

A case holds hypotheses, evidence items (linked to ledger claims, statements or
figures, or free-text assumptions and absences of evidence) and each analyst's
consistency ratings. Scores, sensitivity and the analysts' consensus are computed
on numpy arrays so that large matrices recompute in milliseconds.
"""
