-- Factdesk editorial core. Portable SQL: the same script runs on H2 2.x and PostgreSQL.

CREATE SEQUENCE article_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE revision_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE assignment_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE comment_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE audit_event_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE app_user (
  username      VARCHAR(64)  NOT NULL PRIMARY KEY,
  version       BIGINT       NOT NULL,
  display_name  VARCHAR(400) NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  active        BOOLEAN      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE user_role (
  username VARCHAR(64) NOT NULL REFERENCES app_user (username),
  role     VARCHAR(20) NOT NULL,
  PRIMARY KEY (username, role)
);

CREATE TABLE user_language (
  username VARCHAR(64) NOT NULL REFERENCES app_user (username),
  language VARCHAR(64) NOT NULL,
  PRIMARY KEY (username, language)
);

CREATE TABLE article (
  id                BIGINT        NOT NULL PRIMARY KEY,
  version           BIGINT        NOT NULL,
  title             VARCHAR(1200) NOT NULL,
  slug              VARCHAR(100)  NOT NULL,
  language          VARCHAR(64)   NOT NULL,
  desk              VARCHAR(400),
  deadline          TIMESTAMP WITH TIME ZONE,
  priority          VARCHAR(10)   NOT NULL,
  state             VARCHAR(20)   NOT NULL,
  author            VARCHAR(64)   NOT NULL REFERENCES app_user (username),
  current_revision  INTEGER       NOT NULL,
  approved_revision INTEGER,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT article_slug_unique UNIQUE (slug)
);
-- The article list: newest first, optionally by state.
CREATE INDEX article_updated_idx ON article (updated_at, id);
CREATE INDEX article_state_updated_idx ON article (state, updated_at, id);

CREATE TABLE revision (
  id              BIGINT      NOT NULL PRIMARY KEY,
  article_id      BIGINT      NOT NULL REFERENCES article (id),
  revision_number INTEGER     NOT NULL,
  author          VARCHAR(64) NOT NULL REFERENCES app_user (username),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  sha256          CHAR(64)    NOT NULL,
  note            VARCHAR(8000),
  CONSTRAINT revision_number_unique UNIQUE (article_id, revision_number)
);

CREATE TABLE revision_block (
  revision_id BIGINT          NOT NULL REFERENCES revision (id),
  block_index INTEGER         NOT NULL,
  kind        VARCHAR(20)     NOT NULL,
  body        VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (revision_id, block_index)
);

CREATE TABLE assignment (
  id          BIGINT      NOT NULL PRIMARY KEY,
  version     BIGINT      NOT NULL,
  article_id  BIGINT      NOT NULL REFERENCES article (id),
  assignee    VARCHAR(64) NOT NULL REFERENCES app_user (username),
  role        VARCHAR(20) NOT NULL,
  language    VARCHAR(64),
  due         TIMESTAMP WITH TIME ZONE,
  assigned_by VARCHAR(64) NOT NULL REFERENCES app_user (username),
  assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at    TIMESTAMP WITH TIME ZONE,
  ended_by    VARCHAR(64) REFERENCES app_user (username)
);
-- "My queue" and the article's staffing both read active assignments.
CREATE INDEX assignment_assignee_idx ON assignment (assignee, ended_at, due);
CREATE INDEX assignment_article_idx ON assignment (article_id, ended_at);
CREATE INDEX assignment_due_idx ON assignment (due);

CREATE TABLE article_comment (
  id              BIGINT         NOT NULL PRIMARY KEY,
  article_id      BIGINT         NOT NULL REFERENCES article (id),
  revision_number INTEGER,
  author          VARCHAR(64)    NOT NULL REFERENCES app_user (username),
  body            VARCHAR(40000) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX article_comment_article_idx ON article_comment (article_id, id);

-- Append-only. The actor is not a foreign key: start-up work is done by "system".
CREATE TABLE audit_event (
  id           BIGINT       NOT NULL PRIMARY KEY,
  article_id   BIGINT       REFERENCES article (id),
  actor        VARCHAR(64)  NOT NULL,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  action       VARCHAR(64)  NOT NULL,
  subject      VARCHAR(200),
  before_value VARCHAR(1000000),
  after_value  VARCHAR(1000000),
  note         VARCHAR(8000)
);
CREATE INDEX audit_event_article_idx ON audit_event (article_id, id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, id);
CREATE INDEX audit_event_action_idx ON audit_event (action, id);
