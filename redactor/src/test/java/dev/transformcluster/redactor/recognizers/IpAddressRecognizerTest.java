package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.generic.IpAddressRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IpAddressRecognizerTest {

    private static final Recognizer R = new IpAddressRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("ipv4", "coming from 137.176.223.85, outside", "137.176.223.85"),
                hit("log client", "latency_ms=431 client=192.168.238.251\n", "192.168.238.251"),
                hit("bracketed header", "X-Originating-IP: [24.155.187.131]", "24.155.187.131"),
                hit("with port", "connect to 10.0.0.7:8080 now", "10.0.0.7"),
                hit("ipv6 full", "address 5C3F:4522:FF15:3271:D7F7:2E21:D598:7ACF after", "5C3F:4522:FF15:3271:D7F7:2E21:D598:7ACF"),
                hit("ipv6 compressed", "add 2cbc:4503:a09a:201a::9349:2d76 to", "2cbc:4503:a09a:201a::9349:2d76"),
                hit("ipv6 short", "printer got 49ae::2873 after", "49ae::2873"),
                hit("ipv6 loopback", "bind ::1 only", "::1"),
                hit("ipv6 v4 embedded", "mapped ::ffff:192.0.2.128 here", "::ffff:192.0.2.128"),
                hit("ipv6 sentence end", "from fe80::f383:48b2:cbdd:ba69.", "fe80::f383:48b2:cbdd:ba69"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("build string", "build 7.6.27285.3432 shipped"),
                miss("build key", "job=1 build=6.10.12.206 latency_ms=1"),
                miss("kernel", "Kernel 1.13.9.168 is still affected"),
                miss("v prefix", "v9.18.12.1"),
                miss("version suffix", "4.16.0.92-generic"),
                miss("upgrade from", "Upgrade from 2.14.0.3 now."),
                miss("octet too big", "999.1.1.1"),
                miss("five parts", "1.2.3.4.5"),
                miss("time", "17:45:44"),
                miss("mac address", "00:1A:2B:3C:4D:5E"),
                miss("cpp scope", "std::vector"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.IP_ADDRESS, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.IP_ADDRESS, text);
    }
}
