"""The desktop app's widgets. Qt only: no SQL, no rule logic (that lives in `core/`)."""
