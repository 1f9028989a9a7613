"""The Qt user interface: one package per feature, plus the shared pieces they use."""
