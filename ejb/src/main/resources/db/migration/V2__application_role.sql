-- What the application's role may do: read and write the clinical data and set-up, append to the audit
-- trail and move its chain heads, take ids from the sequences. It owns nothing, so it cannot alter, disable
-- or drop a table, a trigger or a function: the audit guard is out of its reach. ${application_role} is
-- the role the application connects as (EDC_DB_USER). When the application runs the migrations itself
-- (no EDC_DB_MIGRATION_USER), it owns everything anyway and these grants change nothing.
--
-- A migration that adds a table grants on it in the same way.

GRANT SELECT, INSERT, UPDATE, DELETE ON
    study, study_module, site, visit_def, visit_def_form,
    edc_user, edc_user_site, edc_user_study,
    subject, form_instance, item_value,
    data_query, query_message, sdv_mark,
    deviation, deviation_value, deviation_history
    TO "${application_role}";

-- The audit trail: read and append, never change or remove (the guard refuses that even to the owner).
GRANT SELECT, INSERT ON audit_entry TO "${application_role}";

-- A chain's head is created with its chain and moved with each entry; it is never removed.
GRANT SELECT, INSERT, UPDATE ON audit_chain TO "${application_role}";

GRANT USAGE ON SEQUENCE
    study_seq, site_seq, visit_def_seq, edc_user_seq, subject_seq, form_instance_seq, item_value_seq,
    data_query_seq, query_message_seq, sdv_mark_seq, deviation_seq, deviation_event_seq, audit_entry_seq
    TO "${application_role}";
