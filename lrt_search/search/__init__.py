"""Stage 3: retrieval: question understanding, sparse + dense retrieval, fusion and reranking."""
