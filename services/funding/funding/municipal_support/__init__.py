"""Project, funding and financing support for municipal centers (`五(二)` 视建设情况给予支持)."""
