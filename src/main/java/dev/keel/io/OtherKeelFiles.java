package dev.keel.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.keel.model.check.UnsafeCharacters;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keel's other files, recognised when one is given where a portfolio belongs: an orders file (the
 * generic CSV, an Interactive Brokers basket, a CCXT order list), an export manifest, a drift
 * report, or a holdings CSV to import. Each is told by its first line or its first top-level keys,
 * so a large file is not parsed to say what it is. The signatures are the writers' own headers and
 * keys (tests render each writer's file and check it is recognised), kept here because the
 * portfolio file's front door uses none of the formats.
 */
final class OtherKeelFiles {
  private static final JsonFactory JSON = new JsonFactory();

  /** The generic orders CSV's header row. */
  private static final String GENERIC_ORDERS =
      "account,symbol,side,quantity,price,notional,currency,est_fees,order_type,limit_price,"
          + "time_in_force,client_order_id,reason";

  /** Columns every IBKR basket has, whatever contract and account columns join them. */
  private static final Set<String> BASKET =
      Set.of("Action", "Quantity", "Symbol", "SecType", "Exchange", "BasketTag");

  /** The drift report CSV's header row starts with these columns. */
  private static final String DRIFT_CSV = "kind,key,name,depth,";

  private static final String FROM_ITS_MANIFEST =
      ", not a portfolio: open the portfolio it came from (named in its manifest)";

  /** How many top-level members are looked at for a manifest's {@code input}. */
  private static final int MEMBERS_LOOKED_AT = 12;

  private OtherKeelFiles() {}

  /**
   * What the text is and what to do, when it is one of Keel's other files; {@code null} when it may
   * be a portfolio (a broken one included: its own problems say what is wrong).
   */
  static String recognise(String text) {
    String start = text.stripLeading();
    if (start.startsWith("{")) {
      return json(start);
    }
    return csv(firstLine(start));
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static String csv(String header) {
    if (header.equals(GENERIC_ORDERS)) {
      return "this is a Keel orders file (generic CSV)" + FROM_ITS_MANIFEST;
    }
    List<String> cells = Arrays.asList(header.split(",", -1));
    if (cells.containsAll(BASKET)) {
      return "this is a Keel orders file (Interactive Brokers basket)" + FROM_ITS_MANIFEST;
    }
    if (header.startsWith(DRIFT_CSV)) {
      return "this is a Keel drift report (CSV), not a portfolio: open the portfolio it was made"
          + " from";
    }
    if (isHoldingsHeader(header)) {
      return "this looks like a holdings CSV, not a portfolio (a JSON file): import it with keel"
          + " import-holdings FILE --out NEW.json, or Import holdings CSV (Ctrl+I) in the window";
    }
    return null;
  }

  /** A header naming the columns a holdings import needs, in any of the separators it reads. */
  private static boolean isHoldingsHeader(String header) {
    for (String separator : List.of(",", ";", "\t")) {
      List<String> names =
          Arrays.stream(header.split(separator, -1))
              .map(cell -> cell.replace("\"", "").trim().toLowerCase(Locale.ROOT))
              .toList();
      if (names.contains("symbol") && names.contains("quantity") && names.contains("price")) {
        return true;
      }
    }
    return false;
  }

  /** Tells a JSON file by its first top-level key (and a manifest by its {@code format}). */
  private static String json(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT
          || parser.nextToken() != JsonToken.FIELD_NAME) {
        return null;
      }
      String first = parser.currentName();
      switch (first) {
        case "proposalId":
          return "this is a Keel orders file (CCXT order list)" + FROM_ITS_MANIFEST;
        case "portfolio":
          return "this is a Keel drift report (JSON), not a portfolio: open the portfolio it was"
              + " made from";
        case "format":
          return parser.nextToken() == JsonToken.VALUE_STRING
                  && parser.getText().equals("keel-order-manifest")
              ? manifest(parser)
              : null;
        default:
          return null;
      }
    } catch (IOException e) {
      return null; // not JSON, or broken: the reader says where
    }
  }

  /** A manifest's message, naming the portfolio its {@code input} records when it is near. */
  private static String manifest(JsonParser parser) throws IOException {
    String input = null;
    for (int member = 0; member < MEMBERS_LOOKED_AT && input == null; member++) {
      if (parser.nextToken() != JsonToken.FIELD_NAME) {
        break;
      }
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("input") && value == JsonToken.VALUE_STRING) {
        input = parser.getText();
      }
      parser.skipChildren();
    }
    String named =
        input == null || input.isBlank()
            ? "the portfolio its \"input\" names"
            : "the portfolio it was made from, " + UnsafeCharacters.shown(input);
    return "this is a Keel export manifest, not a portfolio: open " + named;
  }
}
