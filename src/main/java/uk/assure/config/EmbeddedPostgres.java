package uk.assure.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server that Assure starts itself when no external database is configured.
 *
 * <p>The engine comes from a Maven Central artifact (no download at run time); its data lives in a
 * directory of the user's choosing and survives restarts. PostgreSQL refuses to run as root, so
 * when Assure itself runs as root the server's processes run in a user namespace where they are an
 * unprivileged user, while the files they write stay owned by the caller.
 *
 * <p>It is over 300 lines because starting a server is one sequence (unpack the engine, initialise
 * the directory, start, create the database, stop at exit) whose steps share the paths and the
 * process handling.
 */
public final class EmbeddedPostgres {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
  private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
  private static final String DATABASE = "assure";
  private static final String SUPERUSER = "postgres";
  private static final ConcurrentHashMap<Path, EmbeddedPostgres> RUNNING =
      new ConcurrentHashMap<>();

  private final Path dataDirectory;
  private final Path installDirectory;
  private final int port;

  private EmbeddedPostgres(Path dataDirectory, Path installDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.installDirectory = installDirectory;
    this.port = port;
  }

  /**
   * Starts a server on the given data directory, or returns the one this process already started
   * there. With {@code clean}, an existing data directory is removed first (used by tests).
   */
  public static EmbeddedPostgres start(Path dataDirectory, boolean clean) {
    Path key = dataDirectory.toAbsolutePath().normalize();
    return RUNNING.computeIfAbsent(key, dir -> launch(dir, clean));
  }

  /** JDBC URL of the application database on this server. */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public String user() {
    return SUPERUSER;
  }

  private static EmbeddedPostgres launch(Path dataDirectory, boolean clean) {
    try {
      Path install = unpackBinaries();
      Files.createDirectories(dataDirectory.getParent());
      var running = alreadyRunning(dataDirectory);
      if (running.isPresent() && clean) {
        // A server left running on a directory that is to be emptied (a test run that was
        // killed, say): stop it first.
        new EmbeddedPostgres(dataDirectory, install, running.getAsInt()).stop();
        running = java.util.OptionalInt.empty();
      }
      if (running.isPresent()) {
        // Another Assure process (the web service, say) runs the server: share it, and leave
        // stopping it to that process.
        log.info("Using the PostgreSQL server already running on port {}", running.getAsInt());
        return new EmbeddedPostgres(dataDirectory, install, running.getAsInt());
      }
      if (clean) {
        deleteRecursively(dataDirectory);
      }
      if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
        initialise(install, dataDirectory);
      }
      int port = freePort();
      EmbeddedPostgres server = new EmbeddedPostgres(dataDirectory, install, port);
      server.startServer();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
      server.createDatabase();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
    }
  }

  /** The port of a live server already using this data directory, from its postmaster.pid. */
  private static java.util.OptionalInt alreadyRunning(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return java.util.OptionalInt.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.size() < 4) {
      return java.util.OptionalInt.empty();
    }
    try {
      long pid = Long.parseLong(lines.get(0).strip());
      int port = Integer.parseInt(lines.get(3).strip());
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return alive ? java.util.OptionalInt.of(port) : java.util.OptionalInt.empty();
    } catch (NumberFormatException e) {
      return java.util.OptionalInt.empty();
    }
  }

  private static void initialise(Path install, Path dataDirectory) throws IOException {
    log.info("Creating a new PostgreSQL data directory at {}", dataDirectory);
    deleteRecursively(dataDirectory);
    Files.createDirectories(dataDirectory);
    Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
    run(
        install,
        List.of(
            bin(install, "initdb"),
            "-A",
            "trust",
            "-U",
            SUPERUSER,
            "-E",
            "UTF-8",
            "--no-locale",
            "-D",
            dataDirectory.toString()),
        120);
  }

  private void startServer() throws IOException {
    String options =
        "-p "
            + port
            + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c timezone=UTC";
    Path logFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    run(
        installDirectory,
        List.of(
            bin(installDirectory, "pg_ctl"),
            "-D",
            dataDirectory.toString(),
            "-l",
            logFile.toString(),
            "-o",
            options,
            "-w",
            "-t",
            "120",
            "start"),
        150);
    log.info("PostgreSQL is running on 127.0.0.1:{} with data in {}", port, dataDirectory);
  }

  private void createDatabase() {
    String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    try (var connection = DriverManager.getConnection(adminUrl, SUPERUSER, "");
        var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (var rows = exists.executeQuery()) {
        if (!rows.next()) {
          try (var create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + DATABASE);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the Assure database", e);
    }
  }

  private void stop() {
    try {
      run(
          installDirectory,
          List.of(
              bin(installDirectory, "pg_ctl"),
              "-D",
              dataDirectory.toString(),
              "-m",
              "fast",
              "-w",
              "-t",
              "30",
              "stop"),
          40);
    } catch (IOException | RuntimeException e) {
      log.warn("Could not stop the embedded PostgreSQL server cleanly", e);
    }
  }

  private static String bin(Path install, String name) {
    return install.resolve("bin").resolve(name).toString();
  }

  /** Runs a PostgreSQL tool, as an unprivileged user when this process is root. */
  private static void run(Path install, List<String> command, int timeoutSeconds)
      throws IOException {
    List<String> full = new ArrayList<>();
    if (isRoot()) {
      full.addAll(List.of("unshare", "--user", "--map-user=65534", "--map-group=65534"));
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("LD_LIBRARY_PATH", install.resolve("lib").toString());
    Process process = builder.start();
    byte[] output;
    try (InputStream out = process.getInputStream()) {
      output = out.readAllBytes();
    }
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(command.get(0) + " did not finish in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command.get(0), e);
    }
    String text = new String(output).strip();
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "PostgreSQL tool failed (" + String.join(" ", command) + "):\n" + text);
    }
    log.debug("{}", text);
  }

  private static boolean isRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Unpacks the engine once per version into the temporary directory and reuses it after. */
  private static Path unpackBinaries() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    // The archive's URL names the artifact and its version, so it identifies the engine.
    String source = String.valueOf(EmbeddedPostgres.class.getResource(ARCHIVE));
    Path target = tmp.resolve("assure-postgres-" + Integer.toHexString(source.hashCode()));
    if (Files.exists(target.resolve(".complete"))) {
      return target;
    }
    Path staging = Files.createTempDirectory(tmp, "assure-postgres-unpacking-");
    try (InputStream in = archive();
        var xz = new XZInputStream(in);
        var tar = new TarArchiveInputStream(xz)) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path file = staging.resolve(entry.getName()).normalize();
        if (!file.startsWith(staging)) {
          throw new IOException("Unexpected path in the PostgreSQL archive: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(file.getParent());
          Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(file.getParent());
          Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
          int mode = entry.getMode();
          file.toFile().setExecutable((mode & 0100) != 0, false);
        }
      }
    }
    Files.createFile(staging.resolve(".complete"));
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException alreadyThere) {
      // Another process unpacked the same engine first; use theirs.
      deleteRecursively(staging);
    }
    return target;
  }

  private static InputStream archive() throws IOException {
    InputStream in = EmbeddedPostgres.class.getResourceAsStream(ARCHIVE);
    if (in == null) {
      throw new IOException(
          "The embedded PostgreSQL engine for this platform is not packaged; set ASSURE_DB_URL,"
              + " ASSURE_DB_USER and ASSURE_DB_PASSWORD to use an external server");
    }
    return in;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
