"""The talent programmes centers recommend their talents to (`五(七)`), and each year's round."""
