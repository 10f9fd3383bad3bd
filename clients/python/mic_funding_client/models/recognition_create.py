from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.catalogue import Catalogue
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecognitionCreate")


@_attrs_define
class RecognitionCreate:
    """Price for first-set; sales of at most 12 months for first-batch; either for first-version.

    Attributes:
        catalogue (Catalogue):
        year (int): the catalogue year
        product_name (str):
        center_id (UUID): the center whose innovation product it is
        maker_name (str):
        maker_uscc (str): 统一社会信用代码 of the maker (the firm of the yearly cap)
        recognized_on (datetime.date):
        buyer_name (None | str | Unset): first buyer; needed for first-set
        price (None | str | Unset):
        sales (None | str | Unset):
        sales_months (int | None | Unset):
        document_no (None | str | Unset):
        offering_id (None | Unset | UUID): the innovation offering in scenarios, if any
    """

    catalogue: Catalogue
    year: int
    product_name: str
    center_id: UUID
    maker_name: str
    maker_uscc: str
    recognized_on: datetime.date
    buyer_name: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    sales: None | str | Unset = UNSET
    sales_months: int | None | Unset = UNSET
    document_no: None | str | Unset = UNSET
    offering_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        catalogue = self.catalogue.value

        year = self.year

        product_name = self.product_name

        center_id = str(self.center_id)

        maker_name = self.maker_name

        maker_uscc = self.maker_uscc

        recognized_on = self.recognized_on.isoformat()

        buyer_name: None | str | Unset
        if isinstance(self.buyer_name, Unset):
            buyer_name = UNSET
        else:
            buyer_name = self.buyer_name

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        sales: None | str | Unset
        if isinstance(self.sales, Unset):
            sales = UNSET
        else:
            sales = self.sales

        sales_months: int | None | Unset
        if isinstance(self.sales_months, Unset):
            sales_months = UNSET
        else:
            sales_months = self.sales_months

        document_no: None | str | Unset
        if isinstance(self.document_no, Unset):
            document_no = UNSET
        else:
            document_no = self.document_no

        offering_id: None | str | Unset
        if isinstance(self.offering_id, Unset):
            offering_id = UNSET
        elif isinstance(self.offering_id, UUID):
            offering_id = str(self.offering_id)
        else:
            offering_id = self.offering_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "catalogue": catalogue,
                "year": year,
                "product_name": product_name,
                "center_id": center_id,
                "maker_name": maker_name,
                "maker_uscc": maker_uscc,
                "recognized_on": recognized_on,
            }
        )
        if buyer_name is not UNSET:
            field_dict["buyer_name"] = buyer_name
        if price is not UNSET:
            field_dict["price"] = price
        if sales is not UNSET:
            field_dict["sales"] = sales
        if sales_months is not UNSET:
            field_dict["sales_months"] = sales_months
        if document_no is not UNSET:
            field_dict["document_no"] = document_no
        if offering_id is not UNSET:
            field_dict["offering_id"] = offering_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        catalogue = Catalogue(d.pop("catalogue"))

        year = d.pop("year")

        product_name = d.pop("product_name")

        center_id = UUID(d.pop("center_id"))

        maker_name = d.pop("maker_name")

        maker_uscc = d.pop("maker_uscc")

        recognized_on = datetime.date.fromisoformat(d.pop("recognized_on"))

        def _parse_buyer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_name = _parse_buyer_name(d.pop("buyer_name", UNSET))

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_sales(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales = _parse_sales(d.pop("sales", UNSET))

        def _parse_sales_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sales_months = _parse_sales_months(d.pop("sales_months", UNSET))

        def _parse_document_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_no = _parse_document_no(d.pop("document_no", UNSET))

        def _parse_offering_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                offering_id_type_0 = UUID(data)

                return offering_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        offering_id = _parse_offering_id(d.pop("offering_id", UNSET))

        recognition_create = cls(
            catalogue=catalogue,
            year=year,
            product_name=product_name,
            center_id=center_id,
            maker_name=maker_name,
            maker_uscc=maker_uscc,
            recognized_on=recognized_on,
            buyer_name=buyer_name,
            price=price,
            sales=sales,
            sales_months=sales_months,
            document_no=document_no,
            offering_id=offering_id,
        )

        return recognition_create
