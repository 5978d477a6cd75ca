package org.ioedc.edc.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the work that follows a save did, for the saving user to see in the same response: derived
 * values recomputed, queries opened or closed, deviations raised or closed. Each kind of effect is
 * kept under its own type, so the services that observe a save add their effects without this class
 * knowing them. Shared because both a form save and a subject's first-dose change are followed by such
 * work.
 */
public final class SaveEffects {

    private final Map<Class<?>, List<Object>> effects = new LinkedHashMap<>();

    public <T> void add(Class<T> kind, T effect) {
        effects.computeIfAbsent(kind, k -> new ArrayList<>()).add(kind.cast(effect));
    }

    public <T> List<T> of(Class<T> kind) {
        return effects.getOrDefault(kind, List.of()).stream().map(kind::cast).toList();
    }
}
