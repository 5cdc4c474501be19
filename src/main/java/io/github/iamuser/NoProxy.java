package io.github.iamuser;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hosts reached without a proxy, read from {@code NO_PROXY} as Go's net/http reads it (and with it
 * Akamai's Go tools): a comma list of {@code *} (every host), a domain ({@code example.com} is that
 * host and its subdomains, {@code .example.com} and {@code *.example.com} only the subdomains), an IP
 * address or a CIDR range, each optionally with {@code :port}; localhost and loopback addresses are
 * never proxied.
 */
record NoProxy(List<NoProxy.Entry> entries) {
    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F.]*:[0-9a-fA-F:.]*");

    /** A domain ({@code .example.com}, also the bare name when {@code exact}), or an address with a prefix length. */
    private record Entry(String domain, boolean exact, byte[] address, int prefixBits, String port) {}

    /** The list in {@code value} (null or blank: none); entries that name nothing are left out, as Go does. */
    static NoProxy parse(String value) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : value == null ? new String[0] : value.split(",")) {
            String p = raw.strip().toLowerCase(Locale.ROOT);
            if (p.isEmpty() || p.startsWith(":")) {
                continue; // names no host
            }
            if (p.equals("*")) {
                return new NoProxy(List.of(new Entry("", false, null, 0, ""))); // every host name ends in ""
            }
            int slash = p.indexOf('/');
            if (slash > 0) {
                InetAddress address = ipLiteral(p.substring(0, slash));
                Integer bits = prefixBits(p.substring(slash + 1), address);
                if (bits != null) {
                    entries.add(new Entry(null, false, address.getAddress(), bits, ""));
                }
                continue;
            }
            String host = p;
            String port = "";
            int colon = p.lastIndexOf(':');
            if (colon > 0 && p.indexOf(':') == colon || p.startsWith("[") && p.contains("]:")) {
                host = p.substring(0, colon);
                port = p.substring(colon + 1);
            }
            host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            InetAddress address = ipLiteral(host);
            if (address != null) {
                entries.add(new Entry(null, false, address.getAddress(), address.getAddress().length * 8, port));
            } else if (!host.isEmpty() && !host.equals(".") && !host.equals("*.")) {
                String domain = host.startsWith("*.") ? host.substring(1) : host;
                entries.add(
                        domain.startsWith(".")
                                ? new Entry(domain, false, null, 0, port)
                                : new Entry("." + domain, true, null, 0, port));
            }
        }
        return new NoProxy(List.copyOf(entries));
    }

    /** True when a request to {@code host} (as in a URI: an IPv6 address in brackets) on {@code port} goes direct. */
    boolean bypasses(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        h = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
        InetAddress address = ipLiteral(h);
        if (h.equals("localhost") || address != null && address.isLoopbackAddress()) {
            return true;
        }
        String p = Integer.toString(port);
        for (Entry e : entries) {
            boolean hostMatches = e.domain != null
                    ? h.endsWith(e.domain) || e.exact && h.equals(e.domain.substring(1))
                    : address != null && inRange(address.getAddress(), e.address, e.prefixBits);
            if (hostMatches && (e.port.isEmpty() || e.port.equals(p))) {
                return true;
            }
        }
        return false;
    }

    /** The IP address {@code host} writes (never a DNS lookup), else null. */
    private static InetAddress ipLiteral(String host) {
        if (!IPV4.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(host); // a literal: parsed, not looked up
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }

    private static Integer prefixBits(String bits, InetAddress address) {
        if (address == null || !bits.matches("\\d{1,3}")) {
            return null;
        }
        int n = Integer.parseInt(bits);
        return n <= address.getAddress().length * 8 ? n : null;
    }

    private static boolean inRange(byte[] address, byte[] network, int prefixBits) {
        if (address.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixBits; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
