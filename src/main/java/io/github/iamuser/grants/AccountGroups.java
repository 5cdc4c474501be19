package io.github.iamuser.grants;

import io.github.iamuser.generated.v3.model.Group;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The account's group tree from the list of groups: which groups exist, their names, and each one's parent. */
final class AccountGroups {
    private final Map<Long, Long> parents = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    AccountGroups(List<Group> groups) {
        add(groups, null);
    }

    private void add(List<Group> groups, Long parent) {
        for (Group group : groups == null ? List.<Group>of() : groups) {
            if (group != null && group.getGroupId() != null) {
                parents.put(group.getGroupId(), parent);
                names.put(group.getGroupId(), group.getGroupName());
                add(group.getSubGroups(), group.getGroupId());
            }
        }
    }

    /** True when the account has the group. */
    boolean has(long groupId) {
        return parents.containsKey(groupId);
    }

    /** The group's name, or null. */
    String name(long groupId) {
        return names.get(groupId);
    }

    /** The group's ancestors, nearest first: its parent, the parent's parent, up to a top-level group. */
    List<Long> ancestors(long groupId) {
        List<Long> ancestors = new ArrayList<>();
        for (Long up = parents.get(groupId); up != null && !ancestors.contains(up); up = parents.get(up)) {
            ancestors.add(up);
        }
        return ancestors;
    }
}
