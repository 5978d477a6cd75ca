package org.ioedc.edc.query;

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
import java.time.Instant;

/** One message of a query's thread: who wrote it, when, and the state the query took with it. Never changed. */
@Entity
@Table(name = "query_message")
public class QueryMessage {

    @Id
    @SequenceGenerator(name = "query_message_seq", sequenceName = "query_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "query_message_seq")
    @Column(updatable = false)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "query_id", updatable = false)
    private Query query;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "written_by", nullable = false, updatable = false, length = 64)
    private String by;

    @Column(nullable = false, updatable = false, length = 4000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after", nullable = false, updatable = false, length = 20)
    private QueryState stateAfter;

    protected QueryMessage() {
    }

    QueryMessage(Query query, Instant at, String by, String text, QueryState stateAfter) {
        this.query = query;
        this.at = at;
        this.by = by;
        this.text = text;
        this.stateAfter = stateAfter;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String text() {
        return text;
    }

    public QueryState stateAfter() {
        return stateAfter;
    }
}
