package uk.assure.shared.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A published CSV file: UTF-8 with or without a byte order mark, or Windows-1252 as older files
 * are, and headers found whatever their case and with their known variant names.
 */
public final class CsvInput implements AutoCloseable {

  private final CSVParser parser;
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private final Charset charset;

  private CsvInput(CSVParser parser, Charset charset) {
    this.parser = parser;
    this.charset = charset;
    List<String> names = parser.getHeaderNames();
    for (int i = 0; i < names.size(); i++) {
      columns.putIfAbsent(normalise(names.get(i)), i);
    }
  }

  /** Opens a file, skipping {@code preambleLines} lines before the header. */
  public static CsvInput open(Path file, int preambleLines) throws IOException {
    Charset charset = encodingOf(file);
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    if (charset.equals(StandardCharsets.UTF_8)) {
      in.mark(3);
      byte[] bom = in.readNBytes(3);
      if (!(bom.length == 3
          && (bom[0] & 0xff) == 0xef
          && (bom[1] & 0xff) == 0xbb
          && (bom[2] & 0xff) == 0xbf)) {
        in.reset();
      }
    }
    Reader reader = new InputStreamReader(in, charset);
    for (int skipped = 0; skipped < preambleLines; skipped++) {
      int c;
      while ((c = reader.read()) != -1 && c != '\n') {
        // Skip the preamble line.
      }
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    return new CsvInput(CSVParser.parse(reader, format), charset);
  }

  /** UTF-8 if the whole file decodes as UTF-8, else Windows-1252. */
  public static Charset encodingOf(Path file) throws IOException {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      ByteBuffer pending = ByteBuffer.allocate(0);
      java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 17);
      int read;
      while ((read = in.read(buffer)) != -1) {
        ByteBuffer chunk = ByteBuffer.allocate(pending.remaining() + read);
        chunk.put(pending).put(buffer, 0, read).flip();
        out.clear();
        var result = utf8.decode(chunk, out, false);
        if (result.isError()) {
          return Charset.forName("windows-1252");
        }
        pending = chunk.slice();
      }
      out.clear();
      if (utf8.decode(pending, out, true).isError()) {
        return Charset.forName("windows-1252");
      }
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return Charset.forName("windows-1252");
    }
  }

  public Charset charset() {
    return charset;
  }

  /** The index of the first column with one of these names, in any case. */
  public Optional<Integer> column(String... names) {
    for (String name : names) {
      Integer index = columns.get(normalise(name));
      if (index != null) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }

  public List<String> headers() {
    return new ArrayList<>(parser.getHeaderNames());
  }

  public Iterable<CSVRecord> records() {
    return parser;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static String normalise(String header) {
    return header.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
