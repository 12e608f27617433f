"""The extractors, shared by sources, claims and drafts: text → sentences and their slots.

Takes text; gives sentences with exact spans (`segment`), the clauses of a sentence with their
entities, quantities, dates, negation and modality (`assertions`, built on `tokens`, `numbers`,
`dates`, `entities`, `polarity` and the word lists of `lexicon`), direct quotations with their
speakers (`quotations`), how critics received a work (`reception`), and a whole document
analysed (`analyse`). The store fingerprints
this package's code: a change here re-analyses every stored source on the next index.
"""
