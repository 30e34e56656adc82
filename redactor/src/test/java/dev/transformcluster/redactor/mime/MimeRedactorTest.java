package dev.transformcluster.redactor.mime;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Policy;
import dev.transformcluster.redactor.Policy.AttachmentPolicy;
import dev.transformcluster.redactor.TextRedactor;
import dev.transformcluster.redactor.io.TestEngines;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MimeRedactorTest {

    private static final List<String> PII = List.of(
            "Alice Smith", "alice.smith@example.com", "Bob Jones", "bob.jones@example.org", "jane.doe@example.net",
            "Jane Doe", "4821 7166 2640 9627", "192.168.219.38", "10.0.0.7", "10.1.2.3", "10.20.30.40",
            "José García", "jose.garcia@example.fr", "Zoë Müller", "zoe.mueller@example.de", "plain.person@example.com");

    static byte[] resource(String name) throws IOException {
        try (InputStream in = MimeRedactorTest.class.getResourceAsStream("/mime/" + name)) {
            return in.readAllBytes();
        }
    }

    static MimeRedactor redactor(AttachmentPolicy attachments) {
        return new MimeRedactor(new TextRedactor(TestEngines.engine(), Policy.defaults()), attachments);
    }

    static MimeRedactor.Result redact(String name) throws Exception {
        return redactor(AttachmentPolicy.PLACEHOLDER).redact(resource(name));
    }

    static Message parse(byte[] bytes) throws IOException {
        return new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(bytes));
    }

    /** Every decoded header value and every decoded text body of the message, as a reader of the mail would see them. */
    static String decodedText(Entity entity) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Field f : entity.getHeader().getFields()) {
            sb.append(f.getName()).append(": ").append(DecoderUtil.decodeEncodedWords(f.getBody(), DecodeMonitor.SILENT)).append('\n');
        }
        Body body = entity.getBody();
        if (body instanceof Multipart mp) {
            sb.append(mp.getPreamble()).append('\n');
            for (Entity part : mp.getBodyParts()) {
                sb.append(decodedText(part));
            }
            sb.append(mp.getEpilogue()).append('\n');
        } else if (body instanceof Message m) {
            sb.append(decodedText(m));
        } else if (body instanceof SingleBody single) {
            try (InputStream in = single.getInputStream()) {
                String charset = entity.getCharset() == null ? "UTF-8" : entity.getCharset();
                sb.append(new String(in.readAllBytes(), Charset.forName(charset))).append('\n');
            }
        }
        return sb.toString();
    }

    static List<Entity> leaves(Entity entity) {
        List<Entity> out = new ArrayList<>();
        if (entity.getBody() instanceof Multipart mp) {
            mp.getBodyParts().forEach(p -> out.addAll(leaves(p)));
        } else if (entity.getBody() instanceof Message m) {
            out.addAll(leaves(m));
        } else {
            out.add(entity);
        }
        return out;
    }

    @Test
    void shouldRedactHeadersAndBodyOfASimpleMessageAndKeepTheRestByteForByte() throws Exception {
        MimeRedactor.Result r = redact("simple.eml");
        String out = new String(r.content(), StandardCharsets.UTF_8);

        assertThat(out).isEqualTo("""
                From: "<PERSON>" <<EMAIL_ADDRESS>>
                To: "<PERSON>" <<EMAIL_ADDRESS>>
                Subject: Access request for <PERSON>
                Date: Wed, 11 May 2022 17:45:44 -0500
                Message-ID: <20220511174544.ce2baea4@mail.example.com>
                MIME-Version: 1.0
                Content-Type: text/plain; charset="UTF-8"

                Dear <PERSON>,

                Please charge <CREDIT_CARD> and reply to <EMAIL_ADDRESS>.
                The server is <IP_ADDRESS>.

                Regards,
                <PERSON>
                """);
        assertThat(r.counts()).containsEntry(EntityType.PERSON, 5L).containsEntry(EntityType.EMAIL_ADDRESS, 3L)
                .containsEntry(EntityType.CREDIT_CARD, 1L).containsEntry(EntityType.IP_ADDRESS, 1L);
    }

    @Test
    void shouldRedactABase64BodyAndReEncodeItAsBase64() throws Exception {
        byte[] out = redact("base64.eml").content();
        Message m = parse(out);

        assertThat(m.getContentTransferEncoding()).isEqualTo("base64");
        assertThat(decodedText(m)).doesNotContain(PII).contains("Hello <PERSON>,", "<CREDIT_CARD>", "<PERSON> says hi.");
        String raw = new String(out, StandardCharsets.US_ASCII);
        assertThat(raw.split("\r?\n\r?\n", 2)[1]).doesNotContain("<PERSON>"); // the body is still encoded
    }

    @Test
    void shouldRedactAQuotedPrintableLatin1BodyAndEmitItAsUtf8() throws Exception {
        byte[] out = redact("qp-latin1.eml").content();
        Message m = parse(out);

        assertThat(m.getCharset()).isEqualToIgnoringCase("UTF-8");
        assertThat(m.getContentTransferEncoding()).isEqualTo("quoted-printable");
        String text = decodedText(m);
        assertThat(text).doesNotContain(PII).contains("Bonjour <PERSON>,", "est confirmée.", "Subject: Résumé de <PERSON>");
    }

    @Test
    void shouldDecodeAndRedactEncodedWordHeadersAndKeepMessageIds() throws Exception {
        MimeRedactor.Result r = redact("encoded-headers.eml");
        Message m = parse(r.content());
        String text = decodedText(m);

        assertThat(text).doesNotContain(PII)
                .contains("Subject: Treffen mit <PERSON> in Zürich")
                .contains("Message-ID: <abc.123@mail.example.de>")
                .contains("X-Originating-IP: [<IP_ADDRESS>]");
        // Non-ASCII that is left is encoded, not sent raw.
        assertThat(new String(r.content(), StandardCharsets.ISO_8859_1)).matches("\\p{ASCII}*");
    }

    @Test
    void shouldRedactBothAlternativesAndLeaveHtmlMarkupIntact() throws Exception {
        byte[] out = redact("alternative.eml").content();
        Message m = parse(out);
        List<Entity> parts = leaves(m);

        assertThat(m.getMimeType()).isEqualTo("multipart/alternative");
        assertThat(parts).extracting(Entity::getMimeType).containsExactly("text/plain", "text/html");
        assertThat(decodedText(m)).doesNotContain(PII);
        String html = decodedText(parts.get(1));
        assertThat(html).contains("<p>Hi <b>&lt;PERSON&gt;</b>, mail <a href=\"mailto:&lt;EMAIL_ADDRESS&gt;\">&lt;EMAIL_ADDRESS&gt;</a>")
                .contains("<!-- &lt;PERSON&gt; -->");
        assertThat(new String(out, StandardCharsets.US_ASCII)).contains("--alt-boundary-1--", "This is a multi-part message in MIME format.");
    }

    @Test
    void shouldReplaceAnAttachmentByAPlaceholderByDefault() throws Exception {
        byte[] out = redact("attachment.eml").content();
        Message m = parse(out);
        List<Entity> parts = leaves(m);

        assertThat(parts).extracting(Entity::getMimeType).containsExactly("text/plain", "text/plain");
        assertThat(decodedText(parts.get(1))).contains("[attachment removed by transform-cluster: application/pdf, 5136 bytes]");
        assertThat(decodedText(m)).doesNotContain(PII).doesNotContain("Alice_Smith_contract");
    }

    @Test
    void shouldKeepAnAttachmentWhenThePolicySaysKeep() throws Exception {
        byte[] out = redactor(AttachmentPolicy.KEEP).redact(resource("attachment.eml")).content();
        List<Entity> parts = leaves(parse(out));

        assertThat(parts).extracting(Entity::getMimeType).containsExactly("text/plain", "application/pdf");
        try (InputStream in = ((SingleBody) parts.get(1).getBody()).getInputStream()) {
            byte[] pdf = in.readAllBytes();
            assertThat(pdf.length).isEqualTo(5136);
            assertThat(new String(pdf, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");
        }
    }

    @Test
    void shouldDropAnAttachmentWhenThePolicySaysDrop() throws Exception {
        byte[] out = redactor(AttachmentPolicy.DROP).redact(resource("attachment.eml")).content();
        Message m = parse(out);

        assertThat(leaves(m)).extracting(Entity::getMimeType).containsExactly("text/plain");
        assertThat(decodedText(m)).contains("Card <CREDIT_CARD> attached, <PERSON>.");
    }

    @Test
    void shouldRedactAForwardedMessageInside() throws Exception {
        byte[] out = redact("forwarded.eml").content();
        Message m = parse(out);
        Entity forwarded = ((Multipart) m.getBody()).getBodyParts().get(1);

        assertThat(forwarded.getMimeType()).isEqualTo("message/rfc822");
        assertThat(forwarded.getBody()).isInstanceOf(Message.class);
        assertThat(decodedText(m)).doesNotContain(PII)
                .contains("Subject: hello from <IP_ADDRESS>")
                .contains("Call me, card <CREDIT_CARD>. — <PERSON>");
    }

    @Test
    void shouldKeepCrLfLineEndsWhenTheInputHadThem() throws Exception {
        String out = new String(redact("alternative.eml").content(), StandardCharsets.US_ASCII);

        assertThat(out.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void shouldRedactRawUtf8HeadersRefoldLongOnesAndKeepAn8bitBody() throws Exception {
        byte[] out = redact("8bit-headers.eml").content();
        String raw = new String(out, StandardCharsets.UTF_8);
        Message m = parse(out);

        assertThat(decodedText(m)).doesNotContain(PII).contains("Hallo <PERSON>, grüße von <PERSON>.");
        assertThat(m.getContentTransferEncoding()).isEqualTo("8bit");
        String header = raw.substring(0, raw.indexOf("\n\n"));
        assertThat(header.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
        assertThat(header).contains("Subject: <PERSON> wrote about the quarterly numbers");
    }

    @Test
    void shouldGiveUpOnHostileNestingInsteadOfOverflowingTheStack() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            sb.append("Content-Type: message/rfc822\n\n");
        }
        sb.append("From: alice.smith@example.com\n\nhi\n");
        byte[] nested = ("From: a@example.com\nTo: b@example.com\n" + sb).getBytes(StandardCharsets.US_ASCII);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> redactor(AttachmentPolicy.PLACEHOLDER).redact(nested))
                .isInstanceOf(MimeRedactor.UnparseableMessageException.class)
                .hasMessageNotContaining("alice");
    }

    static String tree(Entity e) {
        if (e.getBody() instanceof Multipart mp) {
            StringBuilder sb = new StringBuilder(e.getMimeType()).append('[');
            mp.getBodyParts().forEach(p -> sb.append(tree(p)).append(','));
            return sb.append(']').toString();
        }
        if (e.getBody() instanceof Message m) {
            return e.getMimeType() + "{" + tree(m) + "}";
        }
        return e.getMimeType();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "simple.eml", "base64.eml", "qp-latin1.eml", "encoded-headers.eml", "alternative.eml", "forwarded.eml", "8bit-headers.eml"})
    void shouldKeepTheStructureLeaveNoPersonalDataAndBeAFixedPoint(String name) throws Exception {
        byte[] once = redact(name).content();
        Message before = parse(resource(name));
        Message after = parse(once);

        assertThat(tree(after)).isEqualTo(tree(before));
        assertThat(decodedText(after)).doesNotContain(PII);
        // Redacting the output again finds nothing and therefore changes nothing, byte for byte.
        MimeRedactor.Result twice = redactor(AttachmentPolicy.PLACEHOLDER).redact(once);
        assertThat(twice.counts()).isEmpty();
        assertThat(new String(twice.content(), StandardCharsets.UTF_8)).isEqualTo(new String(once, StandardCharsets.UTF_8));
    }

    @Test
    void shouldNotRewriteTheHeadersOfAnAsciiPartThatStaysAscii() throws Exception {
        String mail = "From: x@example.com\nTo: y@example.com\nSubject: s\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=us-ascii; format=flowed\n\nWrite to alice.smith@example.com.\n";

        byte[] out = redactor(AttachmentPolicy.PLACEHOLDER).redact(mail.getBytes(StandardCharsets.US_ASCII)).content();

        assertThat(new String(out, StandardCharsets.US_ASCII)).isEqualTo("From: <EMAIL_ADDRESS>\nTo: <EMAIL_ADDRESS>\nSubject: s\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=us-ascii; format=flowed\n\nWrite to <EMAIL_ADDRESS>.\n");
    }
}
