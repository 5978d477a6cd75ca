package org.ioedc.edc.crf;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * The current value of one item of a form instance. Non-repeating items have an empty repeat key;
 * items of a repeating group carry the row's key. History lives in the audit trail, not here.
 */
@Entity
@Table(name = "item_value", uniqueConstraints = @UniqueConstraint(
        columnNames = {"form_instance_id", "item_group_oid", "repeat_key", "item_oid"}))
public class ItemValue {

    @Id
    @SequenceGenerator(name = "item_value_seq", sequenceName = "item_value_seq", allocationSize = 200)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_value_seq")
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

    @Column(name = "item_value", nullable = false, length = 4000)
    private String value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ValueOrigin origin;

    @Column(name = "source_ref", length = 300)
    private String sourceRef;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    protected ItemValue() {
    }

    ItemValue(FormInstance form, String itemGroupOid, String repeatKey, String itemOid, String value,
              ValueOrigin origin, String sourceRef, Instant at, String by) {
        this.form = form;
        this.itemGroupOid = itemGroupOid;
        this.repeatKey = repeatKey;
        this.itemOid = itemOid;
        change(value, origin, sourceRef, at, by);
    }

    void change(String newValue, ValueOrigin newOrigin, String newSourceRef, Instant at, String by) {
        this.value = newValue;
        this.origin = newOrigin;
        this.sourceRef = newSourceRef;
        this.changedAt = at;
        this.changedBy = by;
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

    public ValueOrigin origin() {
        return origin;
    }

    public String sourceRef() {
        return sourceRef;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    boolean isRepeating() {
        return !repeatKey.isEmpty();
    }
}
