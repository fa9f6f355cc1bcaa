-- Which configured source (inbox, e-paper site) a run read from; NULL for manual runs.
ALTER TABLE ingest_runs ADD COLUMN source_name VARCHAR;
