package dev.transformcluster.redactor.mime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MailDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "From: a@example.com\nTo: b@example.com\nSubject: hi\n\nbody",
            "Received: from mx.example.com\n\tby mail.example.org; Mon, 1 Jan 2024\nFrom: a@example.com\r\nSubject: x\r\n\r\nbody",
            "Return-Path: <a@example.com>\nMIME-Version: 1.0\nContent-Type: text/plain\n",
            "X-Custom: 1\nMessage-ID: <1@x>\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\n",
    })
    void shouldRecogniseAMessage(String text) {
        assertThat(MailDetector.looksLikeMessage(text.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hello Bob,\nFrom: me\nTo: you\n",
            "Subject: only one field\n\nbody",
            "2024-01-01 10:00:00 INFO: server started\n2024-01-01 10:00:01 INFO: ok\n",
            "id,name,email\n1,Alice,a@example.com\n",
            "Note: call back\nTodo: write tests\n\nnot a mail",
            "",
    })
    void shouldNotMistakeOtherTextForAMessage(String text) {
        assertThat(MailDetector.looksLikeMessage(text.getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
