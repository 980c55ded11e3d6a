-- every change of a deployment increments its version: a compare-and-set on it refuses a stale snapshot, even one
-- in the same status as the row
ALTER TABLE deployment ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
