-- Brings a database written before migrations owned the schema up to version 1 (V1__baseline.sql), for a
-- database of a version older than the last one before migrations. Every statement is what that version's
-- start added to an older schema (the persistence provider's create-or-extend-tables, then the audit guard
-- and the audit chain index), and changes nothing where it is already there. Runs once, as the schema's
-- owner, just before the database is recorded as version 1.

-- The audit chains: three columns of each entry and the table of chain heads.
ALTER TABLE audit_entry
    ADD COLUMN IF NOT EXISTS chain_sequence bigint,
    ADD COLUMN IF NOT EXISTS entry_hash character varying(64),
    ADD COLUMN IF NOT EXISTS previous_hash character varying(64);

CREATE TABLE IF NOT EXISTS audit_chain (
    chain_key character varying(64) NOT NULL,
    last_hash character varying(64) NOT NULL,
    last_sequence bigint NOT NULL,
    started_at timestamp without time zone NOT NULL,
    unchained_digest character varying(64) NOT NULL,
    unchained_entries bigint NOT NULL,
    unchained_max_id bigint,
    CONSTRAINT audit_chain_pkey PRIMARY KEY (chain_key)
);

CREATE INDEX IF NOT EXISTS audit_chain_idx ON audit_entry (study_oid, chain_sequence);

-- The guard of the audit trail, as in version 1.
CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$;
CREATE OR REPLACE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
CREATE OR REPLACE TRIGGER audit_entry_no_update BEFORE DELETE OR UPDATE ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
