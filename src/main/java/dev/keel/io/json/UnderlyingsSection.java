package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Portfolio;
import dev.keel.model.market.IndexUnderlying;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code underlyings} map of the market snapshot: index prices of underlyings that are not
 * instruments of the book (SPX under the ES future), each with its currency and, optionally, the
 * target line its exposure counts toward and a beta.
 */
final class UnderlyingsSection implements Section {
  private static final Set<String> UNDERLYING =
      JsonFields.names("price", "currency", "line", "beta");

  @Override
  public List<String> fields() {
    return List.of("underlyings");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    Map<String, IndexUnderlying> read = new LinkedHashMap<>();
    in.objectsByKey(
            in.root(), "underlyings", "the underlying ", UNDERLYING, fields -> entry(fields, in))
        .forEach(
            (symbol, entry) ->
                read.put(
                    symbol,
                    new IndexUnderlying(
                        symbol, entry.price(), entry.currency(), entry.line(), entry.beta())));
    draft.underlyings = read;
  }

  /** An entry's fields as read, before its key makes it an underlying. */
  private record Entry(BigDecimal price, String currency, String line, BigDecimal beta) {}

  /** The entry, or {@code null} when it is not an object or a field is invalid. */
  private static Entry entry(JsonFields fields, DocumentReader in) {
    if (fields == null) {
      return null;
    }
    BigDecimal price = fields.decimal("price", Range.POSITIVE, null);
    String currency = in.currency(fields, "currency", in.base());
    String line = fields.text("line", null);
    BigDecimal beta = fields.decimal("beta", Range.ANY, BigDecimal.ONE);
    fields.rejectUnknownFields();
    if (price.signum() <= 0 || currency == null) {
      return null;
    }
    return new Entry(price, currency, line, beta);
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    if (portfolio.market().underlyings().isEmpty()) {
      return;
    }
    ObjectNode map = root.putObject("underlyings");
    portfolio
        .market()
        .underlyings()
        .forEach(
            (symbol, underlying) -> {
              ObjectNode node =
                  map.putObject(symbol)
                      .put("price", underlying.price().toPlainString())
                      .put("currency", underlying.currency());
              if (underlying.line() != null) {
                node.put("line", underlying.line());
              }
              if (underlying.beta().compareTo(BigDecimal.ONE) != 0) {
                node.put("beta", underlying.beta().toPlainString());
              }
            });
  }
}
