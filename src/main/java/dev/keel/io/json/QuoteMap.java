package dev.keel.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.ValidationProblem.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The shape every map section of the market snapshot shares: a key (a symbol, a currency) to a
 * quote written either as a bare number, observed at the book's as-of time, or as an object with
 * the value and its own {@code asOf}. Prices and FX rates are two instances; further market data
 * (volatilities, rates) join as more.
 *
 * @param field the top-level field, such as {@code prices}
 * @param kind what a reference into the section names, for dropping echoes of a broken section
 * @param valueField the field of the long form that holds the value, such as {@code value}
 * @param what how one entry is named in problems, before its key: {@code "price of "}
 */
record QuoteMap(String field, Kind kind, String valueField, String what) {

  /** One quote as read: its value and when it was observed. */
  record Quote(BigDecimal value, Instant asOf) {}

  /** Reads one entry of the map in file order; what {@code sink} gets is valid. */
  interface Sink {
    /**
     * Checks the key of an entry; a problem already recorded makes it return {@code false} and the
     * entry is skipped.
     */
    default boolean acceptsKey(String key, String path, DocumentReader in) {
      return true;
    }

    void accept(String key, Quote quote);
  }

  /** Reads the section, passing each valid entry to {@code sink}. */
  void read(DocumentReader in, Sink sink) {
    Set<String> allowed = JsonFields.names(valueField, "asOf");
    in.section(field, kind)
        .forEach(
            (key, node) -> {
              String path = field + "/" + key;
              if (!sink.acceptsKey(key, path, in)) {
                return;
              }
              Quote quote = quote(in, node, path, "the " + what + key, allowed);
              if (quote != null) {
                sink.accept(key, quote);
              }
            });
  }

  /** A quote: a bare number, or an object with the value and its own as-of time. */
  private Quote quote(
      DocumentReader in, JsonNode node, String path, String label, Set<String> allowed) {
    if (!node.isObject()) {
      BigDecimal value = in.root().decimalValue(node, path, label, Range.POSITIVE);
      return value.signum() > 0 ? new Quote(value, in.asOf()) : null;
    }
    JsonFields fields = JsonFields.of(in.context(), node, path, label, allowed);
    BigDecimal value = fields.decimal(valueField, Range.POSITIVE, null);
    Instant time = fields.instant("asOf", in.asOf());
    fields.rejectUnknownFields();
    return value.signum() > 0 ? new Quote(value, time) : null;
  }

  /** Writes the quotes, in the order given: the short form at the book's as-of, else the long. */
  void write(ObjectNode root, Map<String, Quote> quotes, Instant bookAsOf) {
    ObjectNode map = root.putObject(field);
    quotes.forEach(
        (key, quote) -> {
          if (quote.asOf().equals(bookAsOf)) {
            map.put(key, quote.value().toPlainString());
          } else {
            map.putObject(key)
                .put(valueField, quote.value().toPlainString())
                .put("asOf", quote.asOf().toString());
          }
        });
  }

  /** A map of quotes in the given order, for {@link #write}. */
  static <T> Map<String, Quote> quotes(
      Map<String, T> entries,
      java.util.function.Function<T, BigDecimal> value,
      java.util.function.Function<T, Instant> asOf) {
    Map<String, Quote> quotes = new LinkedHashMap<>();
    entries.forEach(
        (key, entry) -> quotes.put(key, new Quote(value.apply(entry), asOf.apply(entry))));
    return quotes;
  }
}
