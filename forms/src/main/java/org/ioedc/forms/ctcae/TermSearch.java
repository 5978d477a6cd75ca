package org.ioedc.forms.ctcae;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The search index of a dictionary: terms, their words and definition words normalised once, and
 * the synonym tables resolved to terms. Ranking is described on {@link MatchKind} and in
 * {@code docs/ctcae.md}.
 */
final class TermSearch {

    /** Definitions are searched only with words at least this long, to keep noise down. */
    static final int MIN_DEFINITION_WORD = 3;
    /** A query must be at least this long (normalised) to be matched against the start of irAE words. */
    static final int MIN_SYNONYM_PREFIX = 3;

    private record Entry(CtcaeTerm term, String normalizedTerm, Set<String> termWords,
            Set<String> definitionWords) {
    }

    private record Synonym(String key, List<String> keyWords, List<CtcaeTerm> targets) {
    }

    /** A candidate: kind, then position among synonym targets, then term alphabetically. */
    private record Ranked(CtcaeTerm term, MatchKind kind, int position) {
    }

    private static final Comparator<Ranked> ORDER = Comparator
            .comparing(Ranked::kind)
            .thenComparingInt(Ranked::position)
            .thenComparing(r -> r.term().term().toLowerCase(Locale.ROOT))
            .thenComparing(r -> r.term().meddraCode());

    private final List<Entry> entries;
    private final Map<String, CtcaeTerm> byCode;
    private final Map<String, CtcaeTerm> byNormalizedTerm;
    /** Normalised key to synonym, abbreviations and irAE words together. */
    private final Map<String, Synonym> synonyms;
    /** irAE words only, in key order, for prefix matching. */
    private final List<Synonym> irAeWords;
    /** One-word keys to their targets, so that "alt incr" finds ALT increased. */
    private final Map<String, List<CtcaeTerm>> wordSynonyms;

    TermSearch(List<CtcaeTerm> terms, Map<String, CtcaeTerm> byCode) {
        this.byCode = byCode;
        List<Entry> list = new ArrayList<>(terms.size());
        Map<String, CtcaeTerm> normalized = new HashMap<>();
        for (CtcaeTerm t : terms) {
            String n = Text.normalize(t.term());
            list.add(new Entry(t, n, Text.indexWords(t.term()),
                    Text.indexWords(t.definition().orElse(""))));
            if (normalized.putIfAbsent(n, t) != null) {
                throw new IllegalStateException("two terms normalise to the same text: " + t.term());
            }
        }
        this.entries = List.copyOf(list);
        this.byNormalizedTerm = Map.copyOf(normalized);

        Map<String, Synonym> all = new TreeMap<>();
        List<Synonym> words = new ArrayList<>();
        addSynonyms(CtcaeSynonyms.ABBREVIATIONS, all, null);
        addSynonyms(CtcaeSynonyms.IRAE_WORDS, all, words);
        this.synonyms = Map.copyOf(all);
        this.irAeWords = List.copyOf(words);
        Map<String, List<CtcaeTerm>> single = new HashMap<>();
        for (Synonym s : all.values()) {
            if (s.keyWords().size() == 1) {
                single.put(s.key(), s.targets());
            }
        }
        this.wordSynonyms = Map.copyOf(single);
    }

    private void addSynonyms(Map<String, List<String>> table, Map<String, Synonym> all,
            List<Synonym> collect) {
        for (Map.Entry<String, List<String>> e : new TreeMap<>(table).entrySet()) {
            String key = Text.normalize(e.getKey());
            List<CtcaeTerm> targets = new ArrayList<>();
            for (String name : e.getValue()) {
                // The shipped dictionary has every target (tested); another version read with
                // CtcaeDictionary.read may lack some, which are then left out.
                CtcaeTerm t = byNormalizedTerm.get(Text.normalize(name));
                if (t != null) {
                    targets.add(t);
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            Synonym s = new Synonym(key, Text.words(key), List.copyOf(targets));
            if (all.putIfAbsent(key, s) != null) {
                throw new IllegalStateException("synonym key defined twice: " + e.getKey());
            }
            if (collect != null) {
                collect.add(s);
            }
        }
    }

    /** The terms a synonym key maps to (key in any spelling), empty when it is not a key. */
    List<CtcaeTerm> synonymTargets(String key) {
        Synonym s = synonyms.get(Text.normalize(key));
        return s == null ? List.of() : s.targets();
    }

    Map<String, CtcaeTerm> byNormalizedTerm() {
        return byNormalizedTerm;
    }

    List<SearchHit> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        String q = Text.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> queryWords = Text.words(q);
        List<String> coreWords = Text.copyWithout(queryWords, CtcaeSynonyms.QUALIFIER_WORDS);
        if (coreWords.isEmpty()) {
            coreWords = queryWords;
        }
        String core = String.join(" ", coreWords);

        Map<CtcaeTerm, Ranked> best = new LinkedHashMap<>();

        if (q.length() == 8 && q.chars().allMatch(Character::isDigit)) {
            CtcaeTerm t = byCode.get(q);
            if (t != null) {
                offer(best, t, MatchKind.CODE, 0);
            }
        }
        for (String candidate : List.of(q, core)) {
            CtcaeTerm t = byNormalizedTerm.get(candidate);
            if (t != null) {
                offer(best, t, MatchKind.EXACT, 0);
            }
        }
        int position = 0;
        for (String candidate : q.equals(core) ? List.of(q) : List.of(q, core)) {
            Synonym s = synonyms.get(candidate);
            if (s != null) {
                for (CtcaeTerm t : s.targets()) {
                    offer(best, t, MatchKind.SYNONYM, position++);
                }
            }
        }
        for (Entry e : entries) {
            if (e.normalizedTerm().startsWith(q)) {
                offer(best, e.term(), MatchKind.STARTS_WITH, 0);
            } else if (allWordsMatch(queryWords, e)) {
                offer(best, e.term(), MatchKind.ALL_WORDS, 0);
            }
        }
        if (core.length() >= MIN_SYNONYM_PREFIX) {
            position = 0;
            for (Synonym s : irAeWords) {
                if (Text.allPrefixed(coreWords, Set.copyOf(s.keyWords()))) {
                    for (CtcaeTerm t : s.targets()) {
                        offer(best, t, MatchKind.SYNONYM_PREFIX, position++);
                    }
                }
            }
        }
        if (queryWords.stream().allMatch(w -> w.length() >= MIN_DEFINITION_WORD)) {
            for (Entry e : entries) {
                if (!e.definitionWords().isEmpty() && Text.allPrefixed(queryWords, e.definitionWords())) {
                    offer(best, e.term(), MatchKind.DEFINITION, 0);
                }
            }
        }

        List<Ranked> ranked = new ArrayList<>(best.values());
        ranked.sort(ORDER);
        List<SearchHit> hits = new ArrayList<>(Math.min(limit, ranked.size()));
        for (Ranked r : ranked) {
            if (hits.size() == limit) {
                break;
            }
            hits.add(new SearchHit(r.term(), r.kind()));
        }
        return List.copyOf(hits);
    }

    /** Every query word starts a word of the term, or is a one-word synonym key of the term. */
    private boolean allWordsMatch(List<String> queryWords, Entry e) {
        for (String w : queryWords) {
            boolean found = false;
            for (String tw : e.termWords()) {
                if (tw.startsWith(w)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                List<CtcaeTerm> targets = wordSynonyms.get(w);
                found = targets != null && targets.contains(e.term());
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the better of two matches of one term (a lower kind, then a lower position). */
    private static void offer(Map<CtcaeTerm, Ranked> best, CtcaeTerm t, MatchKind kind, int position) {
        Ranked candidate = new Ranked(t, kind, position);
        best.merge(t, candidate, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
    }
}
