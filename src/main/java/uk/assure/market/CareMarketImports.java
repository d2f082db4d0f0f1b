package uk.assure.market;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.assure.council.CouncilRegistry;
import uk.assure.council.domain.Council;
import uk.assure.council.domain.GssCode;
import uk.assure.market.domain.AreaFigures;
import uk.assure.market.domain.CouncilNames;
import uk.assure.market.importing.CareDirectoryFile;
import uk.assure.market.importing.DirectoryProblem;

/**
 * Imports the regulator's care directory as a dated snapshot of the care market figures, all or
 * nothing: a refused file stores nothing, the same file again changes nothing, and a file for a
 * date already imported replaces that date's snapshot.
 */
@Service
public class CareMarketImports {

  /** What an import did. */
  public sealed interface Outcome permits Stored, Unchanged, Refused {}

  /** The snapshot for the date was stored from the file. */
  public record Stored(LocalDate asOf, long rows, int councils) implements Outcome {}

  /** The same file was already imported for the date; nothing changed. */
  public record Unchanged(LocalDate asOf) implements Outcome {}

  /** The file was refused; nothing was stored. */
  public record Refused(List<DirectoryProblem> problems, long count) implements Outcome {
    public Refused {
      problems = List.copyOf(problems);
    }
  }

  private final CareMarketRecords records;
  private final CouncilRegistry councils;
  private final TransactionTemplate transaction;
  private final Clock clock;

  CareMarketImports(
      CareMarketRecords records,
      CouncilRegistry councils,
      TransactionTemplate transaction,
      Clock clock) {
    this.records = records;
    this.councils = councils;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Imports the file as the snapshot for the as-of date.
   *
   * @param name the file's name as given, whose ending says its format (.ods, .xlsx, .csv)
   */
  public Outcome importFile(Path file, String name, LocalDate asOf) {
    String hash = sha256(file);
    if (records.fileHash(asOf).filter(hash::equals).isPresent()) {
      return new Unchanged(asOf);
    }
    List<Council> registry = councils.all();
    CareDirectoryFile.Result result =
        CareDirectoryFile.read(file, name, new CouncilNames(registry), asOf);
    if (result instanceof CareDirectoryFile.Refused refused) {
      return new Refused(refused.problems(), refused.count());
    }
    CareDirectoryFile.Read read = (CareDirectoryFile.Read) result;
    Map<GssCode, AreaFigures> byCouncil = new LinkedHashMap<>();
    registry.forEach(council -> byCouncil.put(council.gss(), AreaFigures.empty(council.gss())));
    read.tally().councils().forEach(area -> byCouncil.put(area.council(), area));
    List<AreaFigures> areas = new ArrayList<>();
    areas.add(read.tally().england());
    areas.addAll(byCouncil.values());
    transaction.executeWithoutResult(
        status -> records.replace(asOf, hash, read.rows(), clock.instant(), areas));
    return new Stored(asOf, read.rows(), byCouncil.size());
  }

  /** The latest snapshot's date, if any file has been imported. */
  public Optional<LocalDate> latest() {
    return records.latest();
  }

  private static String sha256(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }
}
