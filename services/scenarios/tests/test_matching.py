"""Matching (issue 14): synonyms across surface forms, the cluster and tag features, explanations."""

import random

import pytest

from scenarios.matching import (
    Analyzer,
    MatchedTerm,
    MatchIndex,
    Offering,
    OfferingIndex,
    Scenario,
    rank_offerings,
    rank_scenarios,
)
from scenarios.matching.vocabulary import Vocabulary

ROBOTICS = "intelligent_equipment_robotics"
AI = "artificial_intelligence"
SHIPS = "ship_ocean_engineering"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def offering(
    offering_id: str, name: str, description: str, cluster_code: str = ROBOTICS, tags: tuple[str, ...] = ()
) -> Offering:
    return Offering(
        offering_id=offering_id,
        center_id=f"center-of-{offering_id}",
        name=name,
        description=description,
        cluster_code=cluster_code,
        tags=tags,
    )


def scenario(
    title: str, description: str, cluster_code: str = ROBOTICS, tags: tuple[str, ...] = ()
) -> Scenario:
    return Scenario(
        scenario_id="s-1", title=title, description=description, cluster_code=cluster_code, tags=tags
    )


def test_the_segmenter_keeps_domain_terms_whole(analyzer: Analyzer) -> None:
    words = analyzer.words("建设基于大语言模型的智能客服，开放政务数据")
    assert "大语言模型" in words
    assert "政务数据" in words
    assert "的" not in words  # a stop word


def test_a_synonym_matches_across_surface_forms_and_the_explanation_names_both(analyzer: Analyzer) -> None:
    index = MatchIndex(
        [
            offering("robot", "六轴工业机器人", "负载二十公斤，重复定位精度高，可完成搬运和装配。"),
            offering("furnace", "热处理炉温控系统", "炉温均匀性测试与曲线记录。"),
        ],
        analyzer=analyzer,
        version=1,
    )
    hits = rank_offerings(index, scenario("机械臂改造", "用机械臂替代工人搬运铸件。", cluster_code=AI))
    assert [hit.offering_id for hit in hits] == ["robot"]
    assert hits[0].center_id == "center-of-robot"
    assert MatchedTerm("工业机器人", ("机械臂",), ("工业机器人",)) in hits[0].explanation.matched_terms


def test_latin_synonyms_match_whatever_their_case_or_width(analyzer: Analyzer) -> None:
    index = MatchIndex(
        [offering("llm", "LLM私有化部署", "企业知识库问答。", cluster_code=AI)], analyzer=analyzer
    )
    hits = rank_offerings(index, scenario("智能问答", "采用ｌｌｍ回答群众咨询。", cluster_code=AI))
    terms = {term.term: term for term in hits[0].explanation.matched_terms}
    assert terms["大模型"].query_forms == ("llm",)
    assert terms["大模型"].match_forms == ("llm",)


def test_a_broader_term_joins_two_kinds_of_robot(analyzer: Analyzer) -> None:
    index = MatchIndex([offering("cobot", "协作机器人", "免围栏与人协同作业。")], analyzer=analyzer)
    hits = rank_offerings(index, scenario("机械臂", "工位改造。", cluster_code=AI))
    assert [term.term for term in hits[0].explanation.matched_terms] == ["机器人"]
    assert hits[0].explanation.matched_terms[0].query_forms == ("机械臂",)


def test_the_shared_terms_come_best_first(analyzer: Analyzer) -> None:
    index = MatchIndex(
        [
            offering("a", "配电房巡检", "红外测温与表计识别。"),
            offering("b", "管廊巡检", "人工巡检记录。"),
            offering("c", "隧道巡检", "渗漏水巡检。"),
        ],
        analyzer=analyzer,
    )
    hits = rank_offerings(index, scenario("巡检", "配电房需要红外测温。"))
    assert hits[0].offering_id == "a"
    # 巡检 is in every offering, so it weighs least of the terms "a" shares.
    assert hits[0].explanation.matched_terms[-1].term == "巡检"


def test_the_same_cluster_ranks_an_equal_text_higher(analyzer: Analyzer) -> None:
    index = MatchIndex(
        [
            offering("other-cluster", "焊接机器人", "中厚板焊缝跟踪。", cluster_code=SHIPS),
            offering("same-cluster", "焊接机器人", "中厚板焊缝跟踪。"),
        ],
        analyzer=analyzer,
    )
    hits = rank_offerings(index, scenario("焊接自动化", "引入焊接机器人。"))
    assert [hit.offering_id for hit in hits] == ["same-cluster", "other-cluster"]
    assert [hit.explanation.cluster_match for hit in hits] == [True, False]
    assert hits[0].score > hits[1].score


def test_a_shared_tag_ranks_an_equal_text_higher(analyzer: Analyzer) -> None:
    index = MatchIndex(
        [
            # The same terms (a tag is also text), so the same BM25 score: only the tag feature differs.
            offering("a-untagged", "焊接机器人", "中厚板焊缝跟踪。焊接机器人"),
            offering("b-tagged", "焊接机器人", "中厚板焊缝跟踪。", tags=("焊接机器人",)),
        ],
        analyzer=analyzer,
    )
    hits = rank_offerings(index, scenario("焊接自动化", "引入焊接机器人。", tags=("焊接机械臂",)))
    assert [hit.offering_id for hit in hits] == ["b-tagged", "a-untagged"]
    # Both tags are surface forms of one canonical term.
    assert hits[0].explanation.matched_tags == ("焊接机器人",)
    assert hits[1].explanation.matched_tags == ()
    assert hits[0].score > hits[1].score


def test_an_offering_sharing_no_term_tag_or_cluster_is_not_a_match(analyzer: Analyzer) -> None:
    index = MatchIndex(
        [
            offering("kiln", "陶瓷窑炉", "窑炉温度曲线控制。", cluster_code="green_petrochem_new_materials"),
            offering("cluster-only", "精密减速器", "谐波减速器。"),
        ],
        analyzer=analyzer,
    )
    hits = rank_offerings(index, scenario("机械臂", "机床上下料。"))
    assert [hit.offering_id for hit in hits] == ["cluster-only"]
    assert hits[0].explanation.matched_terms == ()


def test_a_ranking_is_the_same_whatever_the_order_the_offerings_came_in(analyzer: Analyzer) -> None:
    offerings = [offering(f"o-{n:02}", "巡检机器人", f"第{n}代巡检。") for n in range(12)]
    query = scenario("巡检", "巡检机器人。")
    first = rank_offerings(MatchIndex(offerings, analyzer=analyzer), query)
    shuffled = offerings[:]
    random.Random(7).shuffle(shuffled)
    again = rank_offerings(MatchIndex(shuffled, analyzer=analyzer), query)
    assert first == again
    # Equal scores are ordered by id.
    assert [hit.offering_id for hit in first] == sorted(hit.offering_id for hit in first)
    assert len(first) == 10


def test_the_reverse_direction_finds_scenarios_for_an_offering(analyzer: Analyzer) -> None:
    scenarios = [
        Scenario("port", "集装箱码头自动化", "岸桥远程控制和无人集卡。", SHIPS),
        Scenario("clinic", "社区慢病随访", "高血压随访。", "biomedicine_health"),
    ]
    index = MatchIndex(scenarios, analyzer=analyzer)
    hits = rank_scenarios(index, offering("truck", "港口集卡无人驾驶", "集装箱卡车水平运输。", SHIPS))
    assert [hit.scenario_id for hit in hits] == ["port"]
    shared = {term.term: term for term in hits[0].explanation.matched_terms}
    assert shared["集卡"].query_forms == ("港口集卡", "集装箱卡车")
    assert shared["集卡"].match_forms == ("无人集卡",)


def test_replaced_adds_changes_and_removes_offerings(analyzer: Analyzer) -> None:
    index: OfferingIndex = MatchIndex(
        [offering("old", "码垛机器人", "袋装物料码垛。"), offering("gone", "码垛机器人", "箱装码垛。")],
        analyzer=analyzer,
        version=1,
    )
    newer = index.replaced(
        upsert=[offering("old", "热处理炉", "炉温控制。"), offering("new", "码垛机器人", "饮料码垛。")],
        remove=["gone"],
        version=2,
    )
    query = scenario("码垛", "码垛机器人。", cluster_code=AI)
    assert newer.version == 2
    assert [hit.offering_id for hit in rank_offerings(newer, query)] == ["new"]
    # The index it came from is untouched.
    assert {hit.offering_id for hit in rank_offerings(index, query)} == {"old", "gone"}


def test_an_empty_index_matches_nothing(analyzer: Analyzer) -> None:
    assert rank_offerings(MatchIndex([], analyzer=analyzer), scenario("机械臂", "上下料。")) == []


def test_two_offerings_with_one_id_are_refused(analyzer: Analyzer) -> None:
    with pytest.raises(ValueError, match="share a key"):
        MatchIndex([offering("x", "a", "b"), offering("x", "c", "d")], analyzer=analyzer)


def test_the_vocabulary_refuses_a_surface_form_in_two_groups() -> None:
    with pytest.raises(ValueError, match="already in the group"):
        Vocabulary.parse(["机器人 机械臂", "工业机器人 机械臂"], [])


def test_the_vocabulary_refuses_a_broader_term_that_is_no_group() -> None:
    with pytest.raises(ValueError, match="must be the first term"):
        Vocabulary.parse(["工业机器人 机械臂 > 机器"], [])


def test_broader_terms_are_followed_to_the_top() -> None:
    vocabulary = Vocabulary.parse(["机器人", "工业机器人 > 机器人", "焊接机器人 焊接机械臂 > 工业机器人"], [])
    assert vocabulary.expand("焊接机械臂") == ("焊接机器人", "工业机器人", "机器人")


def test_the_packaged_vocabulary_spans_the_domain() -> None:
    vocabulary = Vocabulary.packaged()
    assert len(set(vocabulary.canonical.values())) > 300
    assert vocabulary.canonical["llm"] == "大模型"
    assert vocabulary.canonical["电动汽车"] == "新能源汽车"
    assert vocabulary.canonical["虚拟仿真"] == "数字孪生"
