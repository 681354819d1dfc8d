-- My queue's total (issue 7; plans in bench/EXPLAIN.md). Portable SQL: the same script runs on H2 2.x
-- and PostgreSQL. The count joins the person's open assignments to their articles' states; with
-- both sides answerable from an index alone it is a nested loop of index-only probes, proportional to
-- the person's assignments. Without them PostgreSQL hash-joined a sequential scan of every article
-- (at the default random_page_cost), and the non-editor article list counted the same way.

-- Open assignments of one person with their article (and id, which the count names): replaces the
-- V1 index on (assignee, ended_at, due), which the queue stopped using at V5.
DROP INDEX assignment_assignee_idx;
CREATE INDEX assignment_open_article_idx ON assignment (assignee, ended_at, article_id, id);

-- An article's state by id without visiting the table.
CREATE INDEX article_id_state_idx ON article (id, state);
