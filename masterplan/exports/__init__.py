"""What leaves the dashboard as a file: the workbook and its template, the deck, the PDF report, the format docs."""
