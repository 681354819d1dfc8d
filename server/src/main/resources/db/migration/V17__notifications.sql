-- Notifications and integrations (issue 20). Portable SQL: the same script runs on H2 2.x and
-- PostgreSQL.
--
-- The outbox: one row per change that concerns an article, written in the transaction of the change
-- (by an observer of the audit trail), so a change and its event are stored together or not at all.
-- The id orders the events for live screens (Last-Event-ID); event_key is the stable id that
-- webhook receivers de-duplicate by.
CREATE SEQUENCE outbox_event_id_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE outbox_event (
  id              BIGINT       NOT NULL PRIMARY KEY,
  event_key       VARCHAR(40)  NOT NULL UNIQUE,
  event_type      VARCHAR(40)  NOT NULL,
  article_id      BIGINT       NOT NULL,
  revision_number INTEGER,
  subject         VARCHAR(200),
  actor           VARCHAR(64)  NOT NULL,
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  details         VARCHAR(2000)
);

-- What each channel (in-app, webhook fan-out, e-mail) still has to do with an event. A delivery
-- worker claims a row with one conditional UPDATE and a lease, like bulk export items (decision 0006).
CREATE TABLE outbox_dispatch (
  event_id    BIGINT      NOT NULL REFERENCES outbox_event (id),
  channel     VARCHAR(16) NOT NULL,
  state       VARCHAR(10) NOT NULL,
  claimed_by  VARCHAR(64),
  lease_until BIGINT      NOT NULL,
  attempts    INTEGER     NOT NULL,
  PRIMARY KEY (event_id, channel)
);
CREATE INDEX outbox_dispatch_pending_idx ON outbox_dispatch (state, lease_until);

-- In-app notifications: one per event and person, so a second delivery of an event adds nothing.
CREATE SEQUENCE notification_id_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE notification (
  id        BIGINT      NOT NULL PRIMARY KEY,
  username  VARCHAR(64) NOT NULL REFERENCES app_user (username),
  event_id  BIGINT      NOT NULL REFERENCES outbox_event (id),
  read_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT notification_once UNIQUE (event_id, username)
);
CREATE INDEX notification_user_idx ON notification (username, id);
CREATE INDEX notification_unread_idx ON notification (username, read_at);

-- Webhooks (Standard Webhooks): a registration, one delivery per event and webhook, one row per attempt.
CREATE SEQUENCE webhook_id_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE webhook (
  id            BIGINT        NOT NULL PRIMARY KEY,
  version       BIGINT        NOT NULL,
  url           VARCHAR(2000) NOT NULL,
  event_types   VARCHAR(1000) NOT NULL,
  secret        VARCHAR(100)  NOT NULL,
  active        BOOLEAN       NOT NULL,
  created_by    VARCHAR(64)   NOT NULL REFERENCES app_user (username),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  failing_since TIMESTAMP WITH TIME ZONE,
  disabled_at   TIMESTAMP WITH TIME ZONE
);

CREATE SEQUENCE webhook_delivery_id_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE webhook_delivery (
  id              BIGINT      NOT NULL PRIMARY KEY,
  webhook_id      BIGINT      NOT NULL REFERENCES webhook (id),
  event_id        BIGINT      NOT NULL REFERENCES outbox_event (id),
  state           VARCHAR(10) NOT NULL,
  attempts        INTEGER     NOT NULL,
  next_attempt_at BIGINT      NOT NULL,
  claimed_by      VARCHAR(64),
  lease_until     BIGINT      NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT webhook_delivery_once UNIQUE (webhook_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (state, next_attempt_at);

CREATE TABLE webhook_attempt (
  delivery_id  BIGINT       NOT NULL REFERENCES webhook_delivery (id),
  attempt      INTEGER      NOT NULL,
  attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
  status       INTEGER,
  error        VARCHAR(500),
  duration_ms  BIGINT       NOT NULL,
  PRIMARY KEY (delivery_id, attempt)
);

-- E-mail: the address admins set and the interface language mail is written in, one row per person
-- who has either; and each person's choice per event type (no row: immediately).
CREATE TABLE user_contact (
  username VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES app_user (username),
  email    VARCHAR(254),
  language VARCHAR(35)
);
CREATE TABLE notification_preference (
  username   VARCHAR(64) NOT NULL REFERENCES app_user (username),
  event_type VARCHAR(40) NOT NULL,
  delivery   VARCHAR(10) NOT NULL,
  PRIMARY KEY (username, event_type)
);

-- One mail-worthy event for one person: sent on its own (IMMEDIATE) or with the others of the day
-- (DIGEST, due at next_attempt_at). Claimed with a lease like webhook deliveries; a failing SMTP
-- server only moves next_attempt_at.
CREATE SEQUENCE mail_message_id_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE mail_message (
  id              BIGINT      NOT NULL PRIMARY KEY,
  username        VARCHAR(64) NOT NULL REFERENCES app_user (username),
  event_id        BIGINT      NOT NULL REFERENCES outbox_event (id),
  delivery        VARCHAR(10) NOT NULL,
  state           VARCHAR(10) NOT NULL,
  attempts        INTEGER     NOT NULL,
  next_attempt_at BIGINT      NOT NULL,
  claimed_by      VARCHAR(64),
  lease_until     BIGINT      NOT NULL,
  sent_at         TIMESTAMP WITH TIME ZONE,
  last_error      VARCHAR(500),
  CONSTRAINT mail_message_once UNIQUE (event_id, username)
);
CREATE INDEX mail_message_due_idx ON mail_message (state, next_attempt_at);
