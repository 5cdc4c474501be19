package io.github.iamuser.profile;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A {@link LookupSource} that asks its delegate once per account and lookup, then answers from memory. */
public final class CachedLookups implements LookupSource {
    private final LookupSource delegate;
    private final Map<String, List<?>> cache = new ConcurrentHashMap<>();

    /** Caches the answers of {@code delegate}. */
    public CachedLookups(LookupSource delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public List<String> contactTypes(String key) {
        return cached("contactTypes", key, () -> delegate.contactTypes(key));
    }

    @Override
    public List<String> countries(String key) {
        return cached("countries", key, () -> delegate.countries(key));
    }

    @Override
    public List<String> states(String country, String key) {
        return cached("states/" + country, key, () -> delegate.states(country, key));
    }

    @Override
    public List<String> supportedLanguages(String key) {
        return cached("languages", key, () -> delegate.supportedLanguages(key));
    }

    @Override
    public List<Integer> sessionTimeOuts(String key) {
        return cached("timeouts", key, () -> delegate.sessionTimeOuts(key));
    }

    @Override
    public List<String> timeZones(String key) {
        return cached("timeZones", key, () -> delegate.timeZones(key));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cached(String lookup, String key, Supplier<List<T>> load) {
        return (List<T>) cache.computeIfAbsent(key + "\n" + lookup, k -> List.copyOf(load.get()));
    }
}
