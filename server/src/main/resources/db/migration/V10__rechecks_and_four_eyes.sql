-- Verdicts that stay true to the text (issue 17). Portable SQL: the same script runs on H2 2.x and
-- PostgreSQL.
--
-- A claim remembers what was checked: the quote as it read, in which revision, the verdict and its
-- rationale, when and by whom. A later revision that changes any character of that quote sends the
-- claim to NEEDS_RECHECK, where it stays until a fact-checker re-resolves or confirms it.
ALTER TABLE claim ADD COLUMN checked_quote VARCHAR(8000);
ALTER TABLE claim ADD COLUMN checked_revision INTEGER;
ALTER TABLE claim ADD COLUMN checked_verdict VARCHAR(20);
ALTER TABLE claim ADD COLUMN checked_rationale VARCHAR(40000);
ALTER TABLE claim ADD COLUMN checked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE claim ADD COLUMN checked_by VARCHAR(64) REFERENCES app_user (username);
-- Claims resolved before this: what was checked is the quote they carry now (the best record there is).
UPDATE claim SET checked_quote = quote_exact, checked_revision = revision_number, checked_verdict = verdict,
    checked_rationale = rationale, checked_at = resolved_at, checked_by = resolved_by
  WHERE status = 'RESOLVED';

-- Four eyes on translations: who submitted the current version (nobody approves what they submitted).
ALTER TABLE translation_task ADD COLUMN submitted_by VARCHAR(64) REFERENCES app_user (username);

-- Figures checked across languages: why an editor approved a translation whose figures differ from its
-- claims' (null when they match); cleared when the translation changes.
ALTER TABLE translation_task ADD COLUMN approval_override VARCHAR(8000);
