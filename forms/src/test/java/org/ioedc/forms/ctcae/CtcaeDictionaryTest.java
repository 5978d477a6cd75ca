package org.ioedc.forms.ctcae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Facts of the whole CTCAE v5.0 dictionary. The numbers were counted independently from the CSV
 * with Python's csv module (utf-8-sig, cells trimmed of spaces and U+00A0, " -" = grade absent).
 */
class CtcaeDictionaryTest {

    /**
     * SHA-256 of NCI's CSV as the project received it, which the product ships unchanged as its resource. The
     * counts below would not all notice a re-encoded file or an edited definition; this does.
     */
    private static final String NCI_CSV_SHA256 = "7c482dcac1acaeb9ae06c42db59688386636cbad2f1f37e720629ec69c5e95d2";

    private final CtcaeDictionary dictionary = CtcaeDictionary.load();

    private long countWithGrade(int grade) {
        return dictionary.all().stream().filter(t -> t.hasGrade(grade)).count();
    }

    @Test
    void has837Terms() {
        assertEquals(837, dictionary.size());
        assertEquals(837, dictionary.all().size());
    }

    @Test
    void termsPerGradeColumnAreThoseOfTheFile() {
        assertEquals(645, countWithGrade(1));
        assertEquals(745, countWithGrade(2));
        assertEquals(750, countWithGrade(3));
        assertEquals(551, countWithGrade(4));
        assertEquals(494, countWithGrade(5));
        // 837 x 5 cells = 3185 existing grades + 1000 cells " -"
        assertEquals(3185, dictionary.all().stream().mapToInt(t -> t.grades().size()).sum());
    }

    @Test
    void terms343HaveNoGrade5() {
        assertEquals(343, dictionary.all().stream().filter(t -> !t.hasGrade(5)).count());
        CtcaeTerm alt = dictionary.byTerm("Alanine aminotransferase increased").orElseThrow();
        assertFalse(alt.hasGrade(5));
        assertEquals(List.of(1, 2, 3, 4), alt.gradeNumbers());
    }

    @Test
    void deathNosHasOnlyGrade5() {
        CtcaeTerm death = dictionary.byTerm("Death NOS").orElseThrow();
        assertEquals("10011914", death.meddraCode());
        assertEquals(Map.of(5, "Death"), death.grades());
        assertEquals(List.of(5), death.gradeNumbers());
        assertEquals("General disorders and administration site conditions", death.soc());
    }

    @Test
    void myocarditisHasNoGrade1() {
        CtcaeTerm myocarditis = dictionary.byCode("10028606").orElseThrow();
        assertEquals("Myocarditis", myocarditis.term());
        assertFalse(myocarditis.hasGrade(1));
        assertEquals(List.of(2, 3, 4, 5), myocarditis.gradeNumbers());
        assertEquals("Symptoms with moderate activity or exertion", myocarditis.grades().get(2));
        assertEquals("Cardiac disorders", myocarditis.soc());
    }

    @Test
    void everySocHasExactlyOneOtherSpecifyTerm() {
        List<String> socs = dictionary.socs();
        assertEquals(26, socs.size());
        for (String soc : socs) {
            List<CtcaeTerm> others = dictionary.all().stream()
                    .filter(t -> t.soc().equals(soc) && t.isOtherSpecify()).toList();
            assertEquals(1, others.size(), soc);
            assertEquals(others.get(0), dictionary.otherSpecify(soc).orElseThrow());
        }
        assertEquals(26, dictionary.all().stream().filter(CtcaeTerm::isOtherSpecify).count());
        // NCI spells this one with a singular "disorder"; it is still that SOC's "Other, specify".
        assertEquals("Musculoskeletal and connective tissue disorder - Other, specify",
                dictionary.otherSpecify("Musculoskeletal and connective tissue disorders")
                        .orElseThrow().term());
        assertTrue(dictionary.otherSpecify("No such SOC").isEmpty());
    }

    @Test
    void everyGradeTextIsPresentAndNoDashGradeRemains() {
        for (CtcaeTerm t : dictionary.all()) {
            assertFalse(t.grades().isEmpty(), t.term());
            for (Map.Entry<Integer, String> g : t.grades().entrySet()) {
                assertTrue(g.getKey() >= 1 && g.getKey() <= 5, t.term());
                String text = g.getValue();
                assertFalse(text.isBlank(), t.term() + " grade " + g.getKey());
                assertFalse(text.equals("-"), t.term() + " grade " + g.getKey());
                assertEquals(text, Text.clean(text), "trimmed: " + t.term());
                assertFalse(text.startsWith("\u00A0") || text.endsWith("\u00A0"), t.term());
            }
            assertEquals(t.grades().keySet().stream().sorted().toList(), t.gradeNumbers(),
                    "ascending grades: " + t.term());
        }
    }

    @Test
    void codesAreUniqueEightDigitsAndTermsAreTrimmed() {
        Set<String> codes = new HashSet<>();
        for (CtcaeTerm t : dictionary.all()) {
            assertTrue(t.meddraCode().matches("\\d{8}"), t.meddraCode());
            assertTrue(codes.add(t.meddraCode()), "duplicate " + t.meddraCode());
            assertEquals(t.term(), t.term().strip());
            assertFalse(t.term().contains("\u00A0") || t.term().contains("\n"), t.term());
        }
        assertEquals(837, dictionary.all().stream().map(CtcaeTerm::term).collect(Collectors.toSet()).size());
    }

    @Test
    void missingDefinitionIsEmptyNotDash() {
        long withDefinition = dictionary.all().stream().filter(t -> t.definition().isPresent()).count();
        assertEquals(837 - 26, withDefinition);
        dictionary.all().forEach(t -> t.definition().ifPresent(d -> assertFalse(d.equals("-"), t.term())));
        assertTrue(dictionary.byTerm("Colitis").orElseThrow().definition().orElseThrow()
                .startsWith("A disorder characterized by inflammation of the colon"));
    }

    @Test
    void embeddedNewlinesAreKeptInsideCells() {
        CtcaeTerm hypertension = dictionary.byTerm("Hypertension").orElseThrow();
        assertTrue(hypertension.grades().get(1).contains("\n\nPediatric:"));
        assertEquals(837, dictionary.size(), "a newline inside a cell must not start a record");
    }

    @Test
    void lookupByCode() {
        CtcaeTerm colitis = dictionary.byCode("10009887").orElseThrow();
        assertEquals("Colitis", colitis.term());
        assertEquals("Gastrointestinal disorders", colitis.soc());
        assertEquals(List.of(1, 2, 3, 4, 5), colitis.gradeNumbers());
        assertEquals("Death", colitis.grades().get(5));
        assertEquals(colitis, dictionary.byCode(" 10009887 ").orElseThrow());
        assertTrue(dictionary.byCode("10009888").isEmpty());
        assertTrue(dictionary.byCode("").isEmpty());
        assertTrue(dictionary.byCode(null).isEmpty());
        assertTrue(dictionary.byCode("Colitis").isEmpty());
    }

    @Test
    void lookupByTermIgnoresCase() {
        assertEquals("10069339", dictionary.byTerm("acute KIDNEY injury").orElseThrow().meddraCode());
        assertTrue(dictionary.byTerm("Hepatitis").isEmpty());
        assertTrue(dictionary.byTerm("Diabetes").isEmpty());
    }

    @Test
    void loadIsCachedAndReadingAgainGivesTheSameDictionary() {
        assertSame(dictionary, CtcaeDictionary.load());
        CtcaeDictionary fresh = CtcaeDictionary.read(new StringReader(resourceText()));
        assertEquals(837, fresh.size());
    }

    @Test
    void listsAndMapsAreUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> dictionary.all().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> dictionary.socs().clear());
        CtcaeTerm colitis = dictionary.byCode("10009887").orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> colitis.grades().put(6, "x"));
        assertThrows(UnsupportedOperationException.class, () -> colitis.grades().remove(1));
    }

    @Test
    void shippedResourceIsNcisFileUnchanged() throws IOException, NoSuchAlgorithmException {
        byte[] shipped;
        try (InputStream in = CtcaeDictionary.class.getResourceAsStream(CtcaeDictionary.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertEquals(NCI_CSV_SHA256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shipped)));
        assertEquals((byte) 0xEF, shipped[0], "the file starts with a UTF-8 byte-order mark");
    }

    // --- reading other CSVs -------------------------------------------------------------------

    private static final String HEADER = "\uFEFFMedDRA Code,MedDRA SOC,CTCAE Term,Grade 1 \u00A0\u00A0,"
            + "Grade 2 \u00A0\u00A0,Grade 3 \u00A0\u00A0,Grade 4 \u00A0\u00A0,Grade 5 \u00A0\u00A0,"
            + "Definition,Navigational Note,CTCAE v5.0 Change\r\n";

    @Test
    void readsHeadersWithByteOrderMarkAndNoBreakSpaces() {
        String csv = HEADER
                + "10000001,Some SOC,Some term, -,\"Two\nlines\",Three , -,Death, -,,\r\n"
                + ",,,,,,,,,,\r\n";
        CtcaeDictionary d = CtcaeDictionary.read(new StringReader(csv));
        assertEquals(1, d.size());
        CtcaeTerm t = d.all().get(0);
        assertEquals(Map.of(2, "Two\nlines", 3, "Three", 5, "Death"), t.grades());
        assertEquals(List.of(2, 3, 5), t.gradeNumbers());
        assertTrue(t.definition().isEmpty());
        assertTrue(t.navigationalNote().isEmpty());
        assertTrue(t.changeNote().isEmpty());
    }

    @Test
    void anotherDictionaryWithoutTheSynonymTargetsStillSearches() {
        String csv = HEADER + "10000001,Some SOC,Some term,a, -, -, -, -,,,\r\n";
        CtcaeDictionary d = CtcaeDictionary.read(new StringReader(csv));
        assertEquals(List.of(), d.search("ALT"));
        assertEquals(List.of(), d.synonymTargets("hepatitis"));
        assertEquals("Some term", d.search("some").get(0).term());
    }

    @Test
    void rejectsMissingColumn() {
        String csv = "MedDRA Code,MedDRA SOC,CTCAE Term,Grade 1,Grade 2,Grade 3,Grade 4\r\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CtcaeDictionary.read(new StringReader(csv)));
        assertTrue(e.getMessage().contains("Grade 5"), e.getMessage());
    }

    @Test
    void rejectsEmptyFile() {
        assertThrows(IllegalArgumentException.class, () -> CtcaeDictionary.read(new StringReader("")));
    }

    @Test
    void rejectsMalformedRecordWithItsNumber() {
        String csv = HEADER + "10000001,SOC,Term A,a,b,c,d,e,,,\r\n" + "123,SOC,Term B,a,b,c,d,e,,,\r\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CtcaeDictionary.read(new StringReader(csv)));
        assertTrue(e.getMessage().contains("record 3"), e.getMessage());
        assertTrue(e.getMessage().contains("meddraCode"), e.getMessage());
    }

    @Test
    void rejectsTermWithoutAnyGrade() {
        String csv = HEADER + "10000001,SOC,Term A, -, -, -, -, -,,,\r\n";
        assertThrows(IllegalArgumentException.class, () -> CtcaeDictionary.read(new StringReader(csv)));
    }

    @Test
    void rejectsDuplicateCode() {
        String csv = HEADER + "10000001,SOC,Term A,a,b,c,d,e,,,\r\n" + "10000001,SOC,Term B,a,b,c,d,e,,,\r\n";
        assertThrows(IllegalStateException.class, () -> CtcaeDictionary.read(new StringReader(csv)));
    }

    private static String resourceText() {
        try (InputStream in = CtcaeDictionary.class.getResourceAsStream(CtcaeDictionary.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
