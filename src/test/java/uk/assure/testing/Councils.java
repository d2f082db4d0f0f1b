package uk.assure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.assure.council.domain.GssCode;

/**
 * Which test class owns which council. Every test class in a run shares one Spring context and one
 * database, so two classes that create assessments (or contacts) for the same council disturb each
 * other: one withdraws the other's open assessment, or publishes a rating the other does not
 * expect. So a class claims each council it writes for, in a static field:
 *
 * <pre>{@code
 * private static final String LEEDS = Councils.claim(PublicationWorkflowTest.class, "E08000035");
 * }</pre>
 *
 * <p>A claim by a second class fails with a message naming both, which fails the run. {@code
 * CouncilClaimsTest} loads every claiming class, so a clash fails a run even when the two classes
 * are not both in it. Councils only read (reference data, a page of a council no test assesses) and
 * those in plain unit tests without a database need no claim.
 */
public final class Councils {

  private static final Claims CLAIMS = new Claims();
  private static final String MARK = Councils.class.getName().replace('.', '/');

  private Councils() {}

  /**
   * Claims the council for the test class (or the shared fixture) that writes for it, and returns
   * its code; throws, naming both classes, if another class has claimed it.
   */
  public static String claim(Class<?> owner, String gss) {
    return CLAIMS.claim(owner, gss);
  }

  /**
   * The councils claimed by any class other than the owner, with every claiming class in the test
   * classes loaded first, so the answer does not depend on which classes ran before: for a test
   * that picks councils at run time (comparators, say) and must keep off everyone else's.
   */
  public static Set<String> claimedByOthers(Class<?> owner) {
    loadEveryClaim();
    return CLAIMS.claimedByOthers(owner);
  }

  /**
   * Initialises every test class that claims a council, so that all static claims are made; a clash
   * fails here with the message naming both classes.
   */
  static synchronized void loadEveryClaim() {
    for (String name : claimingClasses()) {
      try {
        Class.forName(name, true, Councils.class.getClassLoader());
      } catch (ExceptionInInitializerError e) {
        throw new IllegalStateException(
            "Loading " + name + " failed: " + e.getCause().getMessage(), e.getCause());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("A compiled test class could not be loaded: " + name, e);
      }
    }
  }

  /** The names of the compiled test classes that call this class. */
  static List<String> claimingClasses() {
    Path root;
    try {
      root = Path.of(Councils.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".class"))
          .filter(file -> !file.getFileName().toString().startsWith("Councils"))
          .filter(Councils::callsThisClass)
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean callsThisClass(Path classFile) {
    try {
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(MARK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A register of claims; the suite has one, a test of the rule makes its own. */
  static final class Claims {

    private final Map<String, Class<?>> owners = new HashMap<>();

    synchronized String claim(Class<?> owner, String gss) {
      String code = new GssCode(gss).value();
      Class<?> earlier = owners.putIfAbsent(code, owner);
      if (earlier != null && !earlier.equals(owner)) {
        throw new IllegalStateException(
            "Council "
                + code
                + " is claimed by both "
                + earlier.getName()
                + " and "
                + owner.getName()
                + ": tests that share a council disturb each other, so give one of them a council"
                + " of its own");
      }
      return code;
    }

    synchronized Set<String> claimedByOthers(Class<?> owner) {
      return owners.entrySet().stream()
          .filter(entry -> !entry.getValue().equals(owner))
          .map(Map.Entry::getKey)
          .collect(Collectors.toUnmodifiableSet());
    }
  }
}
