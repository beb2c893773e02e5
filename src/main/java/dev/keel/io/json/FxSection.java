package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Portfolio;
import dev.keel.model.ValidationProblem.Kind;
import dev.keel.model.market.FxRate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code fx} map of the market snapshot: the value of one unit of each currency in the base
 * currency.
 */
final class FxSection implements Section {
  private static final QuoteMap FX = new QuoteMap("fx", Kind.FX_RATE, "rate", "FX rate of ");

  @Override
  public List<String> fields() {
    return List.of(FX.field());
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    Map<String, FxRate> rates = new LinkedHashMap<>();
    FX.read(
        in,
        new QuoteMap.Sink() {
          @Override
          public boolean acceptsKey(String currency, String path, DocumentReader reader) {
            if (DocumentReader.isCurrency(currency)) {
              return true;
            }
            reader
                .context()
                .problem(
                    path,
                    "\""
                        + currency
                        + "\" is not a currency code: use capital letters, such as EUR");
            return false;
          }

          @Override
          public void accept(String currency, QuoteMap.Quote quote) {
            rates.put(currency, new FxRate(currency, quote.value(), quote.asOf()));
          }
        });
    draft.fxRates = rates;
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    FX.write(
        root,
        QuoteMap.quotes(portfolio.market().fxRates(), FxRate::rate, FxRate::asOf),
        portfolio.asOf());
  }
}
