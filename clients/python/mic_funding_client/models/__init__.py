"""Contains all the data models used in inputs/outputs"""

from .action_in import ActionIn
from .action_in_decision_type_0 import ActionInDecisionType0
from .action_in_line_options_type_0 import ActionInLineOptionsType0
from .action_in_line_options_type_0_additional_property import (
    ActionInLineOptionsType0AdditionalProperty,
)
from .action_in_option_type_0 import ActionInOptionType0
from .action_request import ActionRequest
from .application_create import ApplicationCreate
from .application_out import ApplicationOut
from .audit_entry_out import AuditEntryOut
from .budget_create import BudgetCreate
from .budget_out import BudgetOut
from .budget_raise import BudgetRaise
from .catalogue import Catalogue
from .change import Change
from .change_after_type_0 import ChangeAfterType0
from .change_before_type_0 import ChangeBeforeType0
from .change_key import ChangeKey
from .change_operation import ChangeOperation
from .disbursement_out import DisbursementOut
from .disbursement_out_allocations_item import DisbursementOutAllocationsItem
from .eligible_offering_out import EligibleOfferingOut
from .enum_value import EnumValue
from .enums_api_v1_meta_enums_get_response_enums_api_v1_meta_enums_get import (
    EnumsApiV1MetaEnumsGetResponseEnumsApiV1MetaEnumsGet,
)
from .export_cases_api_v1_support_cases_export_get_format import (
    ExportCasesApiV1SupportCasesExportGetFormat,
)
from .export_cases_api_v1_support_cases_export_get_tier_type_0 import (
    ExportCasesApiV1SupportCasesExportGetTierType0,
)
from .export_ledger_api_v1_budgets_ledger_export_get_format import (
    ExportLedgerApiV1BudgetsLedgerExportGetFormat,
)
from .fund import Fund
from .fund_label import FundLabel
from .healthz_healthz_get_response_healthz_healthz_get import (
    HealthzHealthzGetResponseHealthzHealthzGet,
)
from .investment_create import InvestmentCreate
from .investment_out import InvestmentOut
from .kind import Kind
from .legal_basis import LegalBasis
from .line_out import LineOut
from .line_out_trace_item import LineOutTraceItem
from .line_policy_ref import LinePolicyRef
from .list_cases_api_v1_support_cases_get_tier_type_0 import (
    ListCasesApiV1SupportCasesGetTierType0,
)
from .list_movements_api_v1_budgets_ledger_get_kind_type_0 import (
    ListMovementsApiV1BudgetsLedgerGetKindType0,
)
from .movement_out import MovementOut
from .municipal_support_action import MunicipalSupportAction
from .municipal_support_status import MunicipalSupportStatus
from .municipal_support_transition_out import MunicipalSupportTransitionOut
from .option_in import OptionIn
from .option_in_type import OptionInType
from .option_out import OptionOut
from .option_totals import OptionTotals
from .outcome import Outcome
from .outcome_source import OutcomeSource
from .outcome_trace_type_0_item import OutcomeTraceType0Item
from .page_application_out import PageApplicationOut
from .page_audit_entry_out import PageAuditEntryOut
from .page_budget_out import PageBudgetOut
from .page_disbursement_out import PageDisbursementOut
from .page_eligible_offering_out import PageEligibleOfferingOut
from .page_investment_out import PageInvestmentOut
from .page_movement_out import PageMovementOut
from .page_platform_out import PagePlatformOut
from .page_policy_out import PagePolicyOut
from .page_recognition_out import PageRecognitionOut
from .page_results_out import PageResultsOut
from .page_support_case_out import PageSupportCaseOut
from .page_support_case_transition_out import PageSupportCaseTransitionOut
from .platform_create import PlatformCreate
from .platform_kind import PlatformKind
from .platform_out import PlatformOut
from .policy_create import PolicyCreate
from .policy_out import PolicyOut
from .policy_ref import PolicyRef
from .policy_version_create import PolicyVersionCreate
from .policy_version_create_parameters import PolicyVersionCreateParameters
from .policy_version_create_status import PolicyVersionCreateStatus
from .policy_version_out import PolicyVersionOut
from .policy_version_out_parameters import PolicyVersionOutParameters
from .policy_version_out_publish_trace_type_0_item import (
    PolicyVersionOutPublishTraceType0Item,
)
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .project_approval import ProjectApproval
from .rd_super_deduction_in import RdSuperDeductionIn
from .rd_super_deduction_in_category import RdSuperDeductionInCategory
from .rd_super_deduction_out import RdSuperDeductionOut
from .rd_super_deduction_out_category import RdSuperDeductionOutCategory
from .rd_super_deduction_out_trace_item import RdSuperDeductionOutTraceItem
from .recognition_create import RecognitionCreate
from .recognition_out import RecognitionOut
from .resolved_line import ResolvedLine
from .results_create import ResultsCreate
from .results_out import ResultsOut
from .simulated_case import SimulatedCase
from .simulated_case_difference import SimulatedCaseDifference
from .simulated_option import SimulatedOption
from .simulation_out import SimulationOut
from .simulation_out_status_counts import SimulationOutStatusCounts
from .simulation_out_status_counts_additional_property import (
    SimulationOutStatusCountsAdditionalProperty,
)
from .simulation_out_totals import SimulationOutTotals
from .single_source import SingleSource
from .single_source_eligibility import SingleSourceEligibility
from .support_case_action import SupportCaseAction
from .support_case_out import SupportCaseOut
from .support_case_out_inputs import SupportCaseOutInputs
from .support_case_out_proposed_resolution_type_0 import (
    SupportCaseOutProposedResolutionType0,
)
from .support_case_out_trace_item import SupportCaseOutTraceItem
from .support_case_status import SupportCaseStatus
from .support_case_transition_out import SupportCaseTransitionOut
from .support_case_transition_out_details import SupportCaseTransitionOutDetails
from .support_type import SupportType
from .total_row import TotalRow
from .totals import Totals
from .totals_api_v1_investments_totals_get_by import TotalsApiV1InvestmentsTotalsGetBy
from .totals_by import TotalsBy

__all__ = (
    "ActionIn",
    "ActionInDecisionType0",
    "ActionInLineOptionsType0",
    "ActionInLineOptionsType0AdditionalProperty",
    "ActionInOptionType0",
    "ActionRequest",
    "ApplicationCreate",
    "ApplicationOut",
    "AuditEntryOut",
    "BudgetCreate",
    "BudgetOut",
    "BudgetRaise",
    "Catalogue",
    "Change",
    "ChangeAfterType0",
    "ChangeBeforeType0",
    "ChangeKey",
    "ChangeOperation",
    "DisbursementOut",
    "DisbursementOutAllocationsItem",
    "EligibleOfferingOut",
    "EnumValue",
    "EnumsApiV1MetaEnumsGetResponseEnumsApiV1MetaEnumsGet",
    "ExportCasesApiV1SupportCasesExportGetFormat",
    "ExportCasesApiV1SupportCasesExportGetTierType0",
    "ExportLedgerApiV1BudgetsLedgerExportGetFormat",
    "Fund",
    "FundLabel",
    "HealthzHealthzGetResponseHealthzHealthzGet",
    "InvestmentCreate",
    "InvestmentOut",
    "Kind",
    "LegalBasis",
    "LineOut",
    "LineOutTraceItem",
    "LinePolicyRef",
    "ListCasesApiV1SupportCasesGetTierType0",
    "ListMovementsApiV1BudgetsLedgerGetKindType0",
    "MovementOut",
    "MunicipalSupportAction",
    "MunicipalSupportStatus",
    "MunicipalSupportTransitionOut",
    "OptionIn",
    "OptionInType",
    "OptionOut",
    "OptionTotals",
    "Outcome",
    "OutcomeSource",
    "OutcomeTraceType0Item",
    "PageApplicationOut",
    "PageAuditEntryOut",
    "PageBudgetOut",
    "PageDisbursementOut",
    "PageEligibleOfferingOut",
    "PageInvestmentOut",
    "PageMovementOut",
    "PagePlatformOut",
    "PagePolicyOut",
    "PageRecognitionOut",
    "PageResultsOut",
    "PageSupportCaseOut",
    "PageSupportCaseTransitionOut",
    "PlatformCreate",
    "PlatformKind",
    "PlatformOut",
    "PolicyCreate",
    "PolicyOut",
    "PolicyRef",
    "PolicyVersionCreate",
    "PolicyVersionCreateParameters",
    "PolicyVersionCreateStatus",
    "PolicyVersionOut",
    "PolicyVersionOutParameters",
    "PolicyVersionOutPublishTraceType0Item",
    "Problem",
    "ProblemErrorsType0Item",
    "ProjectApproval",
    "RdSuperDeductionIn",
    "RdSuperDeductionInCategory",
    "RdSuperDeductionOut",
    "RdSuperDeductionOutCategory",
    "RdSuperDeductionOutTraceItem",
    "RecognitionCreate",
    "RecognitionOut",
    "ResolvedLine",
    "ResultsCreate",
    "ResultsOut",
    "SimulatedCase",
    "SimulatedCaseDifference",
    "SimulatedOption",
    "SimulationOut",
    "SimulationOutStatusCounts",
    "SimulationOutStatusCountsAdditionalProperty",
    "SimulationOutTotals",
    "SingleSource",
    "SingleSourceEligibility",
    "SupportCaseAction",
    "SupportCaseOut",
    "SupportCaseOutInputs",
    "SupportCaseOutProposedResolutionType0",
    "SupportCaseOutTraceItem",
    "SupportCaseStatus",
    "SupportCaseTransitionOut",
    "SupportCaseTransitionOutDetails",
    "SupportType",
    "TotalRow",
    "Totals",
    "TotalsApiV1InvestmentsTotalsGetBy",
    "TotalsBy",
)
