-- The newsroom's day (issue 15). Portable SQL: the same script runs on H2 2.x and PostgreSQL.
--
-- The interface language is the person's, not the browser's: an editor on the translator's machine
-- gets their own. NULL until they choose one (the browser's language is used until then).
ALTER TABLE app_user ADD COLUMN ui_language VARCHAR(16);

-- "What needs me" starts from the articles an editor wrote that are still being worked on.
CREATE INDEX article_author_state_idx ON article (author, state, id);
