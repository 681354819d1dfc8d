-- Failed password checks per user name, so guessing is slowed down on every instance alike: after a
-- few failures in a row the account is locked for a while (docs/decisions/0012-login-throttling.md).
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL. (V7 is left to the list indexes.)
CREATE TABLE login_failure (
  username        VARCHAR(64) NOT NULL PRIMARY KEY,
  failures        INTEGER     NOT NULL,
  last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_until    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_failure_last_idx ON login_failure (last_failure_at);
