from enum import StrEnum


class ScenarioCreateClusterCode(StrEnum):
    ARTIFICIAL_INTELLIGENCE = "artificial_intelligence"
    BIOMANUFACTURING = "biomanufacturing"
    BIOMEDICINE_HEALTH = "biomedicine_health"
    CELL_GENE = "cell_gene"
    EMBODIED_AI = "embodied_ai"
    FASHION_CONSUMER_GOODS = "fashion_consumer_goods"
    GREEN_PETROCHEM_NEW_MATERIALS = "green_petrochem_new_materials"
    INTELLIGENT_CONNECTED_NEV = "intelligent_connected_nev"
    INTELLIGENT_CONSTRUCTION = "intelligent_construction"
    INTELLIGENT_EQUIPMENT_ROBOTICS = "intelligent_equipment_robotics"
    LOW_ALTITUDE_AEROSPACE = "low_altitude_aerospace"
    NEW_ENERGY_STORAGE = "new_energy_storage"
    RAIL_TRANSIT = "rail_transit"
    SEMICONDUCTOR_IC = "semiconductor_ic"
    SHIP_OCEAN_ENGINEERING = "ship_ocean_engineering"
    SOFTWARE_INTERNET = "software_internet"
    UHD_VIDEO_NEW_DISPLAY = "uhd_video_new_display"

    def __str__(self) -> str:
        return str(self.value)
