package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Portfolio;
import dev.keel.model.ValidationProblem.Kind;
import dev.keel.model.market.Price;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code prices} map of the market snapshot: a price per symbol, in its quote currency. */
final class PricesSection implements Section {
  private static final QuoteMap PRICES = new QuoteMap("prices", Kind.PRICE, "value", "price of ");

  @Override
  public List<String> fields() {
    return List.of(PRICES.field());
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    Map<String, Price> prices = new LinkedHashMap<>();
    PRICES.read(
        in, (symbol, quote) -> prices.put(symbol, new Price(symbol, quote.value(), quote.asOf())));
    draft.prices = prices;
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    PRICES.write(
        root,
        QuoteMap.quotes(portfolio.market().prices(), Price::value, Price::asOf),
        portfolio.asOf());
  }
}
