-- every change of a deployment increments its version: a compare-and-set on it refuses a stale snapshot, even one
-- in the same status as the row
ALTER TABLE deployment ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;

-- the service keeps a deployment's log up to a cap; what an event brought past it is counted, so the log can say
-- exactly what it lacks
ALTER TABLE deployment_progress ADD COLUMN dropped_lines BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE deployment_progress ADD COLUMN dropped_chars BIGINT DEFAULT 0 NOT NULL;
