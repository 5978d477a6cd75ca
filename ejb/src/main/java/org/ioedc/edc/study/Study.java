package org.ioedc.edc.study;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.ioedc.edc.common.DataLock;
import org.ioedc.edc.common.LockState;

/** A clinical study: its OID, name and the trial modules it enables. */
@Entity
@Table(name = "study")
public class Study {

    @Id
    @SequenceGenerator(name = "study_seq", sequenceName = "study_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String oid;

    @Column(nullable = false, length = 200)
    private String name;

    /** Days before first dose within which the baseline assessment must fall. */
    @Column(name = "baseline_window_days", nullable = false)
    private int baselineWindowDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "study_module", joinColumns = @JoinColumn(name = "study_id"))
    @Column(name = "module_id", length = 40)
    private Set<String> modules = new TreeSet<>();

    @Embedded
    private DataLock lock;

    @Version
    private long version;

    protected Study() {
    }

    public Study(String oid, String name, Set<String> modules, int baselineWindowDays) {
        this.oid = oid;
        this.name = name;
        this.modules = new TreeSet<>(modules);
        this.baselineWindowDays = baselineWindowDays;
    }

    public Long id() {
        return id;
    }

    public String oid() {
        return oid;
    }

    public String name() {
        return name;
    }

    public int baselineWindowDays() {
        return baselineWindowDays;
    }

    public Set<String> modules() {
        return Set.copyOf(modules);
    }

    /** This study's own freeze or lock. */
    public DataLock lock() {
        return DataLock.of(lock);
    }

    /** Sets this study's own freeze or lock; the lock service checks the role, the reason and the audit. */
    public void changeLock(LockState state, String by, Instant at) {
        this.lock = DataLock.set(state, by, at);
    }

    public void enableModules(Set<String> moduleIds) {
        modules.clear();
        modules.addAll(moduleIds);
    }
}
