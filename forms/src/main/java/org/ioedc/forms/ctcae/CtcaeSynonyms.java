package org.ioedc.forms.ctcae;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words coordinators type that are not CTCAE terms, as data: each maps to the CTCAE v5.0 terms
 * (exact spelling of the dictionary) that code it, most likely first. The search offers those terms
 * right after an exact term match. Keys are matched after normalisation (case, accents, punctuation
 * and apostrophes do not matter: "N/V", "n v" and "n/v" are the same key; "Sjögren's" is "sjogrens").
 *
 * <p>Every target is checked against the dictionary by the tests, and no key is itself a CTCAE term.
 * Keep the tables in step with {@code docs/ctcae.md}.
 */
public final class CtcaeSynonyms {

    private CtcaeSynonyms() {
    }

    private static final String ALT = "Alanine aminotransferase increased";
    private static final String AST = "Aspartate aminotransferase increased";
    private static final String BILIRUBIN = "Blood bilirubin increased";
    private static final String HEPATIC_FAILURE = "Hepatic failure";
    private static final String AKI = "Acute kidney injury";
    private static final String CREATININE = "Creatinine increased";
    private static final String THROMBOEMBOLIC = "Thromboembolic event";

    /** Clinical abbreviations (laboratory tests, syndromes) to the CTCAE terms they stand for. */
    public static final Map<String, List<String>> ABBREVIATIONS = Map.ofEntries(
            entry("ALT", List.of(ALT)),
            entry("SGPT", List.of(ALT)),
            entry("AST", List.of(AST)),
            entry("SGOT", List.of(AST)),
            entry("ALP", List.of("Alkaline phosphatase increased")),
            entry("ALKP", List.of("Alkaline phosphatase increased")),
            entry("GGT", List.of("GGT increased")),
            entry("GGTP", List.of("GGT increased")),
            entry("TBIL", List.of(BILIRUBIN)),
            entry("TBILI", List.of(BILIRUBIN)),
            entry("Cr", List.of(CREATININE)),
            entry("SCr", List.of(CREATININE)),
            entry("AKI", List.of(AKI)),
            entry("CKD", List.of("Chronic kidney disease")),
            entry("CK", List.of("CPK increased")),
            entry("CPK", List.of("CPK increased")),
            entry("LDH", List.of("Blood lactate dehydrogenase increased")),
            entry("TSH", List.of("Thyroid stimulating hormone increased", "Hypothyroidism",
                    "Hyperthyroidism")),
            entry("ANC", List.of("Neutrophil count decreased")),
            entry("FN", List.of("Febrile neutropenia")),
            entry("WBC", List.of("White blood cell decreased")),
            entry("ALC", List.of("Lymphocyte count decreased")),
            entry("PLT", List.of("Platelet count decreased")),
            entry("ITP", List.of("Platelet count decreased")),
            entry("Hb", List.of("Anemia")),
            entry("Hgb", List.of("Anemia")),
            entry("AIHA", List.of("Hemolysis", "Anemia")),
            entry("DVT", List.of(THROMBOEMBOLIC)),
            entry("VTE", List.of(THROMBOEMBOLIC)),
            entry("PE", List.of(THROMBOEMBOLIC, "Pleural effusion")),
            entry("SOB", List.of("Dyspnea")),
            entry("N/V", List.of("Nausea", "Vomiting")),
            entry("CRS", List.of("Cytokine release syndrome")),
            entry("IRR", List.of("Infusion related reaction")),
            entry("SJS", List.of("Stevens-Johnson syndrome")),
            entry("TEN", List.of("Toxic epidermal necrolysis")),
            entry("GBS", List.of("Guillain-Barre syndrome")),
            entry("MG", List.of("Myasthenia gravis")),
            entry("PRES", List.of("Reversible posterior leukoencephalopathy syndrome")),
            entry("AF", List.of("Atrial fibrillation")),
            entry("AFib", List.of("Atrial fibrillation")),
            entry("MI", List.of("Myocardial infarction")),
            entry("CHF", List.of("Heart failure")),
            entry("LVEF", List.of("Ejection fraction decreased")),
            entry("EF", List.of("Ejection fraction decreased")),
            entry("QTc", List.of("Electrocardiogram QT corrected interval prolonged")),
            entry("HTN", List.of("Hypertension")),
            entry("TTP", List.of("Thrombotic thrombocytopenic purpura")),
            entry("HUS", List.of("Hemolytic uremic syndrome")),
            entry("UTI", List.of("Urinary tract infection")),
            entry("URI", List.of("Upper respiratory infection")),
            entry("GERD", List.of("Gastroesophageal reflux disease")),
            entry("ARDS", List.of("Adult respiratory distress syndrome")),
            entry("ILD", List.of("Pneumonitis", "Pulmonary fibrosis")),
            entry("PPE", List.of("Palmar-plantar erythrodysesthesia syndrome")),
            entry("HFS", List.of("Palmar-plantar erythrodysesthesia syndrome")),
            entry("T1DM", List.of("Hyperglycemia", "Glucose intolerance")),
            entry("IDDM", List.of("Hyperglycemia", "Glucose intolerance")),
            entry("DKA", List.of("Hyperglycemia", "Acidosis")));

    /**
     * Immune-related AE words and other common diagnoses that CTCAE v5.0 does not have as a term, to
     * the terms that code them. The form keeps the investigator's verbatim term next to the CTCAE
     * term. (Pneumonitis, Colitis, Myositis, Myocarditis, Uveitis, Hypophysitis, Adrenal insufficiency,
     * Arthritis, Pancreatitis and Enterocolitis are terms themselves and need no entry.)
     */
    public static final Map<String, List<String>> IRAE_WORDS = Map.ofEntries(
            entry("hepatitis", List.of(ALT, AST, BILIRUBIN, HEPATIC_FAILURE)),
            entry("hepatotoxicity", List.of(ALT, AST, BILIRUBIN, HEPATIC_FAILURE)),
            entry("transaminitis", List.of(ALT, AST)),
            entry("hyperbilirubinemia", List.of(BILIRUBIN)),
            entry("jaundice", List.of(BILIRUBIN)),
            entry("nephritis", List.of(AKI, CREATININE)),
            entry("interstitial nephritis", List.of(AKI, CREATININE)),
            entry("tubulointerstitial nephritis", List.of(AKI, CREATININE)),
            entry("nephrotoxicity", List.of(AKI, CREATININE)),
            entry("renal failure", List.of(AKI, "Chronic kidney disease")),
            entry("diabetes", List.of("Hyperglycemia", "Glucose intolerance")),
            entry("diabetes mellitus", List.of("Hyperglycemia", "Glucose intolerance")),
            entry("type 1 diabetes", List.of("Hyperglycemia", "Glucose intolerance")),
            entry("type 1 diabetes mellitus", List.of("Hyperglycemia", "Glucose intolerance")),
            entry("thyroiditis", List.of("Hypothyroidism", "Hyperthyroidism")),
            entry("adrenalitis", List.of("Adrenal insufficiency")),
            entry("Addison's disease", List.of("Adrenal insufficiency")),
            entry("dermatitis", List.of("Rash maculo-papular", "Pruritus")),
            entry("vitiligo", List.of("Skin hypopigmentation")),
            entry("neutropenia", List.of("Neutrophil count decreased")),
            entry("thrombocytopenia", List.of("Platelet count decreased")),
            entry("leukopenia", List.of("White blood cell decreased")),
            entry("lymphopenia", List.of("Lymphocyte count decreased")),
            entry("hemolytic anemia", List.of("Hemolysis", "Anemia")),
            entry("anaemia", List.of("Anemia")),
            entry("diarrhoea", List.of("Diarrhea")),
            entry("pulmonary embolism", List.of(THROMBOEMBOLIC)),
            entry("deep vein thrombosis", List.of(THROMBOEMBOLIC)),
            entry("interstitial lung disease", List.of("Pneumonitis", "Pulmonary fibrosis")),
            entry("sicca", List.of("Dry mouth", "Dry eye")),
            entry("sicca syndrome", List.of("Dry mouth", "Dry eye")),
            entry("Sjogren's syndrome", List.of("Dry mouth", "Dry eye")));

    /**
     * Words that qualify an AE as immune-related without naming it. A query is also tried without them
     * for an exact term or a synonym: "immune-related colitis" finds Colitis as an exact match,
     * "autoimmune hepatitis" the hepatitis terms.
     */
    public static final Set<String> QUALIFIER_WORDS = Set.of("immune", "related", "mediated",
            "autoimmune", "ir", "irae", "induced", "drug", "checkpoint", "inhibitor", "immunotherapy",
            "acute");
}
