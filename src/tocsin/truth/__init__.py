"""Ground truth kept by the field (UCDP GED exports) for scoring coding and warning.

``tocsin.truth.ucdp`` reads a UCDP Georeferenced Event Dataset CSV export: the events, who fought
whom, the deaths, and the real articles (office, date, headline) behind each event.
"""
