package dev.keel.io.export;

import static dev.keel.io.export.ExportBooks.CRYPTO;
import static dev.keel.io.export.ExportBooks.DERIVATIVES;
import static dev.keel.io.export.ExportBooks.STOCKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Side;
import dev.keel.engine.rebalance.Trade;
import dev.keel.io.AtomicFiles;
import dev.keel.io.Digests;
import dev.keel.model.Instrument;
import dev.keel.model.Venue;
import dev.keel.model.market.MarketSnapshot;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderExportTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final OrderExport.Source SOURCE = new OrderExport.Source("in.json", "ab12");
  private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d*[1-9])?");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @TempDir Path dir;

  private static Review approvedButOne(dev.keel.model.Portfolio portfolio) {
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

  private List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> ids(List<Trade> trades) {
    return trades.stream().map(Trade::id).toList();
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
    Review review = ExportBooks.approved(STOCKS);
    List<Map<String, String>> rows =
        parseCsv(OrderExport.render(review, OrderFormat.IBKR, OrderTerms.limit(BigDecimal.TEN)));

    assertThat(rows.get(0).keySet()).endsWith("BasketTag", "Account");
    assertThat(rows.get(0).keySet()).doesNotContain("Strike"); // no derivative, no contract cells
    Map<String, String> first = rows.get(0);
    assertThat(first.get("Action")).isIn("BUY", "SELL");
    assertThat(first.get("SecType")).isEqualTo("STK");
    assertThat(first.get("OrderType")).isEqualTo("LMT");
    assertThat(first.get("BasketTag")).isEqualTo(review.proposal().id());
    assertThat(first.get("Account")).isEqualTo(review.approvedTrades().get(0).account());

    Review single = ExportBooks.approved(CRYPTO);
    assertThat(parseCsv(OrderExport.render(single, OrderFormat.IBKR, OrderTerms.MARKET)).get(0))
        .doesNotContainKey("Account")
        .containsEntry("SecType", "CRYPTO")
        .containsEntry("LmtPrice", "");
  }

  @Test
  void ccxt_entriesMapOntoCreateOrder_andTheListNamesItsExchangeAndAccount() throws IOException {
    Review review = ExportBooks.approved(CRYPTO);
    String text =
        OrderExport.render(review, OrderFormat.CCXT, OrderTerms.limit(new BigDecimal("25")));
    JsonNode root = JSON.readTree(text);

    assertThat(text).doesNotContain("E-").doesNotContain("E+");
    assertThat(root.fieldNames())
        .toIterable()
        .containsExactly("proposalId", "exchange", "account", "orders");
    assertThat(root.get("exchange").asText()).isEqualTo("kraken");
    assertThat(root.get("account").asText()).isEqualTo("kraken-spot");
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
      assertThat(order.get("params").has("reduceOnly")).isFalse(); // spot never reduces only
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

  @Test
  void byVenue_theDerivativesBook_writesACcxtListForDeribitAndAnIbkrBasketForIbkr()
      throws IOException {
    Review review = ExportBooks.derivatives();
    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "derivatives-book");

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.files())
        .extracting(OrderFile::name, OrderFile::format, OrderFile::venue, OrderFile::accounts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "derivatives-book.deribit-deribit.orders.json",
                OrderFormat.CCXT,
                Venue.DERIBIT,
                List.of("deribit")),
            org.assertj.core.groups.Tuple.tuple(
                "derivatives-book.ibkr.orders.csv",
                OrderFormat.IBKR,
                Venue.IBKR,
                List.of("ibkr-margin")));
    assertThat(plan.manifest()).isEqualTo("derivatives-book.orders.manifest.json");

    OrderExport.write(dir, plan, review, OrderTerms.MARKET, SOURCE, NOW, false);

    List<Trade> atDeribit =
        review.approvedTrades().stream().filter(t -> t.account().equals("deribit")).toList();
    List<Trade> atIbkr =
        review.approvedTrades().stream().filter(t -> t.account().equals("ibkr-margin")).toList();
    assertThat(atDeribit).isNotEmpty();
    assertThat(atIbkr).isNotEmpty();
    JsonNode ccxt =
        JSON.readTree(dir.resolve("derivatives-book.deribit-deribit.orders.json").toFile());
    assertThat(ccxt.get("exchange").asText()).isEqualTo("deribit");
    assertThat(ccxt.get("account").asText()).isEqualTo("deribit");
    List<String> ccxtIds = new ArrayList<>();
    List<String> ccxtSymbols = new ArrayList<>();
    ccxt.get("orders")
        .forEach(
            order -> {
              ccxtIds.add(order.get("params").get("clientOrderId").asText().replaceAll(".*-", ""));
              ccxtSymbols.add(order.get("symbol").asText());
            });
    assertThat(ccxtIds).isEqualTo(ids(atDeribit));
    assertThat(ccxtSymbols).allMatch(s -> s.endsWith("/USD")).doesNotContain("SPY/USD");
    List<Map<String, String>> basket =
        parseCsv(Files.readString(dir.resolve("derivatives-book.ibkr.orders.csv")));
    assertThat(basket).extracting(r -> r.get("Symbol")).containsExactly("SPY");
    assertThat(basket).hasSize(atIbkr.size()).allMatch(r -> r.get("SecType").equals("STK"));
    assertThat(basket.get(0)).doesNotContainKey("Account"); // one IBKR account: TWS's own
    assertThat(filesIn(dir))
        .containsExactly(
            "derivatives-book.deribit-deribit.orders.json",
            "derivatives-book.ibkr.orders.csv",
            "derivatives-book.orders.manifest.json");
  }

  @Test
  void manifest_listsEveryFileWithTheDigestOfItsBytes() throws IOException {
    Review review = ExportBooks.derivatives();
    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "book");

    OrderExport.Written written =
        OrderExport.write(dir, plan, review, OrderTerms.limit(BigDecimal.TEN), SOURCE, NOW, false);

    JsonNode manifest = JSON.readTree(written.manifest().toFile());
    assertThat(manifest.get("version").asInt()).isEqualTo(2);
    assertThat(manifest.get("proposalId").asText()).isEqualTo(review.proposal().id());
    assertThat(manifest.get("inputSha256").asText()).isEqualTo("ab12");
    assertThat(manifest.get("createdAt").asText()).isEqualTo("2026-11-24T10:00:00Z");
    assertThat(manifest.get("ordersFile").isNull()).isTrue();
    assertThat(manifest.get("orderFormat").isNull()).isTrue();
    assertThat(manifest.get("routing").asText()).isEqualTo("venue");
    assertThat(manifest.get("orderType").asText()).isEqualTo("limit");
    assertThat(manifest.get("limitOffsetBps").asInt()).isEqualTo(10);
    assertThat(manifest.get("trades").get("approved").asInt())
        .isEqualTo(review.approvedTrades().size());
    JsonNode files = manifest.get("files");
    assertThat(files).hasSize(2);
    List<String> exported = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      JsonNode file = files.get(i);
      OrderFile planned = plan.files().get(i);
      Path path = written.orders().get(i);
      assertThat(file.get("name").asText()).isEqualTo(path.getFileName().toString());
      assertThat(file.get("sha256").asText()).isEqualTo(Digests.sha256(Files.readAllBytes(path)));
      assertThat(file.get("venue").asText()).isEqualTo(planned.venue().id());
      assertThat(file.get("format").asText()).isEqualTo(planned.format().label());
      assertThat(file.get("orders").asInt()).isEqualTo(planned.orders());
      assertThat(file.get("accounts").get(0).asText()).isEqualTo(planned.accounts().get(0));
      List<String> tradeIds = new ArrayList<>();
      file.get("tradeIds").forEach(id -> tradeIds.add(id.asText()));
      assertThat(tradeIds).isEqualTo(ids(planned.trades()));
      exported.addAll(tradeIds);
    }
    List<String> all = new ArrayList<>();
    manifest.get("exportedTradeIds").forEach(id -> all.add(id.asText()));
    assertThat(all).isEqualTo(exported).hasSize(review.approvedTrades().size());
  }

  @Test
  void manifest_recordsTheProposalsSnapshotTime_andTheCreationToTheSecond() throws IOException {
    // a proposal made under another snapshot than the book's own
    Instant snapshotTime = Instant.parse("2026-11-21T09:30:00Z");
    MarketSnapshot snapshot =
        new MarketSnapshot(snapshotTime, CRYPTO.market().prices(), CRYPTO.market().fxRates());
    Review review =
        Review.of(Rebalancer.DEFAULT.propose(CRYPTO, snapshot, RebalanceSettings.DEFAULT))
            .approveAll();
    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "crypto-spot");

    OrderExport.Written written =
        OrderExport.write(
            dir,
            plan,
            review,
            OrderTerms.MARKET,
            SOURCE,
            Instant.parse("2026-11-24T10:00:00.123456789Z"),
            false);

    JsonNode manifest = JSON.readTree(written.manifest().toFile());
    assertThat(CRYPTO.asOf()).isNotEqualTo(snapshotTime);
    assertThat(manifest.get("portfolioAsOf").asText()).isEqualTo("2026-11-21T09:30:00Z");
    assertThat(manifest.get("createdAt").asText()).isEqualTo("2026-11-24T10:00:00Z");
  }

  @Test
  void oneFile_keepsItsNameAndTheManifestBesideIt() throws IOException {
    Review review = ExportBooks.approved(CRYPTO);
    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "crypto-spot");

    OrderExport.Written written =
        OrderExport.write(dir, plan, review, OrderTerms.MARKET, SOURCE, NOW, false);

    assertThat(written.orders()).containsExactly(dir.resolve("crypto-spot.orders.json"));
    assertThat(written.manifest())
        .isEqualTo(OrderExport.manifestPath(dir.resolve("crypto-spot.orders.json")));
    JsonNode manifest = JSON.readTree(written.manifest().toFile());
    assertThat(manifest.get("ordersFile").asText()).isEqualTo("crypto-spot.orders.json");
    assertThat(manifest.get("orderFormat").asText()).isEqualTo("ccxt");
    assertThat(manifest.get("files").get(0).get("accounts").get(0).asText())
        .isEqualTo("kraken-spot");
  }

  @Test
  void forcedFormat_writesEveryOrderInOneFileOfThatFormat() throws IOException {
    Review review = ExportBooks.derivatives();
    ExportPlan plan = OrderExport.plan(review, Routing.forced(OrderFormat.GENERIC), "book");

    assertThat(plan.files()).hasSize(1);
    OrderFile file = plan.files().get(0);
    assertThat(file.name()).isEqualTo("book.orders.csv");
    assertThat(file.venue()).isNull(); // deribit and ibkr
    assertThat(file.accounts()).containsExactly("deribit", "ibkr-margin");
    assertThat(plan.manifest()).isEqualTo("book.orders.csv.manifest.json");

    OrderExport.write(dir, plan, review, OrderTerms.MARKET, SOURCE, NOW, false);

    assertThat(parseCsv(Files.readString(dir.resolve("book.orders.csv"))))
        .extracting(r -> r.get("client_order_id").replaceAll(".*-", ""))
        .isEqualTo(ids(review.approvedTrades()));
    assertThat(
            JSON.readTree(dir.resolve("book.orders.csv.manifest.json").toFile())
                .get("routing")
                .asText())
        .isEqualTo("generic");
  }

  @Test
  void forcedCcxt_refusesTheStockOrder_andWritesNothing() {
    Review review = ExportBooks.derivatives();
    ExportPlan plan = OrderExport.plan(review, Routing.forced(OrderFormat.CCXT), "book");
    Trade spy =
        review.approvedTrades().stream().filter(t -> t.symbol().equals("SPY")).findFirst().get();

    assertThat(plan.isWritable()).isFalse();
    assertThat(plan.problems())
        .singleElement()
        .asString()
        .startsWith(
            spy.id() + " SPY in account ibkr-margin (ibkr): a stock cannot be a CCXT order");
    assertThatThrownBy(() -> OrderExport.render(review, OrderFormat.CCXT, OrderTerms.MARKET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SPY");
    assertThatThrownBy(
            () -> OrderExport.write(dir, plan, review, OrderTerms.MARKET, SOURCE, NOW, false))
        .isInstanceOf(IllegalStateException.class);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void byVenue_aStockOrderForACryptoExchangeAccount_isRefused() {
    Review review = ExportBooks.approved(ExportBooks.withVenue(STOCKS, "taxable", Venue.KRAKEN));

    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "stocks");

    long taxable =
        review.approvedTrades().stream().filter(t -> t.account().equals("taxable")).count();
    assertThat(plan.problems())
        .hasSize((int) taxable)
        .allMatch(p -> p.contains("in account taxable (kraken): a stock cannot be a CCXT order"));
  }

  @Test
  void everyAccountHasItsFile_evenWithoutOrders_soNoStaleFileIsLeftUnderItsName()
      throws IOException {
    dev.keel.model.Portfolio twoAccounts =
        CRYPTO.toBuilder()
            .accounts(
                List.of(
                    CRYPTO.accounts().get(0),
                    new dev.keel.model.Account("Main acct", "Main", Venue.KRAKEN),
                    new dev.keel.model.Account("Main/acct", "Main too", Venue.KRAKEN)))
            .build();
    Review review = ExportBooks.approved(twoAccounts);

    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "crypto");
    OrderExport.write(dir, plan, review, OrderTerms.MARKET, SOURCE, NOW, false);

    assertThat(plan.files())
        .extracting(OrderFile::name)
        .containsExactly(
            "crypto.kraken-kraken-spot.orders.json",
            "crypto.kraken-Main_acct.orders.json",
            "crypto.kraken-Main_acct-2.orders.json");
    JsonNode empty = JSON.readTree(dir.resolve("crypto.kraken-Main_acct-2.orders.json").toFile());
    assertThat(empty.get("account").asText()).isEqualTo("Main/acct");
    assertThat(empty.get("orders")).isEmpty();
  }

  @Test
  void namesThatDifferOnlyInCase_areTakenAsTheSame_asMacOsAndWindowsTakeThem() throws IOException {
    dev.keel.model.Portfolio cases =
        CRYPTO.toBuilder()
            .accounts(
                List.of(
                    CRYPTO.accounts().get(0),
                    new dev.keel.model.Account("Main", "Main", Venue.KRAKEN),
                    new dev.keel.model.Account("main", "main", Venue.KRAKEN),
                    new dev.keel.model.Account("MAIN-2", "MAIN-2", Venue.KRAKEN)))
            .build();
    Review review = ExportBooks.approved(cases);

    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "crypto");
    OrderExport.write(dir, plan, review, OrderTerms.MARKET, SOURCE, NOW, false);

    assertThat(plan.files())
        .extracting(OrderFile::name)
        .containsExactly(
            "crypto.kraken-kraken-spot.orders.json",
            "crypto.kraken-Main.orders.json",
            "crypto.kraken-main-2.orders.json",
            "crypto.kraken-MAIN-2-2.orders.json");
    assertThat(filesIn(dir)).hasSize(5); // four lists and the manifest, none written over another
    assertThat(
            JSON.readTree(dir.resolve("crypto.kraken-main-2.orders.json").toFile())
                .get("account")
                .asText())
        .isEqualTo("main");
  }

  @Test
  void everyPlan_namesItsFilesAndManifestApart_whateverTheAccountIds() {
    // account ids that repeat one another once made safe for a file name, in any case
    List<String> ids = List.of("a", "A", "a-2", "A/2", "a_2", ".a", "_a", "a.", "A-2-2", "a 2");
    List<dev.keel.model.Account> accounts = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      accounts.add(
          new dev.keel.model.Account(
              ids.get(i), ids.get(i), i % 3 == 0 ? Venue.BINANCE : Venue.KRAKEN));
    }
    accounts.add(new dev.keel.model.Account("ib", "ib", Venue.IBKR));
    accounts.add(new dev.keel.model.Account("other", "other", Venue.OTHER));
    Review review =
        ExportBooks.approved(
            CRYPTO.toBuilder()
                .accounts(
                    java.util.stream.Stream.concat(CRYPTO.accounts().stream(), accounts.stream())
                        .toList())
                .build());

    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "book");

    List<String> names = new ArrayList<>(plan.files().stream().map(OrderFile::name).toList());
    names.add(plan.manifest());
    assertThat(names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).distinct())
        .hasSize(names.size());
  }

  @Test
  void aPlanOfTwoNamesDifferingOnlyInCase_isABug() {
    OrderFile upper =
        new OrderFile("b.Main.orders.json", OrderFormat.CCXT, null, List.of(), List.of());

    assertThatThrownBy(
            () ->
                new ExportPlan(
                    Routing.BY_VENUE,
                    List.of(upper, upper.withName("b.main.orders.json")),
                    "b.orders.manifest.json",
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b.main.orders.json");
    assertThatThrownBy(
            () -> new ExportPlan(Routing.BY_VENUE, List.of(upper), "B.MAIN.orders.json", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void write_existingFiles_areRefusedWithoutForce_andNothingIsWritten() throws IOException {
    Review review = ExportBooks.derivatives();
    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "book");
    Path basket = dir.resolve("book.ibkr.orders.csv");
    Files.writeString(basket, "keep me");

    assertThat(OrderExport.existing(dir, plan)).containsExactly(basket);
    assertThatThrownBy(
            () -> OrderExport.write(dir, plan, review, OrderTerms.MARKET, SOURCE, NOW, false))
        .isInstanceOfSatisfying(
            AtomicFiles.TargetsExist.class, e -> assertThat(e.existing()).containsExactly(basket));
    assertThat(basket).hasContent("keep me");
    assertThat(filesIn(dir)).containsExactly("book.ibkr.orders.csv");

    OrderExport.write(dir, plan, review, OrderTerms.MARKET, SOURCE, NOW, true);

    assertThat(Files.readString(basket)).startsWith("Action,Quantity,Symbol");
    assertThat(filesIn(dir)).hasSize(3);
  }

  @ParameterizedTest(name = "an old first file: {0}")
  @ValueSource(booleans = {false, true})
  void write_aFolderInTheWayOfTheSecondFile_leavesNothingOfTheExportBehind(boolean replacing)
      throws IOException {
    Review review = ExportBooks.derivatives();
    ExportPlan plan = OrderExport.plan(review, Routing.BY_VENUE, "book");
    Path first = dir.resolve("book.deribit-deribit.orders.json");
    if (replacing) {
      Files.writeString(first, "yesterday's orders");
    }
    Path inTheWay = Files.createDirectory(dir.resolve("book.ibkr.orders.csv"));
    Files.writeString(inTheWay.resolve("inside.txt"), "keep");

    assertThatThrownBy(
            () -> OrderExport.write(dir, plan, review, OrderTerms.MARKET, SOURCE, NOW, true))
        .isInstanceOfSatisfying(
            IOException.class,
            e ->
                assertThat(AtomicFiles.describe(e))
                    .isEqualTo(
                        "a folder of that name is in the way: move it or choose another name"));

    assertThat(inTheWay.resolve("inside.txt")).hasContent("keep");
    if (replacing) {
      assertThat(first).hasContent("yesterday's orders");
      assertThat(filesIn(dir))
          .containsExactly(first.getFileName().toString(), "book.ibkr.orders.csv");
    } else {
      assertThat(filesIn(dir)).containsExactly("book.ibkr.orders.csv");
    }
  }

  @Test
  void preview_isTheFilesBeginning_withTheWholeFilesHeader() {
    Review review =
        ExportBooks.withOrders(
            DERIVATIVES, new ExportBooks.Order("ibkr-margin", "ESZ6", Side.BUY, "1"));
    OrderFile basket = OrderExport.plan(review, Routing.BY_VENUE, "b").files().get(1);

    String first = OrderExport.preview(review, basket, OrderTerms.MARKET, 1);

    assertThat(basket.orders()).isEqualTo(2);
    assertThat(first.lines().toList()).hasSize(2); // header and the SPY order
    assertThat(first.lines().findFirst().orElseThrow()).contains("LastTradingDayOrContractMonth");
    assertThat(OrderExport.render(review, basket, OrderTerms.MARKET)).startsWith(first);
  }
}
