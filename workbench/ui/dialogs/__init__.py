"""Modal dialogs: small questions the workbench asks (which code, which memo, which coder)."""
