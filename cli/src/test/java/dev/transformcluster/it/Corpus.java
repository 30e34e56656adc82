package dev.transformcluster.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic test input: synthetic e-mails full of fake personal data (names, addresses, phone numbers,
 * Luhn-valid card numbers, SSNs, IBAN-like strings, IP addresses), under keys with spaces, non-ASCII characters and
 * nested folders, plus the awkward cases: an empty file, a binary file, an oversize e-mail and a multi-chunk text.
 * The same seed always gives the same bytes.
 */
public final class Corpus {

    private static final List<String> FIRST = List.of("Janae", "Coty", "Eloy", "Hugo", "Isabel", "Antwan", "Zoë",
            "Björn", "Amélie", "Søren", "Marisol", "Kenji", "Olufemi", "Priya", "Dmitri", "Aoife");
    private static final List<String> LAST = List.of("Lind", "Bailey", "Kling", "Ullrich", "Ledner", "Feil",
            "Kozey", "Hagenes", "Kuhic", "Müller", "Ó Briain", "Nakamura", "Adeyemi", "Sharma", "Volkov", "Dubois");
    private static final List<String> DOMAINS = List.of("parisian.com", "example.org", "mail.test", "acme.co.uk");
    private static final List<String> SENTENCES = List.of(
            "The quarterly report is attached for your review.",
            "Please let me know if the revised schedule works for the team.",
            "The legal team is reviewing the forage clause.",
            "I have not heard back from procurement yet.",
            "We should align on the integration timeline before Friday.",
            "The launch is on track, but the garden team flagged some risks.");

    private final Random random;
    private final Map<String, byte[]> objects = new LinkedHashMap<>();

    private Corpus(long seed) {
        this.random = new Random(seed);
    }

    /** {@code emails} e-mails with personal data, spread over folders; keys are relative paths. */
    public static Corpus emails(int emails, long seed) {
        Corpus c = new Corpus(seed);
        for (int i = 0; i < emails; i++) {
            String folder = switch (i % 5) {
                case 0 -> "inbox";
                case 1 -> "inbox/2024 Q1";
                case 2 -> "Archiv/Überweisungen";
                case 3 -> "équipe/été";
                default -> "sent";
            };
            String name = i % 7 == 0 ? "msg " + i + " (copy).eml" : i % 11 == 0 ? "Grüße " + i + ".eml" : "m" + i + ".eml";
            c.objects.put(folder + "/" + name, c.email(i, 2 + c.random.nextInt(12)));
        }
        return c;
    }

    /** Adds an empty object. */
    public Corpus withEmpty(String key) {
        objects.put(key, new byte[0]);
        return this;
    }

    /** Adds a binary object (a PNG header and random bytes with NULs). */
    public Corpus withBinary(String key, int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};
        System.arraycopy(png, 0, b, 0, Math.min(png.length, size));
        objects.put(key, b);
        return this;
    }

    /** Adds an e-mail of at least {@code minBytes} (to exceed a configured e-mail maximum). */
    public Corpus withLargeEmail(String key, int minBytes) {
        int paragraphs = Math.max(1, minBytes / 400);
        byte[] mail = email(objects.size(), paragraphs);
        while (mail.length < minBytes) {
            paragraphs *= 2;
            mail = email(objects.size(), paragraphs);
        }
        objects.put(key, mail);
        return this;
    }

    /** Adds plain text (not an e-mail) of at least {@code minBytes} lines of prose and personal data. */
    public Corpus withPlainText(String key, int minBytes) {
        StringBuilder sb = new StringBuilder(minBytes + 1024);
        int line = 0;
        while (sb.length() < minBytes) {
            sb.append("Line ").append(line++).append(": ").append(sentence()).append(' ')
                    .append(pii()).append('\n');
        }
        objects.put(key, sb.toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Key (relative path) to bytes, in insertion order. */
    public Map<String, byte[]> objects() {
        return objects;
    }

    /** Writes every object as a file under {@code dir}. */
    public Corpus writeTo(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : objects.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        return this;
    }

    private byte[] email(int i, int paragraphs) {
        String fromFirst = pick(FIRST);
        String fromLast = pick(LAST);
        String toFirst = pick(FIRST);
        String toLast = pick(LAST);
        String domain = pick(DOMAINS);
        StringBuilder sb = new StringBuilder(4096);
        sb.append("From: \"").append(fromFirst).append(' ').append(fromLast).append("\" <")
                .append(ascii(fromFirst)).append('.').append(ascii(fromLast)).append('@').append(domain).append(">\n");
        sb.append("To: \"").append(toFirst).append(' ').append(toLast).append("\" <")
                .append(ascii(toFirst)).append('_').append(ascii(toLast)).append(random.nextInt(100)).append('@')
                .append(pick(DOMAINS)).append(">\n");
        sb.append("Subject: Account update ").append(i).append('\n');
        sb.append("Date: Wed, 11 May 2022 17:45:").append(String.format("%02d", i % 60)).append(" -0500\n");
        sb.append("Message-ID: <").append(i).append('.').append(random.nextInt(1_000_000)).append("@mail.")
                .append(domain).append(">\n");
        sb.append("MIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\n\n");
        sb.append("Dear ").append(toFirst).append(",\n\n");
        for (int p = 0; p < paragraphs; p++) {
            sb.append(sentence()).append(' ').append(pii()).append(' ').append(sentence()).append(' ')
                    .append(pii()).append("\n\n");
        }
        sb.append("Regards,\n").append(fromFirst).append(' ').append(fromLast).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String pii() {
        return switch (random.nextInt(8)) {
            case 0 -> "Call me at +1 (415) " + (200 + random.nextInt(700)) + "-" + (1000 + random.nextInt(9000)) + ".";
            case 1 -> "Her SSN is " + (100 + random.nextInt(600)) + "-" + (10 + random.nextInt(89)) + "-"
                    + (1000 + random.nextInt(9000)) + ", please do not share it.";
            case 2 -> "The card on file is " + luhnCard() + ", exp 06/28.";
            case 3 -> "Write to " + ascii(pick(FIRST)).toLowerCase() + "." + ascii(pick(LAST)).toLowerCase() + "@"
                    + pick(DOMAINS) + " for details.";
            case 4 -> "The server answers on 10." + random.nextInt(255) + "." + random.nextInt(255) + "."
                    + (1 + random.nextInt(254)) + " now.";
            case 5 -> pick(FIRST) + " " + pick(LAST) + " will take over the account while I am out.";
            case 6 -> "Mail checks to PO BOX " + (1000 + random.nextInt(90000)) + ", Springfield, OH "
                    + (10000 + random.nextInt(89999)) + ".";
            default -> "See https://intranet." + pick(DOMAINS) + "/tickets/" + random.nextInt(100000) + " for the log.";
        };
    }

    private String luhnCard() {
        int[] d = new int[16];
        d[0] = 4;
        for (int i = 1; i < 15; i++) {
            d[i] = random.nextInt(10);
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int v = d[14 - i];
            if (i % 2 == 0) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        d[15] = (10 - sum % 10) % 10;
        StringBuilder sb = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
            sb.append(d[i]);
        }
        return sb.toString();
    }

    private String sentence() {
        return pick(SENTENCES);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
    }
}
