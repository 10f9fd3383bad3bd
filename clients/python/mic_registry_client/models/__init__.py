"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_comment import ActionComment
from .action_in import ActionIn
from .action_out import ActionOut
from .affiliation_in import AffiliationIn
from .affiliation_out import AffiliationOut
from .alliance import Alliance
from .audit_entry_out import AuditEntryOut
from .center_create import CenterCreate
from .center_evaluations_page import CenterEvaluationsPage
from .center_out import CenterOut
from .center_patch import CenterPatch
from .change import Change
from .change_after_type_0 import ChangeAfterType0
from .change_before_type_0 import ChangeBeforeType0
from .change_key import ChangeKey
from .change_operation import ChangeOperation
from .closure_out import ClosureOut
from .committee_member import CommitteeMember
from .construction_scores import ConstructionScores
from .decision_body import DecisionBody
from .decision_body_member import DecisionBodyMember
from .decision_category import DecisionCategory
from .declaration import Declaration
from .declaration_out import DeclarationOut
from .declared_conflict_in import DeclaredConflictIn
from .declared_conflict_out import DeclaredConflictOut
from .district_create import DistrictCreate
from .district_out import DistrictOut
from .district_patch import DistrictPatch
from .document_out import DocumentOut
from .enum_value import EnumValue
from .enums_api_v1_meta_enums_get_response_enums_api_v1_meta_enums_get import (
    EnumsApiV1MetaEnumsGetResponseEnumsApiV1MetaEnumsGet,
)
from .evaluation_create import EvaluationCreate
from .evaluation_out import EvaluationOut
from .evaluation_status import EvaluationStatus
from .evaluation_summary import EvaluationSummary
from .expert_assign import ExpertAssign
from .expert_change import ExpertChange
from .expert_field import ExpertField
from .expert_out import ExpertOut
from .expert_patch import ExpertPatch
from .expert_registration import ExpertRegistration
from .expert_revision_out import ExpertRevisionOut
from .expert_revision_out_record import ExpertRevisionOutRecord
from .export_centers_api_v1_centers_export_get_format import (
    ExportCentersApiV1CentersExportGetFormat,
)
from .export_centers_api_v1_centers_export_get_tier_type_0 import (
    ExportCentersApiV1CentersExportGetTierType0,
)
from .gap import Gap
from .governance_document import GovernanceDocument
from .governance_out import GovernanceOut
from .grade import Grade
from .grading_rule_out import GradingRuleOut
from .grading_rule_out_parameters import GradingRuleOutParameters
from .healthz_healthz_get_response_healthz_healthz_get import (
    HealthzHealthzGetResponseHealthzHealthzGet,
)
from .indicators import Indicators
from .industry_create import IndustryCreate
from .industry_create_group import IndustryCreateGroup
from .industry_out import IndustryOut
from .industry_patch import IndustryPatch
from .industry_patch_group_type_0 import IndustryPatchGroupType0
from .lead_organization_in import LeadOrganizationIn
from .lead_organization_out import LeadOrganizationOut
from .legal_entity import LegalEntity
from .list_centers_api_v1_centers_get_tier_type_0 import (
    ListCentersApiV1CentersGetTierType0,
)
from .list_industries_api_v1_industries_get_group_type_0 import (
    ListIndustriesApiV1IndustriesGetGroupType0,
)
from .list_reference_changes_api_v1_reference_changes_get_entity_type_0 import (
    ListReferenceChangesApiV1ReferenceChangesGetEntityType0,
)
from .member_create import MemberCreate
from .member_out import MemberOut
from .member_role import MemberRole
from .member_unit import MemberUnit
from .mode import Mode
from .operation_scores import OperationScores
from .organization_create import OrganizationCreate
from .organization_out import OrganizationOut
from .organization_type import OrganizationType
from .page_action_out import PageActionOut
from .page_audit_entry_out import PageAuditEntryOut
from .page_center_out import PageCenterOut
from .page_district_out import PageDistrictOut
from .page_document_out import PageDocumentOut
from .page_expert_revision_out import PageExpertRevisionOut
from .page_grading_rule_out import PageGradingRuleOut
from .page_industry_out import PageIndustryOut
from .page_member_out import PageMemberOut
from .page_organization_out import PageOrganizationOut
from .page_reference_change_out import PageReferenceChangeOut
from .page_registered_expert_out import PageRegisteredExpertOut
from .page_sub_sector_out import PageSubSectorOut
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .programme_progress import ProgrammeProgress
from .programme_progress_by_cluster import ProgrammeProgressByCluster
from .programme_progress_by_district import ProgrammeProgressByDistrict
from .programme_progress_by_status import ProgrammeProgressByStatus
from .programme_progress_by_tier import ProgrammeProgressByTier
from .programme_progress_talent_by_year import ProgrammeProgressTalentByYear
from .recheck_in import RecheckIn
from .recheck_out import RecheckOut
from .rectification_flag import RectificationFlag
from .rectification_out import RectificationOut
from .reference_change_out import ReferenceChangeOut
from .reference_change_out_action import ReferenceChangeOutAction
from .reference_change_out_after import ReferenceChangeOutAfter
from .reference_change_out_before_type_0 import ReferenceChangeOutBeforeType0
from .reference_change_out_entity import ReferenceChangeOutEntity
from .registered_expert_out import RegisteredExpertOut
from .result_out import ResultOut
from .result_out_trace_type_0 import ResultOutTraceType0
from .score_sheet import ScoreSheet
from .score_sheet_out import ScoreSheetOut
from .shareholder import Shareholder
from .status import Status
from .sub_sector_create import SubSectorCreate
from .sub_sector_out import SubSectorOut
from .sub_sector_patch import SubSectorPatch
from .talent_figures import TalentFigures
from .talent_records import TalentRecords
from .target_progress import TargetProgress
from .technical_committee import TechnicalCommittee
from .upgrade_create import UpgradeCreate
from .upgrade_create_to_tier import UpgradeCreateToTier
from .upgrade_out import UpgradeOut
from .upload_document_api_v1_centers_center_id_documents_post_body import (
    UploadDocumentApiV1CentersCenterIdDocumentsPostBody,
)

__all__ = (
    "Action",
    "ActionComment",
    "ActionIn",
    "ActionOut",
    "AffiliationIn",
    "AffiliationOut",
    "Alliance",
    "AuditEntryOut",
    "CenterCreate",
    "CenterEvaluationsPage",
    "CenterOut",
    "CenterPatch",
    "Change",
    "ChangeAfterType0",
    "ChangeBeforeType0",
    "ChangeKey",
    "ChangeOperation",
    "ClosureOut",
    "CommitteeMember",
    "ConstructionScores",
    "DecisionBody",
    "DecisionBodyMember",
    "DecisionCategory",
    "Declaration",
    "DeclarationOut",
    "DeclaredConflictIn",
    "DeclaredConflictOut",
    "DistrictCreate",
    "DistrictOut",
    "DistrictPatch",
    "DocumentOut",
    "EnumValue",
    "EnumsApiV1MetaEnumsGetResponseEnumsApiV1MetaEnumsGet",
    "EvaluationCreate",
    "EvaluationOut",
    "EvaluationStatus",
    "EvaluationSummary",
    "ExpertAssign",
    "ExpertChange",
    "ExpertField",
    "ExpertOut",
    "ExpertPatch",
    "ExpertRegistration",
    "ExpertRevisionOut",
    "ExpertRevisionOutRecord",
    "ExportCentersApiV1CentersExportGetFormat",
    "ExportCentersApiV1CentersExportGetTierType0",
    "Gap",
    "GovernanceDocument",
    "GovernanceOut",
    "Grade",
    "GradingRuleOut",
    "GradingRuleOutParameters",
    "HealthzHealthzGetResponseHealthzHealthzGet",
    "Indicators",
    "IndustryCreate",
    "IndustryCreateGroup",
    "IndustryOut",
    "IndustryPatch",
    "IndustryPatchGroupType0",
    "LeadOrganizationIn",
    "LeadOrganizationOut",
    "LegalEntity",
    "ListCentersApiV1CentersGetTierType0",
    "ListIndustriesApiV1IndustriesGetGroupType0",
    "ListReferenceChangesApiV1ReferenceChangesGetEntityType0",
    "MemberCreate",
    "MemberOut",
    "MemberRole",
    "MemberUnit",
    "Mode",
    "OperationScores",
    "OrganizationCreate",
    "OrganizationOut",
    "OrganizationType",
    "PageActionOut",
    "PageAuditEntryOut",
    "PageCenterOut",
    "PageDistrictOut",
    "PageDocumentOut",
    "PageExpertRevisionOut",
    "PageGradingRuleOut",
    "PageIndustryOut",
    "PageMemberOut",
    "PageOrganizationOut",
    "PageReferenceChangeOut",
    "PageRegisteredExpertOut",
    "PageSubSectorOut",
    "Problem",
    "ProblemErrorsType0Item",
    "ProgrammeProgress",
    "ProgrammeProgressByCluster",
    "ProgrammeProgressByDistrict",
    "ProgrammeProgressByStatus",
    "ProgrammeProgressByTier",
    "ProgrammeProgressTalentByYear",
    "RecheckIn",
    "RecheckOut",
    "RectificationFlag",
    "RectificationOut",
    "ReferenceChangeOut",
    "ReferenceChangeOutAction",
    "ReferenceChangeOutAfter",
    "ReferenceChangeOutBeforeType0",
    "ReferenceChangeOutEntity",
    "RegisteredExpertOut",
    "ResultOut",
    "ResultOutTraceType0",
    "ScoreSheet",
    "ScoreSheetOut",
    "Shareholder",
    "Status",
    "SubSectorCreate",
    "SubSectorOut",
    "SubSectorPatch",
    "TalentFigures",
    "TalentRecords",
    "TargetProgress",
    "TechnicalCommittee",
    "UpgradeCreate",
    "UpgradeCreateToTier",
    "UpgradeOut",
    "UploadDocumentApiV1CentersCenterIdDocumentsPostBody",
)
