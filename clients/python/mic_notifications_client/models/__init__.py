"""Contains all the data models used in inputs/outputs"""

from .audit_entry_out import AuditEntryOut
from .change import Change
from .change_after_type_0 import ChangeAfterType0
from .change_before_type_0 import ChangeBeforeType0
from .change_key import ChangeKey
from .change_operation import ChangeOperation
from .delivery_out import DeliveryOut
from .delivery_status import DeliveryStatus
from .healthz_healthz_get_response_healthz_healthz_get import (
    HealthzHealthzGetResponseHealthzHealthzGet,
)
from .kind import Kind
from .page_audit_entry_out import PageAuditEntryOut
from .page_delivery_out import PageDeliveryOut
from .page_webhook_out import PageWebhookOut
from .preference_in import PreferenceIn
from .preference_out import PreferenceOut
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .subscription_action import SubscriptionAction
from .subscription_status import SubscriptionStatus
from .webhook_create import WebhookCreate
from .webhook_created import WebhookCreated
from .webhook_out import WebhookOut

__all__ = (
    "AuditEntryOut",
    "Change",
    "ChangeAfterType0",
    "ChangeBeforeType0",
    "ChangeKey",
    "ChangeOperation",
    "DeliveryOut",
    "DeliveryStatus",
    "HealthzHealthzGetResponseHealthzHealthzGet",
    "Kind",
    "PageAuditEntryOut",
    "PageDeliveryOut",
    "PageWebhookOut",
    "PreferenceIn",
    "PreferenceOut",
    "Problem",
    "ProblemErrorsType0Item",
    "SubscriptionAction",
    "SubscriptionStatus",
    "WebhookCreate",
    "WebhookCreated",
    "WebhookOut",
)
