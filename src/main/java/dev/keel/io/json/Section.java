package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Portfolio;
import java.util.List;

/**
 * One top-level section of the portfolio file, such as the accounts or the bands: how it is read
 * into a {@link Draft} and how it is written from a portfolio. Reader and writer sit side by side,
 * so that they stay each other's inverse; a new section of the file is one new implementation added
 * to {@link PortfolioDocument#SECTIONS}.
 */
interface Section {
  /** The top-level field names this section owns, in the order they are written. */
  List<String> fields();

  /** Reads the section, recording every problem through {@code in}. */
  void read(DocumentReader in, Draft draft);

  /** Writes the section's fields into the document's root object. */
  void write(Portfolio portfolio, ObjectNode root);
}
