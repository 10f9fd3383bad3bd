"""``mic demo``: a realistic data set loaded through the four services' HTTP API (``make demo``).

``dataset`` holds the data and builds the request bodies (pure, no I/O); ``loader`` sends them,
waits for what the events make in other services, and moves a few workflows along.
"""
