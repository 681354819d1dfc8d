-- Sessions bound to the credentials they were opened with (issue 14). Portable SQL: the same script
-- runs on H2 2.x and PostgreSQL.
--
-- Changing an account's password, roles or languages, or deactivating or reactivating it, moves its
-- credential version on (and deletes its sessions). A session only works while it carries the
-- account's current version, so no token opened before such a change works after it, even if the
-- account is reactivated later or a login was racing the change.
ALTER TABLE app_user ADD COLUMN credential_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE user_session ADD COLUMN credential_version BIGINT DEFAULT 0 NOT NULL;
