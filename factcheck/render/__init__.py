"""Reports rendered for people and programs: one module per format."""

# The formats of `factcheck verify`, in the order its help lists them; `formats.FORMATS` maps
# each to its renderer. The names live here so the command line can offer them without
# importing every renderer.
VERIFY_FORMATS = ("table", "json", "markdown", "sarif", "junit", "github", "html")
