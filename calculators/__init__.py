"""The browser side of the calculators: forms (described once), templates, glue and styles."""
