from enum import StrEnum


class ScenarioPatchDistrictType0(StrEnum):
    BAIYUN = "baiyun"
    CONGHUA = "conghua"
    HAIZHU = "haizhu"
    HUADU = "huadu"
    HUANGPU = "huangpu"
    LIWAN = "liwan"
    NANSHA = "nansha"
    PANYU = "panyu"
    TIANHE = "tianhe"
    YUEXIU = "yuexiu"
    ZENGCHENG = "zengcheng"

    def __str__(self) -> str:
        return str(self.value)
