package io.github.iamuser.sandbox;

import com.google.gson.JsonObject;
import io.github.iamuser.options.ApiVersion;
import io.github.iamuser.profile.ProfileField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The users of every account: lock-free reads, an atomic full replace per user, an atomic reset.
 * Stored user objects are never mutated, only swapped, so readers may serialize them directly.
 */
final class Accounts {
    private final int generated;
    private final AtomicReference<Stores> stores;

    /** The seeded accounts, with {@code generated} generated users in the own account. */
    Accounts(int generated) {
        this.generated = generated;
        this.stores = new AtomicReference<>(SeedData.stores(generated));
    }

    /** True when the switch key (null for none) selects an account. */
    boolean knows(String switchKey) {
        return stores.get().users(switchKey) != null;
    }

    /** The switch keys that select an account, sorted. */
    Set<String> switchKeys() {
        return new TreeSet<>(stores.get().switched().keySet());
    }

    /** The users of the account a switch key selects (null for none), sorted by id; null when there is no such account. */
    List<JsonObject> all(String switchKey) {
        Map<String, JsonObject> users = stores.get().users(switchKey);
        return users == null ? null : new TreeMap<>(users).values().stream().toList();
    }

    /** The stored user (shared: do not mutate), or null when the account has no such user. */
    JsonObject find(String switchKey, String uiIdentityId) {
        Map<String, JsonObject> users = stores.get().users(switchKey);
        return users == null ? null : users.get(uiIdentityId);
    }

    /** Atomically swaps the stored user for what {@code update} makes of it; the new one, or null when there is none. */
    JsonObject replace(String switchKey, String uiIdentityId, UnaryOperator<JsonObject> update) {
        ConcurrentMap<String, JsonObject> users = stores.get().users(switchKey);
        return users == null ? null : users.computeIfPresent(uiIdentityId, (id, old) -> update.apply(old));
    }

    /**
     * The user with its 17 profile fields of {@code version} replaced by exactly those in {@code profile} (a field
     * it lacks is erased), v2's and v3's two-factor settings kept one (see {@link SecondFactor}).
     */
    static JsonObject withProfile(JsonObject old, JsonObject profile, ApiVersion version) {
        JsonObject updated = new JsonObject();
        old.entrySet().stream()
                .filter(member -> !ProfileField.names().contains(member.getKey()))
                .forEach(member -> updated.add(member.getKey(), member.getValue()));
        profile.entrySet()
                .forEach(field -> updated.add(field.getKey(), field.getValue().deepCopy()));
        SecondFactor.afterPut(old, updated, version);
        return updated;
    }

    /** Puts every account and user back as {@link SandboxUsers} describes. */
    void reset() {
        stores.set(SeedData.stores(generated));
    }

    /** The users of the own account, and of each switched account by its switch key. */
    record Stores(ConcurrentMap<String, JsonObject> own, Map<String, ConcurrentMap<String, JsonObject>> switched) {
        /** The users of the account a switch key selects (the own account for null), or null. */
        ConcurrentMap<String, JsonObject> users(String switchKey) {
            return switchKey == null ? own : switched.get(switchKey);
        }
    }
}
