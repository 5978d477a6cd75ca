package org.ioedc.forms.ctcae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CtcaeSearchTest {

    private static final String ALT = "Alanine aminotransferase increased";
    private static final String AST = "Aspartate aminotransferase increased";
    private static final String BILI = "Blood bilirubin increased";

    private final CtcaeDictionary dictionary = CtcaeDictionary.load();

    private List<String> names(String query) {
        return dictionary.search(query).stream().map(CtcaeTerm::term).toList();
    }

    private String first(String query) {
        List<String> names = names(query);
        assertFalse(names.isEmpty(), "no result for " + query);
        return names.get(0);
    }

    // --- ranking ------------------------------------------------------------------------------

    @Test
    void exactTermComesFirst() {
        List<SearchHit> hits = dictionary.searchHits("Colitis", 20);
        assertEquals("Colitis", hits.get(0).term().term());
        assertEquals(MatchKind.EXACT, hits.get(0).match());
        assertEquals("Colitis", first("colitis"));
        assertEquals("Colitis", first("  COLITIS "));
        // "Anemia" is a term; other terms merely containing a word starting "anemia" come later
        assertEquals("Anemia", first("anemia"));
    }

    @Test
    void exactBeatsStartsWith() {
        // "Pain" is a term and many terms start with "Pain"
        List<SearchHit> hits = dictionary.searchHits("pain", 20);
        assertEquals("Pain", hits.get(0).term().term());
        assertEquals(MatchKind.EXACT, hits.get(0).match());
        assertEquals(MatchKind.STARTS_WITH, hits.get(1).match());
        assertEquals(20, hits.size());
    }

    @Test
    void startsWithComesBeforeWordsInAnyOrder() {
        List<SearchHit> hits = dictionary.searchHits("myoc", 20);
        assertEquals(List.of("Myocardial infarction", "Myocarditis"),
                hits.stream().filter(h -> h.match() == MatchKind.STARTS_WITH).map(h -> h.term().term()).toList());
        assertEquals("Myocardial infarction", hits.get(0).term().term());
        assertEquals("Myocarditis", hits.get(1).term().term());
        List<SearchHit> rash = dictionary.searchHits("rash", 20);
        assertEquals(List.of("Rash acneiform", "Rash maculo-papular", "Rash pustular", "Papulopustular rash"),
                rash.subList(0, 4).stream().map(h -> h.term().term()).toList());
        assertEquals(MatchKind.STARTS_WITH, rash.get(2).match());
        assertEquals(MatchKind.ALL_WORDS, rash.get(3).match());
    }

    @Test
    void wordsInAnyOrderAndPrefixes() {
        assertEquals(ALT, first("alan amino"));
        assertEquals(ALT, first("amino alan"));
        assertEquals(ALT, first("increased alanine"));
        assertEquals(ALT, first("Alanine aminotransferase"));
        assertEquals(AST, first("asp amino incr"));
        assertEquals("Peripheral sensory neuropathy", first("neuropathy sensory"));
        assertEquals("Acute kidney injury", first("kidney acute"));
        assertEquals("Rash maculo-papular", first("maculopapular"));
        assertEquals("Rash maculo-papular", first("maculo papular rash"));
        assertEquals("Guillain-Barre syndrome", first("guillain barré"));
    }

    @Test
    void startsWithIsReportedAsSuch() {
        List<SearchHit> hits = dictionary.searchHits("alanine amino", 20);
        assertEquals(ALT, hits.get(0).term().term());
        assertEquals(MatchKind.STARTS_WITH, hits.get(0).match());
        assertEquals(MatchKind.ALL_WORDS, dictionary.searchHits("alan amino", 20).get(0).match());
    }

    @Test
    void definitionMatchesComeLast() {
        List<SearchHit> hits = dictionary.searchHits("myoc", 20);
        int firstDefinition = -1;
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).match() == MatchKind.DEFINITION) {
                firstDefinition = firstDefinition < 0 ? i : firstDefinition;
            } else {
                assertTrue(firstDefinition < 0, "term match after a definition match");
            }
        }
        assertTrue(firstDefinition > 0);
        // no term has a word starting "myocardium"; two definitions do
        List<SearchHit> myocardium = dictionary.searchHits("myocardium", 20);
        assertEquals(List.of("Myocardial infarction", "Restrictive cardiomyopathy"),
                myocardium.stream().map(h -> h.term().term()).toList());
        assertTrue(myocardium.stream().allMatch(h -> h.match() == MatchKind.DEFINITION));
    }

    @Test
    void definitionNeedsWordsOfThreeCharacters() {
        assertTrue(dictionary.searchHits("xy", 20).stream().noneMatch(h -> h.match() == MatchKind.DEFINITION));
    }

    @Test
    void rankingIsStableAndTiesAreAlphabetical() {
        for (String q : List.of("pain", "hyper", "infection", "rash", "cardiac", "a")) {
            List<SearchHit> hits = dictionary.searchHits(q, 500);
            assertEquals(hits, dictionary.searchHits(q, 500), "stable for " + q);
            for (int i = 1; i < hits.size(); i++) {
                SearchHit a = hits.get(i - 1);
                SearchHit b = hits.get(i);
                assertTrue(a.match().compareTo(b.match()) <= 0, q + ": kinds out of order at " + i);
                if (a.match() == b.match() && a.match() != MatchKind.SYNONYM
                        && a.match() != MatchKind.SYNONYM_PREFIX) {
                    assertTrue(a.term().term().toLowerCase(Locale.ROOT)
                            .compareTo(b.term().term().toLowerCase(Locale.ROOT)) < 0,
                            q + ": " + a.term().term() + " before " + b.term().term());
                }
            }
        }
    }

    @Test
    void eachTermOnceAtItsBestRank() {
        List<SearchHit> hits = dictionary.searchHits("hepatitis", 100);
        assertEquals(hits.size(), hits.stream().map(SearchHit::term).distinct().count());
        List<SearchHit> pain = dictionary.searchHits("pain", 500);
        assertEquals(pain.size(), pain.stream().map(SearchHit::term).distinct().count());
    }

    // --- abbreviations and irAE words ----------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ALT | Alanine aminotransferase increased",
        "alt | Alanine aminotransferase increased",
        "SGPT | Alanine aminotransferase increased",
        "AST | Aspartate aminotransferase increased",
        "ALP | Alkaline phosphatase increased",
        "GGT | GGT increased",
        "AKI | Acute kidney injury",
        "CPK | CPK increased",
        "CK | CPK increased",
        "LDH | Blood lactate dehydrogenase increased",
        "TSH | Thyroid stimulating hormone increased",
        "ANC | Neutrophil count decreased",
        "WBC | White blood cell decreased",
        "PLT | Platelet count decreased",
        "Hb | Anemia",
        "Hgb | Anemia",
        "DVT | Thromboembolic event",
        "PE | Thromboembolic event",
        "SOB | Dyspnea",
        "N/V | Nausea",
        "n v | Nausea",
        "CRS | Cytokine release syndrome",
        "SJS | Stevens-Johnson syndrome",
        "TEN | Toxic epidermal necrolysis",
        "GBS | Guillain-Barre syndrome",
        "Cr | Creatinine increased",
        "QTc | Electrocardiogram QT corrected interval prolonged",
        "ILD | Pneumonitis",
        "T1DM | Hyperglycemia",
    })
    void abbreviationLeadsToItsTerm(String query, String term) {
        SearchHit hit = dictionary.searchHits(query, 20).get(0);
        assertEquals(term, hit.term().term());
        assertEquals(MatchKind.SYNONYM, hit.match());
    }

    @Test
    void abbreviationsWithSeveralTargetsKeepTheTableOrder() {
        assertEquals(List.of("Nausea", "Vomiting"), names("N/V").subList(0, 2));
        assertEquals(List.of("Thyroid stimulating hormone increased", "Hypothyroidism", "Hyperthyroidism"),
                names("tsh").subList(0, 3));
        assertEquals(List.of("Thromboembolic event", "Pleural effusion"), names("pe").subList(0, 2));
    }

    @Test
    void abbreviationInsideAQuery() {
        assertEquals(ALT, first("alt incr"));
        assertEquals(ALT, first("ALT increased"));
        assertEquals(AST, first("increased ast"));
        assertEquals("Platelet count decreased", first("plt decr"));
    }

    @Test
    void hepatitisLeadsToLiverTestsAndHepaticFailure() {
        List<SearchHit> hits = dictionary.searchHits("hepatitis", 20);
        assertEquals(List.of(ALT, AST, BILI, "Hepatic failure"),
                hits.subList(0, 4).stream().map(h -> h.term().term()).toList());
        hits.subList(0, 4).forEach(h -> assertEquals(MatchKind.SYNONYM, h.match()));
        // the infections that start with "Hepatitis" still follow
        assertTrue(names("hepatitis").containsAll(List.of("Hepatitis viral", "Hepatitis B reactivation")));
        assertEquals(List.of(ALT, AST, BILI, "Hepatic failure"), names("Immune-mediated hepatitis").subList(0, 4));
        assertEquals(List.of(ALT, AST, BILI, "Hepatic failure"), names("autoimmune hepatitis").subList(0, 4));
    }

    @Test
    void nephritisLeadsToAkiAndCreatinine() {
        assertEquals(List.of("Acute kidney injury", "Creatinine increased"), names("nephritis").subList(0, 2));
        assertEquals(List.of("Acute kidney injury", "Creatinine increased"),
                names("immune-related nephritis").subList(0, 2));
        assertEquals(List.of("Acute kidney injury", "Creatinine increased"),
                names("interstitial nephritis").subList(0, 2));
    }

    @Test
    void diabetesLeadsToHyperglycemiaAndGlucoseIntolerance() {
        assertTrue(dictionary.byTerm("Diabetes").isEmpty(), "Diabetes is not a CTCAE v5.0 term");
        for (String q : List.of("type 1 diabetes", "Type 1 diabetes mellitus", "diabetes", "T1DM")) {
            assertEquals(List.of("Hyperglycemia", "Glucose intolerance"), names(q).subList(0, 2), q);
        }
    }

    @Test
    void thyroiditisAndDermatitis() {
        assertEquals(List.of("Hypothyroidism", "Hyperthyroidism"), names("thyroiditis").subList(0, 2));
        assertEquals(List.of("Rash maculo-papular", "Pruritus"), names("dermatitis").subList(0, 2));
        assertTrue(names("dermatitis").contains("Bullous dermatitis"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pneumonitis", "Colitis", "Myositis", "Uveitis", "Hypophysitis",
        "Adrenal insufficiency", "Myocarditis", "Arthritis", "Pancreatitis", "Hypothyroidism"})
    void irAesThatAreTermsAreExactMatches(String term) {
        SearchHit hit = dictionary.searchHits(term.toLowerCase(Locale.ROOT), 20).get(0);
        assertEquals(term, hit.term().term());
        assertEquals(MatchKind.EXACT, hit.match());
        SearchHit qualified = dictionary.searchHits("immune-related " + term, 20).get(0);
        assertEquals(term, qualified.term().term());
        assertEquals(MatchKind.EXACT, qualified.match());
    }

    @Test
    void startOfAnIrAeWordOffersItsTermsAfterTermMatches() {
        List<SearchHit> hits = dictionary.searchHits("nephr", 20);
        assertEquals("Nephrotic syndrome", hits.get(0).term().term());
        assertEquals(MatchKind.STARTS_WITH, hits.get(0).match());
        assertTrue(hits.stream().anyMatch(h -> h.match() == MatchKind.SYNONYM_PREFIX
                && h.term().term().equals("Acute kidney injury")));
        assertEquals(List.of("Dry mouth", "Dry eye"), names("sjögren"));
    }

    @Test
    void qualifierWordsAloneStillSearch() {
        assertEquals("Immune system disorders - Other, specify", first("immune system"));
        // "immune" alone is not stripped: it still finds the Immune system SOC's term first
        assertEquals("Immune system disorders - Other, specify", first("immune"));
    }

    // --- code, limits, empty ---------------------------------------------------------------------

    @Test
    void medDraCodeFindsItsTerm() {
        List<SearchHit> hits = dictionary.searchHits("10009887", 20);
        assertEquals(1, hits.size());
        assertEquals("Colitis", hits.get(0).term().term());
        assertEquals(MatchKind.CODE, hits.get(0).match());
        assertTrue(names("99999999").isEmpty());
    }

    @Test
    void atMostTheLimit() {
        assertEquals(20, dictionary.search("a").size());
        assertEquals(20, dictionary.search("a", 20).size());
        assertEquals(5, dictionary.search("a", 5).size());
        assertEquals(1, dictionary.search("pain", 1).size());
        assertEquals("Pain", dictionary.search("pain", 1).get(0).term());
        assertTrue(dictionary.search("a", 1000).size() > 20);
        assertEquals(dictionary.search("pain", 20), dictionary.search("pain", 100).subList(0, 20));
        assertThrows(IllegalArgumentException.class, () -> dictionary.search("a", 0));
        assertThrows(IllegalArgumentException.class, () -> dictionary.search("a", -1));
        assertEquals(20, CtcaeDictionary.DEFAULT_SEARCH_LIMIT);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   \t ", "\u00A0", "-", " / ,;"})
    void blankQueryGivesNothing(String query) {
        assertTrue(dictionary.search(query).isEmpty());
        assertTrue(dictionary.search(query, 5).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzzz", "qwertyuiop", "colitis zzzz", "hepatitis xylophone"})
    void unknownWordGivesNothing(String query) {
        assertEquals(List.of(), dictionary.search(query));
    }

    @Test
    void resultsAreUnmodifiable() {
        List<CtcaeTerm> result = dictionary.search("colitis");
        assertThrows(UnsupportedOperationException.class, () -> result.add(result.get(0)));
    }

    @Test
    void everyTermFindsItselfFirst() {
        List<String> misses = new ArrayList<>();
        for (CtcaeTerm t : dictionary.all()) {
            List<SearchHit> hits = dictionary.searchHits(t.term(), 20);
            if (hits.isEmpty() || !hits.get(0).term().equals(t) || hits.get(0).match() != MatchKind.EXACT) {
                misses.add(t.term());
            }
            if (!dictionary.search(t.meddraCode()).equals(List.of(t))) {
                misses.add(t.meddraCode());
            }
        }
        assertEquals(List.of(), misses);
    }

    @Test
    void orderComparatorSanity() {
        List<String> sorted = names("hyper");
        List<String> startsWith = sorted.stream().filter(n -> n.toLowerCase(Locale.ROOT).startsWith("hyper")).toList();
        assertEquals(startsWith.stream().sorted(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT))).toList(),
                startsWith);
    }
}
