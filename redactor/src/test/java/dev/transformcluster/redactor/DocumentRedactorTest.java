package dev.transformcluster.redactor;

import dev.transformcluster.redactor.io.TestEngines;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentRedactorTest {

    private final DocumentRedactor redactor = new DocumentRedactor(TestEngines.engine(), Policy.defaults());

    private static byte[] mime(String name) throws IOException {
        try (InputStream in = DocumentRedactorTest.class.getResourceAsStream("/mime/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void shouldRedactPlainTextAsUtf8() throws Exception {
        DocumentRedactor.Result r = redactor.redact("Mail alice.smith@example.com, Zoë.".getBytes(StandardCharsets.UTF_8), null);

        assertThat(new String(r.content(), StandardCharsets.UTF_8)).isEqualTo("Mail <EMAIL_ADDRESS>, Zoë.");
        assertThat(r.contentType()).isEqualTo(DocumentRedactor.TEXT_PLAIN_UTF8);
        assertThat(r.entityCounts()).containsEntry(EntityType.EMAIL_ADDRESS, 1L);
    }

    @Test
    void shouldSpliceReplacementsIntoMultibyteUtf8AndDropAByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "😀 Zoë Müller → alice.smith@example.com ✓ José García".getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, input, 0, 3);
        System.arraycopy(text, 0, input, 3, text.length);

        DocumentRedactor.Result r = redactor.redact(input, null);

        assertThat(new String(r.content(), StandardCharsets.UTF_8)).isEqualTo("😀 <PERSON> → <EMAIL_ADDRESS> ✓ <PERSON>");
        assertThat(r.entityCounts()).containsEntry(EntityType.PERSON, 2L).containsEntry(EntityType.EMAIL_ADDRESS, 1L);
    }

    @Test
    void shouldDecodeUtf16WithAByteOrderMarkAndWriteUtf8() throws Exception {
        byte[] utf16 = "\uFEFFmail alice.smith@example.com".getBytes(StandardCharsets.UTF_16BE);

        DocumentRedactor.Result r = redactor.redact(utf16, null);

        assertThat(new String(r.content(), StandardCharsets.UTF_8)).isEqualTo("mail <EMAIL_ADDRESS>");
    }

    @Test
    void shouldDecodeInvalidUtf8AsWindows1252AndWriteUtf8() throws Exception {
        byte[] latin1 = "Café de José García, alice.smith@example.com".getBytes(StandardCharsets.ISO_8859_1);

        DocumentRedactor.Result r = redactor.redact(latin1, null);

        assertThat(new String(r.content(), StandardCharsets.UTF_8)).isEqualTo("Café de <PERSON>, <EMAIL_ADDRESS>");
    }

    @Test
    void shouldHonourADeclaredCharset() throws Exception {
        byte[] latin1 = "José García".getBytes(StandardCharsets.ISO_8859_1);

        DocumentRedactor.Result r = redactor.redact(latin1, "text/plain; charset=\"ISO-8859-1\"");

        assertThat(new String(r.content(), StandardCharsets.UTF_8)).isEqualTo("<PERSON>");
    }

    @Test
    void shouldTreatAnRfc5322MessageAsEmail() throws Exception {
        DocumentRedactor.Result r = redactor.redact(mime("base64.eml"), null);

        assertThat(r.contentType()).isEqualTo(DocumentRedactor.MESSAGE_RFC822);
        assertThat(new String(r.content(), StandardCharsets.US_ASCII)).contains("Content-Transfer-Encoding: base64");
        assertThat(r.entityCounts()).containsKeys(EntityType.PERSON, EntityType.EMAIL_ADDRESS, EntityType.CREDIT_CARD);
    }

    @Test
    void shouldSniffAMessageStoredAsTextPlainOrOctetStream() throws Exception {
        for (String type : new String[]{"text/plain", "application/octet-stream"}) {
            DocumentRedactor.Result r = redactor.redact(mime("base64.eml"), type);

            assertThat(r.contentType()).as(type).isEqualTo(DocumentRedactor.MESSAGE_RFC822);
        }
    }

    @Test
    void shouldNotSniffAMessageInADeclaredCsv() throws Exception {
        DocumentRedactor.Result r = redactor.redact(mime("base64.eml"), "text/csv");

        assertThat(r.contentType()).isEqualTo(DocumentRedactor.TEXT_PLAIN_UTF8);
    }

    @Test
    void shouldKeep8bitUtf8BodyAsItCameAndDeclareItsCharset() throws Exception {
        byte[] mail = "From: a@example.com\nTo: b@example.com\nSubject: hi\n\nGrüße von Alice Smith\n".getBytes(StandardCharsets.UTF_8);

        DocumentRedactor.Result r = redactor.redact(mail, null);

        assertThat(new String(r.content(), StandardCharsets.UTF_8))
                .isEqualTo("From: <EMAIL_ADDRESS>\nTo: <EMAIL_ADDRESS>\nSubject: hi\nContent-Type: text/plain; charset=UTF-8\n\nGrüße von <PERSON>\n");
    }

    @Test
    void shouldFallBackToPlainTextWhenTheMimeCannotBeHandled() throws Exception {
        String nesting = "Content-Type: message/rfc822\n\n".repeat(500);
        byte[] hostile = ("From: a@example.com\nTo: b@example.com\n" + nesting + "From: alice.smith@example.com\n\nhi\n")
                .getBytes(StandardCharsets.US_ASCII);

        DocumentRedactor.Result r = redactor.redact(hostile, null);

        assertThat(r.contentType()).isEqualTo(DocumentRedactor.TEXT_PLAIN_UTF8);
        assertThat(new String(r.content(), StandardCharsets.UTF_8)).doesNotContain("@example.com").endsWith("From: <EMAIL_ADDRESS>\n\nhi\n");
    }

    @Test
    void shouldStillRedactMalformedMime() throws Exception {
        DocumentRedactor.Result r = redactor.redact(mime("malformed.eml"), null);
        String out = new String(r.content(), StandardCharsets.UTF_8);

        assertThat(out).doesNotContain("alice.smith@example.com", "4821 7166 2640 9627", "Alice Smith");
    }

    @Test
    void shouldRedactHtmlTextButNotItsMarkup() throws Exception {
        byte[] html = "<p title=\"Alice Smith\">Hello <i>alice.smith@example.com</i></p>".getBytes(StandardCharsets.UTF_8);

        DocumentRedactor.Result r = redactor.redact(html, "text/html; charset=utf-8");

        assertThat(new String(r.content(), StandardCharsets.UTF_8))
                .isEqualTo("<p title=\"&lt;PERSON&gt;\">Hello <i>&lt;EMAIL_ADDRESS&gt;</i></p>");
        assertThat(r.contentType()).isEqualTo(DocumentRedactor.TEXT_HTML_UTF8);
    }

    @Test
    void shouldSniffUndeclaredHtml() throws Exception {
        byte[] html = "\n<!DOCTYPE html><html><body>Hi Alice Smith</body></html>".getBytes(StandardCharsets.UTF_8);

        DocumentRedactor.Result r = redactor.redact(html, null);

        assertThat(r.contentType()).isEqualTo(DocumentRedactor.TEXT_HTML_UTF8);
        assertThat(new String(r.content(), StandardCharsets.UTF_8)).endsWith("<body>Hi &lt;PERSON&gt;</body></html>");
    }

    @Test
    void shouldRefuseBinaryContent() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> redactor.redact(pdf, null))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.BINARY))
                .hasMessageContaining("PDF");
        assertThatThrownBy(() -> redactor.redact("a\0b".getBytes(StandardCharsets.US_ASCII), null))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.BINARY))
                .hasMessageContaining("NUL byte at offset 1");
    }

    @Test
    void shouldRefuseDocumentsOverThePolicyLimit() throws Exception {
        Policy small = Policy.load(PolicyTest.resource("full.yaml"), null, java.util.Map.of());
        DocumentRedactor limited = new DocumentRedactor(TestEngines.engine(), small);
        byte[] big = new byte[(int) small.maxDocumentBytes() + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        assertThatThrownBy(() -> limited.redact(big, null))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.TOO_LARGE))
                .hasMessageContaining("1048577 bytes");
    }

    @Test
    void shouldBeSafeToShareBetweenThreads() throws Exception {
        byte[] doc = mime("alternative.eml");
        byte[] expected = redactor.redact(doc, null).content();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> redactor.redact(doc, null).content()))
                    .toList();
            for (Future<byte[]> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private DocumentRedactor.StreamResult stream(DocumentRedactor r, byte[] input, java.io.ByteArrayOutputStream out) throws Exception {
        return r.redact(new java.io.ByteArrayInputStream(input), out);
    }

    @Test
    void shouldRedactASmallStreamAsADocument() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        DocumentRedactor.StreamResult r = stream(redactor, mime("alternative.eml"), out);

        assertThat(r.streamed()).isFalse();
        assertThat(r.contentType()).isEqualTo(DocumentRedactor.MESSAGE_RFC822);
        assertThat(out.toByteArray()).isEqualTo(redactor.redact(mime("alternative.eml"), null).content());
    }

    @Test
    void shouldStreamLongPlainTextToTheSameResultAsTheDocumentPath() throws Exception {
        byte[] input = "Ticket for Alice Smith, alice.smith@example.com, from 10.0.0.7.\n".repeat(5_000).getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        DocumentRedactor.StreamResult r = stream(redactor, input, out);

        assertThat(r.streamed()).isTrue();
        assertThat(r.bytesIn()).isEqualTo(input.length);
        assertThat(r.entityCounts()).containsEntry(EntityType.EMAIL_ADDRESS, 5_000L);
        assertThat(out.toByteArray()).isEqualTo(redactor.redact(input, null).content());
    }

    @Test
    void shouldRefuseABinaryStreamAndAnOverlongEmail() throws Exception {
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertThatThrownBy(() -> stream(redactor, zip, new java.io.ByteArrayOutputStream()))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.BINARY));

        Policy small = Policy.load(PolicyTest.resource("full.yaml"), null, java.util.Map.of());
        byte[] mail = ("From: a@example.com\nTo: b@example.com\nSubject: big\n\n" + "x".repeat(2 << 20)).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> stream(new DocumentRedactor(TestEngines.engine(), small), mail, new java.io.ByteArrayOutputStream()))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.TOO_LARGE));
    }
}
