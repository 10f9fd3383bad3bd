"""Support-service requests (`五(七)` 住房、医疗保健、教育服务): decided by the entitlements in force,
then accepted, fulfilled or refused by a talent officer."""
