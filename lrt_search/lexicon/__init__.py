"""Names and dates the minutes use: organisation aliases, the bilingual glossary, Dutch
dates, text normalisation and the bundled data files."""
