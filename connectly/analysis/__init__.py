"""Analysis of daily series (numpy only): baselines, spikes, dips, links, statistics, insight texts.

Entry points (import the modules directly; this package imports nothing, so loading it costs
nothing before the first paint):

* :func:`connectly.analysis.series.daily_series` — check-in rows from storage → :class:`DailySeries`
* :func:`connectly.analysis.report.analyse` — a series, life events and names → :class:`AnalysisResult`
* :class:`connectly.analysis.thresholds.AnalysisSettings` — every threshold, with DESIGN.md §6 defaults
* :class:`connectly.analysis.insights.Insight` — one sentence, with its n and whether it is tentative
"""
