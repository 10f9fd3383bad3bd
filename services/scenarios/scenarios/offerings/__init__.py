"""Innovation offerings (创新产品/服务, `五(五)`, `五(六)`): what a center offers for scenarios to
pilot, open for matching until withdrawn — by the center, or by registry revoking the center."""
