"""Request and response bodies of the webhooks API."""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from pydantic import BaseModel, ConfigDict, Field

from shared.text import NonBlank


class SubscriptionStatus(enum.StrEnum):
    ENABLED = "enabled"
    DISABLED = "disabled"


class SubscriptionAction(enum.StrEnum):
    ENABLE = "enable"
    DISABLE = "disable"


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"


class WebhookCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "target_url": "https://hr.gz.gov.cn/hooks/mic",
                    "event_types": ["gz.mic.registry.center.upgraded.v1"],
                    "description": "市人社局：创新中心升级",
                }
            ]
        },
    )

    target_url: str = Field(
        max_length=2000, description="https; plain http only to a loopback address outside production"
    )
    event_types: list[str] = Field(
        min_length=1, max_length=100, description="CloudEvents types from the platform's event catalogue"
    )
    description: NonBlank | None = Field(default=None, max_length=500)


class WebhookOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    target_url: str
    event_types: list[str]
    description: str | None
    status: SubscriptionStatus
    consecutive_failures: int
    disabled_reason: str | None = Field(description="repeated_failures or by_request, while disabled")
    disabled_at: dt.datetime | None
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime


class WebhookCreated(WebhookOut):
    secret: str = Field(
        description="the signing secret (Standard Webhooks, whsec_...): shown this once, never again"
    )


class DeliveryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    subscription_id: uuid.UUID
    event_id: uuid.UUID = Field(description="the CloudEvent's id, also the webhook-id header")
    event_type: str
    status: DeliveryStatus
    attempts: int
    next_attempt_at: dt.datetime | None = Field(description="while pending: when it is tried next")
    last_attempt_at: dt.datetime | None
    last_status_code: int | None
    last_error: str | None
    delivered_at: dt.datetime | None
    created_at: dt.datetime
