package org.ioedc.forms.ctcae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CtcaeSynonymsTest {

    private final CtcaeDictionary dictionary = CtcaeDictionary.load();

    @Test
    void everyTargetIsATermOfTheDictionarySpelledExactly() {
        for (Map<String, List<String>> table : List.of(CtcaeSynonyms.ABBREVIATIONS, CtcaeSynonyms.IRAE_WORDS)) {
            table.forEach((key, targets) -> {
                assertFalse(targets.isEmpty(), key);
                assertEquals(targets.size(), Set.copyOf(targets).size(), "duplicate target for " + key);
                for (String target : targets) {
                    assertTrue(dictionary.all().stream().anyMatch(t -> t.term().equals(target)),
                            key + " -> " + target + " is not a CTCAE v5.0 term");
                }
            });
        }
    }

    @Test
    void noKeyIsItselfATermAndKeysAreUniqueAfterNormalisation() {
        Set<String> seen = new HashSet<>();
        for (Map<String, List<String>> table : List.of(CtcaeSynonyms.ABBREVIATIONS, CtcaeSynonyms.IRAE_WORDS)) {
            for (String key : table.keySet()) {
                assertTrue(dictionary.byTerm(key).isEmpty(), key + " is a term: no synonym needed");
                String normalized = Text.normalize(key);
                assertFalse(normalized.isEmpty(), key);
                assertTrue(seen.add(normalized), "key twice: " + key);
            }
        }
    }

    @Test
    void irAeWordsThatAreNotTermsInV5() {
        for (String notATerm : List.of("Hepatitis", "Nephritis", "Diabetes", "Type 1 diabetes", "Thyroiditis",
                "Dermatitis", "Encephalitis")) {
            assertTrue(dictionary.byTerm(notATerm).isEmpty(), notATerm);
        }
        for (String term : List.of("Pneumonitis", "Colitis", "Myositis", "Uveitis", "Hypophysitis",
                "Adrenal insufficiency", "Myocarditis", "Glucose intolerance", "Hyperglycemia",
                "Thyroid stimulating hormone increased", "Blood lactate dehydrogenase increased")) {
            assertTrue(dictionary.byTerm(term).isPresent(), term);
        }
    }

    @Test
    void requiredMappings() {
        assertEquals(List.of("Alanine aminotransferase increased", "Aspartate aminotransferase increased",
                "Blood bilirubin increased", "Hepatic failure"), names("hepatitis"));
        assertEquals(List.of("Acute kidney injury", "Creatinine increased"), names("nephritis"));
        assertEquals(List.of("Hyperglycemia", "Glucose intolerance"), names("type 1 diabetes"));
        assertEquals(List.of("Hypothyroidism", "Hyperthyroidism"), names("thyroiditis"));
        assertEquals(List.of("Rash maculo-papular", "Pruritus"), names("dermatitis"));
        assertEquals(List.of("Neutrophil count decreased"), names("ANC"));
        assertEquals(List.of("Platelet count decreased"), names("PLT"));
        assertEquals(List.of("Anemia"), names("Hb"));
        assertEquals(List.of("Anemia"), names("hgb"));
        assertEquals(List.of("Thromboembolic event"), names("DVT"));
        assertEquals(List.of("Dyspnea"), names("SOB"));
        assertEquals(List.of("Nausea", "Vomiting"), names("n/v"));
        assertEquals(List.of("CPK increased"), names("CK"));
        assertEquals(List.of("Acute kidney injury"), names("aki"));
        assertEquals(List.of(), names("not a key"));
    }

    @Test
    void tablesAreImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> CtcaeSynonyms.ABBREVIATIONS.put("X", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> CtcaeSynonyms.IRAE_WORDS.remove("hepatitis"));
        assertThrows(UnsupportedOperationException.class,
                () -> CtcaeSynonyms.ABBREVIATIONS.get("ALT").add("x"));
        assertThrows(UnsupportedOperationException.class, () -> CtcaeSynonyms.QUALIFIER_WORDS.add("x"));
    }

    private List<String> names(String key) {
        return dictionary.synonymTargets(key).stream().map(CtcaeTerm::term).toList();
    }
}
