package dev.keel.io.export;

import static dev.keel.io.export.ExportBooks.DERIVATIVES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Side;
import dev.keel.io.export.ExportBooks.Order;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Derivative orders in a CCXT list: the symbol of the contract, contracts, reduce-only. */
class CcxtOrdersTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static JsonNode deribitList(Review review) throws IOException {
    OrderFile deribit = OrderExport.plan(review, Routing.BY_VENUE, "d").files().get(0);
    assertThat(deribit.venue().id()).isEqualTo("deribit");
    return JSON.readTree(OrderExport.render(review, deribit, OrderTerms.MARKET));
  }

  /** The orders of the list for one symbol, in file order. */
  private static List<JsonNode> ordersIn(JsonNode list, String symbol) {
    List<JsonNode> orders = new ArrayList<>();
    list.get("orders")
        .forEach(
            o -> {
              if (o.get("symbol").asText().equals(symbol)) {
                orders.add(o);
              }
            });
    return orders;
  }

  @Test
  void aBuyBackOfPartOrAllOfAShort_isReduceOnly_butNotOneThatCrossesZero() throws IOException {
    // deribit holds -0.5 BTC-PERPETUAL: 0.3 back leaves -0.2, 0.2 more closes it, 0.1 opens long
    Review review =
        ExportBooks.withOrders(
            DERIVATIVES,
            new Order("deribit", "BTC-PERPETUAL", Side.BUY, "0.3"),
            new Order("deribit", "BTC-PERPETUAL", Side.BUY, "0.2"),
            new Order("deribit", "BTC-PERPETUAL", Side.BUY, "0.1"));

    List<JsonNode> perpetual = ordersIn(deribitList(review), "BTC/USD:USD");

    assertThat(perpetual).hasSize(3);
    assertThat(perpetual)
        .extracting(o -> o.get("amount").decimalValue().toPlainString())
        .containsExactly("0.3", "0.2", "0.1");
    assertThat(perpetual)
        .extracting(o -> o.get("params").path("reduceOnly").asBoolean(false))
        .containsExactly(true, true, false);
  }

  @Test
  void aSaleAddingToAShort_orALargerBuyBackThanTheShort_isNotReduceOnly() throws IOException {
    Review adding =
        ExportBooks.withOrders(
            DERIVATIVES, new Order("deribit", "BTC-PERPETUAL", Side.SELL, "0.1"));
    Review crossing =
        ExportBooks.withOrders(DERIVATIVES, new Order("deribit", "BTC-PERPETUAL", Side.BUY, "0.6"));

    assertThat(ordersIn(deribitList(adding), "BTC/USD:USD").get(0).get("params").has("reduceOnly"))
        .isFalse();
    assertThat(
            ordersIn(deribitList(crossing), "BTC/USD:USD").get(0).get("params").has("reduceOnly"))
        .isFalse();
  }

  @Test
  void theContractsSymbol_isOnItsUnderlying_andTheAmountIsInContracts() throws IOException {
    Review review =
        ExportBooks.withOrders(
            DERIVATIVES, new Order("deribit", "BTC-PERPETUAL", Side.SELL, "0.25"));

    JsonNode order = ordersIn(deribitList(review), "BTC/USD:USD").get(0);

    assertThat(order.get("amount").decimalValue()).isEqualByComparingTo("0.25");
    assertThat(order.get("side").asText()).isEqualTo("sell");
    assertThat(order.get("params").get("clientOrderId").asText())
        .isEqualTo(review.proposal().id() + "-" + review.approvedTrades().get(3).id());
  }
}
