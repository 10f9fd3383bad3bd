from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogue import Catalogue

if TYPE_CHECKING:
    from ..models.single_source import SingleSource
    from ..models.support_case_out import SupportCaseOut


T = TypeVar("T", bound="RecognitionOut")


@_attrs_define
class RecognitionOut:
    """
    Attributes:
        id (UUID):
        catalogue (Catalogue):
        year (int):
        product_name (str):
        center_id (UUID):
        maker_name (str):
        maker_uscc (str):
        buyer_name (None | str):
        price (None | str):
        sales (None | str):
        sales_months (int | None):
        recognized_on (datetime.date):
        document_no (None | str):
        offering_id (None | UUID):
        support_case (None | SupportCaseOut): the case that prices the subsidy (policy version, trace) and pays it
        single_source_procurement (SingleSource): 单一来源采购: a recognized product may be procured from its single source in
            its catalogue year.
        recorded_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    catalogue: Catalogue
    year: int
    product_name: str
    center_id: UUID
    maker_name: str
    maker_uscc: str
    buyer_name: None | str
    price: None | str
    sales: None | str
    sales_months: int | None
    recognized_on: datetime.date
    document_no: None | str
    offering_id: None | UUID
    support_case: None | SupportCaseOut
    single_source_procurement: SingleSource
    recorded_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.support_case_out import SupportCaseOut

        id = str(self.id)

        catalogue = self.catalogue.value

        year = self.year

        product_name = self.product_name

        center_id = str(self.center_id)

        maker_name = self.maker_name

        maker_uscc = self.maker_uscc

        buyer_name: None | str
        buyer_name = self.buyer_name

        price: None | str
        price = self.price

        sales: None | str
        sales = self.sales

        sales_months: int | None
        sales_months = self.sales_months

        recognized_on = self.recognized_on.isoformat()

        document_no: None | str
        document_no = self.document_no

        offering_id: None | str
        if isinstance(self.offering_id, UUID):
            offering_id = str(self.offering_id)
        else:
            offering_id = self.offering_id

        support_case: dict[str, Any] | None
        if isinstance(self.support_case, SupportCaseOut):
            support_case = self.support_case.to_dict()
        else:
            support_case = self.support_case

        single_source_procurement = self.single_source_procurement.to_dict()

        recorded_by = self.recorded_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "catalogue": catalogue,
                "year": year,
                "product_name": product_name,
                "center_id": center_id,
                "maker_name": maker_name,
                "maker_uscc": maker_uscc,
                "buyer_name": buyer_name,
                "price": price,
                "sales": sales,
                "sales_months": sales_months,
                "recognized_on": recognized_on,
                "document_no": document_no,
                "offering_id": offering_id,
                "support_case": support_case,
                "single_source_procurement": single_source_procurement,
                "recorded_by": recorded_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.single_source import SingleSource
        from ..models.support_case_out import SupportCaseOut

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        catalogue = Catalogue(d.pop("catalogue"))

        year = d.pop("year")

        product_name = d.pop("product_name")

        center_id = UUID(d.pop("center_id"))

        maker_name = d.pop("maker_name")

        maker_uscc = d.pop("maker_uscc")

        def _parse_buyer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        buyer_name = _parse_buyer_name(d.pop("buyer_name"))

        def _parse_price(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        price = _parse_price(d.pop("price"))

        def _parse_sales(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sales = _parse_sales(d.pop("sales"))

        def _parse_sales_months(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sales_months = _parse_sales_months(d.pop("sales_months"))

        recognized_on = datetime.date.fromisoformat(d.pop("recognized_on"))

        def _parse_document_no(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_no = _parse_document_no(d.pop("document_no"))

        def _parse_offering_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                offering_id_type_0 = UUID(data)

                return offering_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        offering_id = _parse_offering_id(d.pop("offering_id"))

        def _parse_support_case(data: object) -> None | SupportCaseOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                support_case_type_0 = SupportCaseOut.from_dict(data)

                return support_case_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportCaseOut, data)

        support_case = _parse_support_case(d.pop("support_case"))

        single_source_procurement = SingleSource.from_dict(
            d.pop("single_source_procurement")
        )

        recorded_by = d.pop("recorded_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        recognition_out = cls(
            id=id,
            catalogue=catalogue,
            year=year,
            product_name=product_name,
            center_id=center_id,
            maker_name=maker_name,
            maker_uscc=maker_uscc,
            buyer_name=buyer_name,
            price=price,
            sales=sales,
            sales_months=sales_months,
            recognized_on=recognized_on,
            document_no=document_no,
            offering_id=offering_id,
            support_case=support_case,
            single_source_procurement=single_source_procurement,
            recorded_by=recorded_by,
            created_at=created_at,
        )

        recognition_out.additional_properties = d
        return recognition_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
