package dev.keel.io.export;

import static dev.keel.io.export.ExportBooks.DERIVATIVES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Side;
import dev.keel.io.export.ExportBooks.Order;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Futures and options in an IBKR basket: the contract columns, on the derivatives sample. */
class IbkrBasketTest {
  private static List<Map<String, String>> rows(String text) throws IOException {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(text)) {
      return rows.readAll();
    }
  }

  @Test
  void aBasketWithDerivatives_namesEachContract_andLeavesTheStockRowsContractCellsEmpty()
      throws IOException {
    Review review =
        ExportBooks.withOrders(
            DERIVATIVES,
            new Order("ibkr-margin", "ESZ6", Side.BUY, "1"),
            new Order("ibkr-margin", "SPY-20261218-P-560", Side.SELL, "2"));
    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "d");
    OrderFile basket = plan.files().get(1);

    String text = OrderExport.render(review, basket, OrderTerms.MARKET);

    assertThat(plan.problems()).isEmpty();
    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo(
            "Action,Quantity,Symbol,SecType,LastTradingDayOrContractMonth,Strike,Right,Multiplier,"
                + "Exchange,Currency,TimeInForce,OrderType,LmtPrice,BasketTag");
    List<Map<String, String>> rows = rows(text);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0))
        .containsEntry("Symbol", "SPY")
        .containsEntry("SecType", "STK")
        .containsEntry("LastTradingDayOrContractMonth", "")
        .containsEntry("Multiplier", "")
        .containsEntry("Exchange", "SMART");
    assertThat(rows.get(1))
        .containsEntry("Action", "BUY")
        .containsEntry("Quantity", "1")
        .containsEntry("Symbol", "ES")
        .containsEntry("SecType", "FUT")
        .containsEntry("LastTradingDayOrContractMonth", "20261218")
        .containsEntry("Strike", "")
        .containsEntry("Multiplier", "50")
        .containsEntry("Exchange", "CME")
        .containsEntry("Currency", "USD")
        .containsEntry("TimeInForce", "DAY");
    assertThat(rows.get(2))
        .containsEntry("Action", "SELL")
        .containsEntry("Symbol", "SPY")
        .containsEntry("SecType", "OPT")
        .containsEntry("LastTradingDayOrContractMonth", "20261218")
        .containsEntry("Strike", "560")
        .containsEntry("Right", "P")
        .containsEntry("Multiplier", "100")
        .containsEntry("Exchange", "SMART");
  }

  @Test
  void theDaxFutureOfTheSample_isRefused_withWhatToDo() {
    Review review =
        ExportBooks.withOrders(DERIVATIVES, new Order("ibkr-margin", "FDXZ6", Side.SELL, "1"));

    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "d");

    assertThat(plan.problems())
        .singleElement()
        .asString()
        .startsWith("T4 FDXZ6 in account ibkr-margin (ibkr): Keel does not know which exchange")
        .endsWith("reject the trade and place it in TWS, or export in the generic format");
  }

  @Test
  void aPerpetualAtDeribit_forcedIntoAnIbkrBasket_isRefused() {
    Review review =
        ExportBooks.withOrders(DERIVATIVES, new Order("deribit", "BTC-PERPETUAL", Side.BUY, "0.1"));

    assertThat(OrderExport.plan(review, Routing.forced(OrderFormat.IBKR), "d").problems())
        .singleElement()
        .asString()
        .contains("T4 BTC-PERPETUAL in account deribit (deribit): an IBKR basket cannot hold");
  }
}
