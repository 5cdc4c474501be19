package io.github.iamuser.grants;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes to make to a user's role assignments, each naming a group by its id (from the list of
 * groups): {@code change.grant(12345, 3).remove(23456).block(34567)}. Every group and subgroup not
 * named keeps what it has; a group may be named once.
 */
public final class GrantsChange {
    /** What a change does to one group. */
    enum Kind {
        GRANT,
        REMOVE,
        BLOCK,
        UNBLOCK
    }

    /** One named group and what to do to it; {@code roleId} only for a grant. */
    record Op(Kind kind, long groupId, Long roleId) {}

    private final Map<Long, Op> ops = new LinkedHashMap<>();
    JsonArray whole;

    /**
     * Gives the user role {@code roleId} on group {@code groupId} (unblocking it): on a group the user
     * already has, the role changes; on another, the group is added under its parent group when the
     * user's assignments hold that parent, else at the top.
     */
    public GrantsChange grant(long groupId, long roleId) {
        if (roleId < 1) {
            throw new IllegalArgumentException("roleId " + roleId + " of group " + groupId + " is not a role's id:"
                    + " role ids are whole numbers from 1 (see the list of roles); nothing was sent.");
        }
        return add(new Op(Kind.GRANT, groupId, roleId));
    }

    /**
     * Takes group {@code groupId} away: a top-level group leaves the assignments with its subgroups; a
     * subgroup loses its own role and inherits its parent's again.
     */
    public GrantsChange remove(long groupId) {
        return add(new Op(Kind.REMOVE, groupId, null));
    }

    /** Blocks the user from group {@code groupId} and from what it would inherit there. */
    public GrantsChange block(long groupId) {
        return add(new Op(Kind.BLOCK, groupId, null));
    }

    /** Unblocks subgroup {@code groupId}: it inherits its parent's role again. */
    public GrantsChange unblock(long groupId) {
        return add(new Op(Kind.UNBLOCK, groupId, null));
    }

    /** Replaces every assignment, before the other changes, with {@code authGrants} in the PUT's JSON form (a restore). */
    public GrantsChange replaceAll(JsonArray authGrants) {
        whole = authGrants.deepCopy();
        return this;
    }

    @Override
    public String toString() {
        return (whole == null ? "" : "replaceAll " + whole + " ") + ops.values();
    }

    /** The changes, in the order given. */
    List<Op> ops() {
        return new ArrayList<>(ops.values());
    }

    /** True when the change names {@code groupId}. */
    boolean names(long groupId) {
        return ops.containsKey(groupId);
    }

    private GrantsChange add(Op op) {
        if (op.groupId() < 0) {
            throw new IllegalArgumentException("groupId " + op.groupId() + " is not a group's id: group ids are"
                    + " whole numbers from 0 (see the list of groups); nothing was sent.");
        }
        Op earlier = ops.putIfAbsent(op.groupId(), op);
        if (earlier != null) {
            throw new IllegalArgumentException("group " + op.groupId() + " is named twice ("
                    + earlier.kind().name().toLowerCase(java.util.Locale.ROOT) + " and "
                    + op.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + "): name each group once; nothing was sent.");
        }
        return this;
    }
}
