"""Full screens of the workbench, one per module (corpus, coding, codebook, help, compare)."""
