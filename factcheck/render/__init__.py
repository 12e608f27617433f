"""Reports rendered for people and programs: one module per format, one registry (`formats`)."""
