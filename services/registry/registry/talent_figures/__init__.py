"""Registry's read model of talent's yearly figures per center (三(六)), kept from its events."""
