-- Bulk export jobs and their items. Portable SQL: the same script runs on H2 2.x and PostgreSQL.
-- Items are claimed by one server instance at a time (owner + lease) and keep their rendered PDF,
-- so any instance can serve the ZIP and an instance that dies mid-way loses nothing.

CREATE SEQUENCE export_job_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE export_item_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE export_job (
  id          BIGINT      NOT NULL PRIMARY KEY,
  version     BIGINT      NOT NULL,
  created_by  VARCHAR(64) NOT NULL REFERENCES app_user (username),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  state       VARCHAR(20) NOT NULL,
  total       INTEGER     NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE
);
-- The sweep looks for running jobs; people list their own.
CREATE INDEX export_job_state_idx ON export_job (state, id);
CREATE INDEX export_job_created_by_idx ON export_job (created_by, id);

CREATE TABLE export_item (
  id           BIGINT      NOT NULL PRIMARY KEY,
  job_id       BIGINT      NOT NULL REFERENCES export_job (id),
  item_index   INTEGER     NOT NULL,
  article_id   BIGINT      NOT NULL,
  language     VARCHAR(64),
  state        VARCHAR(20) NOT NULL,
  -- The instance working on the item, and until when (epoch milliseconds) its claim holds.
  claimed_by   VARCHAR(64),
  lease_until  BIGINT      NOT NULL,
  attempts     INTEGER     NOT NULL,
  revision_number INTEGER,
  filename     VARCHAR(200),
  sha256       CHAR(64),
  pdf          BYTEA,
  pdf_size     INTEGER,
  error_code   VARCHAR(64),
  error_args   VARCHAR(2000),
  error_detail VARCHAR(2000),
  finished_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT export_item_position_unique UNIQUE (job_id, item_index)
);
CREATE INDEX export_item_claim_idx ON export_item (job_id, state, lease_until);

-- The fact-check record of each approved revision as it stood at approval (JSON), so the approved
-- revision's PDF stays the same when claims change after the article is reopened.
CREATE TABLE approved_fact_check (
  article_id      BIGINT          NOT NULL REFERENCES article (id),
  revision_number INTEGER         NOT NULL,
  record          VARCHAR(1000000) NOT NULL,
  frozen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (article_id, revision_number)
);
