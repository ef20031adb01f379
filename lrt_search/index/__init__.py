"""Stage 2: the index: Dutch analysis, embedders, backends, the on-disk store, the build."""
