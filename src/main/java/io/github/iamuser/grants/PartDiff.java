package io.github.iamuser.grants;

import io.github.iamuser.profile.FieldDiff;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The differences between two meanings of a part (label to value, null for absent), in the order the labels first appear. */
final class PartDiff {
    private PartDiff() {}

    static List<FieldDiff> between(Map<String, String> before, Map<String, String> after) {
        Set<String> labels = new LinkedHashSet<>(before.keySet());
        labels.addAll(after.keySet());
        List<FieldDiff> diffs = new ArrayList<>();
        for (String label : labels) {
            if (!Objects.equals(before.get(label), after.get(label))) {
                diffs.add(new FieldDiff(label, before.get(label), after.get(label)));
            }
        }
        return diffs;
    }
}
