package org.ioedc.edc.sdv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.ioedc.edc.crf.FormInstance;

/**
 * A monitor's mark that one stored value matches the source document. It holds for that value only:
 * when the value changes the mark is removed and the audit trail says so (the history of marks is the
 * audit trail's, like the history of values).
 */
@Entity
@Table(name = "sdv_mark", uniqueConstraints = @UniqueConstraint(
        columnNames = {"form_instance_id", "item_group_oid", "repeat_key", "item_oid"}))
public class SourceVerification {

    @Id
    @SequenceGenerator(name = "sdv_mark_seq", sequenceName = "sdv_mark_seq", allocationSize = 200)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sdv_mark_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "form_instance_id")
    private FormInstance form;

    @Column(name = "item_group_oid", nullable = false, length = 64)
    private String itemGroupOid;

    @Column(name = "repeat_key", nullable = false, length = 64)
    private String repeatKey;

    @Column(name = "item_oid", nullable = false, length = 64)
    private String itemOid;

    /** The value as verified. */
    @Column(name = "item_value", nullable = false, length = 4000)
    private String value;

    @Column(name = "verified_at", nullable = false)
    private Instant verifiedAt;

    @Column(name = "verified_by", nullable = false, length = 64)
    private String verifiedBy;

    protected SourceVerification() {
    }

    SourceVerification(FormInstance form, String itemGroupOid, String repeatKey, String itemOid, String value,
                       Instant at, String by) {
        this.form = form;
        this.itemGroupOid = itemGroupOid;
        this.repeatKey = repeatKey;
        this.itemOid = itemOid;
        this.value = value;
        this.verifiedAt = at;
        this.verifiedBy = by;
    }

    public FormInstance form() {
        return form;
    }

    public String itemGroupOid() {
        return itemGroupOid;
    }

    public String repeatKey() {
        return repeatKey;
    }

    public String itemOid() {
        return itemOid;
    }

    public String value() {
        return value;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    boolean isAt(String group, String key, String item) {
        return itemGroupOid.equals(group) && repeatKey.equals(key) && itemOid.equals(item);
    }
}
