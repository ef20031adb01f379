"""Stage 1: read a minutes file, clean it, parse items and statements, chunk them."""
