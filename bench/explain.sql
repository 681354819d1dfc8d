-- EXPLAIN ANALYZE of the list and view queries, as EclipseLink sends them (read from PostgreSQL's
-- statement log), with parameters from the generated archive (seed 7, 100,000 articles).
-- psql -h 127.0.0.1 -U postgres -d perf_scale -f bench/explain.sql
-- PGOPTIONS='-c random_page_cost=1.1' gives the plans for a cached database (README)
\pset pager off
\echo '== my queue (fact-checker fc040): page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t0.*, t1.* FROM assignment t0, article t1 WHERE t1.id = t0.article_id
  AND t0.ended_at IS NULL AND t0.assignee = 'fc040' AND t0.article_open = true
  ORDER BY t0.due NULLS LAST, t0.id LIMIT 20 OFFSET 0;
\echo '== my queue (translator tr-he-08, the longest queue at seed 7): page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t0.*, t1.* FROM assignment t0, article t1 WHERE t1.id = t0.article_id
  AND t0.ended_at IS NULL AND t0.assignee = 'tr-he-08' AND t0.article_open = true
  ORDER BY t0.due NULLS LAST, t0.id LIMIT 20 OFFSET 0;
\echo '== my queue (translator tr-he-08): count (V9: no join)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT COUNT(t0.id) FROM assignment t0
  WHERE t0.ended_at IS NULL AND t0.assignee = 'tr-he-08' AND t0.article_open = true;
\echo '== my queue (translator tr-he-08), closed=true: count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT COUNT(t0.id) FROM assignment t0
  WHERE t0.ended_at IS NULL AND t0.assignee = 'tr-he-08';
\echo '== article list, state + desk: page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM article WHERE state = 'DRAFT' AND desk = 'Politics'
  ORDER BY updated_at DESC, id DESC LIMIT 20 OFFSET 0;
\echo '== article list, state + desk: count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT COUNT(id) FROM article WHERE state = 'DRAFT' AND desk = 'Politics';
\echo '== article list, state only: count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT COUNT(id) FROM article WHERE state = 'APPROVED';
\echo '== article list, language + desk: page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM article WHERE language = 'az' AND desk = 'Culture'
  ORDER BY updated_at DESC, id DESC LIMIT 20 OFFSET 0;
\echo '== article list, language + desk: count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT COUNT(id) FROM article WHERE language = 'az' AND desk = 'Culture';
\echo '== article list for a fact-checker (only assigned articles), state: page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM article t0 WHERE EXISTS (SELECT 1 FROM assignment t1
  WHERE t1.article_id = t0.id AND t1.assignee = 'fc040' AND t1.ended_at IS NULL) AND t0.state = 'FACT_CHECK'
  ORDER BY t0.updated_at DESC, t0.id DESC LIMIT 20 OFFSET 0;
\echo '== article list for a fact-checker (only assigned articles), state: count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT COUNT(t0.id) FROM article t0 WHERE EXISTS (SELECT 1 FROM assignment t1
  WHERE t1.article_id = t0.id AND t1.assignee = 'fc040' AND t1.ended_at IS NULL) AND t0.state = 'FACT_CHECK';
\echo '== claim list of an article: count and page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT COUNT(id) FROM claim WHERE article_id = 10;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM claim WHERE article_id = 10
  ORDER BY block_index NULLS LAST, start_cp, id LIMIT 50 OFFSET 0;
\echo '== citations of a page of claims'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM citation WHERE claim_id IN (SELECT id FROM claim WHERE article_id = 10) ORDER BY id;
\echo '== article view: active assignments, current revision, its blocks, claims on it'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM assignment WHERE article_id = 10 AND ended_at IS NULL ORDER BY id;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM revision WHERE article_id = 10 AND revision_number = 5;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM revision_block WHERE revision_id = 23;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM claim WHERE article_id = 10 AND revision_number = 5
  ORDER BY block_index NULLS LAST, start_cp, id;
\echo '== translation tasks of an article; required languages'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM translation_task WHERE article_id = 5 ORDER BY language;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT DISTINCT language FROM assignment WHERE article_id = 5 AND ended_at IS NULL AND role = 'TRANSLATOR';
\echo '== sign-offs for the PDF (audit trail of one article)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM audit_event WHERE article_id = 7 AND action = 'article.transitioned' ORDER BY id;
\echo '== newsroom audit trail, by actor'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM audit_event WHERE actor = 'fc040' ORDER BY id DESC LIMIT 20;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT COUNT(id) FROM audit_event WHERE actor = 'fc040';
\echo '== overdue assignments (editors)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t0.*, t1.* FROM assignment t0, article t1 WHERE t1.id = t0.article_id
  AND t0.ended_at IS NULL AND t1.state NOT IN ('APPROVED', 'WITHDRAWN', 'ARCHIVED') AND t0.due < now()
  ORDER BY t0.due NULLS LAST, t0.id LIMIT 20;
\echo '== source search by title prefix'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM source WHERE title_folded LIKE 'baku%' ORDER BY title_folded, id LIMIT 20;
