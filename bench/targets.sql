-- Rebuilds target/bench/targets.lua from an archive that bench/generate made earlier, read-only, for a
-- checkout that has the database but not the file. The flag targets are quotes of existing claims
-- that occur once in their revision (flagging a sentence again is allowed), not unclaimed sentences.
--   psql -h 127.0.0.1 -U postgres perf_scale -q -f bench/targets.sql > target/bench/targets.lua
\pset format unaligned
\pset tuples_only on
with
 eds as (select string_agg('"'||username||'"', ',' order by username) l from user_role where role='EDITOR'),
 chk as (select string_agg('"'||username||'"', ',' order by username) l from user_role where role='FACT_CHECKER'),
 trn as (select string_agg('"'||username||'"', ',' order by username) l from user_role where role='TRANSLATOR'),
 st as (select state, string_agg(id::text, ',' order by id) l from (
          select id, state, row_number() over (partition by state order by id) n from article) a where n <= 20000 group by state),
 checker as (select distinct on (s.article_id) s.article_id, s.assignee from assignment s
             where s.role='FACT_CHECKER' and s.ended_at is null order by s.article_id, s.id),
 vw as (select string_agg('{'||a.id||',"'||c.assignee||'"}', ',' order by a.id) l from (
          select a.id from article a join checker c on c.article_id=a.id order by a.id limit 20000) a join checker c on c.article_id=a.id),
 tk as (select string_agg('{'||t.id||',"'||t.translator||'",'||(select count(*) from revision r join revision_block b on b.revision_id=r.id
            where r.article_id=t.article_id and r.revision_number=a.current_revision)||'}', ',' order by t.id) l
        from (select * from translation_task where state='IN_PROGRESS' and translator is not null order by id limit 20000) t join article a on a.id=t.article_id),
 fc as (select a.id, c.assignee, a.current_revision from article a join checker c on c.article_id=a.id where a.state='FACT_CHECK' order by a.id limit 5000),
 q as (select distinct on (fc.id) fc.id, fc.assignee, cl.quote_exact from fc join claim cl on cl.article_id=fc.id and cl.revision_number=fc.current_revision
        and cl.block_index is not null and length(cl.quote_exact) > 10
        where (select sum((length(b.body) - length(replace(b.body, cl.quote_exact, ''))) / length(cl.quote_exact))
               from revision r join revision_block b on b.revision_id=r.id where r.article_id=fc.id and r.revision_number=fc.current_revision) = 1
        order by fc.id, cl.id),
 fl as (select string_agg('{'||id||',"'||assignee||'","'||replace(replace(quote_exact,'\','\\'),'"','\"')||'"}', ',' order by id) l from q)
select 'return {' || chr(10) || '  password = "bench",' || chr(10)
 || '  editors = {' || (select l from eds) || '},' || chr(10)
 || '  checkers = {' || (select l from chk) || '},' || chr(10)
 || '  translators = {' || (select l from trn) || '},' || chr(10)
 || (select string_agg('  '||state||' = {'||l||'},', chr(10)) from st) || chr(10)
 || '  views = {' || (select l from vw) || '},' || chr(10)
 || '  tasks = {' || (select l from tk) || '},' || chr(10)
 || '  flags = {' || (select l from fl) || '},' || chr(10) || '}';
