"""Application scenarios (开放应用场景, `五(六)`): opened by a department or district bureau with the
public data resources it provides, then matched, piloted and completed."""
