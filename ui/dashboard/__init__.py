"""The Dashboard screen: cards, charts, next steps, and the workbook and summary to hand over."""
