-- Indexes for the list views at archive scale (issue 7; plans in bench/EXPLAIN.md). Portable SQL:
-- the same script runs on H2 2.x and PostgreSQL.

-- My queue: one person's assignments in due date order (overdue first, undated last), so a page
-- reads only that person's rows in order instead of sorting the whole newsroom's by due date.
CREATE INDEX assignment_queue_idx ON assignment (assignee, due, id);

-- The article list filtered by state and desk, or by desk and language: the page is read in
-- order from the index and the total counted from it alone.
CREATE INDEX article_state_desk_idx ON article (state, desk, updated_at, id);
CREATE INDEX article_desk_language_idx ON article (desk, language, updated_at, id);
