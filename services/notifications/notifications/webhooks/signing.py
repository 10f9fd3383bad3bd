"""The Standard Webhooks headers of one delivery attempt (``standardwebhooks`` signs: HMAC-SHA256
over ``<id>.<timestamp>.<body>``, sent as ``v1,<base64>``)."""

from __future__ import annotations

import datetime as dt
import math

from standardwebhooks import Webhook

CONTENT_TYPE = "application/cloudevents+json"


def signed_headers(secret: str, *, message_id: str, body: str, at: dt.datetime) -> dict[str, str]:
    """``webhook-id`` stays the same on every retry (receivers drop what they have seen);
    ``webhook-timestamp`` is this attempt's, which receivers check against replays."""
    return {
        "content-type": CONTENT_TYPE,
        "webhook-id": message_id,
        "webhook-timestamp": str(math.floor(at.timestamp())),
        "webhook-signature": Webhook(secret).sign(message_id, at, body),
    }
