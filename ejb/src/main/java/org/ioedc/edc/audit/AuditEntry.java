package org.ioedc.edc.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One immutable line of the audit trail. It copies the identifiers it refers to (study, site, subject,
 * form, item OIDs) instead of pointing at rows, so it stays readable whatever happens to the data.
 * Every column is insert-only. Each entry is a link of its study's chain (or of the system chain, when
 * it names no study): its sequence number in the chain, the hash of the entry before it and its own hash
 * over all of its columns ({@link AuditEntryHash}), so a row changed outside the product is found.
 */
@Entity
@Table(name = "audit_entry", indexes = {
        @Index(name = "audit_subject_idx", columnList = "study_oid, subject_key"),
        @Index(name = "audit_form_idx", columnList = "form_instance_id"),
        @Index(name = AuditEntry.CHAIN_INDEX, columnList = "study_oid, chain_sequence")})
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 200)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @Column(updatable = false)
    private Long id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private AuditAction action;

    @Column(name = "study_oid", updatable = false, length = 64)
    private String studyOid;

    @Column(name = "site_oid", updatable = false, length = 64)
    private String siteOid;

    @Column(name = "subject_key", updatable = false, length = 64)
    private String subjectKey;

    @Column(name = "form_instance_id", updatable = false)
    private Long formInstanceId;

    @Column(name = "form_oid", updatable = false, length = 64)
    private String formOid;

    @Column(name = "visit_oid", updatable = false, length = 64)
    private String visitOid;

    @Column(name = "item_group_oid", updatable = false, length = 64)
    private String itemGroupOid;

    @Column(name = "repeat_key", updatable = false, length = 64)
    private String repeatKey;

    @Column(name = "item_oid", updatable = false, length = 64)
    private String itemOid;

    @Column(name = "old_value", updatable = false, length = 4000)
    private String oldValue;

    @Column(name = "new_value", updatable = false, length = 4000)
    private String newValue;

    @Column(updatable = false, length = 2000)
    private String reason;

    @Column(updatable = false, length = 10)
    private String origin;

    /** Null for an entry written before the chain existed (an unchained entry). */
    @Column(name = "chain_sequence", updatable = false)
    private Long chainSequence;

    @Column(name = "previous_hash", updatable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", updatable = false, length = 64)
    private String entryHash;

    static final String CHAIN_INDEX = "audit_chain_idx";

    protected AuditEntry() {
    }

    AuditEntry(AuditRecord r) {
        this.recordedAt = AuditEntryHash.stored(r.at());
        this.username = r.username();
        this.action = r.action();
        this.studyOid = r.studyOid();
        this.siteOid = r.siteOid();
        this.subjectKey = r.subjectKey();
        this.formInstanceId = r.formInstanceId();
        this.formOid = r.formOid();
        this.visitOid = r.visitOid();
        this.itemGroupOid = r.itemGroupOid();
        this.repeatKey = r.repeatKey();
        this.itemOid = r.itemOid();
        this.oldValue = r.oldValue();
        this.newValue = r.newValue();
        this.reason = r.reason();
        this.origin = r.origin();
    }

    /**
     * Makes this new entry the link after {@code previousHash} in its chain. Called once, after the
     * entry was given its id and before it is written: the row is inserted complete and never updated.
     */
    void link(long sequence, String previousHash) {
        if (id == null || chainSequence != null) {
            throw new IllegalStateException("An audit entry is linked once, after it has its id and before it is written");
        }
        this.chainSequence = sequence;
        this.previousHash = previousHash;
        this.entryHash = AuditEntryHash.of(sequence, previousHash, toRecord());
    }

    ChainLink toLink() {
        return new ChainLink(toRecord(), chainSequence, previousHash, entryHash);
    }

    Long id() {
        return id;
    }

    String hash() {
        return entryHash;
    }

    public AuditRecord toRecord() {
        return new AuditRecord(id, recordedAt, username, action, studyOid, siteOid, subjectKey, formInstanceId,
                formOid, visitOid, itemGroupOid, repeatKey, itemOid, oldValue, newValue, reason, origin);
    }
}
