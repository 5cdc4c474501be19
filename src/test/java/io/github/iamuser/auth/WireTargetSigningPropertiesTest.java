package io.github.iamuser.auth;

import io.github.iamuser.testkit.EdgeGridSignatureVerifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * For any path segments and query parameters, the signature verifies against what the server received;
 * the only targets refused, before anything is sent, are those whose path holds what java.net.URI
 * refuses in a path and so edgegrid-signer-core cannot be given: '[', ']', a '%' that starts no %XX.
 */
class WireTargetSigningPropertiesTest {
  private static final Pattern NOT_IN_A_URI_PATH = Pattern.compile("[\\[\\]]|%(?![0-9A-Fa-f]{2})");
  private static final String TRICKY = "%/?#[]{}|^`\\\"'<>+=&;:@!$()*, ~.-_aZ9üß日本\u00e9\ud83d\ude00";

  private static MockWebServer server;
  private static EdgeGridCredential credential;
  private static OkHttpClient client;

  @BeforeContainer
  static void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    credential = TestCredentials.forServer(server).build();
    client = new OkHttpClient.Builder()
        .addNetworkInterceptor(new EdgeGridSigningInterceptor(credential))
        .build();
  }

  @AfterContainer
  static void stop() throws IOException {
    server.shutdown();
  }

  @Property(tries = 300)
  void everyTargetIsSignedAsSentOrRefusedUnsent(@ForAll("segments") List<Segment> segments,
      @ForAll("parameters") List<Parameter> parameters) throws Exception {
    HttpUrl.Builder url = HttpUrl.get(credential.baseUrl()).newBuilder();
    for (Segment segment : segments) {
      if (segment.alreadyEncoded()) {
        url.addEncodedPathSegment(segment.text());
      } else {
        url.addPathSegment(segment.text());
      }
    }
    for (Parameter parameter : parameters) {
      if (parameter.alreadyEncoded()) {
        url.addEncodedQueryParameter(parameter.name(), parameter.value());
      } else {
        url.addQueryParameter(parameter.name(), parameter.value());
      }
    }
    HttpUrl sent = url.build();
    if (NOT_IN_A_URI_PATH.matcher(sent.encodedPath()).find()) {
      int received = server.getRequestCount();
      assertThrows(RequestNotSignedException.class,
          () -> client.newCall(new Request.Builder().url(sent).build()).execute().close());
      assertEquals(received, server.getRequestCount(), "a refused request was sent");
      Statistics.label("outcome").collect("refused");
      return;
    }
    Statistics.label("outcome").collect("signed");
    Statistics.label("outcome").coverage(check -> check.check("signed").percentage(p -> p >= 40));
    server.enqueue(new MockResponse());

    try (Response response = client.newCall(new Request.Builder().url(sent).build()).execute()) {
      assertEquals(200, response.code());
    }

    RecordedRequest received = server.takeRequest(5, TimeUnit.SECONDS);
    String target = sent.encodedPath() + (sent.encodedQuery() == null ? "" : "?" + sent.encodedQuery());
    assertEquals(target, received.getRequestLine().split(" ")[1]);
    new EdgeGridSignatureVerifier(credential).verify(received);
  }

  @Provide
  Arbitrary<List<Segment>> segments() {
    return Combinators.combine(text(1), Arbitraries.of(true, false))
        .as(Segment::new)
        .list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Parameter>> parameters() {
    return Combinators.combine(text(1), text(0), Arbitraries.of(true, false))
        .as(Parameter::new)
        .list().ofMaxSize(4);
  }

  private static Arbitrary<String> text(int minLength) {
    return Arbitraries.strings().withChars(TRICKY).ofMinLength(minLength).ofMaxLength(8);
  }

  /** One path segment, added encoded as given or encoded by OkHttp. */
  record Segment(String text, boolean alreadyEncoded) {
  }

  /** One query parameter, added encoded as given or encoded by OkHttp. */
  record Parameter(String name, String value, boolean alreadyEncoded) {
  }
}
