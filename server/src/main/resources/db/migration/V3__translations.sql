-- Translation tasks and their immutable revisions. Portable SQL: the same script runs on H2 2.x and PostgreSQL.

CREATE SEQUENCE translation_task_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE translation_revision_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE translation_task (
  id                BIGINT       NOT NULL PRIMARY KEY,
  version           BIGINT       NOT NULL,
  article_id        BIGINT       NOT NULL REFERENCES article (id),
  language          VARCHAR(64)  NOT NULL,
  translator        VARCHAR(64)  REFERENCES app_user (username),
  assignment_id     BIGINT       REFERENCES assignment (id),
  due               TIMESTAMP WITH TIME ZONE,
  state             VARCHAR(20)  NOT NULL,
  based_on_revision INTEGER      NOT NULL,
  stale             BOOLEAN      NOT NULL,
  -- Comma-separated block indices, read and written whole (at most 2,000 blocks).
  changed_blocks    VARCHAR(12000) NOT NULL,
  approved_blocks   VARCHAR(12000) NOT NULL,
  current_revision  INTEGER      NOT NULL,
  review_comment    VARCHAR(8000),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT translation_task_language_unique UNIQUE (article_id, language)
);
-- The unique constraint indexes the per-article list; translators look up their own tasks.
CREATE INDEX translation_task_translator_idx ON translation_task (translator, id);

CREATE TABLE translation_revision (
  id                BIGINT        NOT NULL PRIMARY KEY,
  task_id           BIGINT        NOT NULL REFERENCES translation_task (id),
  revision_number   INTEGER       NOT NULL,
  based_on_revision INTEGER       NOT NULL,
  title             VARCHAR(1200) NOT NULL,
  author            VARCHAR(64)   NOT NULL REFERENCES app_user (username),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  sha256            CHAR(64)      NOT NULL,
  -- Translator-marked spans per block, "block:start-end" in code points, comma-separated.
  marked_spans      VARCHAR(40000) NOT NULL,
  CONSTRAINT translation_revision_number_unique UNIQUE (task_id, revision_number)
);

CREATE TABLE translation_block (
  translation_revision_id BIGINT           NOT NULL REFERENCES translation_revision (id),
  block_index             INTEGER          NOT NULL,
  body                    VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (translation_revision_id, block_index)
);
