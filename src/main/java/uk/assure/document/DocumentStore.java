package uk.assure.document;

import java.io.IOException;
import java.io.InputStream;
import uk.assure.document.domain.ContentHash;

/**
 * Where documents' bytes are kept, by content hash. The default keeps them in PostgreSQL; another
 * store (an object store, say) implements this and nothing that calls it changes.
 */
public interface DocumentStore {

  /**
   * Keeps the bytes read from {@code content} under {@code hash}, streaming them without holding
   * the whole file in memory. Called inside the transaction that records the document, so a failure
   * keeps nothing.
   *
   * @return the number of bytes kept
   */
  long write(ContentHash hash, InputStream content) throws IOException;

  /** The bytes kept under {@code hash}, read as they are needed. */
  InputStream open(ContentHash hash);
}
