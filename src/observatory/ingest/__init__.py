"""Reading inputs into models: report files (text, HTML, JSONL) and event datasets (ACLED, UCDP)."""
