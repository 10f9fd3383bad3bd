"""Rule kinds: a version's parameters are validated by its kind's schema (pure, no I/O)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import BaseModel

from funding.policies.kinds import RULE_KINDS, validate_parameters
from shared.errors import Unprocessable

VERSIONS = Path(__file__).resolve().parents[1] / "migrations" / "versions"


def migration(revision: str) -> ModuleType:
    path = next(VERSIONS.glob(f"*_{revision}_*.py"))
    spec = importlib.util.spec_from_file_location(f"funding_migration_{revision}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("revision", "name", "kind"),
    [
        ("783de89d9f6a", "UPGRADE_SUPPORT_V1", "upgrade_support"),
        ("64ff29db8e2d", "UPGRADE_SUPPORT_V0", "upgrade_support"),
        ("64ff29db8e2d", "RD_SUPER_DEDUCTION_V1", "rd_super_deduction"),
        ("64ff29db8e2d", "RD_SUPER_DEDUCTION_V2", "rd_super_deduction"),
        ("b41da17c7183", "PLATFORM_SUBSIDY_V1", "platform_subsidy"),
        ("b41da17c7183", "PRODUCT_RECOGNITION_SUBSIDY_V1", "product_recognition_subsidy"),
    ],
)
def test_every_seeded_version_fits_its_kind_unchanged(revision: str, name: str, kind: str) -> None:
    seeded = getattr(migration(revision), name)
    assert validate_parameters(kind, seeded) == seeded


def test_the_seeded_earlier_rule_ends_the_day_before_v1() -> None:
    v0 = migration("64ff29db8e2d")
    end: dt.date = v0.UPGRADE_SUPPORT_V0_TO
    assert end == dt.date(2025, 2, 17)
    assert v0.UPGRADE_SUPPORT_V0_FROM < v0.UPGRADE_SUPPORT_V0_TO
    assert v0.UPGRADE_SUPPORT_V0["grant"]["form"] == "ratio_cap"
    assert "穗府规〔2018〕15号" in v0.EARLIER_CITY_RULE_SOURCE


def test_an_unknown_kind_names_the_known_ones() -> None:
    with pytest.raises(Unprocessable) as raised:
        validate_parameters("lottery", {})
    assert all(kind in raised.value.detail for kind in RULE_KINDS)
    assert [e.field for e in raised.value.errors] == ["rule_kind"]


def fixed(**grant: Any) -> dict[str, Any]:
    return {"grant": {"form": "fixed", "amounts": {"national": "30000000.00"}, **grant}}


@pytest.mark.parametrize(
    ("parameters", "field"),
    [
        (fixed(amounts={"national": "1.001"}), "parameters.grant.fixed.amounts.national"),
        (fixed(amounts={"national": 30000000.0}), "parameters.grant.fixed.amounts.national"),
        (fixed(amounts={"national": "-1.00"}), "parameters.grant.fixed.amounts.national"),
        (fixed(amounts={"municipal": "1.00"}), "parameters.grant.fixed.amounts.municipal.[key]"),
        (fixed(amounts={}), "parameters.grant.fixed.amounts"),
        ({"grant": {"form": "lump"}}, "parameters.grant"),
        (
            {**fixed(), "equity": {"ratio": "1.01", "base": "total_share_capital", "cap": "1.00"}},
            "parameters.equity.ratio",
        ),
        ({**fixed(), "rounding": "ROUND_UP"}, "parameters.rounding"),
        ({**fixed(), "one_of": True}, "parameters.one_of"),
    ],
)
def test_upgrade_support_parameters_are_checked_by_field(parameters: dict[str, Any], field: str) -> None:
    with pytest.raises(Unprocessable) as raised:
        validate_parameters("upgrade_support", parameters)
    assert field in [e.field for e in raised.value.errors]


def test_rd_rates_need_a_basis_and_a_known_category() -> None:
    with pytest.raises(Unprocessable) as raised:
        validate_parameters("rd_super_deduction", {"rates": {"tobacco": {"extra_rate": "1.00"}}})
    fields = {e.field for e in raised.value.errors}
    assert "parameters.rates.tobacco.[key]" in fields
    assert "parameters.rates.tobacco.basis" in fields


def test_another_area_adds_a_kind_with_one_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    class PlatformSubsidy(BaseModel):
        amount: str

    monkeypatch.setitem(RULE_KINDS, "platform_subsidy", PlatformSubsidy)
    assert validate_parameters("platform_subsidy", {"amount": "1.00"}) == {"amount": "1.00"}
    with pytest.raises(Unprocessable):
        validate_parameters("platform_subsidy", {})
