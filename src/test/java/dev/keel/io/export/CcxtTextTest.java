package dev.keel.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.PortfolioJson;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The CCXT list keeps the portfolio's text as it is (docs/order-export.md, Text): no formula
 * apostrophe, which would change what a script sends; the CSV of the same book gets one.
 */
class CcxtTextTest {
  private static Review withAccount(String account) throws IOException {
    String sample = Files.readString(TestPortfolios.CRYPTO);
    Portfolio portfolio =
        PortfolioJson.DEFAULT
            .read("crypto.json", sample.replace("\"kraken-spot\"", "\"" + account + "\""))
            .get();
    return ExportBooks.approved(portfolio);
  }

  @Test
  void render_anAccountAsAFormula_isKeptInTheListAndNeutralisedInTheCsv() throws IOException {
    Review review = withAccount("@kraken");

    String csv = OrderExport.render(review, OrderFormat.GENERIC, OrderTerms.MARKET);

    assertThat(csv.lines().skip(1))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row).startsWith("\"'@kraken\","));
    // the account's own list (venue kraken) names it as the portfolio does
    OrderFile file = OrderExport.plan(review, Routing.BY_VENUE, "c").files().get(0);
    JsonNode perVenue =
        new ObjectMapper().readTree(OrderExport.render(review, file, OrderTerms.MARKET));
    assertThat(perVenue.get("account").asText()).isEqualTo("@kraken");
    perVenue
        .get("orders")
        .forEach(
            order ->
                assertThat(order.get("params").get("clientOrderId").asText())
                    .matches("keel-[0-9a-f]{10}-T[0-9]+"));
  }
}
