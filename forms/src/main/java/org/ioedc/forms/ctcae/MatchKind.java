package org.ioedc.forms.ctcae;

/**
 * Why a term was found by {@link CtcaeDictionary#search(String, int)}; the constants are in rank
 * order, best first.
 */
public enum MatchKind {
    /** The query is the term's 8-digit MedDRA code. */
    CODE,
    /** The query is the term (case, accents and punctuation aside), also once qualifier words such
     * as "immune-related" are removed. */
    EXACT,
    /** The query is an abbreviation or an irAE word of {@link CtcaeSynonyms} that maps to the term. */
    SYNONYM,
    /** The term starts with the query ("alanine amino" finds "Alanine aminotransferase increased"). */
    STARTS_WITH,
    /** Every query word starts a word of the term, in any order ("amino alan"), or is an abbreviation
     * of the term ("alt incr"). */
    ALL_WORDS,
    /** The query starts the words of an irAE word of {@link CtcaeSynonyms} ("nephr" for nephritis). */
    SYNONYM_PREFIX,
    /** Every query word (each at least 3 characters) starts a word of the term's definition. */
    DEFINITION
}
