-- Of the issues a run loaded, how many replaced an earlier version of the same file.
ALTER TABLE ingest_runs ADD COLUMN issues_replaced INTEGER NOT NULL DEFAULT 0;
