package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Portfolio;
import dev.keel.model.market.MarketSnapshot;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code rates}, {@code yields} and {@code funding} maps of the market snapshot: interest rates
 * by currency and dividend or carry yields by underlying (annual, continuously compounded
 * fractions), and perpetual funding rates per 8 hours by symbol. Each is a key to a plain number; a
 * negative value is allowed (negative rates, a perpetual whose shorts pay).
 */
final class RatesSection implements Section {

  @Override
  public List<String> fields() {
    return List.of("rates", "yields", "funding");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    draft.rates = numbers(in, "rates", "the interest rate of ", true);
    draft.yields = numbers(in, "yields", "the yield of ", false);
    draft.funding = numbers(in, "funding", "the funding rate of ", false);
  }

  private static Map<String, BigDecimal> numbers(
      DocumentReader in, String field, String what, boolean currencyKeys) {
    Map<String, BigDecimal> read = new LinkedHashMap<>();
    in.root()
        .entries(field)
        .forEach(
            (key, node) -> {
              String path = field + "/" + key;
              if (currencyKeys && !DocumentReader.isCurrency(key)) {
                in.context()
                    .problem(
                        path,
                        "\"" + key + "\" is not a currency code: use capital letters, such as USD");
                return;
              }
              read.put(key, in.root().decimalValue(node, path, what + key, Range.ANY));
            });
    return read;
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    MarketSnapshot market = portfolio.market();
    write(root, "rates", market.rates());
    write(root, "yields", market.yields());
    write(root, "funding", market.funding());
  }

  /** Writes a map only when it has entries, so a book without derivatives data stays as it was. */
  private static void write(ObjectNode root, String field, Map<String, BigDecimal> values) {
    if (values.isEmpty()) {
      return;
    }
    ObjectNode map = root.putObject(field);
    values.forEach((key, value) -> map.put(key, value.toPlainString()));
  }
}
