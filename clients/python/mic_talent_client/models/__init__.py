"""Contains all the data models used in inputs/outputs"""

from .action_in import ActionIn
from .application_action import ApplicationAction
from .application_create import ApplicationCreate
from .application_out import ApplicationOut
from .application_status import ApplicationStatus
from .audit_entry_out import AuditEntryOut
from .change import Change
from .change_after_type_0 import ChangeAfterType0
from .change_before_type_0 import ChangeBeforeType0
from .change_key import ChangeKey
from .change_operation import ChangeOperation
from .document_type import DocumentType
from .entitlement import Entitlement
from .entitlement_row import EntitlementRow
from .entitlement_version_create import EntitlementVersionCreate
from .entitlement_version_out import EntitlementVersionOut
from .enum_value import EnumValue
from .enums_api_v1_meta_enums_get_response_enums_api_v1_meta_enums_get import (
    EnumsApiV1MetaEnumsGetResponseEnumsApiV1MetaEnumsGet,
)
from .gender import Gender
from .healthz_healthz_get_response_healthz_healthz_get import (
    HealthzHealthzGetResponseHealthzHealthzGet,
)
from .id_document_in import IdDocumentIn
from .id_document_out import IdDocumentOut
from .level import Level
from .origin import Origin
from .page_application_out import PageApplicationOut
from .page_audit_entry_out import PageAuditEntryOut
from .page_entitlement_version_out import PageEntitlementVersionOut
from .page_programme_out import PageProgrammeOut
from .page_round_out import PageRoundOut
from .page_service_request_out import PageServiceRequestOut
from .page_talent_out import PageTalentOut
from .page_team_out import PageTeamOut
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .programme_create import ProgrammeCreate
from .programme_level import ProgrammeLevel
from .programme_out import ProgrammeOut
from .refusal_reason import RefusalReason
from .round_create import RoundCreate
from .round_out import RoundOut
from .service_kind import ServiceKind
from .service_request_action import ServiceRequestAction
from .service_request_action_in import ServiceRequestActionIn
from .service_request_create import ServiceRequestCreate
from .service_request_out import ServiceRequestOut
from .service_request_status import ServiceRequestStatus
from .service_request_step_out import ServiceRequestStepOut
from .step_out import StepOut
from .talent_create import TalentCreate
from .talent_out import TalentOut
from .talent_summary import TalentSummary
from .talent_update import TalentUpdate
from .team_create import TeamCreate
from .team_member_out import TeamMemberOut
from .team_out import TeamOut
from .team_update import TeamUpdate
from .year_figures import YearFigures

__all__ = (
    "ActionIn",
    "ApplicationAction",
    "ApplicationCreate",
    "ApplicationOut",
    "ApplicationStatus",
    "AuditEntryOut",
    "Change",
    "ChangeAfterType0",
    "ChangeBeforeType0",
    "ChangeKey",
    "ChangeOperation",
    "DocumentType",
    "Entitlement",
    "EntitlementRow",
    "EntitlementVersionCreate",
    "EntitlementVersionOut",
    "EnumValue",
    "EnumsApiV1MetaEnumsGetResponseEnumsApiV1MetaEnumsGet",
    "Gender",
    "HealthzHealthzGetResponseHealthzHealthzGet",
    "IdDocumentIn",
    "IdDocumentOut",
    "Level",
    "Origin",
    "PageApplicationOut",
    "PageAuditEntryOut",
    "PageEntitlementVersionOut",
    "PageProgrammeOut",
    "PageRoundOut",
    "PageServiceRequestOut",
    "PageTalentOut",
    "PageTeamOut",
    "Problem",
    "ProblemErrorsType0Item",
    "ProgrammeCreate",
    "ProgrammeLevel",
    "ProgrammeOut",
    "RefusalReason",
    "RoundCreate",
    "RoundOut",
    "ServiceKind",
    "ServiceRequestAction",
    "ServiceRequestActionIn",
    "ServiceRequestCreate",
    "ServiceRequestOut",
    "ServiceRequestStatus",
    "ServiceRequestStepOut",
    "StepOut",
    "TalentCreate",
    "TalentOut",
    "TalentSummary",
    "TalentUpdate",
    "TeamCreate",
    "TeamMemberOut",
    "TeamOut",
    "TeamUpdate",
    "YearFigures",
)
