-- Security events for admins (issue 18): failed logins, lockouts, logins refused while locked, refused
-- requests (403) and changes to accounts, with who, what, when and from which address; never a
-- password. Kept for FACTDESK_SECURITY_EVENT_RETENTION_DAYS. Portable SQL (H2 2.x and PostgreSQL).
CREATE SEQUENCE security_event_id_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE security_event (
  id          BIGINT        NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  kind        VARCHAR(32)   NOT NULL,
  -- The name tried or the account concerned: not a reference, since unknown names are recorded too.
  username    VARCHAR(64),
  actor       VARCHAR(64),
  address     VARCHAR(64),
  detail      VARCHAR(2000)
);
CREATE INDEX security_event_time_idx ON security_event (occurred_at);
CREATE INDEX security_event_kind_idx ON security_event (kind, id);
CREATE INDEX security_event_user_idx ON security_event (username, id);
