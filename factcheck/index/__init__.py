"""The evidence store: SQLite tables of sentences and their facts, and how they are searched.

Takes documents (analysed by `factcheck.extract`); gives stored sentences with exact
citations, term statistics, and a search over them. `indexer` keeps a store in step with its
sources; `paths` says where stores live.
"""
