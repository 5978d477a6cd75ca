package org.ioedc.forms.ctcae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CtcaeTermTest {

    private static CtcaeTerm term(String code, String name, Map<Integer, String> grades) {
        return new CtcaeTerm(code, name, "Some SOC", "A definition.", null, " -", grades);
    }

    @Test
    void gradesAreOrderedAndCopied() {
        Map<Integer, String> source = new HashMap<>();
        source.put(5, "Death");
        source.put(2, " Moderate\u00A0");
        source.put(3, "Severe");
        CtcaeTerm t = term("10000001", "Thing", source);
        source.put(1, "Mild");
        assertEquals(List.of(2, 3, 5), t.gradeNumbers());
        assertEquals(List.of(2, 3, 5), List.copyOf(t.grades().keySet()));
        assertEquals("Moderate", t.grades().get(2));
        assertFalse(t.hasGrade(1));
        assertTrue(t.hasGrade(5));
        assertEquals(Optional.empty(), t.gradeDescription(1));
        assertEquals(Optional.of("Severe"), t.gradeDescription(3));
        assertEquals(Optional.empty(), t.gradeDescription(0));
        assertEquals(Optional.empty(), t.gradeDescription(6));
        assertFalse(t.hasGrade(0));
        assertEquals(Optional.empty(), t.changeNote());
        assertEquals(Optional.of("A definition."), t.definition());
    }

    @Test
    void otherSpecify() {
        assertTrue(term("10000001", "Cardiac disorders - Other, specify", Map.of(1, "x")).isOtherSpecify());
        assertFalse(term("10000001", "Colitis", Map.of(1, "x")).isOtherSpecify());
    }

    @Test
    void equalityIsByCode() {
        CtcaeTerm a = term("10000001", "A", Map.of(1, "x"));
        assertEquals(a, term("10000001", "B", Map.of(2, "y")));
        assertEquals(a.hashCode(), term("10000001", "B", Map.of(2, "y")).hashCode());
        assertNotEquals(a, term("10000002", "A", Map.of(1, "x")));
        assertEquals("A (10000001)", a.toString());
    }

    @Test
    void rejectsBadValues() {
        Map<Integer, String> g = Map.of(1, "x");
        assertThrows(IllegalArgumentException.class, () -> term("1234567", "A", g));
        assertThrows(IllegalArgumentException.class, () -> term("1234567X", "A", g));
        assertThrows(IllegalArgumentException.class, () -> term(null, "A", g));
        assertThrows(IllegalArgumentException.class, () -> term("10000001", " ", g));
        assertThrows(IllegalArgumentException.class, () -> new CtcaeTerm("10000001", "A", "", null, null, null, g));
        assertThrows(IllegalArgumentException.class, () -> term("10000001", "A", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> term("10000001", "A", null));
        assertThrows(IllegalArgumentException.class, () -> term("10000001", "A", Map.of(6, "x")));
        assertThrows(IllegalArgumentException.class, () -> term("10000001", "A", Map.of(0, "x")));
        assertThrows(IllegalArgumentException.class, () -> term("10000001", "A", Map.of(1, " -")));
        assertThrows(IllegalArgumentException.class, () -> term("10000001", "A", Map.of(1, "\u00A0")));
    }
}
