"""The Lenkungskreis meeting: its content as data (model), how it is assembled (slides), its screens (paging)."""
