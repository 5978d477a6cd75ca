-- The schema of IO-EDC as EclipseLink generated it (create-or-extend-tables) and the product completed it at
-- start (the audit guard and the audit chain index) before the schema was owned by migrations. A database
-- written by that version has exactly this schema; Flyway records it as version 1 without running this file
-- (baseline). Names of constraints and sequences are EclipseLink's. Ids come from the sequences, which
-- EclipseLink advances by their increment (its allocation size) and hands out one by one in between.
--
-- Runs as the schema's owner role; the application's role gets its privileges in V2.

-- A study: its OID, name, the window of the baseline assessment, and its lock (docs/review.md).
CREATE TABLE study (
    id bigint NOT NULL,
    baseline_window_days integer NOT NULL,
    name character varying(200) NOT NULL,
    oid character varying(64) NOT NULL,
    version bigint,
    locked_at timestamp without time zone,
    locked_by character varying(64),
    lock_state character varying(10)
);
ALTER TABLE study ADD CONSTRAINT study_pkey PRIMARY KEY (id);
ALTER TABLE study ADD CONSTRAINT study_oid_key UNIQUE (oid);
CREATE SEQUENCE study_seq START WITH 10 INCREMENT BY 10 NO MINVALUE NO MAXVALUE CACHE 1;

-- The trial modules a study enables (CORE is always on).
CREATE TABLE study_module (
    study_id bigint,
    module_id character varying(40)
);

-- The sites of a study.
CREATE TABLE site (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    oid character varying(64) NOT NULL,
    study_id bigint
);
ALTER TABLE site ADD CONSTRAINT site_pkey PRIMARY KEY (id);
ALTER TABLE site ADD CONSTRAINT unq_site_0 UNIQUE (study_id, oid);
CREATE SEQUENCE site_seq START WITH 10 INCREMENT BY 10 NO MINVALUE NO MAXVALUE CACHE 1;

-- The schedule of visits: target day and window before and after.
CREATE TABLE visit_def (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    oid character varying(64) NOT NULL,
    sort_order integer NOT NULL,
    target_day integer NOT NULL,
    window_after integer NOT NULL,
    window_before integer NOT NULL,
    study_id bigint
);
ALTER TABLE visit_def ADD CONSTRAINT visit_def_pkey PRIMARY KEY (id);
ALTER TABLE visit_def ADD CONSTRAINT unq_visit_def_0 UNIQUE (study_id, oid);
CREATE SEQUENCE visit_def_seq START WITH 10 INCREMENT BY 10 NO MINVALUE NO MAXVALUE CACHE 1;

-- The forms of each visit, in order.
CREATE TABLE visit_def_form (
    visit_def_id bigint,
    form_oid character varying(64),
    "position" integer
);

-- Users: PBKDF2 hash, role, and the lockout counters of docs/security.md.
CREATE TABLE edc_user (
    id bigint NOT NULL,
    active boolean NOT NULL,
    failed_sign_ins integer,
    first_failure_at timestamp without time zone,
    locked_until timestamp without time zone,
    password_hash character varying(512) NOT NULL,
    role character varying(20) NOT NULL,
    username character varying(64) NOT NULL
);
ALTER TABLE edc_user ADD CONSTRAINT edc_user_pkey PRIMARY KEY (id);
ALTER TABLE edc_user ADD CONSTRAINT edc_user_username_key UNIQUE (username);
CREATE SEQUENCE edc_user_seq START WITH 10 INCREMENT BY 10 NO MINVALUE NO MAXVALUE CACHE 1;

-- The sites a coordinator or monitor works for.
CREATE TABLE edc_user_site (
    user_id bigint NOT NULL,
    site_id bigint NOT NULL
);
ALTER TABLE edc_user_site ADD CONSTRAINT edc_user_site_pkey PRIMARY KEY (user_id, site_id);

-- The studies a data manager works for.
CREATE TABLE edc_user_study (
    user_id bigint NOT NULL,
    study_id bigint NOT NULL
);
ALTER TABLE edc_user_study ADD CONSTRAINT edc_user_study_pkey PRIMARY KEY (user_id, study_id);

-- A subject belongs to one site of one study; consent and first dose dates, lock.
CREATE TABLE subject (
    id bigint NOT NULL,
    enrolled_at timestamp without time zone NOT NULL,
    enrolled_by character varying(64) NOT NULL,
    first_dose_date date,
    informed_consent_date date NOT NULL,
    screening_number character varying(64),
    subject_key character varying(64) NOT NULL,
    version bigint,
    locked_at timestamp without time zone,
    locked_by character varying(64),
    lock_state character varying(10),
    site_id bigint,
    study_id bigint
);
ALTER TABLE subject ADD CONSTRAINT subject_pkey PRIMARY KEY (id);
ALTER TABLE subject ADD CONSTRAINT unq_subject_0 UNIQUE (study_id, subject_key);
CREATE SEQUENCE subject_seq START WITH 50 INCREMENT BY 50 NO MINVALUE NO MAXVALUE CACHE 1;

-- A form of a subject: per visit, or numbered within a log form; status, version (optimistic lock), lock.
CREATE TABLE form_instance (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    first_completed_at timestamp without time zone,
    form_oid character varying(64) NOT NULL,
    instance_key character varying(140) NOT NULL,
    log_number integer NOT NULL,
    status character varying(20) NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    updated_by character varying(64) NOT NULL,
    version bigint,
    visit_date date,
    visit_oid character varying(64),
    locked_at timestamp without time zone,
    locked_by character varying(64),
    lock_state character varying(10),
    subject_id bigint
);
ALTER TABLE form_instance ADD CONSTRAINT form_instance_pkey PRIMARY KEY (id);
ALTER TABLE form_instance ADD CONSTRAINT unq_form_instance_0 UNIQUE (subject_id, instance_key);
CREATE SEQUENCE form_instance_seq START WITH 50 INCREMENT BY 50 NO MINVALUE NO MAXVALUE CACHE 1;

-- The values of a form instance, one per item group, repeat key and item, with their origin.
CREATE TABLE item_value (
    id bigint NOT NULL,
    changed_at timestamp without time zone NOT NULL,
    changed_by character varying(64) NOT NULL,
    item_group_oid character varying(64) NOT NULL,
    item_oid character varying(64) NOT NULL,
    origin character varying(10) NOT NULL,
    repeat_key character varying(64) NOT NULL,
    source_ref character varying(300),
    item_value character varying(4000) NOT NULL,
    form_instance_id bigint
);
ALTER TABLE item_value ADD CONSTRAINT item_value_pkey PRIMARY KEY (id);
ALTER TABLE item_value ADD CONSTRAINT unq_item_value_0 UNIQUE (form_instance_id, item_group_oid, repeat_key, item_oid);
CREATE SEQUENCE item_value_seq START WITH 200 INCREMENT BY 200 NO MINVALUE NO MAXVALUE CACHE 1;

-- Queries, raised by an edit check (check_id) or by a person.
CREATE TABLE data_query (
    id bigint NOT NULL,
    check_id character varying(32),
    closed_at timestamp without time zone,
    closed_by character varying(64),
    form_oid character varying(64) NOT NULL,
    item_group_oid character varying(64),
    item_oid character varying(64) NOT NULL,
    items character varying(1000) NOT NULL,
    opened_at timestamp without time zone NOT NULL,
    opened_by character varying(64) NOT NULL,
    repeat_key character varying(64) NOT NULL,
    site_oid character varying(64) NOT NULL,
    state character varying(20) NOT NULL,
    study_oid character varying(64) NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    version bigint,
    form_instance_id bigint,
    subject_id bigint
);
ALTER TABLE data_query ADD CONSTRAINT data_query_pkey PRIMARY KEY (id);
CREATE SEQUENCE data_query_seq START WITH 50 INCREMENT BY 50 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE INDEX data_query_form_idx ON data_query (form_instance_id);
CREATE INDEX data_query_study_idx ON data_query (study_oid, site_oid, state);

-- Each message of a query's thread.
CREATE TABLE query_message (
    id bigint NOT NULL,
    written_at timestamp without time zone NOT NULL,
    written_by character varying(64) NOT NULL,
    state_after character varying(20) NOT NULL,
    text character varying(4000) NOT NULL,
    query_id bigint
);
ALTER TABLE query_message ADD CONSTRAINT query_message_pkey PRIMARY KEY (id);
CREATE SEQUENCE query_message_seq START WITH 50 INCREMENT BY 50 NO MINVALUE NO MAXVALUE CACHE 1;

-- Source data verification: a value as it was verified, by whom and when.
CREATE TABLE sdv_mark (
    id bigint NOT NULL,
    item_group_oid character varying(64) NOT NULL,
    item_oid character varying(64) NOT NULL,
    repeat_key character varying(64) NOT NULL,
    item_value character varying(4000) NOT NULL,
    verified_at timestamp without time zone NOT NULL,
    verified_by character varying(64) NOT NULL,
    form_instance_id bigint
);
ALTER TABLE sdv_mark ADD CONSTRAINT sdv_mark_pkey PRIMARY KEY (id);
ALTER TABLE sdv_mark ADD CONSTRAINT unq_sdv_mark_0 UNIQUE (form_instance_id, item_group_oid, repeat_key, item_oid);
CREATE SEQUENCE sdv_mark_seq START WITH 200 INCREMENT BY 200 NO MINVALUE NO MAXVALUE CACHE 1;

-- Protocol deviations, one per subject, rule and fact.
CREATE TABLE deviation (
    id bigint NOT NULL,
    closed_by_correction boolean NOT NULL,
    closing_note character varying(2000),
    detected_at timestamp without time zone NOT NULL,
    detected_form_oid character varying(64),
    fact_key character varying(200) NOT NULL,
    message character varying(2000) NOT NULL,
    rule_id character varying(64) NOT NULL,
    severity character varying(10) NOT NULL,
    site_oid character varying(64) NOT NULL,
    status character varying(15) NOT NULL,
    study_oid character varying(64) NOT NULL,
    subject_key character varying(64) NOT NULL,
    version bigint,
    visit_oid character varying(64),
    subject_id bigint
);
ALTER TABLE deviation ADD CONSTRAINT deviation_pkey PRIMARY KEY (id);
ALTER TABLE deviation ADD CONSTRAINT deviation_fact_uq UNIQUE (subject_id, rule_id, fact_key);
CREATE SEQUENCE deviation_seq START WITH 20 INCREMENT BY 20 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE INDEX deviation_study_idx ON deviation (study_oid, site_oid, status);

-- The values that fired a deviation.
CREATE TABLE deviation_value (
    deviation_id bigint,
    item_value character varying(2000),
    name character varying(100)
);

-- Every status change of a deviation; its id is the live stream's event id.
CREATE TABLE deviation_history (
    id bigint NOT NULL,
    changed_at timestamp without time zone NOT NULL,
    form_oid character varying(64),
    from_status character varying(15),
    kind character varying(25) NOT NULL,
    note character varying(2000),
    site_oid character varying(64) NOT NULL,
    study_oid character varying(64) NOT NULL,
    to_status character varying(15) NOT NULL,
    changed_by character varying(64) NOT NULL,
    deviation_id bigint
);
ALTER TABLE deviation_history ADD CONSTRAINT deviation_history_pkey PRIMARY KEY (id);
CREATE SEQUENCE deviation_event_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE INDEX deviation_history_dev_idx ON deviation_history (deviation_id);
CREATE INDEX deviation_history_stream_idx ON deviation_history (study_oid, id);

-- The audit trail. Append-only: the guard below refuses UPDATE, DELETE and TRUNCATE whoever connects,
-- and V2 gives the application's role only SELECT and INSERT. Each entry is a link of its study's hash
-- chain (chain_sequence, previous_hash, entry_hash); entries from before the chains have none.
CREATE TABLE audit_entry (
    id bigint NOT NULL,
    action character varying(20) NOT NULL,
    chain_sequence bigint,
    entry_hash character varying(64),
    form_instance_id bigint,
    form_oid character varying(64),
    item_group_oid character varying(64),
    item_oid character varying(64),
    new_value character varying(4000),
    old_value character varying(4000),
    origin character varying(10),
    previous_hash character varying(64),
    reason character varying(2000),
    recorded_at timestamp without time zone NOT NULL,
    repeat_key character varying(64),
    site_oid character varying(64),
    study_oid character varying(64),
    subject_key character varying(64),
    username character varying(64) NOT NULL,
    visit_oid character varying(64)
);
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_pkey PRIMARY KEY (id);
CREATE SEQUENCE audit_entry_seq START WITH 200 INCREMENT BY 200 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE INDEX audit_chain_idx ON audit_entry (study_oid, chain_sequence);
CREATE INDEX audit_form_idx ON audit_entry (form_instance_id);
CREATE INDEX audit_subject_idx ON audit_entry (study_oid, subject_key);

-- The head of each audit chain (a study, or the system chain): last sequence and hash, and the digest of
-- the entries written before the chain started.
CREATE TABLE audit_chain (
    chain_key character varying(64) NOT NULL,
    last_hash character varying(64) NOT NULL,
    last_sequence bigint NOT NULL,
    started_at timestamp without time zone NOT NULL,
    unchained_digest character varying(64) NOT NULL,
    unchained_entries bigint NOT NULL,
    unchained_max_id bigint
);
ALTER TABLE audit_chain ADD CONSTRAINT audit_chain_pkey PRIMARY KEY (chain_key);

-- Foreign keys, after every table they join.
ALTER TABLE study_module ADD CONSTRAINT fk_study_module_study_id FOREIGN KEY (study_id) REFERENCES study(id);
ALTER TABLE site ADD CONSTRAINT fk_site_study_id FOREIGN KEY (study_id) REFERENCES study(id);
ALTER TABLE visit_def ADD CONSTRAINT fk_visit_def_study_id FOREIGN KEY (study_id) REFERENCES study(id);
ALTER TABLE visit_def_form ADD CONSTRAINT fk_visit_def_form_visit_def_id FOREIGN KEY (visit_def_id) REFERENCES visit_def(id);
ALTER TABLE edc_user_site ADD CONSTRAINT fk_edc_user_site_site_id FOREIGN KEY (site_id) REFERENCES site(id);
ALTER TABLE edc_user_site ADD CONSTRAINT fk_edc_user_site_user_id FOREIGN KEY (user_id) REFERENCES edc_user(id);
ALTER TABLE edc_user_study ADD CONSTRAINT fk_edc_user_study_study_id FOREIGN KEY (study_id) REFERENCES study(id);
ALTER TABLE edc_user_study ADD CONSTRAINT fk_edc_user_study_user_id FOREIGN KEY (user_id) REFERENCES edc_user(id);
ALTER TABLE subject ADD CONSTRAINT fk_subject_site_id FOREIGN KEY (site_id) REFERENCES site(id);
ALTER TABLE subject ADD CONSTRAINT fk_subject_study_id FOREIGN KEY (study_id) REFERENCES study(id);
ALTER TABLE form_instance ADD CONSTRAINT fk_form_instance_subject_id FOREIGN KEY (subject_id) REFERENCES subject(id);
ALTER TABLE item_value ADD CONSTRAINT fk_item_value_form_instance_id FOREIGN KEY (form_instance_id) REFERENCES form_instance(id);
ALTER TABLE data_query ADD CONSTRAINT fk_data_query_form_instance_id FOREIGN KEY (form_instance_id) REFERENCES form_instance(id);
ALTER TABLE data_query ADD CONSTRAINT fk_data_query_subject_id FOREIGN KEY (subject_id) REFERENCES subject(id);
ALTER TABLE query_message ADD CONSTRAINT fk_query_message_query_id FOREIGN KEY (query_id) REFERENCES data_query(id);
ALTER TABLE sdv_mark ADD CONSTRAINT fk_sdv_mark_form_instance_id FOREIGN KEY (form_instance_id) REFERENCES form_instance(id);
ALTER TABLE deviation ADD CONSTRAINT fk_deviation_subject_id FOREIGN KEY (subject_id) REFERENCES subject(id);
ALTER TABLE deviation_value ADD CONSTRAINT fk_deviation_value_deviation_id FOREIGN KEY (deviation_id) REFERENCES deviation(id);
ALTER TABLE deviation_history ADD CONSTRAINT fk_deviation_history_deviation_id FOREIGN KEY (deviation_id) REFERENCES deviation(id);

-- The guard of the audit trail (21 CFR 11.10(e)). Only the owner of audit_entry can disable, drop or replace
-- it, and the owner is the role that runs these migrations, not the application's role.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$;
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_update BEFORE DELETE OR UPDATE ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
