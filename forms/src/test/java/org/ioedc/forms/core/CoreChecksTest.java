package org.ioedc.forms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemValues;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.junit.jupiter.api.Test;

class CoreChecksTest {
    private static final SubjectRecord SUBJECT =
            new SubjectRecord("S-001", "SITE-01", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 15), List.of());

    private static FormData form(String oid, Map<String, String> items) {
        return new FormData(oid, "V1", oid, null, new ItemValues(items), List.of());
    }

    @Test
    void adultAtConsentBoundary() {
        var check = new AdultAtConsent();
        // 18th birthday on the consent day passes; one day later does not.
        assertTrue(check.evaluate(form("F.DM", Map.of("DM.BRTHDAT", "2006-01-02")), SUBJECT).isEmpty());
        List<CheckFinding> f = check.evaluate(form("F.DM", Map.of("DM.BRTHDAT", "2006-01-03")), SUBJECT);
        assertEquals(1, f.size());
        assertEquals("DM-001", f.get(0).checkId());
        assertTrue(f.get(0).message().contains("age of 17"));
    }

    @Test
    void diastolicMustBeBelowSystolic() {
        var check = new DiastolicBelowSystolic();
        assertTrue(check.evaluate(form("F.VS", Map.of("VS.SYSBP", "120", "VS.DIABP", "119")), SUBJECT).isEmpty());
        var f = check.evaluate(form("F.VS", Map.of("VS.SYSBP", "80", "VS.DIABP", "80")), SUBJECT);
        assertEquals(2, f.get(0).items().size());
    }

    @Test
    void procedureBeforeConsent() {
        var check = new DateNotBeforeConsent("LB-001", "F.LB", "LB.LBDAT", "Laboratory sample");
        assertTrue(check.evaluate(form("F.LB", Map.of("LB.LBDAT", "2024-01-02")), SUBJECT).isEmpty());
        var f = check.evaluate(form("F.LB", Map.of("LB.LBDAT", "2024-01-01")), SUBJECT);
        assertEquals("Laboratory sample date 2024-01-01 is before informed consent (2024-01-02). Please correct the date or explain.",
                f.get(0).message());
    }

    @Test
    void hyLawNeedsBothTransaminasesAndBilirubin() {
        var check = new PotentialHyLaw();
        Map<String, String> base = Map.of("LB.ALT", "121", "LB.ALTULN", "40", "LB.AST", "30", "LB.ASTULN", "40",
                "LB.BILI", "41", "LB.BILIULN", "20");
        assertEquals(1, check.evaluate(form("F.LB", base), SUBJECT).size());
        // exactly 3 x ULN is not above it
        var atLimit = new java.util.HashMap<>(base);
        atLimit.put("LB.ALT", "120");
        assertTrue(check.evaluate(form("F.LB", atLimit), SUBJECT).isEmpty());
        var bilirubinOk = new java.util.HashMap<>(base);
        bilirubinOk.put("LB.BILI", "40");
        assertTrue(check.evaluate(form("F.LB", bilirubinOk), SUBJECT).isEmpty());
    }
}
