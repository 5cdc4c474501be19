package io.github.iamuser.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NoncesTest {
  @Test
  void isARandomVersion4UuidInItsTextForm() {
    for (int i = 0; i < 1000; i++) {
      String nonce = Nonces.next();
      UUID uuid = UUID.fromString(nonce);
      assertEquals(uuid.toString(), nonce);
      assertEquals(4, uuid.version(), nonce);
      assertEquals(2, uuid.variant(), nonce);
    }
  }

  @Test
  void threadsSigningAtOnceNeverShareANonce() throws Exception {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    for (int t = 0; t < 8; t++) {
      threads.execute(() -> {
        for (int i = 0; i < 5000; i++) {
          seen.add(Nonces.next());
        }
      });
    }
    threads.shutdown();
    threads.awaitTermination(1, TimeUnit.MINUTES);
    assertEquals(8 * 5000, seen.size());
  }
}
