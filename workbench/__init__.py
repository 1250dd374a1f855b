"""workbench: a keyboard-first terminal workbench for coding qualitative interviews."""

__version__ = "0.1.0"
