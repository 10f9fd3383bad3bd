"""Contains all the data models used in inputs/outputs"""

from .audit_entry_out import AuditEntryOut
from .change import Change
from .change_after_type_0 import ChangeAfterType0
from .change_before_type_0 import ChangeBeforeType0
from .change_key import ChangeKey
from .change_operation import ChangeOperation
from .data_resource_in import DataResourceIn
from .data_resource_out import DataResourceOut
from .enum_value import EnumValue
from .enums_api_v1_meta_enums_get_response_enums_api_v1_meta_enums_get import (
    EnumsApiV1MetaEnumsGetResponseEnumsApiV1MetaEnumsGet,
)
from .event_action import EventAction
from .event_action_in import EventActionIn
from .event_counts import EventCounts
from .event_create import EventCreate
from .event_out import EventOut
from .event_status import EventStatus
from .evidence_in import EvidenceIn
from .evidence_kind import EvidenceKind
from .evidence_out import EvidenceOut
from .explanation_out import ExplanationOut
from .healthz_healthz_get_response_healthz_healthz_get import (
    HealthzHealthzGetResponseHealthzHealthzGet,
)
from .list_offerings_api_v1_offerings_get_cluster_code_type_0 import (
    ListOfferingsApiV1OfferingsGetClusterCodeType0,
)
from .list_scenarios_api_v1_scenarios_get_cluster_code_type_0 import (
    ListScenariosApiV1ScenariosGetClusterCodeType0,
)
from .list_scenarios_api_v1_scenarios_get_district_type_0 import (
    ListScenariosApiV1ScenariosGetDistrictType0,
)
from .match_action import MatchAction
from .match_action_in import MatchActionIn
from .match_create import MatchCreate
from .match_out import MatchOut
from .match_status import MatchStatus
from .matched_term_out import MatchedTermOut
from .maturity_level import MaturityLevel
from .milestone import Milestone
from .milestone_complete import MilestoneComplete
from .milestone_out import MilestoneOut
from .offering_action import OfferingAction
from .offering_action_in import OfferingActionIn
from .offering_create import OfferingCreate
from .offering_create_cluster_code import OfferingCreateClusterCode
from .offering_out import OfferingOut
from .offering_patch import OfferingPatch
from .offering_patch_cluster_code_type_0 import OfferingPatchClusterCodeType0
from .offering_status import OfferingStatus
from .offering_suggestion import OfferingSuggestion
from .offering_suggestions import OfferingSuggestions
from .organizer_kind import OrganizerKind
from .outcome_create import OutcomeCreate
from .outcome_kind import OutcomeKind
from .outcome_out import OutcomeOut
from .page_audit_entry_out import PageAuditEntryOut
from .page_event_out import PageEventOut
from .page_match_out import PageMatchOut
from .page_offering_out import PageOfferingOut
from .page_outcome_out import PageOutcomeOut
from .page_pilot_out import PagePilotOut
from .page_registration_out import PageRegistrationOut
from .page_scenario_out import PageScenarioOut
from .participant_kind import ParticipantKind
from .pilot_complete import PilotComplete
from .pilot_create import PilotCreate
from .pilot_out import PilotOut
from .pilot_outcome import PilotOutcome
from .pilot_status import PilotStatus
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .registration_action import RegistrationAction
from .registration_create import RegistrationCreate
from .registration_out import RegistrationOut
from .registration_status import RegistrationStatus
from .scenario_action import ScenarioAction
from .scenario_action_in import ScenarioActionIn
from .scenario_create import ScenarioCreate
from .scenario_create_cluster_code import ScenarioCreateClusterCode
from .scenario_create_district import ScenarioCreateDistrict
from .scenario_out import ScenarioOut
from .scenario_patch import ScenarioPatch
from .scenario_patch_cluster_code_type_0 import ScenarioPatchClusterCodeType0
from .scenario_patch_district_type_0 import ScenarioPatchDistrictType0
from .scenario_status import ScenarioStatus
from .scenario_suggestion import ScenarioSuggestion
from .scenario_suggestions import ScenarioSuggestions
from .side import Side
from .step_out import StepOut
from .withdrawal_reason import WithdrawalReason

__all__ = (
    "AuditEntryOut",
    "Change",
    "ChangeAfterType0",
    "ChangeBeforeType0",
    "ChangeKey",
    "ChangeOperation",
    "DataResourceIn",
    "DataResourceOut",
    "EnumValue",
    "EnumsApiV1MetaEnumsGetResponseEnumsApiV1MetaEnumsGet",
    "EventAction",
    "EventActionIn",
    "EventCounts",
    "EventCreate",
    "EventOut",
    "EventStatus",
    "EvidenceIn",
    "EvidenceKind",
    "EvidenceOut",
    "ExplanationOut",
    "HealthzHealthzGetResponseHealthzHealthzGet",
    "ListOfferingsApiV1OfferingsGetClusterCodeType0",
    "ListScenariosApiV1ScenariosGetClusterCodeType0",
    "ListScenariosApiV1ScenariosGetDistrictType0",
    "MatchAction",
    "MatchActionIn",
    "MatchCreate",
    "MatchOut",
    "MatchStatus",
    "MatchedTermOut",
    "MaturityLevel",
    "Milestone",
    "MilestoneComplete",
    "MilestoneOut",
    "OfferingAction",
    "OfferingActionIn",
    "OfferingCreate",
    "OfferingCreateClusterCode",
    "OfferingOut",
    "OfferingPatch",
    "OfferingPatchClusterCodeType0",
    "OfferingStatus",
    "OfferingSuggestion",
    "OfferingSuggestions",
    "OrganizerKind",
    "OutcomeCreate",
    "OutcomeKind",
    "OutcomeOut",
    "PageAuditEntryOut",
    "PageEventOut",
    "PageMatchOut",
    "PageOfferingOut",
    "PageOutcomeOut",
    "PagePilotOut",
    "PageRegistrationOut",
    "PageScenarioOut",
    "ParticipantKind",
    "PilotComplete",
    "PilotCreate",
    "PilotOut",
    "PilotOutcome",
    "PilotStatus",
    "Problem",
    "ProblemErrorsType0Item",
    "RegistrationAction",
    "RegistrationCreate",
    "RegistrationOut",
    "RegistrationStatus",
    "ScenarioAction",
    "ScenarioActionIn",
    "ScenarioCreate",
    "ScenarioCreateClusterCode",
    "ScenarioCreateDistrict",
    "ScenarioOut",
    "ScenarioPatch",
    "ScenarioPatchClusterCodeType0",
    "ScenarioPatchDistrictType0",
    "ScenarioStatus",
    "ScenarioSuggestion",
    "ScenarioSuggestions",
    "Side",
    "StepOut",
    "WithdrawalReason",
)
