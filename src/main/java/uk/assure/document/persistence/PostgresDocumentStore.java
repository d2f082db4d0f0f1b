package uk.assure.document.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.assure.document.DocumentStore;
import uk.assure.document.domain.ContentHash;

/**
 * Keeps documents in PostgreSQL as numbered chunks of {@value #CHUNK_SIZE} bytes, so no file is
 * ever held whole in memory, writing or reading.
 */
@Component
class PostgresDocumentStore implements DocumentStore {

  static final int CHUNK_SIZE = 1024 * 1024;

  private final JdbcClient jdbc;

  PostgresDocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long write(ContentHash hash, InputStream content) throws IOException {
    byte[] chunk = new byte[CHUNK_SIZE];
    long total = 0;
    int sequence = 0;
    int filled;
    while ((filled = content.readNBytes(chunk, 0, CHUNK_SIZE)) > 0) {
      byte[] bytes = filled == CHUNK_SIZE ? chunk : java.util.Arrays.copyOf(chunk, filled);
      jdbc.sql(
              "INSERT INTO document_chunks (sha256, sequence, bytes) VALUES (:sha256, :sequence, :bytes)")
          .param("sha256", hash.value())
          .param("sequence", sequence++)
          .param("bytes", bytes)
          .update();
      total += filled;
    }
    return total;
  }

  @Override
  public InputStream open(ContentHash hash) {
    return new ChunkStream(hash);
  }

  /** Reads one chunk at a time, fetching the next when the last is used up. */
  private final class ChunkStream extends InputStream {

    private final ContentHash hash;
    private int sequence;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    ChunkStream(ContentHash hash) {
      this.hash = hash;
    }

    @Override
    public int read() {
      if (!fill()) {
        return -1;
      }
      return current[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(length, current.length - position);
      System.arraycopy(current, position, buffer, offset, n);
      position += n;
      return n;
    }

    private boolean fill() {
      while (!ended && position >= current.length) {
        Optional<byte[]> next =
            jdbc.sql(
                    "SELECT bytes FROM document_chunks WHERE sha256 = :sha256 AND sequence = :sequence")
                .param("sha256", hash.value())
                .param("sequence", sequence)
                .query(byte[].class)
                .optional();
        if (next.isEmpty()) {
          ended = true;
        } else {
          current = next.get();
          position = 0;
          sequence++;
        }
      }
      return !ended || position < current.length;
    }
  }
}
