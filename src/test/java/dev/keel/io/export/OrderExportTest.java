package dev.keel.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Side;
import dev.keel.engine.rebalance.Trade;
import dev.keel.io.Digests;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderExportTest {
  private static final Portfolio CRYPTO = TestPortfolios.read(TestPortfolios.CRYPTO);
  private static final Portfolio STOCKS = TestPortfolios.read(TestPortfolios.STOCKS);
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final OrderExport.Source SOURCE = new OrderExport.Source("in.json", "ab12");
  private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d*[1-9])?");

  private static Review approvedButOne(Portfolio portfolio) {
    Proposal proposal = Rebalancer.DEFAULT.propose(portfolio, RebalanceSettings.DEFAULT);
    return Review.of(proposal).approveAll().reject(proposal.trades().get(0).id());
  }

  private static List<Map<String, String>> parseCsv(String text) throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows =
        mapper
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(text)) {
      return rows.readAll();
    }
  }

  @Test
  void generic_parsesBackToTheApprovedTradesOnly() throws IOException {
    Review review = approvedButOne(CRYPTO);
    List<Map<String, String>> rows =
        parseCsv(OrderExport.render(review, OrderFormat.GENERIC, OrderTerms.MARKET));

    assertThat(rows).hasSize(review.approvedTrades().size());
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(OrderExport.GENERIC_COLUMNS);
    for (int i = 0; i < rows.size(); i++) {
      Trade trade = review.approvedTrades().get(i);
      Map<String, String> row = rows.get(i);
      assertThat(row.get("symbol")).isEqualTo(trade.symbol());
      assertThat(row.get("side")).isEqualTo(trade.side().label());
      assertThat(new BigDecimal(row.get("quantity"))).isEqualByComparingTo(trade.quantity());
      assertThat(row.get("quantity")).matches(PLAIN);
      assertThat(row.get("notional")).matches(PLAIN);
      assertThat(row.get("client_order_id")).isEqualTo(review.proposal().id() + "-" + trade.id());
      assertThat(row.get("order_type")).isEqualTo("market");
      assertThat(row.get("limit_price")).isEmpty();
      assertThat(row.get("reason")).isEqualTo(trade.reasonText());
    }
    String rejected = review.proposal().trades().get(0).id();
    assertThat(rows).noneMatch(r -> r.get("client_order_id").endsWith("-" + rejected));
  }

  @Test
  void ibkr_addsTheAccountColumnForSeveralAccounts_andTagsTheBasket() throws IOException {
    Review review =
        Review.of(Rebalancer.DEFAULT.propose(STOCKS, RebalanceSettings.DEFAULT)).approveAll();
    List<Map<String, String>> rows =
        parseCsv(OrderExport.render(review, OrderFormat.IBKR, OrderTerms.limit(BigDecimal.TEN)));

    assertThat(rows.get(0).keySet()).endsWith("BasketTag", "Account");
    Map<String, String> first = rows.get(0);
    assertThat(first.get("Action")).isIn("BUY", "SELL");
    assertThat(first.get("SecType")).isEqualTo("STK");
    assertThat(first.get("OrderType")).isEqualTo("LMT");
    assertThat(first.get("BasketTag")).isEqualTo(review.proposal().id());
    assertThat(first.get("Account")).isEqualTo(review.approvedTrades().get(0).account());

    Review single =
        Review.of(Rebalancer.DEFAULT.propose(CRYPTO, RebalanceSettings.DEFAULT)).approveAll();
    assertThat(parseCsv(OrderExport.render(single, OrderFormat.IBKR, OrderTerms.MARKET)).get(0))
        .doesNotContainKey("Account")
        .containsEntry("SecType", "CRYPTO")
        .containsEntry("LmtPrice", "");
  }

  @Test
  void ccxt_entriesMapOntoCreateOrder() throws IOException {
    Review review =
        Review.of(Rebalancer.DEFAULT.propose(CRYPTO, RebalanceSettings.DEFAULT)).approveAll();
    String text =
        OrderExport.render(review, OrderFormat.CCXT, OrderTerms.limit(new BigDecimal("25")));
    JsonNode root =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);

    assertThat(text).doesNotContain("E-").doesNotContain("E+");
    assertThat(root.get("orders")).hasSize(review.approvedTrades().size());
    for (int i = 0; i < review.approvedTrades().size(); i++) {
      Trade trade = review.approvedTrades().get(i);
      JsonNode order = root.get("orders").get(i);
      assertThat(order.fieldNames())
          .toIterable()
          .containsExactly("symbol", "type", "side", "amount", "price", "params");
      assertThat(order.get("symbol").asText()).isEqualTo(trade.symbol() + "/USD");
      assertThat(order.get("type").asText()).isEqualTo("limit");
      assertThat(order.get("amount").decimalValue()).isEqualByComparingTo(trade.quantity());
      assertThat(order.get("params").get("clientOrderId").asText())
          .isEqualTo(review.proposal().id() + "-" + trade.id());
    }
  }

  @Test
  void limitPrice_movesThroughTheReferenceAndRoundsToTheTickTowardIt() {
    Review review = Review.of(Rebalancer.DEFAULT.propose(CRYPTO, RebalanceSettings.DEFAULT));
    Instrument btc = CRYPTO.instrumentsBySymbol().get("BTC");
    Trade sell = review.trades().get(0);
    assertThat(sell.side()).isEqualTo(Side.SELL);
    // 91250.4 less 25 bps = 91022.274, up to the 0.1 tick: 91022.3
    assertThat(OrderTerms.limit(new BigDecimal("25")).limitPrice(sell, btc))
        .isEqualByComparingTo("91022.3");
    Trade eth = review.trades().stream().filter(t -> t.symbol().equals("ETH")).findFirst().get();
    Instrument ethInstrument = CRYPTO.instrumentsBySymbol().get("ETH");
    // 3050.75 plus 25 bps = 3058.376875, down to the 0.01 tick: 3058.37
    assertThat(OrderTerms.limit(new BigDecimal("25")).limitPrice(eth, ethInstrument))
        .isEqualByComparingTo("3058.37");
  }

  @Test
  void formulaLikeText_isNeutralised() throws IOException {
    Review review = approvedButOne(CRYPTO);
    String text = OrderExport.render(review, OrderFormat.GENERIC, OrderTerms.MARKET);
    for (Map<String, String> row : parseCsv(text)) {
      for (String cell : row.values()) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(OrderFormat.class)
  void write_putsAManifestBeside_andNeverOverwritesUnlessAsked(
      OrderFormat format, @TempDir Path dir) throws IOException {
    Review review = approvedButOne(CRYPTO);
    Path orders = dir.resolve("orders." + format.extension());
    OrderExport.write(orders, review, format, OrderTerms.MARKET, SOURCE, NOW, false);

    JsonNode manifest = new ObjectMapper().readTree(OrderExport.manifestPath(orders).toFile());
    assertThat(manifest.get("proposalId").asText()).isEqualTo(review.proposal().id());
    assertThat(manifest.get("inputSha256").asText()).isEqualTo("ab12");
    assertThat(manifest.get("createdAt").asText()).isEqualTo("2026-11-24T10:00:00Z");
    assertThat(manifest.get("trades").get("approved").asInt())
        .isEqualTo(review.approvedTrades().size());
    assertThat(manifest.get("trades").get("rejected").asInt()).isEqualTo(1);
    assertThat(manifest.get("settings").get("trigger").asText()).isEqualTo("threshold");

    String before = Files.readString(orders);
    Review all = review.approveAll();
    assertThatThrownBy(
            () -> OrderExport.write(orders, all, format, OrderTerms.MARKET, SOURCE, NOW, false))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(orders)).isEqualTo(before);
    OrderExport.write(orders, all, format, OrderTerms.MARKET, SOURCE, NOW, true);
    assertThat(Files.readString(orders)).isNotEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(2); // no temporary file left behind
    }
  }

  @Test
  void sha256_isTheStandardDigest() {
    assertThat(Digests.sha256("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
