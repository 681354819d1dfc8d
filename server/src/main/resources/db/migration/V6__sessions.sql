-- Browser sessions for the web interface. Only the SHA-256 of the bearer token is stored, so a
-- copy of this table lets nobody log in; every instance sees the same sessions.
CREATE TABLE user_session (
  token_sha256 CHAR(64)    NOT NULL PRIMARY KEY,
  username     VARCHAR(64) NOT NULL REFERENCES app_user (username),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX user_session_expires_idx ON user_session (expires_at);
CREATE INDEX user_session_user_idx ON user_session (username);
