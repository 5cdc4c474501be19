package io.github.iamuser.grants;

import io.github.iamuser.profile.FieldDiff;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The differences between two meanings of a part (label to value, null for absent), in the order the labels
 * first appear; a subgroup that inherits and one not listed mean the same ({@link GrantTree#INHERITED}).
 */
final class PartDiff {
    private PartDiff() {}

    static List<FieldDiff> between(Map<String, String> before, Map<String, String> after) {
        Set<String> labels = new LinkedHashSet<>(before.keySet());
        labels.addAll(after.keySet());
        List<FieldDiff> diffs = new ArrayList<>();
        for (String label : labels) {
            String was = before.getOrDefault(label, inherited(after.get(label)));
            String now = after.getOrDefault(label, inherited(was));
            if (!Objects.equals(was, now)) {
                diffs.add(new FieldDiff(label, was, now));
            }
        }
        return diffs;
    }

    /** What an absent label means beside {@code other}: inherited when the other is (so the two are equal), else absent. */
    private static String inherited(String other) {
        return GrantTree.INHERITED.equals(other) ? other : null;
    }
}
