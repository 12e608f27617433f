"""Extractors shared by sources and claims: text → entities, quantities, dates, polarity."""
