-- The change log is trimmed (issue 16): housekeeping deletes rows older than
-- FACTDESK_CHANGE_LOG_RETENTION_DAYS and records here the highest seq it deleted, in the same
-- transaction, so an instance whose index stopped before that point rebuilds instead of missing
-- changes. Portable SQL: the same script runs on H2 2.x and PostgreSQL.
CREATE TABLE change_log_horizon (
  id              INTEGER NOT NULL PRIMARY KEY,
  trimmed_through BIGINT  NOT NULL
);
INSERT INTO change_log_horizon (id, trimmed_through) VALUES (1, 0);
