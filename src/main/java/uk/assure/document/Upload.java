package uk.assure.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file someone sent, which can be read more than once (a form's upload is kept in a temporary
 * file by the web server, never in memory).
 *
 * @param name the name the sender's computer gave it
 * @param size its size in bytes, as the sender declared it
 */
public record Upload(String name, long size, Source content) {

  /** Opens the file's bytes afresh each time. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }
}
