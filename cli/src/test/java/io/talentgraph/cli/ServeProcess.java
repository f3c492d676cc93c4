package io.talentgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code talentgraph serve} in its own JVM, as a user runs it: other commands must find it from outside, and
 * stopping it is a signal (SIGTERM, which runs the same shutdown path as Ctrl-C).
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern PASSWORD = Pattern.compile("Login +user neo4j, password (\\S+)");

    private final Process process;
    private final Path log;
    final int boltPort;
    final int httpPort;

    private ServeProcess(Process process, Path log, int boltPort, int httpPort) {
        this.process = process;
        this.log = log;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
    }

    /**
     * Starts serve on free ports and waits until it says it is ready.
     *
     * @param store the store directory
     * @param env   extra environment variables
     * @param args  extra arguments, e.g. {@code --read-only}
     */
    static ServeProcess start(Path store, Map<String, String> env, String... args) throws IOException, InterruptedException {
        int bolt = freePort();
        int http = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", classPath(), Main.class.getName(),
                "serve", "--store", store.toString(), "--bolt-port", Integer.toString(bolt), "--http-port", Integer.toString(http)));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("talentgraph-serve", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove(ServeCommand.ENV_PASSWORD);
        builder.environment().putAll(env);
        ServeProcess serve = new ServeProcess(builder.start(), log, bolt, http);
        serve.awaitOutput("Press Ctrl-C to stop.", Duration.ofMinutes(3));
        return serve;
    }

    /** The forked test JVM runs from a manifest-only jar; the real class path is in surefire's property. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    long pid() {
        return process.pid();
    }

    /** @return everything serve printed so far */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the password serve generated and printed, if it printed one */
    Optional<String> printedPassword() {
        Matcher m = PASSWORD.matcher(output());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    void awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("serve exited with code " + process.exitValue() + " before printing '" + text
                        + "':\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("serve did not print '" + text + "' within " + timeout.toSeconds() + " s:\n" + output());
            }
            Thread.sleep(200);
        }
    }

    /**
     * Sends SIGTERM, the signal a service manager sends, which runs the same shutdown as Ctrl-C.
     *
     * @return the exit code
     */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("serve did not stop within 2 minutes of SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
