"""Front ends: the command line and terminal rendering (the only modules that import rich/typer)."""
