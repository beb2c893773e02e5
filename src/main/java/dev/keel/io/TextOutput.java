package dev.keel.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;

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

  /** A header field: letters, digits and underscores, never quoted. */
  private static final Pattern HEADER_FIELD = Pattern.compile("[A-Za-z0-9_]+");

  /**
   * A CSV table: the header row, then one line per row, an empty cell as {@code ""}. A cell is
   * quoted when it is longer than 24 characters or holds a control character, a space or one of
   * {@code !"#$%&'()*+,\} (Jackson's quick check; its strict check would leave empty cells
   * unquoted). The header is written as it is, never quoted (TWS does not recognise a quoted header
   * field such as {@code LastTradingDayOrContractMonth}).
   */
  public static String csv(List<String> columns, List<List<String>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
    for (String column : columns) {
      if (!HEADER_FIELD.matcher(column).matches()) {
        throw new IllegalArgumentException("not a plain header field: " + column);
      }
      schema.addColumn(column);
    }
    try {
      return String.join(",", columns)
          + "\n"
          + CSV.writer(schema.build())
              .with(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
              .writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write CSV", e);
    }
  }

  /** What writes a JSON document through a generator, token by token. */
  @FunctionalInterface
  public interface JsonWriting {
    void write(JsonGenerator json) throws IOException;
  }

  /**
   * A JSON document written token by token, as indented text ending in a newline: the same text as
   * {@link #json(JsonNode)} gives for the same tree, without building the tree (a report of ten
   * thousand positions holds some three hundred thousand nodes).
   */
  public static String json(JsonWriting document) {
    StringWriter text = new StringWriter(1 << 16);
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      document.write(json);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
    return text.append('\n').toString();
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
