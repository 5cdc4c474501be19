package io.github.iamuser.grants;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.github.iamuser.generated.v3.model.AuthGrant;
import io.github.iamuser.generated.v3.model.AuthGrantRequest;
import io.github.iamuser.grants.GrantsChange.Kind;
import io.github.iamuser.profile.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A user's role assignments in the auth-grants PUT's form, translated from a GET's answer (see
 * {@code openapi/REFERENCE.md}, Part 3): ids only; a blocked group's {@code roleId: -1} as {@code null}
 * with {@code isBlocked: true}; a subgroup's absent or null role as {@code null} (it inherits). Groups whose
 * answer form the evidence leaves open are noted, and refused unless the change names them.
 */
final class GrantTree {
    private static final String UNEXPLAINED = ", a form no documentation explains";
    /** What a subgroup without a role of its own means; the same as a subgroup not listed (see {@link PartDiff}). */
    static final String INHERITED = "inherited";

    private final List<AuthGrantRequest> grants;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, String> open = new LinkedHashMap<>();
    private final List<Violation> unsendable = new ArrayList<>();

    private GrantTree(List<AuthGrant> answer) {
        this.grants = translate(answer, 0, new HashSet<>());
    }

    /** The answer's assignments in the request's form. */
    static GrantTree fromAnswer(List<AuthGrant> answer) {
        return new GrantTree(answer);
    }

    /** The assignments as the PUT would send them (live: the tree's own lists). */
    List<AuthGrantRequest> grants() {
        return grants;
    }

    private List<AuthGrantRequest> translate(List<AuthGrant> answer, int depth, Set<Long> seen) {
        List<AuthGrantRequest> out = new ArrayList<>();
        for (AuthGrant g : answer == null ? List.<AuthGrant>of() : answer) {
            Long id = g == null ? null : g.getGroupId();
            Long role = g == null ? null : g.getRoleId();
            if (id == null && depth == 0 && role != null && role >= 1) {
                out.add(new AuthGrantRequest().roleId(role)); // an account-level role
                continue;
            } else if (id == null) {
                String what = "an item at depth " + depth + " reads back without a group id" + UNEXPLAINED;
                unsendable.add(
                        new Violation("authGrants", "open form", what + ": check the user in Control Center", null));
                continue;
            }
            names.put(id, g.getGroupName());
            boolean blocked = Boolean.TRUE.equals(g.getIsBlocked());
            boolean twice = !seen.add(id);
            if (twice || id < (depth == 0 ? 0 : 1)) {
                String what = twice ? "appears twice" : "has an id below the request's minimum";
                unsendable.add(violation(id, "open form", what + UNEXPLAINED + ": check the user in Control Center"));
            }
            if (role == null && depth == 0 && !blocked) {
                open.put(id, "has no role of its own at the top level, where no parent group gives one");
            } else if (role != null && role < 1 && !(role == -1 && blocked)) {
                open.put(id, "reads back with roleId " + role + (blocked ? "" : " while not blocked") + UNEXPLAINED);
            }
            out.add(new AuthGrantRequest()
                    .groupId(id)
                    .roleId(role != null && role >= 1 ? role : null)
                    .isBlocked(blocked)
                    .subGroups(translate(g.getSubGroups(), depth + 1, seen)));
        }
        return out;
    }

    /**
     * Applies the change, its removals first (so that a group granted anew below a removed one is placed at
     * the top); the account's groups are read only to place a group the assignments do not hold. Returns what
     * cannot be done, and any form that can never be sent (a group twice, an item without its group id).
     */
    List<Violation> apply(GrantsChange change, Supplier<AccountGroups> account) {
        List<Violation> problems = new ArrayList<>(unsendable); // a tree that cannot be read safely is not changed
        if (change.whole != null) { // nothing read is kept, so no open form is left
            grants.clear();
            grants.addAll(new Gson().fromJson(change.whole, new TypeToken<List<AuthGrantRequest>>() {}.getType()));
            open.clear();
        }
        List<GrantsChange.Op> ops = change.ops();
        ops.sort(Comparator.comparing(op -> op.kind() != Kind.REMOVE));
        for (GrantsChange.Op op : ops) {
            long id = op.groupId();
            Located at = find(grants, id, 0);
            boolean blocked = at != null && Boolean.TRUE.equals(at.node().getIsBlocked());
            if (op.kind() == Kind.GRANT || op.kind() == Kind.BLOCK) {
                boolean grant = op.kind() == Kind.GRANT;
                AuthGrantRequest node = at != null ? at.node() : place(id, account.get(), grant, problems);
                if (node != null) {
                    node.roleId(op.roleId()).isBlocked(!grant);
                    open.remove(id);
                }
            } else if (op.kind() == Kind.UNBLOCK && blocked && at.depth() == 0) {
                problems.add(
                        violation(id, "unblock", "is a top-level group: nothing above gives it a role; grant one"));
            } else if (op.kind() == Kind.UNBLOCK && blocked) {
                at.node().isBlocked(false);
            } else if (op.kind() == Kind.REMOVE && at != null && at.depth() > 0) {
                at.node().roleId(null);
                open.remove(id);
            } else if (op.kind() == Kind.REMOVE && at != null) {
                at.siblings().remove(at.node());
                dropped(id, at.node().getSubGroups(), change, problems);
            }
        }
        return problems;
    }

    /** Refuses dropping, with removed top-level group {@code removed}, a subgroup that means something and is not named. */
    private void dropped(long removed, List<AuthGrantRequest> below, GrantsChange change, List<Violation> out) {
        for (AuthGrantRequest g : below == null ? List.<AuthGrantRequest>of() : below) {
            long id = g.getGroupId() == null ? -1 : g.getGroupId();
            boolean blocked = Boolean.TRUE.equals(g.getIsBlocked());
            if ((g.getRoleId() != null || blocked || open.containsKey(id)) && !change.names(id)) {
                out.add(violation(
                        id,
                        "kept",
                        "would lose its " + (blocked ? "block" : "own role") + " with " + label(removed)
                                + ": name it in the change too (remove it, or grant it again)"));
            }
            dropped(removed, g.getSubGroups(), change, out);
        }
    }

    /**
     * Adds a group the assignments do not hold: under its parent when the parent is there, else at the top when
     * no group above or below it is there (a block needs a group above). Null, with the reason, otherwise.
     */
    private AuthGrantRequest place(long id, AccountGroups groups, boolean grant, List<Violation> out) {
        if (!groups.has(id)) {
            out.add(violation(id, "known group", "is not a group of the account: take its id from the list of groups"));
            return null;
        }
        names.putIfAbsent(id, groups.name(id));
        List<Long> ancestors = groups.ancestors(id);
        AuthGrantRequest node = new AuthGrantRequest().groupId(id).subGroups(new ArrayList<>());
        Located parent = ancestors.isEmpty() ? null : find(grants, ancestors.get(0), 0);
        if (parent != null) {
            if (parent.node().getSubGroups() == null) {
                parent.node().subGroups(new ArrayList<>());
            }
            parent.node().getSubGroups().add(node);
            return node;
        }
        Long above = ancestors.stream()
                .filter(a -> find(grants, a, 0) != null)
                .findFirst()
                .orElse(null);
        Long below = grants.stream()
                .map(AuthGrantRequest::getGroupId)
                .filter(top -> top != null && groups.ancestors(top).contains(id))
                .findFirst()
                .orElse(null);
        String where = above != null
                ? "sits below " + label(above) + " but not directly: give its parent group " + ancestors.get(0)
                : below != null ? "sits above " + label(below) + ", which the assignments hold at the top" : null;
        if (where != null || !grant) {
            out.add(violation(
                    id,
                    grant ? "placement" : "access",
                    where != null
                            ? where + "; how they would nest is not documented, so nothing was sent"
                            : "is not in the user's role assignments nor below a group that is: nothing to block"));
            return null;
        }
        grants.add(node);
        return node;
    }

    /** What keeps the assignments from being sent: an open form the change does not name, no item, no group role. */
    List<Violation> bodyViolations() {
        List<Violation> problems = new ArrayList<>();
        open.forEach((id, why) -> {
            if (find(grants, id, 0) != null) {
                problems.add(violation(
                        id,
                        "open form",
                        why + ": the request has no form known to keep its meaning,"
                                + " so nothing was sent; name the group in the change (grant a role, or remove it)"));
            }
        });
        if (grants.isEmpty() || !hasGroupRole(grants)) {
            problems.add(new Violation(
                    "authGrants",
                    grants.isEmpty() ? "minItems 1" : "group role",
                    (grants.isEmpty() ? "would be empty" : "would hold no group role") + ": a user needs at least one"
                            + " group role (Akamai's reference; the PUT's minItems is 1); grant a role on a group",
                    null));
        }
        return problems;
    }

    private static boolean hasGroupRole(List<AuthGrantRequest> list) {
        return list != null
                && list.stream()
                        .anyMatch(g -> g.getGroupId() != null
                                && (g.getRoleId() != null && !Boolean.TRUE.equals(g.getIsBlocked())
                                        || hasGroupRole(g.getSubGroups())));
    }

    /**
     * What the assignments mean, by label ("group 12345 (Name)", "account role 100002"): a group's role,
     * "blocked", "no role" at the top, or {@link #INHERITED} for a subgroup without a role of its own.
     */
    Map<String, String> meaning() {
        Map<String, String> meaning = new LinkedHashMap<>();
        meaning(grants, 0, meaning);
        return meaning;
    }

    private void meaning(List<AuthGrantRequest> list, int depth, Map<String, String> out) {
        for (AuthGrantRequest g : list == null ? List.<AuthGrantRequest>of() : list) {
            boolean blocked = Boolean.TRUE.equals(g.getIsBlocked());
            if (g.getGroupId() == null) {
                out.put("account role " + g.getRoleId(), "granted");
            } else {
                out.put(
                        label(g.getGroupId()),
                        blocked
                                ? "blocked"
                                : g.getRoleId() != null ? "role " + g.getRoleId() : depth == 0 ? "no role" : INHERITED);
            }
            meaning(g.getSubGroups(), depth + 1, out);
        }
    }

    /** The names this tree knows (from the answer and the account's groups), for labels. */
    Map<Long, String> names() {
        return names;
    }

    /** Takes the names of another tree, so that both label a group alike. */
    GrantTree named(Map<Long, String> known) {
        names.putAll(known);
        return this;
    }

    String label(Long id) {
        String name = names.get(id);
        return "group " + id + (name == null || name.isBlank() ? "" : " (" + name + ")");
    }

    private Violation violation(long id, String rule, String message) {
        return new Violation(label(id), rule, message, null);
    }

    private record Located(AuthGrantRequest node, List<AuthGrantRequest> siblings, int depth) {}

    private static Located find(List<AuthGrantRequest> list, long id, int depth) {
        for (AuthGrantRequest g : list == null ? List.<AuthGrantRequest>of() : list) {
            Located here = g.getGroupId() != null && g.getGroupId() == id ? new Located(g, list, depth) : null;
            Located found = here != null ? here : find(g.getSubGroups(), id, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
