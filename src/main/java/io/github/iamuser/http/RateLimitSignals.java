package io.github.iamuser.http;

import io.github.iamuser.errors.ProblemDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.Headers;

/**
 * Reads what a response says about rate limiting: whether it is a rate limit (429, or a 400 whose
 * problem mentions {@code IPBLOCK-BURST}) and how long the server asked the client to wait.
 */
public final class RateLimitSignals {
  /** The token Akamai's edge puts in the detail of a 400 that is really a burst rate limit. */
  public static final String IPBLOCK_BURST = "IPBLOCK-BURST";

  private RateLimitSignals() {
  }

  /** True for a 429, and for a 400 whose body mentions {@code IPBLOCK-BURST}. */
  public static boolean isRateLimited(int status, String body) {
    if (status == 429) {
      return true;
    }
    if (status != 400 || body == null) {
      return false;
    }
    return ProblemDetails.parse(body)
        .map(problem -> problem.mentions(IPBLOCK_BURST))
        .orElseGet(() -> body.toUpperCase(Locale.ROOT).contains(IPBLOCK_BURST));
  }

  /**
   * The wait the server asked for: the longest of {@code Retry-After} (seconds, or an HTTP date)
   * and {@code X-RateLimit-Next} / {@code Akamai-RateLimit-Next} (a date). Dates are measured
   * against the response's {@code Date} header, or against {@code now} when it has none; a date in
   * the past means no wait. Empty when no header gives a readable value.
   */
  public static Optional<Duration> requestedWait(Headers headers, Instant now) {
    Instant serverNow = date(headers.get("Date")).orElse(now);
    Optional<Duration> retryAfter = Optional.ofNullable(headers.get("Retry-After"))
        .flatMap(value -> seconds(value).or(() -> date(value).map(at -> until(serverNow, at))));
    Stream<Optional<Duration>> next = Stream.of("X-RateLimit-Next", "Akamai-RateLimit-Next")
        .map(name -> date(headers.get(name)).map(at -> until(serverNow, at)));
    return Stream.concat(Stream.of(retryAfter), next)
        .flatMap(Optional::stream)
        .max(Duration::compareTo);
  }

  private static Optional<Duration> seconds(String value) {
    try {
      long seconds = Long.parseLong(value.trim());
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      return Optional.empty();
    }
  }

  /** Parses an HTTP date (RFC 1123) or, as some Akamai services write it, an ISO-8601 instant. */
  private static Optional<Instant> date(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    try {
      return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException notRfc1123) {
      try {
        return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from));
      } catch (DateTimeParseException notIso) {
        return Optional.empty();
      }
    }
  }

  private static Duration until(Instant from, Instant to) {
    return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
  }
}
