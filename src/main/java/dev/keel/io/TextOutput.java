package dev.keel.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/**
 * Writes the text of Keel's reports and exports: CSV with a header row, and indented JSON whose
 * decimals are plain (no exponent). One configuration for every file Keel writes besides the
 * portfolio itself.
 */
public final class TextOutput {
  private static final CsvMapper CSV = CsvMapper.builder().build();
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private TextOutput() {}

  /** A CSV table: the header row, then one line per row, cells quoted only where needed. */
  public static String csv(List<String> columns, List<List<String>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    try {
      return CSV.writer(schema.build())
          .with(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
          // quote what must be quoted, whatever its length: by default Jackson quotes every cell
          // longer than 24 characters, and TWS does not read a quoted header field
          .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write CSV", e);
    }
  }

  /** A JSON tree as indented text ending in a newline. */
  public static String json(JsonNode root) {
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
