package org.ioedc.forms.ctcae;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CTCAE v5.0 dictionary: 837 terms with their MedDRA codes, SOCs and grades, read from the CSV
 * shipped in this package ({@code org/ioedc/forms/ctcae/CTCAE_v5.0.csv}, NCI's file unchanged).
 *
 * <p>{@link #load()} reads it once per class loader and caches it; the instance is immutable and
 * thread-safe. {@link #search(String, int)} serves a coordinator typing an adverse event; the ranking
 * is described on {@link MatchKind}.
 */
public final class CtcaeDictionary {

    /** The classpath location of the shipped CSV. */
    public static final String RESOURCE = "/org/ioedc/forms/ctcae/CTCAE_v5.0.csv";

    /** Results returned by {@link #search(String)}; the REST look-up answers at most this many. */
    public static final int DEFAULT_SEARCH_LIMIT = 20;

    static final String COL_CODE = "MedDRA Code";
    static final String COL_SOC = "MedDRA SOC";
    static final String COL_TERM = "CTCAE Term";
    static final String COL_DEFINITION = "Definition";
    static final String COL_NOTE = "Navigational Note";
    static final String COL_CHANGE = "CTCAE v5.0 Change";

    private static volatile CtcaeDictionary shared;

    private final List<CtcaeTerm> terms;
    private final Map<String, CtcaeTerm> byCode;
    private final List<String> socs;
    private final TermSearch search;

    private CtcaeDictionary(List<CtcaeTerm> terms) {
        Map<String, CtcaeTerm> codes = new HashMap<>();
        LinkedHashSet<String> socNames = new LinkedHashSet<>();
        for (CtcaeTerm t : terms) {
            if (codes.putIfAbsent(t.meddraCode(), t) != null) {
                throw new IllegalStateException("MedDRA code appears twice: " + t.meddraCode());
            }
            socNames.add(t.soc());
        }
        this.terms = List.copyOf(terms);
        this.byCode = Map.copyOf(codes);
        this.socs = List.copyOf(socNames);
        this.search = new TermSearch(this.terms, this.byCode);
    }

    /**
     * The dictionary shipped with the product, read from the classpath on the first call and shared
     * afterwards.
     *
     * @throws IllegalStateException when the resource is missing or cannot be read
     */
    public static CtcaeDictionary load() {
        CtcaeDictionary d = shared;
        if (d == null) {
            synchronized (CtcaeDictionary.class) {
                d = shared;
                if (d == null) {
                    d = readResource();
                    shared = d;
                }
            }
        }
        return d;
    }

    private static CtcaeDictionary readResource() {
        InputStream in = CtcaeDictionary.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("CTCAE dictionary resource not found: " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a dictionary in NCI's CTCAE CSV layout (header row; columns found by name, with leading
     * and trailing white space, no-break spaces and a byte-order mark ignored). A grade cell of "-" or
     * blank means the grade does not exist for the term. Used by {@link #load()}; tests may read
     * another copy with it.
     *
     * @throws IllegalArgumentException when a column is missing or a row is malformed (row number given)
     * @throws UncheckedIOException     when the reader fails
     */
    public static CtcaeDictionary read(Reader csv) {
        CSVReader reader = new CSVReaderBuilder(csv)
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withKeepCarriageReturn(false)
                .build();
        try (reader) {
            String[] header = reader.readNext();
            if (header == null) {
                throw new IllegalArgumentException("CTCAE CSV is empty");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                columns.put(Text.clean(header[i]).toLowerCase(Locale.ROOT), i);
            }
            int code = column(columns, COL_CODE);
            int soc = column(columns, COL_SOC);
            int term = column(columns, COL_TERM);
            int[] grade = new int[CtcaeTerm.MAX_GRADE + 1];
            for (int g = CtcaeTerm.MIN_GRADE; g <= CtcaeTerm.MAX_GRADE; g++) {
                grade[g] = column(columns, "Grade " + g);
            }
            Integer definition = columns.get(COL_DEFINITION.toLowerCase(Locale.ROOT));
            Integer note = columns.get(COL_NOTE.toLowerCase(Locale.ROOT));
            Integer change = columns.get(COL_CHANGE.toLowerCase(Locale.ROOT));

            List<CtcaeTerm> terms = new ArrayList<>(900);
            String[] row;
            int line = 1;
            while ((row = reader.readNext()) != null) {
                line++;
                if (isEmpty(row)) {
                    continue;
                }
                Map<Integer, String> grades = new LinkedHashMap<>();
                for (int g = CtcaeTerm.MIN_GRADE; g <= CtcaeTerm.MAX_GRADE; g++) {
                    String text = Text.clean(cell(row, grade[g]));
                    if (!text.isEmpty() && !text.equals("-")) {
                        grades.put(g, text);
                    }
                }
                try {
                    terms.add(new CtcaeTerm(cell(row, code), cell(row, term), cell(row, soc),
                            cell(row, definition), cell(row, note), cell(row, change),
                            Collections.unmodifiableMap(grades)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("CTCAE CSV record " + line + ": " + e.getMessage(), e);
                }
            }
            return new CtcaeDictionary(terms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CTCAE CSV", e);
        } catch (CsvValidationException e) {
            throw new IllegalArgumentException("malformed CTCAE CSV: " + e.getMessage(), e);
        }
    }

    private static int column(Map<String, Integer> columns, String name) {
        Integer i = columns.get(name.toLowerCase(Locale.ROOT));
        if (i == null) {
            throw new IllegalArgumentException("CTCAE CSV has no column '" + name + "'");
        }
        return i;
    }

    private static String cell(String[] row, Integer index) {
        return index == null || index >= row.length ? null : row[index];
    }

    private static boolean isEmpty(String[] row) {
        for (String c : row) {
            if (!Text.clean(c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Every term, in the order of the file (by SOC, then term). */
    public List<CtcaeTerm> all() {
        return terms;
    }

    public int size() {
        return terms.size();
    }

    /** The term with this MedDRA code (surrounding white space ignored), or empty. */
    public Optional<CtcaeTerm> byCode(String meddraCode) {
        if (meddraCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(Text.clean(meddraCode)));
    }

    /** The term with exactly this name, case, accents and punctuation aside, or empty. */
    public Optional<CtcaeTerm> byTerm(String term) {
        return Optional.ofNullable(search.byNormalizedTerm().get(Text.normalize(term)));
    }

    /** The system organ classes, in the order of the file. */
    public List<String> socs() {
        return socs;
    }

    /** The "Other, specify" term of a SOC, or empty when the SOC is unknown. */
    public Optional<CtcaeTerm> otherSpecify(String soc) {
        return terms.stream().filter(t -> t.soc().equals(soc) && t.isOtherSpecify()).findFirst();
    }

    /**
     * The terms a synonym key (abbreviation or irAE word of {@link CtcaeSynonyms}, in any spelling)
     * maps to, most likely first; empty when it is not a key.
     */
    public List<CtcaeTerm> synonymTargets(String key) {
        return search.synonymTargets(key);
    }

    /** {@link #search(String, int)} with {@link #DEFAULT_SEARCH_LIMIT}. */
    public List<CtcaeTerm> search(String query) {
        return search(query, DEFAULT_SEARCH_LIMIT);
    }

    /**
     * The terms matching {@code query}, best first, at most {@code limit}. Case-insensitive, words in
     * any order, each word a prefix; abbreviations and irAE words of {@link CtcaeSynonyms} lead to
     * their terms. A null, blank or punctuation-only query answers an empty list.
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    public List<CtcaeTerm> search(String query, int limit) {
        return searchHits(query, limit).stream().map(SearchHit::term).toList();
    }

    /** {@link #search(String, int)} with the reason each term was found. */
    public List<SearchHit> searchHits(String query, int limit) {
        return search.search(query, limit);
    }
}
