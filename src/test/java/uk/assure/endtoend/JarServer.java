package uk.assure.endtoend;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar, started the way the README says ({@code java -jar target/assure.jar}) in a
 * fresh working directory of its own, so its embedded PostgreSQL lives under that directory's
 * {@code ./data}. Its clock, and its database's, is moved by libfaketime through a file holding an
 * offset such as {@code +60d}.
 */
final class JarServer implements AutoCloseable {

  static final Path FAKETIME = Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** The first start unpacks PostgreSQL and creates its database; slow on a busy machine. */
  private static final Duration START_LIMIT = Duration.ofMinutes(15);

  private final Path jar;
  private final Path workDir;
  private final Path clockFile;
  private final Path log;
  private final int port;
  private final LocalDate realToday = LocalDate.now(LONDON);
  private Process process;
  private long offsetDays;

  private JarServer(Path jar, Path workDir, Path log, int port) {
    this.jar = jar;
    this.workDir = workDir;
    this.clockFile = workDir.resolve("faketime.rc");
    this.log = log;
    this.port = port;
  }

  /** Starts target/assure.jar and waits until it answers. */
  static JarServer start() throws IOException, InterruptedException {
    Path jar = Path.of("target", "assure.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: package the application first (mvn package -DskipTests)");
    }
    if (!Files.isRegularFile(FAKETIME)) {
      throw new IllegalStateException(
          FAKETIME
              + " is missing: install Debian's libfaketime package (apt-get install libfaketime),"
              + " which the end-to-end test needs to live through the assessment's calendar");
    }
    Path logDir = Files.createDirectories(Path.of("target", "endtoend").toAbsolutePath());
    JarServer server =
        new JarServer(
            jar, Files.createTempDirectory("assure-e2e"), logDir.resolve("server.log"), freePort());
    try {
      server.launch();
    } catch (IOException | InterruptedException | RuntimeException failed) {
      server.close();
      throw failed;
    }
    return server;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private void launch() throws IOException, InterruptedException {
    Files.writeString(clockFile, "+0d\n");
    Files.deleteIfExists(log);
    ProcessBuilder builder = command("-jar", jar.toString());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = builder.start();
    // Should the test's JVM be stopped before close(), the server and its database go with it.
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    awaitAnswer();
  }

  /**
   * {@code java ARGS} in the server's working directory, with the environment the test gives it:
   * the port and the moved clock, and none of Assure's optional settings (no SMTP, no external
   * database).
   */
  private ProcessBuilder command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    Map<String, String> env = builder.environment();
    env.keySet()
        .removeIf(
            name ->
                name.startsWith("ASSURE_")
                    || name.startsWith("SPRING_")
                    || name.equals("PORT")
                    || name.startsWith("FAKETIME")
                    || name.equals("LD_PRELOAD")
                    || name.equals("JAVA_TOOL_OPTIONS"));
    env.put("PORT", String.valueOf(port));
    env.put("LD_PRELOAD", FAKETIME.toString());
    env.put("FAKETIME_TIMESTAMP_FILE", clockFile.toString());
    env.put("FAKETIME_CACHE_DURATION", "1");
    env.put("FAKETIME_DONT_FAKE_MONOTONIC", "1");
    // Debian's libfaketime turns its "monotonic fix" on by itself with glibc; with it, every timed
    // wait of the JVM returns at once, so an idle server spins on both cores and everything on the
    // machine slows down. The JVM's waits use the monotonic clock, which is not faked here.
    env.put("FAKETIME_FORCE_MONOTONIC_FIX", "0");
    return builder;
  }

  private void awaitAnswer() throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant limit = Instant.now().plus(START_LIMIT);
    while (Instant.now().isBefore(limit)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The server stopped with exit code " + process.exitValue() + "\n" + logTail());
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(base().resolve("/")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(
        "The server did not answer within " + START_LIMIT + "\n" + logTail());
  }

  URI base() {
    return URI.create("http://localhost:" + port);
  }

  /**
   * Runs a command of the same jar ({@code java -jar target/assure.jar ARGS}) in the server's
   * working directory and environment, returning what it printed. Commands run one at a time: on a
   * busy machine several JVMs starting at once take longer than one after another.
   */
  String run(List<String> args) throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(List.of("-jar", jar.toString()));
    all.addAll(args);
    String line = "java -jar assure.jar " + String.join(" ", args);
    Path output = Files.createTempFile(workDir, "command", ".out");
    ProcessBuilder builder = command(all.toArray(String[]::new));
    builder.redirectErrorStream(true);
    builder.redirectOutput(output.toFile());
    Process command = builder.start();
    try {
      if (!command.waitFor(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException(line + " did not finish within 10 minutes");
      }
      String out = Files.readString(output, StandardCharsets.UTF_8);
      Files.writeString(
          log.resolveSibling("commands.log"),
          "$ " + line + "\n" + out + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      if (command.exitValue() != 0) {
        throw new IllegalStateException(line + " exited with " + command.exitValue() + ":\n" + out);
      }
      return out;
    } finally {
      if (command.isAlive()) {
        command.destroyForcibly();
      }
    }
  }

  /** The server's today (in England), with its clock moved. */
  LocalDate today() {
    return realToday.plusDays(offsetDays);
  }

  /** Moves the server's clock (and its database's) so that its today is the given day. */
  void moveClockTo(LocalDate day) throws IOException, InterruptedException {
    long days = day.toEpochDay() - LocalDate.now(LONDON).toEpochDay();
    Files.writeString(clockFile, (days >= 0 ? "+" : "") + days + "d\n");
    offsetDays = day.toEpochDay() - realToday.toEpochDay();
    // libfaketime reads the file again at most a second later
    Thread.sleep(2500);
  }

  /** The last lines the server printed, for a failure's message. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "--- last lines of "
          + log
          + " ---\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      return "(no server log: " + e.getMessage() + ")";
    }
  }

  Path log() {
    return log;
  }

  /** Stops the server and its PostgreSQL, and removes its working directory. */
  @Override
  public void close() {
    stop();
    deleteQuietly(workDir);
  }

  private synchronized void stop() {
    if (process != null) {
      List<ProcessHandle> children = process.descendants().toList();
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      for (ProcessHandle child : children) {
        child.destroy();
      }
      for (ProcessHandle child : children) {
        try {
          child.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception stillThere) {
          child.destroyForcibly();
        }
      }
      process = null;
    }
    // PostgreSQL runs detached from the server's process; it is found by its data directory.
    String dir = workDir.toString();
    List<ProcessHandle> database =
        ProcessHandle.allProcesses()
            .filter(p -> p.info().commandLine().map(c -> c.contains(dir)).orElse(false))
            .toList();
    database.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : database) {
      try {
        p.onExit().get(20, TimeUnit.SECONDS);
      } catch (Exception stillThere) {
        p.destroyForcibly();
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // a file PostgreSQL still holds; the temporary directory is left to the system
                }
              });
    } catch (IOException ignored) {
      // nothing to remove
    }
  }
}
