-- Corrections after approval and every approved version kept (issue 18). Portable SQL: the same
-- script runs on H2 2.x and PostgreSQL.
--
-- The public history of an article: each approval, each correction re-approved with its public note
-- (and the blocks it changed against the version published before), each withdrawal with its note.
-- Rows are never changed.
CREATE SEQUENCE publication_id_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE publication (
  id                BIGINT        NOT NULL PRIMARY KEY,
  article_id        BIGINT        NOT NULL REFERENCES article (id),
  kind              VARCHAR(20)   NOT NULL,
  revision_number   INTEGER       NOT NULL,
  previous_revision INTEGER,
  -- Comma-separated block indices, read and written whole (at most 2,000 blocks).
  changed_blocks    VARCHAR(12000) NOT NULL,
  note              VARCHAR(8000),
  published_by      VARCHAR(64)   NOT NULL REFERENCES app_user (username),
  published_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX publication_article_idx ON publication (article_id, id);

-- Approvals made before this migration are not back-filled (their approver is only in the audit
-- trail's JSON, which portable SQL cannot read): their current PDF is still rendered on request.

-- The PDF of each language of an approved version exactly as it was published, so a later download
-- of that version is byte for byte what readers got, whatever changes afterwards.
CREATE TABLE published_pdf (
  article_id      BIGINT       NOT NULL REFERENCES article (id),
  revision_number INTEGER      NOT NULL,
  language        VARCHAR(64)  NOT NULL,
  sha256          CHAR(64)     NOT NULL,
  filename        VARCHAR(200) NOT NULL,
  pdf             BYTEA        NOT NULL,
  published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (article_id, revision_number, language)
);
