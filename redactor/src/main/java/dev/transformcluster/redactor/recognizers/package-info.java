/**
 * The built-in recognizers, one per entity family: {@code generic/} for formats used
 * everywhere (e-mail, URL, IP, card, IBAN, Bitcoin, phone, PO box, street address, date, time,
 * person) and {@code country/<cc>/} for national formats (US SSN and ZIP, UK postcode).
 * {@link dev.transformcluster.redactor.recognizers.Recognizers#all()} is the registry.
 *
 * <p>Design rules, each kept by a test:
 * <ul>
 *   <li>No regular expressions: hand-written scanners, started from a shared one-pass
 *       {@link dev.transformcluster.redactor.recognizers.support.TextIndex} (digit runs,
 *       capitalised words) or {@code String.indexOf} of a trigger ('@', "://", ':'), each
 *       reading a bounded window around a candidate, so every scan is linear
 *       ({@code LinearTimeTest}).</li>
 *   <li>Validation before context: checksums (Luhn, mod-97, Base58Check, Bech32/Bech32m),
 *       issuer ranges, registered lengths and value ranges reject look-alikes; context words
 *       ("build", "order", "tracking", "SSN", "Tel") then settle what shape alone cannot.</li>
 *   <li>Names without a model: honorifics, greetings, sign-offs, e-mail display names, then
 *       public-domain US Census surnames and SSA given names (resource {@code names/}), looked up
 *       by char range without allocation.</li>
 *   <li>Scores: checksum-validated values 0.95-0.99, format plus context 0.8-0.9, weaker
 *       context (a lone given name after "ask") 0.6.</li>
 * </ul>
 */
package dev.transformcluster.redactor.recognizers;
