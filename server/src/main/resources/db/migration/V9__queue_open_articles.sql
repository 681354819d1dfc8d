-- My queue without visiting the articles (issue 7; plans in bench/EXPLAIN.md). Portable SQL: the
-- same script runs on H2 2.x and PostgreSQL.
--
-- An assignment carries whether its article is still open (not approved, withdrawn or archived).
-- The queue's total then counts one range of one index instead of probing each article's state,
-- which over years of approved work is most of a person's rows. Kept true by the transition that
-- opens or closes the article, in the same transaction and under the article's row lock, which
-- assigning takes too.
ALTER TABLE assignment ADD COLUMN article_open BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE assignment SET article_open = FALSE
  WHERE article_id IN (SELECT id FROM article WHERE state IN ('APPROVED', 'WITHDRAWN', 'ARCHIVED'));

-- The default queue (open articles, active assignments) in due date order, and its total.
CREATE INDEX assignment_open_queue_idx ON assignment (assignee, article_open, ended_at, due, id);
