"""CloudEvents 1.0 in Kafka binary mode (DESIGN 6): ``ce_*`` headers, JSON body, strict decoding."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pytest

from shared.events import CloudEvent, MalformedEvent, decode_binary, dlq_topic, encode_binary

Headers = list[tuple[str, bytes]]


def sample_event(**overrides: Any) -> CloudEvent:
    fields: dict[str, Any] = {
        "source": "/gz-mic/registry",
        "type": "gz.mic.registry.center.upgraded.v1",
        "subject": str(uuid.uuid4()),
        "data": {
            "center": {"name": "广州智能网联汽车创新中心", "tier": "national"},
            "upgrade": {"total_share_capital": "500000000.00", "requires_matching_funds": False},
            "tags": ["车规级芯片", 1, None],
        },
    }
    fields.update(overrides)
    return CloudEvent(**fields)


def valid_headers_and_value() -> tuple[Headers, bytes]:
    return encode_binary(sample_event())


def without(headers: Headers, name: str) -> Headers:
    return [(k, v) for k, v in headers if k != name]


def replaced(headers: Headers, name: str, value: bytes) -> Headers:
    return [(k, value if k == name else v) for k, v in headers]


def test_binary_mode_round_trip_keeps_every_attribute_and_the_data() -> None:
    event = sample_event()
    headers, value = encode_binary(event)
    assert decode_binary(headers, value) == event


TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


def test_the_distributed_tracing_extension_travels_as_ce_headers_and_round_trips() -> None:
    event = sample_event(traceparent=TRACEPARENT, tracestate="mic=1")
    headers, value = encode_binary(event)
    assert (dict(headers)["ce_traceparent"], dict(headers)["ce_tracestate"]) == (
        TRACEPARENT.encode(),
        b"mic=1",
    )
    assert decode_binary(headers, value) == event


def test_an_event_written_without_a_trace_has_no_trace_headers() -> None:
    headers, _value = encode_binary(sample_event())
    assert not [name for name, _ in headers if "trace" in name]


def test_binary_mode_puts_attributes_in_ce_headers_and_only_data_in_the_body() -> None:
    event = sample_event()
    headers, value = encode_binary(event)
    names = dict(headers)
    assert names["ce_specversion"] == b"1.0"
    assert names["ce_id"] == str(event.id).encode()
    assert names["ce_source"] == b"/gz-mic/registry"
    assert names["ce_type"] == b"gz.mic.registry.center.upgraded.v1"
    assert names["ce_subject"] == event.subject.encode()  # type: ignore[union-attr]
    assert names["content-type"] == b"application/json"
    assert json.loads(value) == event.data
    # Chinese text travels as UTF-8, not as \u escapes.
    assert "广州智能网联汽车创新中心".encode() in value


def test_an_event_without_subject_has_no_subject_header_and_decodes_to_none() -> None:
    event = sample_event(subject=None)
    headers, value = encode_binary(event)
    assert "ce_subject" not in dict(headers)
    assert decode_binary(headers, value).subject is None


def test_the_time_header_is_utc_and_round_trips_from_another_timezone() -> None:
    beijing = dt.timezone(dt.timedelta(hours=8))
    event = sample_event(time=dt.datetime(2025, 2, 18, 9, 30, 15, 123456, tzinfo=beijing))
    headers, value = encode_binary(event)
    assert dict(headers)["ce_time"] == b"2025-02-18T01:30:15.123456+00:00"
    decoded = decode_binary(headers, value)
    assert decoded.time == event.time
    assert decoded.time.utcoffset() == dt.timedelta(0)


def test_decoding_accepts_headers_as_a_tuple_as_aiokafka_gives_them() -> None:
    event = sample_event()
    headers, value = encode_binary(event)
    assert decode_binary(tuple(headers), value) == event


def test_decoding_ignores_foreign_and_unknown_headers() -> None:
    event = sample_event()
    headers, value = encode_binary(event)
    noisy = [("traceparent", b"00-abc-def-01"), ("ce_unknownext", b"x"), *headers, ("dlq_error", b"boom")]
    assert decode_binary(noisy, value) == event


@pytest.mark.parametrize("missing", ["ce_specversion", "ce_id", "ce_source", "ce_type"])
def test_a_record_missing_a_required_header_is_malformed(missing: str) -> None:
    headers, value = valid_headers_and_value()
    with pytest.raises(MalformedEvent, match=missing.removeprefix("ce_")):
        decode_binary(without(headers, missing), value)


def test_a_record_with_no_headers_is_malformed() -> None:
    _headers, value = valid_headers_and_value()
    with pytest.raises(MalformedEvent, match="missing CloudEvents headers"):
        decode_binary([], value)


@pytest.mark.parametrize(
    "value",
    [None, b"", b"not json", b'{"truncated": ', b"\xff\xfe\x00garbage"],
    ids=["null", "empty", "text", "truncated", "invalid-utf8"],
)
def test_a_body_that_is_not_json_is_malformed(value: bytes | None) -> None:
    headers, _value = valid_headers_and_value()
    with pytest.raises(MalformedEvent, match="not JSON"):
        decode_binary(headers, value)


@pytest.mark.parametrize("value", [b"[1, 2]", b'"text"', b"42", b"null", b"true"])
def test_a_body_that_is_not_a_json_object_is_malformed(value: bytes) -> None:
    headers, _value = valid_headers_and_value()
    with pytest.raises(MalformedEvent, match="JSON object"):
        decode_binary(headers, value)


@pytest.mark.parametrize(
    ("header", "raw"),
    [
        ("ce_id", b"not-a-uuid"),
        ("ce_specversion", b"0.3"),
        ("ce_time", b"yesterday"),
    ],
)
def test_invalid_attribute_values_are_malformed(header: str, raw: bytes) -> None:
    headers, value = valid_headers_and_value()
    with pytest.raises(MalformedEvent, match="invalid CloudEvents attributes"):
        decode_binary(replaced(headers, header, raw), value)


@pytest.mark.parametrize("raw", [b"\xff\xfe", None], ids=["invalid-utf8", "null"])
def test_a_header_value_that_is_not_utf8_text_is_malformed(raw: bytes | None) -> None:
    headers, value = valid_headers_and_value()
    with pytest.raises(MalformedEvent):
        decode_binary(replaced(headers, "ce_source", raw), value)  # type: ignore[arg-type]


def test_malformed_event_is_a_value_error_so_callers_can_treat_it_as_bad_input() -> None:
    assert issubclass(MalformedEvent, ValueError)


def test_the_dead_letter_topic_is_named_after_the_topic() -> None:
    assert dlq_topic("registry.center") == "registry.center.dlq"
