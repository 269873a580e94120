"""Analysis of daily series (numpy only): baselines, spikes, dips, links, statistics, insight texts."""
