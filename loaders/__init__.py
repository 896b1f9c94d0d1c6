"""File bytes → validated tables and findings. Knows the workbook format; knows nothing of storage."""
