-- EXPLAIN ANALYZE of the parts of "what needs me" (GET /api/me/work, workflow.work.WorkQueries), written
-- as EclipseLink sends them, for the generated archive (seed 7, 100,000 articles). Issue 15.
-- psql -h 127.0.0.1 -U postgres -d <database> -v editor=ed001 -v translator=tr-he-08 -f bench/explain-work.sql
\pset pager off
\echo '== my open assignments with their articles (every person)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT s.*, a.* FROM assignment s, article a WHERE a.id = s.article_id
  AND s.assignee = :'editor' AND s.ended_at IS NULL AND s.article_open = true LIMIT 1000;
\echo '== my translation tasks to do or update (translators)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.*, a.* FROM translation_task t, article a WHERE a.id = t.article_id
  AND t.translator = :'translator' AND a.state IN ('DRAFT','IN_REVIEW','FACT_CHECK','TRANSLATION','CORRECTION')
  AND (t.stale = true OR t.state IN ('ASSIGNED','IN_PROGRESS','CHANGES_REQUESTED')) LIMIT 1000;
\echo '== my drafts (editors; V14 article_author_state_idx)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM article WHERE author = :'editor' AND state = 'DRAFT' LIMIT 1000;
\echo '== translations to approve on articles I wrote'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.*, a.* FROM translation_task t, article a WHERE a.id = t.article_id
  AND a.author = :'editor' AND t.state = 'SUBMITTED' AND t.stale = false
  AND a.state IN ('DRAFT','IN_REVIEW','FACT_CHECK','TRANSLATION','CORRECTION') LIMIT 1000;
\echo '== translations to approve on articles I staff'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.*, a.* FROM translation_task t, article a, assignment s
  WHERE a.id = t.article_id AND s.article_id = a.id AND s.assignee = :'editor' AND s.ended_at IS NULL
  AND s.article_open = true AND t.state = 'SUBMITTED' AND t.stale = false
  AND a.state IN ('DRAFT','IN_REVIEW','FACT_CHECK','TRANSLATION','CORRECTION') LIMIT 1000;
