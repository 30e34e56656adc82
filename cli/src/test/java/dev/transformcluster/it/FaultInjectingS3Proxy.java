package dev.transformcluster.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A small HTTP/1.1 proxy on 127.0.0.1 in front of an S3 endpoint that answers a chosen share of requests with
 * {@code 503 SlowDown} (S3's throttling reply) and forwards the others byte for byte. Request heads are passed on
 * unchanged (so SigV4 signatures, which cover {@code Host}, stay valid); each client connection carries one
 * request ({@code Connection: close}), which keeps the proxy simple and makes every request a fresh decision.
 */
public final class FaultInjectingS3Proxy implements AutoCloseable {

    /** Which requests fail: the first {@code failFirst} matching ones, then each with probability {@code rate}. */
    public record Faults(int failFirst, double rate, long seed, Predicate<String> matches) {
        public static Faults none() {
            return new Faults(0, 0, 0, r -> false);
        }

        /** A share of all requests (any method). */
        public static Faults rate(double rate, long seed) {
            return new Faults(0, rate, seed, r -> true);
        }

        /** Only requests whose line ({@code METHOD /bucket/key?query}) starts with {@code method + " "}. */
        public Faults onlyMethod(String method) {
            return new Faults(failFirst, rate, seed, line -> line.startsWith(method + " "));
        }

        public Faults withFailFirst(int n) {
            return new Faults(n, rate, seed, matches);
        }
    }

    private static final byte[] SLOW_DOWN_BODY = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown</Code>"
            + "<Message>Please reduce your request rate.</Message><RequestId>fault-proxy</RequestId></Error>")
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger injected = new AtomicInteger();
    private final AtomicInteger matched = new AtomicInteger();
    private volatile Faults faults;
    private final Random random;

    private FaultInjectingS3Proxy(ServerSocket server, URI upstream, Faults faults) {
        this.server = server;
        this.upstream = new InetSocketAddress(upstream.getHost(), upstream.getPort());
        this.faults = faults;
        this.random = new Random(faults.seed());
    }

    /** Starts a proxy to {@code upstream} ({@code http://host:port}) on a free port of 127.0.0.1. */
    public static FaultInjectingS3Proxy start(URI upstream, Faults faults) throws IOException {
        ServerSocket socket = new ServerSocket(0, 64, InetAddress.getByName("127.0.0.1"));
        FaultInjectingS3Proxy proxy = new FaultInjectingS3Proxy(socket, upstream, faults);
        proxy.workers.submit(proxy::acceptLoop);
        return proxy;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Changes the fault plan from now on (for example to stop failing). */
    public void setFaults(Faults faults) {
        this.faults = faults;
        matched.set(0);
    }

    /** Requests seen, failed and forwarded together. */
    public int requests() {
        return requests.get();
    }

    /** Requests answered with 503 SlowDown. */
    public int injected() {
        return injected.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                workers.submit(() -> handle(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            client.setSoTimeout(120_000);
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            byte[] head = readHead(in);
            if (head == null) {
                return;
            }
            String headText = new String(head, StandardCharsets.ISO_8859_1);
            String requestLine = headText.substring(0, headText.indexOf("\r\n"));
            requests.incrementAndGet();
            if (shouldFail(requestLine)) {
                injected.incrementAndGet();
                boolean expectsContinue = header(headText, "expect").equalsIgnoreCase("100-continue");
                if (!expectsContinue) {
                    copyBody(headText, in, OutputStream.nullOutputStream());
                }
                writeSlowDown(out);
                return;
            }
            forward(headText, in, out);
        } catch (IOException e) {
            // a client or the upstream went away mid-request: the client sees a reset and retries
        }
    }

    private synchronized boolean shouldFail(String requestLine) {
        Faults f = faults;
        if (!f.matches().test(requestLine)) {
            return false;
        }
        if (matched.incrementAndGet() <= f.failFirst()) {
            return true;
        }
        return f.rate() > 0 && random.nextDouble() < f.rate();
    }

    private void forward(String headText, InputStream in, OutputStream out) throws IOException {
        try (Socket up = new Socket()) {
            up.connect(upstream, 10_000);
            up.setSoTimeout(120_000);
            OutputStream upOut = up.getOutputStream();
            boolean expectsContinue = header(headText, "expect").equalsIgnoreCase("100-continue");
            upOut.write(rewriteHead(headText).getBytes(StandardCharsets.ISO_8859_1));
            if (expectsContinue) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            copyBody(headText, in, upOut);
            upOut.flush();
            // the upstream closes after its reply (Connection: close): relay everything until then
            up.getInputStream().transferTo(out);
            out.flush();
        }
    }

    /** Drops Expect (answered here) and Connection/Keep-Alive, then asks for Connection: close. */
    private static String rewriteHead(String headText) {
        String[] lines = headText.split("\r\n");
        StringBuilder sb = new StringBuilder(headText.length() + 32).append(lines[0]).append("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String name = lines[i].contains(":") ? lines[i].substring(0, lines[i].indexOf(':')).trim()
                    .toLowerCase(Locale.ROOT) : "";
            if (name.equals("expect") || name.equals("connection") || name.equals("keep-alive") || lines[i].isEmpty()) {
                continue;
            }
            sb.append(lines[i]).append("\r\n");
        }
        return sb.append("Connection: close\r\n\r\n").toString();
    }

    private static void writeSlowDown(OutputStream out) throws IOException {
        String head = "HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\nContent-Length: "
                + SLOW_DOWN_BODY.length + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(SLOW_DOWN_BODY);
        out.flush();
    }

    /** Copies the request body as framed by Content-Length or chunked transfer coding. */
    private static void copyBody(String headText, InputStream in, OutputStream out) throws IOException {
        if (header(headText, "transfer-encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
            copyChunked(in, out);
            return;
        }
        String length = header(headText, "content-length");
        long remaining = length.isEmpty() ? 0 : Long.parseLong(length.trim());
        byte[] buf = new byte[64 * 1024];
        while (remaining > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, remaining));
            if (n < 0) {
                throw new IOException("request body ended early");
            }
            out.write(buf, 0, n);
            remaining -= n;
        }
    }

    private static void copyChunked(InputStream in, OutputStream out) throws IOException {
        while (true) {
            String sizeLine = readLine(in);
            out.write((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            int semicolon = sizeLine.indexOf(';');
            long size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                String trailer;
                do {
                    trailer = readLine(in);
                    out.write((trailer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                } while (!trailer.isEmpty());
                return;
            }
            byte[] data = in.readNBytes((int) size);
            if (data.length < size) {
                throw new IOException("chunk ended early");
            }
            out.write(data);
            out.write((readLine(in) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** The request head through the blank line, or null if the client closed before sending one. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
        int state = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            state = switch (state) {
                case 0, 2 -> b == '\r' ? state + 1 : 0;
                case 1 -> b == '\n' ? 2 : (b == '\r' ? 1 : 0);
                case 3 -> b == '\n' ? 4 : (b == '\r' ? 1 : 0);
                default -> 0;
            };
            if (state == 4) {
                return head.toByteArray();
            }
            if (head.size() > 64 * 1024) {
                throw new IOException("request head too large");
            }
        }
        return null;
    }

    private static String header(String headText, String name) {
        List<String> values = new ArrayList<>();
        for (String line : headText.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                values.add(line.substring(colon + 1).trim());
            }
        }
        return values.isEmpty() ? "" : values.get(0);
    }

    @Override
    public void close() throws IOException {
        server.close();
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
