"""Bundled data files: the organisation alias table and the bilingual glossary."""
