package org.ioedc.edc.crf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.ioedc.edc.common.ConflictException;
import org.ioedc.edc.common.LockState;
import org.ioedc.edc.study.Site;
import org.ioedc.edc.study.Study;
import org.ioedc.edc.subject.Subject;
import org.junit.jupiter.api.Test;

/** A form obeys its own, its subject's and its study's freeze and lock, whoever writes to it. */
class FormLockTest {

    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");
    private final Study study = new Study("S", "Study", Set.of(), 28);
    private final Subject subject = new Subject(new Site(study, "SITE-01", "Site", java.time.ZoneOffset.UTC), "001", null, LocalDate.of(2026, 9, 1), null, T, "c");
    private final FormInstance form = FormInstance.atVisit(subject, "F.VS", "C1D1", T, "c");

    private void write() {
        form.replaceValues(Map.of(new ValueKey("IG.VS", "", "VS.PULSE"), "60"), ValueOrigin.DERIVED, null, T, "system");
    }

    @Test
    void openFormTakesEverything() {
        assertDoesNotThrow(this::write);
        assertDoesNotThrow(form::requireNotLocked);
        assertEquals(FormStatus.IN_PROGRESS, form.status());
    }

    @Test
    void frozenFormRefusesDataButNotReview() {
        form.changeLock(LockState.FROZEN, "dm", T);
        ConflictException e = assertThrows(ConflictException.class, this::write);
        assertTrue(e.getMessage().contains("frozen (form F.VS at C1D1 frozen by dm at 2026-11-01T10:00:00Z)"), e.getMessage());
        assertDoesNotThrow(form::requireNotLocked);
        assertEquals(FormStatus.FROZEN, form.status());
    }

    @Test
    void subjectLockGovernsItsForms() {
        subject.changeLock(LockState.LOCKED, "dm2", T);
        ConflictException e = assertThrows(ConflictException.class, this::write);
        assertTrue(e.getMessage().contains("subject 001 locked by dm2"), e.getMessage());
        assertThrows(ConflictException.class, form::requireNotLocked);
        assertThrows(ConflictException.class, subject::requireWritable);
        assertEquals(FormStatus.LOCKED, form.status());
    }

    @Test
    void studyLockIsTheStrongestAndNamedFirst() {
        form.changeLock(LockState.FROZEN, "dm", T);
        study.changeLock(LockState.LOCKED, "dm3", T);
        subject.changeLock(LockState.LOCKED, "dm2", T);
        ConflictException e = assertThrows(ConflictException.class, form::requireNotLocked);
        assertTrue(e.getMessage().contains("study S locked by dm3"), e.getMessage());
        study.changeLock(LockState.OPEN, "dm3", T);
        subject.changeLock(LockState.OPEN, "dm2", T);
        assertDoesNotThrow(form::requireNotLocked);
        assertThrows(ConflictException.class, this::write, "the form's own freeze still holds");
    }
}
