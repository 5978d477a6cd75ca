package org.ioedc.edc.query;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ioedc.edc.common.ConflictException;
import org.ioedc.edc.crf.FormInstance;
import org.ioedc.edc.subject.Subject;

/**
 * A query (discrepancy note) on one item value of a form instance: raised by an edit check (its id in
 * {@code checkId}) or by a monitor or data manager (manual, no check id). Its thread keeps every
 * message with who and when. The state machine lives here; who may act is the service's decision.
 */
@Entity
@Table(name = "data_query", indexes = {
        @Index(name = "data_query_study_idx", columnList = "study_oid, site_oid, state"),
        @Index(name = "data_query_form_idx", columnList = "form_instance_id")})
public class Query {

    /** The user name under which edit checks open and close their queries. */
    public static final String SYSTEM = "system";

    @Id
    @SequenceGenerator(name = "data_query_seq", sequenceName = "data_query_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_query_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "form_instance_id")
    private FormInstance form;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @Column(name = "study_oid", nullable = false, length = 64)
    private String studyOid;

    @Column(name = "site_oid", nullable = false, length = 64)
    private String siteOid;

    @Column(name = "form_oid", nullable = false, length = 64)
    private String formOid;

    @Column(name = "item_group_oid", length = 64)
    private String itemGroupOid;

    /** Empty for a non-repeating item. */
    @Column(name = "repeat_key", nullable = false, length = 64)
    private String repeatKey;

    @Column(name = "item_oid", nullable = false, length = 64)
    private String itemOid;

    /** Every item the query is about, as users read them (an edit check may name several). */
    @Column(nullable = false, length = 1000)
    private String items;

    /** The edit check that raised it; null for a manual query. */
    @Column(name = "check_id", length = 32)
    private String checkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QueryState state;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When it was last closed or cancelled; null while open. */
    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "query", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<QueryMessage> messages = new ArrayList<>();

    protected Query() {
    }

    private Query(FormInstance form, String itemGroupOid, String repeatKey, String itemOid, String items, String checkId,
                  String text, String by, Instant at) {
        this.form = form;
        this.subject = form.subject();
        this.studyOid = subject.study().oid();
        this.siteOid = subject.site().oid();
        this.formOid = form.formOid();
        this.itemGroupOid = itemGroupOid;
        this.repeatKey = repeatKey == null ? "" : repeatKey;
        this.itemOid = itemOid;
        this.items = items;
        this.checkId = checkId;
        this.openedAt = at;
        this.openedBy = by;
        move(QueryState.NEW, text, by, at);
    }

    /** A query a monitor or data manager opens on an item. */
    public static Query manual(FormInstance form, String itemGroupOid, String repeatKey, String itemOid, String text,
                               String by, Instant at) {
        String label = repeatKey == null || repeatKey.isEmpty() ? itemOid : itemOid + "[" + repeatKey + "]";
        return new Query(form, itemGroupOid, repeatKey, itemOid, label, null, text, by, at);
    }

    /** A query an edit check's finding opens, on its first item, naming all of them. */
    public static Query fromCheck(FormInstance form, String itemGroupOid, String repeatKey, String itemOid, String items,
                                  String checkId, String message, Instant at) {
        return new Query(form, itemGroupOid, repeatKey, itemOid, items, checkId, message, SYSTEM, at);
    }

    /** The site's answer, with or without a change of the value (made by a form save). */
    public void answer(String text, String by, Instant at) {
        requireOpen("answered");
        move(QueryState.RESOLUTION_PROPOSED, text, by, at);
    }

    /** Resolved by the monitor or data manager. */
    public void close(String text, String by, Instant at) {
        requireOpen("closed");
        move(QueryState.CLOSED, text, by, at);
    }

    /** Sent back to the site: a closed query re-opened, or an answer not accepted. */
    public void reopen(String text, String by, Instant at) {
        if (state != QueryState.CLOSED && state != QueryState.RESOLUTION_PROPOSED) {
            throw new ConflictException("Query " + id + " is " + state + ": only a closed or answered query can be re-opened");
        }
        move(QueryState.UPDATED, text, by, at);
    }

    /** Opened in error: cancelled for good. */
    public void cancel(String text, String by, Instant at) {
        requireOpen("cancelled");
        move(QueryState.NOT_APPLICABLE, text, by, at);
    }

    /** Closed by the system because its edit check no longer fires on the saved data. */
    public void closeBySystem(String text, Instant at) {
        requireOpen("closed");
        move(QueryState.CLOSED, text, SYSTEM, at);
    }

    private void requireOpen(String verb) {
        if (!state.isOpen()) {
            throw new ConflictException("Query " + id + " is " + state + " and cannot be " + verb
                    + (state == QueryState.CLOSED ? "; re-open it first" : ""));
        }
    }

    private void move(QueryState next, String text, String by, Instant at) {
        state = next;
        updatedAt = at;
        if (next.isOpen()) {
            closedAt = null;
            closedBy = null;
        } else {
            closedAt = at;
            closedBy = by;
        }
        messages.add(new QueryMessage(this, at, by, text, next));
    }

    public Long id() {
        return id;
    }

    public FormInstance form() {
        return form;
    }

    public Subject subject() {
        return subject;
    }

    public String studyOid() {
        return studyOid;
    }

    public String siteOid() {
        return siteOid;
    }

    public String formOid() {
        return formOid;
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

    public String items() {
        return items;
    }

    public String checkId() {
        return checkId;
    }

    public QueryState state() {
        return state;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public List<QueryMessage> messages() {
        return List.copyOf(messages);
    }

    /** Whether this query sits on the given item (repeat key empty for a non-repeating item). */
    public boolean isOn(String otherItemOid, String otherRepeatKey) {
        return itemOid.equals(otherItemOid) && repeatKey.equals(otherRepeatKey == null ? "" : otherRepeatKey);
    }
}
