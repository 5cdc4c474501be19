package io.github.iamuser.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** For any path segments and query parameters, the signature verifies against what the server received. */
class WireTargetSigningPropertiesTest {
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
  void everyTargetIsSignedAsSent(@ForAll("segments") List<String> segments,
      @ForAll("parameters") List<Parameter> parameters) throws Exception {
    HttpUrl.Builder url = HttpUrl.get(credential.baseUrl()).newBuilder();
    segments.forEach(url::addPathSegment);
    for (Parameter parameter : parameters) {
      if (parameter.alreadyEncoded()) {
        url.addEncodedQueryParameter(parameter.name(), parameter.value());
      } else {
        url.addQueryParameter(parameter.name(), parameter.value());
      }
    }
    HttpUrl sent = url.build();
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
  Arbitrary<List<String>> segments() {
    return text(1).list().ofMinSize(1).ofMaxSize(4);
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

  /** One query parameter, added encoded as given or encoded by OkHttp. */
  record Parameter(String name, String value, boolean alreadyEncoded) {
  }
}
