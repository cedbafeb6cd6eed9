package org.locus.assessment;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A throwaway PostgreSQL for the persistence tests: Debian's server binaries ({@code /usr/lib/postgresql/N/bin}, or
 * {@code LOCUS_POSTGRES_BIN}) run a cluster of their own in {@code target/postgres} on a free loopback port, started
 * once per test JVM and stopped when it ends. Each test class gets a fresh database of its own.
 *
 * <p>Without the binaries the tests that need it are skipped with the reason, unless {@code
 * LOCUS_REQUIRE_POSTGRES=true} (as on CI), when they fail: as {@code LOCUS_REQUIRE_BROWSER} does for the browser
 * tests. PostgreSQL refuses to run as root, so as root the cluster runs as the {@code postgres} user that the Debian
 * package creates.
 */
public final class LocalPostgres {

    public static final String USER = "locus";
    private static final Path ROOT = Path.of("target", "postgres").toAbsolutePath();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static LocalPostgres running;
    private static String unavailable;

    private final int port;

    private LocalPostgres(int port) {
        this.port = port;
    }

    /** The running cluster, started on first use; skips (or fails, when required) the calling test without one. */
    public static synchronized LocalPostgres require() {
        if (running == null && unavailable == null) {
            try {
                running = start();
            } catch (IOException | InterruptedException | RuntimeException e) {
                unavailable = "PostgreSQL could not be started: " + e.getMessage();
            }
        }
        if (running != null) {
            return running;
        }
        if ("true".equalsIgnoreCase(System.getenv("LOCUS_REQUIRE_POSTGRES"))) {
            fail(unavailable + ", and LOCUS_REQUIRE_POSTGRES=true requires it");
        }
        Assumptions.abort(unavailable + "; skipped");
        throw new AssertionError("unreachable");
    }

    /** A new, empty database on the cluster; its JDBC URL (user {@link #USER}, no password). */
    public String newDatabase() {
        String name = "locus_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, "")) {
            admin.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static LocalPostgres start() throws IOException, InterruptedException {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (Debian package postgresql) and "
                        + "LOCUS_POSTGRES_BIN is not set"));
        Path data = ROOT.resolve("data");
        stopLeftOver(bin, data);
        deleteTree(ROOT);
        Files.createDirectories(data);
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            UserPrincipal postgres = ROOT.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(ROOT, postgres);
            Files.setOwner(data, postgres);
        }
        run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--no-sync", "--no-instructions");
        int port = freePort();
        // -F: no fsync, a test cluster need not survive the machine; the socket in the data folder, not /run
        run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", ROOT.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -h 127.0.0.1 -k " + data + " -F", "start");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
            } catch (IOException | InterruptedException | RuntimeException e) {
                // the JVM is ending; a cluster left running is stopped by the next start
            }
        }));
        return new LocalPostgres(port);
    }

    private static Optional<Path> binaries() throws IOException {
        String given = System.getenv("LOCUS_POSTGRES_BIN");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(p -> Files.isExecutable(p.resolve("initdb")));
        }
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> each = Files.list(versions)) {
            return each.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> version(b.getParent().getFileName().toString())));
        }
    }

    private static int version(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void stopLeftOver(Path bin, Path data) {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                run("root".equals(System.getProperty("user.name")), bin.resolve("pg_ctl").toString(), "-D",
                        data.toString(), "-m", "immediate", "stop");
            } catch (IOException | InterruptedException | RuntimeException e) {
                // not running after all
            }
        }
    }

    private static void run(boolean asPostgres, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (asPostgres) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Path log = Files.createTempFile("locus-postgres-", ".log");
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(Path.of(command[0]).getFileName() + " did not finish in 90 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(Path.of(command[0]).getFileName() + " failed (exit "
                        + process.exitValue() + "): " + Files.readString(log).strip());
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
