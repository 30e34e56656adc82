package dev.transformcluster.redactor;

import java.util.Map;
import java.util.Set;

/** The scorer's mapping of engine types to gold types (TYPE_MAP in shared/eval/score.py), for the quality tests. */
final class GoldTypes {

    private static final Map<String, Set<String>> TYPE_MAP = Map.ofEntries(
            Map.entry("EMAIL_ADDRESS", Set.of("EMAIL")), Map.entry("PHONE_NUMBER", Set.of("PHONE", "UK_PHONE")),
            Map.entry("CREDIT_CARD", Set.of("CREDIT_CARD")), Map.entry("IP_ADDRESS", Set.of("IPV4", "IPV6")),
            Map.entry("CRYPTO", Set.of("BTC_ADDRESS")), Map.entry("IBAN_CODE", Set.of("IBAN")),
            Map.entry("US_SSN", Set.of("US_SSN")), Map.entry("STREET_ADDRESS", Set.of("STREET_ADDRESS")),
            Map.entry("PO_BOX", Set.of("PO_BOX")), Map.entry("US_ZIP_CODE", Set.of("ZIP_CODE")),
            Map.entry("UK_POSTCODE", Set.of("UK_POSTCODE")), Map.entry("DATE", Set.of("DATE")),
            Map.entry("TIME", Set.of("TIME")), Map.entry("PERSON", Set.of("PERSON")), Map.entry("URL", Set.of("URL")));

    private GoldTypes() {
    }

    /** Whether a finding of {@code type} counts as the gold type {@code gold}. */
    static boolean matches(EntityType type, String gold) {
        return TYPE_MAP.get(type.name()).contains(gold);
    }
}
