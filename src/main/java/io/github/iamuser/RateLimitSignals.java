package io.github.iamuser;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.Headers;

/**
 * Reads what a response says about rate limiting: whether it is a rate limit, and how long the
 * server asked the client to wait.
 */
final class RateLimitSignals {
    /** The token Akamai's edge puts in a 400 that is really a burst rate limit. */
    public static final String IPBLOCK_BURST = "IPBLOCK-BURST";
    // RFC 1123 is the HTTP date; some Akamai services write an ISO-8601 instant instead.
    private static final List<DateTimeFormatter> DATES =
            List.of(DateTimeFormatter.RFC_1123_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    /** The longest wait taken from a server: a longer one (up to year 999999999) is this, so sums never overflow. */
    public static final Duration MAX_WAIT = Duration.ofDays(366);

    private RateLimitSignals() {}

    /** True for a 429, and for a 400 whose body mentions {@code IPBLOCK-BURST} in any case. */
    public static boolean isRateLimited(int status, String body) {
        return status == 429
                || status == 400
                        && body != null
                        && body.toUpperCase(Locale.ROOT).contains(IPBLOCK_BURST);
    }

    /**
     * The wait the server asked for: the longest of {@code Retry-After} (seconds, or a date),
     * {@code X-RateLimit-Next} and {@code Akamai-RateLimit-Next} (dates). Dates are measured against
     * the response's {@code Date}, or {@code now} without one; a date in the past means no wait. A
     * longer wait than {@link #MAX_WAIT} is {@code MAX_WAIT}. Empty when no header gives a readable value.
     */
    public static Optional<Duration> requestedWait(Headers headers, Instant now) {
        Instant serverNow = date(headers.get("Date")).orElse(now);
        Stream<Duration> untilDates = Stream.of("Retry-After", "X-RateLimit-Next", "Akamai-RateLimit-Next")
                .flatMap(name -> date(headers.get(name)).stream())
                .map(at -> at.isAfter(serverNow) ? Duration.between(serverNow, at) : Duration.ZERO);
        return Stream.concat(seconds(headers.get("Retry-After")), untilDates)
                .max(Duration::compareTo)
                .map(wait -> wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }

    private static Stream<Duration> seconds(String value) {
        try {
            long seconds = value == null ? -1 : Long.parseLong(value.trim());
            return seconds < 0 ? Stream.empty() : Stream.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            return Stream.empty();
        }
    }

    private static Optional<Instant> date(String value) {
        for (DateTimeFormatter format : value == null ? List.<DateTimeFormatter>of() : DATES) {
            try {
                return Optional.of(format.parse(value.trim(), Instant::from));
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return Optional.empty();
    }
}
