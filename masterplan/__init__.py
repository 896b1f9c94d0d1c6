"""The Masterplan-Monitor core: Stände, metrics, charts, exports and the CLI. Never imports Streamlit."""
