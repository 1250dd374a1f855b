"""Inter-coder agreement: units, coefficients, the report, disagreements and their export."""
