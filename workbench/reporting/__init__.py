"""Word reports (python-docx), no Qt: the caller passes the report language's translator and the chart images."""
