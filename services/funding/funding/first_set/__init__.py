"""First-set / first-batch / first-version recognitions, subsidies and procurement eligibility (`五(五)`)."""
