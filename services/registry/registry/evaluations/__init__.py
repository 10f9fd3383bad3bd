"""Annual evaluations of operating centers (DESIGN 2, modelled on 工信厅科〔2018〕37号)."""
