package org.ioedc.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A request that lost a race with another (deadlock victim, version check failing at commit) is told so
 * with a 409 by the mappers; any other failure stays an internal error (500).
 */
class ProblemMappersTest {

    @Test
    void aDeadlockVictimLostARace() {
        assertTrue(ProblemMappers.concurrent(new EJBException(
                new PersistenceException("flush failed", new SQLException("ERROR: deadlock detected", "40P01")))));
    }

    @Test
    void aVersionCheckFailingAtCommitLostARace() {
        assertTrue(ProblemMappers.concurrent(new EJBException("Transaction aborted",
                new RuntimeException(new OptimisticLockException("row changed")))));
    }

    @Test
    void anyOtherFailureIsNoRace() {
        assertFalse(ProblemMappers.concurrent(new EJBException(
                new PersistenceException("flush failed", new SQLException("ERROR: value too long", "22001")))));
        assertFalse(ProblemMappers.concurrent(new EJBException(new IllegalStateException("bug"))));
    }
}
