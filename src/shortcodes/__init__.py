"""The site's shortcodes as Python-Markdown extensions: they run inside the Markdown conversion,
after the includes are expanded, so they work in a page, a notice and an include alike, and in
any engine that runs Python-Markdown extensions from the path (MkDocs, Zensical)."""
