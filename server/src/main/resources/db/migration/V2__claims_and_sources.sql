-- Claims, sources, citations, evidence snapshots and dismissed suggestions (issue 3).
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL. Offsets are Unicode code points.

CREATE SEQUENCE claim_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE claim_anchor_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE claim_comment_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE source_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE citation_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE snapshot_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE suggestion_dismissal_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE claim (
  id              BIGINT        NOT NULL PRIMARY KEY,
  version         BIGINT        NOT NULL,
  article_id      BIGINT        NOT NULL REFERENCES article (id),
  revision_number INTEGER       NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  anchor_state    VARCHAR(20)   NOT NULL,
  quote_exact     VARCHAR(8000) NOT NULL,
  quote_prefix    VARCHAR(400)  NOT NULL,
  quote_suffix    VARCHAR(400)  NOT NULL,
  block_index     INTEGER,
  start_cp        INTEGER,
  end_cp          INTEGER,
  reason          VARCHAR(8000) NOT NULL,
  verdict         VARCHAR(20),
  rationale       VARCHAR(40000),
  assignee        VARCHAR(64)   REFERENCES app_user (username),
  flagged_by      VARCHAR(64)   NOT NULL REFERENCES app_user (username),
  flagged_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  resolved_by     VARCHAR(64)   REFERENCES app_user (username),
  resolved_at     TIMESTAMP WITH TIME ZONE,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The claims of an article in text order; the guard and the summary read the same rows.
CREATE INDEX claim_article_idx ON claim (article_id, block_index, start_cp, id);
CREATE INDEX claim_assignee_idx ON claim (assignee, status);

-- Where a claim sat in each revision: its history across edits, never rewritten.
CREATE TABLE claim_anchor (
  id              BIGINT        NOT NULL PRIMARY KEY,
  claim_id        BIGINT        NOT NULL REFERENCES claim (id),
  revision_number INTEGER       NOT NULL,
  anchor_state    VARCHAR(20)   NOT NULL,
  quote_exact     VARCHAR(8000) NOT NULL,
  quote_prefix    VARCHAR(400)  NOT NULL,
  quote_suffix    VARCHAR(400)  NOT NULL,
  block_index     INTEGER,
  start_cp        INTEGER,
  end_cp          INTEGER,
  similarity      INTEGER       NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT claim_anchor_unique UNIQUE (claim_id, revision_number)
);

CREATE TABLE claim_comment (
  id         BIGINT         NOT NULL PRIMARY KEY,
  claim_id   BIGINT         NOT NULL REFERENCES claim (id),
  author     VARCHAR(64)    NOT NULL REFERENCES app_user (username),
  body       VARCHAR(40000) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX claim_comment_claim_idx ON claim_comment (claim_id, id);

CREATE TABLE source (
  id            BIGINT        NOT NULL PRIMARY KEY,
  version       BIGINT        NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  url           VARCHAR(4000),
  canonical_url VARCHAR(4000),
  description   VARCHAR(8000),
  title         VARCHAR(2000) NOT NULL,
  title_folded  VARCHAR(2000) NOT NULL,
  publisher     VARCHAR(1000),
  author        VARCHAR(1000),
  published_on  DATE,
  accessed_on   DATE,
  archive_url   VARCHAR(4000),
  created_by    VARCHAR(64)   NOT NULL REFERENCES app_user (username),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT source_canonical_url_unique UNIQUE (canonical_url)
);
CREATE INDEX source_title_idx ON source (title_folded, id);

CREATE TABLE citation (
  id         BIGINT        NOT NULL PRIMARY KEY,
  claim_id   BIGINT        NOT NULL REFERENCES claim (id),
  source_id  BIGINT        NOT NULL REFERENCES source (id),
  stance     VARCHAR(20)   NOT NULL,
  locator    VARCHAR(4000),
  created_by VARCHAR(64)   NOT NULL REFERENCES app_user (username),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX citation_claim_idx ON citation (claim_id, id);
CREATE INDEX citation_source_idx ON citation (source_id);

-- The file lives in FACTDESK_DATA_DIR/evidence/<sha256>; the row only names it.
CREATE TABLE source_snapshot (
  id            BIGINT        NOT NULL PRIMARY KEY,
  source_id     BIGINT        NOT NULL REFERENCES source (id),
  sha256        CHAR(64)      NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  media_type    VARCHAR(100)  NOT NULL,
  stored_name   VARCHAR(100)  NOT NULL,
  original_name VARCHAR(1000),
  created_by    VARCHAR(64)   NOT NULL REFERENCES app_user (username),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX source_snapshot_source_idx ON source_snapshot (source_id, id);

CREATE TABLE suggestion_dismissal (
  id            BIGINT      NOT NULL PRIMARY KEY,
  article_id    BIGINT      NOT NULL REFERENCES article (id),
  sentence_hash CHAR(64)    NOT NULL,
  dismissed_by  VARCHAR(64) NOT NULL REFERENCES app_user (username),
  dismissed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT suggestion_dismissal_unique UNIQUE (article_id, sentence_hash)
);
