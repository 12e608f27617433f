"""The evidence store: SQLite tables of sentences and their facts, and how they are searched.

Takes documents (analysed by `factcheck.extract`); gives stored sentences with exact
citations, term statistics, and a search over them. `store` is the store itself, `rows` turns
a source into the rows it writes, `migrations` builds its schema and `query` plans its
searches; `indexer` keeps a store in step with its sources; `paths` says where stores live.
"""
