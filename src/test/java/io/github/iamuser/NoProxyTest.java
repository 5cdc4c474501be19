package io.github.iamuser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NO_PROXY read as Go's net/http reads it (the cases of its own tests, and a few more). */
class NoProxyTest {
    @ParameterizedTest(name = "NO_PROXY={0}: {1}:{2} direct={3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // loopback is never proxied, whatever NO_PROXY says
                "''|localhost|443|true",
                "''|127.0.0.2|443|true",
                "''|[::1]|443|true",
                "''|[::2]|443|false",
                "''|akab-x.luna.akamaiapis.net|443|false",
                // a domain is itself and its subdomains, never a longer name that ends the same
                "foobar.com, .barbaz.net|foobar.com|443|true",
                "foobar.com, .barbaz.net|www.foobar.com|443|true",
                "foobar.com, .barbaz.net|foofoobar.com|443|false",
                "foobar.com, .barbaz.net|barbaz.net|443|false",
                "foobar.com, .barbaz.net|www.barbaz.net|443|true",
                "*.barbaz.net|barbaz.net|443|false",
                "*.barbaz.net|a.b.barbaz.net|443|true",
                "  AKAMAIAPIS.NET  |Akab-X.Luna.AkamaiApis.Net|443|true",
                // a port narrows an entry to it
                "foobar.com:443|foobar.com|443|true",
                "foobar.com:443|foobar.com|8443|false",
                // addresses and ranges
                "10.0.0.1|10.0.0.1|443|true",
                "10.0.0.1|10.0.0.2|443|false",
                "10.0.0.0/8|10.200.3.4|443|true",
                "10.0.0.0/8|11.0.0.1|443|false",
                "192.168.1.0/23|192.168.0.9|443|true",
                "192.168.1.0/23|192.168.2.9|443|false",
                "2001:db8::/32|[2001:db8:1::5]|443|true",
                "[2001:db8::1]:443|[2001:db8::1]|443|true",
                "[2001:db8::1]:443|[2001:db8::1]|80|false",
                // everything, and entries that name nothing
                "*|akab-x.luna.akamaiapis.net|443|true",
                "' , ,:443, .'|akab-x.luna.akamaiapis.net|443|false",
            })
    void decidesAsGoDoes(String noProxy, String host, int port, boolean direct) {
        assertEquals(direct, NoProxy.parse(noProxy).bypasses(host, port));
    }
}
