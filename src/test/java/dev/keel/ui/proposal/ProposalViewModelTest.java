package dev.keel.ui.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.SyntheticBook;
import dev.keel.engine.rebalance.HedgeRequest;
import dev.keel.engine.rebalance.Money;
import dev.keel.engine.rebalance.Proposal;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceSettings.Destination;
import dev.keel.engine.rebalance.RebalanceWarning;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.engine.rebalance.Review.Decision;
import dev.keel.engine.rebalance.Side;
import dev.keel.engine.rebalance.Trade;
import dev.keel.model.Account;
import dev.keel.model.BandPolicy;
import dev.keel.model.DriftBand;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.TargetAllocation;
import dev.keel.model.Venue;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.ManualTaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rebalance panel's view-model without a window. */
class ProposalViewModelTest {
  private final DocumentViewModel document =
      new DocumentViewModel(new ImmediateTaskRunner(), new FakePrompts());

  @Test
  void theTablesOrder_sortsANewProposalsRows_whereTheyAreMade() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    java.util.Comparator<TradeRow> bySymbol =
        java.util.Comparator.comparing((TradeRow r) -> r.trade().symbol());
    viewModel.rowOrderProperty().set(bySymbol);

    document.open(TestPortfolios.CRYPTO);

    TradesShown.Presorted presorted = viewModel.presorted();
    assertThat(presorted.order()).isSameAs(bySymbol);
    assertThat(presorted.rows()).containsExactlyElementsOf(viewModel.rows());
    List<String> shown =
        java.util.Arrays.stream(presorted.inOrder())
            .mapToObj(i -> presorted.rows().get(i).trade().symbol())
            .toList();
    assertThat(shown).isSorted().hasSize(viewModel.rows().size());
  }

  @Test
  void openingABook_bringsTheEnginesProposal_withEveryTradePending() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());

    document.open(TestPortfolios.CRYPTO);

    var expected =
        Rebalancer.DEFAULT.propose(
            TestPortfolios.read(TestPortfolios.CRYPTO), RebalanceSettings.DEFAULT);
    assertThat(viewModel.rows()).extracting(r -> r.trade()).isEqualTo(expected.trades());
    assertThat(viewModel.rows()).allMatch(r -> r.decision() == Decision.PENDING);
    assertThat(viewModel.warnings()).hasSize(expected.warnings().size());
    assertThat(viewModel.staleProperty().get()).isFalse();
    assertThat(viewModel.totals().outcomeProperty().get().totals().trades()).isZero();
    assertThat(viewModel.messageProperty().get())
        .isEqualTo(
            "4 trades proposed (" + expected.id() + "): approve the ones to send, then export");
  }

  @Test
  void noTradesBecauseOfWarnings_saysSo_ratherThanThatEveryLineIsInsideItsBand(@TempDir Path dir)
      throws java.io.IOException {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    // on the delta basis every band of the derivatives sample is breached; with no hedges to
    // trade the exposure through, cash holds back every buy
    Path unhedged = dir.resolve("derivatives-unhedged.json");
    dev.keel.io.PortfolioFiles.write(
        unhedged,
        TestPortfolios.read(TestPortfolios.DERIVATIVES).toBuilder().hedges(Map.of()).build(),
        true);

    document.open(unhedged);

    assertThat(viewModel.rows()).isEmpty();
    assertThat(viewModel.warnings()).hasSize(9);
    assertThat(viewModel.messageProperty().get())
        .isEqualTo("No trades: the 9 warnings say what held them back");
  }

  @Test
  void whileANewProposalIsWorkedOut_theOldOneIsStale_andAnOvertakenResultIsDropped() {
    ManualTaskRunner runner = new ManualTaskRunner();
    ProposalViewModel viewModel = new ProposalViewModel(document, runner);
    document.open(TestPortfolios.CRYPTO);
    runner.runAll();
    var first = viewModel.reviewProperty().get();

    viewModel.settings().destinationProperty().set(Destination.BAND_EDGE);
    assertThat(viewModel.staleProperty().get()).isTrue();
    assertThat(viewModel.computingProperty().get()).isTrue();
    assertThat(viewModel.totals().staleProperty().get()).isTrue(); // the footer goes with it
    assertThat(viewModel.reviewProperty().get()).isSameAs(first);
    viewModel.setApproved("T1", true); // a stale proposal cannot be reviewed
    assertThat(viewModel.reviewProperty().get()).isSameAs(first);

    viewModel.settings().destinationProperty().set(Destination.TARGET);
    runner.runLast(); // the newest request finishes first
    var latest = viewModel.reviewProperty().get();
    runner.runAll(); // the band-edge result arrives late and must be ignored

    assertThat(viewModel.reviewProperty().get()).isSameAs(latest);
    assertThat(latest.proposal().settings().destination()).isEqualTo(Destination.TARGET);
    assertThat(viewModel.staleProperty().get()).isFalse();
    assertThat(viewModel.computingProperty().get()).isFalse();
  }

  @Test
  void approveRejectAndTotals() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);

    viewModel.approveAll();
    viewModel.setApproved("T2", false);

    assertThat(viewModel.rows())
        .extracting(TradeRow::decision)
        .containsExactly(
            Decision.APPROVED, Decision.REJECTED, Decision.APPROVED, Decision.APPROVED);
    var totals = viewModel.totals().outcomeProperty().get().totals();
    assertThat(totals.trades()).isEqualTo(3);
    assertThat(totals.cashAfter().setScale(2, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("982.53");
    assertThat(viewModel.messageProperty().get()).isEqualTo("3 approved, 1 rejected, 0 pending");
  }

  @Test
  void toggleApproval_approvesTheTradesNamed_unlessAllAreApproved_inOneChangeOfTheReview() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    viewModel.setApproved("T1", true);
    viewModel.setApproved("T3", false);
    int[] reviewChanges = new int[1];
    viewModel.reviewProperty().addListener((obs, old, now) -> reviewChanges[0]++);

    viewModel.toggleApproval(List.of("T1", "T2", "T3")); // not all approved: approve them all
    assertThat(viewModel.rows())
        .extracting(TradeRow::decision)
        .containsExactly(Decision.APPROVED, Decision.APPROVED, Decision.APPROVED, Decision.PENDING);
    assertThat(reviewChanges[0]).isEqualTo(1);
    assertThat(viewModel.messageProperty().get()).isEqualTo("3 approved, 0 rejected, 1 pending");

    viewModel.toggleApproval(List.of("T1", "T3")); // all approved: reject them
    assertThat(viewModel.rows())
        .extracting(TradeRow::decision)
        .containsExactly(Decision.REJECTED, Decision.APPROVED, Decision.REJECTED, Decision.PENDING);
    assertThat(reviewChanges[0]).isEqualTo(2);

    viewModel.toggleApproval(List.of()); // nothing selected: nothing changes
    assertThat(reviewChanges[0]).isEqualTo(2);
    assertThat(viewModel.totals().outcomeProperty().get().totals().trades()).isEqualTo(1);
  }

  @Test
  void toggleApproval_changesTheRowsInOneListChange_andKeepsARefusalShownOnAnother() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    String refused = viewModel.changeQuantity("T4", "lots").orElseThrow();
    int[] listChanges = new int[1];
    viewModel
        .rows()
        .addListener((javafx.collections.ListChangeListener<TradeRow>) c -> listChanges[0]++);

    viewModel.toggleApproval(List.of("T1", "T2", "T3"));

    assertThat(listChanges[0]).isEqualTo(1);
    assertThat(viewModel.rows())
        .extracting(TradeRow::quantityError)
        .containsExactly("", "", "", refused);
  }

  @Test
  void changeQuantity_refusedWithTheReasonOnTheRow_orApplied() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    var before = viewModel.rows().get(0).trade();

    var refused = viewModel.changeQuantity("T1", "12 coins");
    assertThat(refused).contains("'12 coins' is not a quantity: type a number such as 12 or 0.5");
    assertThat(viewModel.rows().get(0).quantityError()).isEqualTo(refused.get());
    assertThat(viewModel.rows().get(0).trade()).isEqualTo(before);

    var tooMuch = viewModel.changeQuantity("T1", "1000");
    assertThat(tooMuch).isPresent();
    assertThat(viewModel.rows().get(0).trade().quantity()).isEqualByComparingTo(before.quantity());

    assertThat(viewModel.changeQuantity("T1", "0.1")).isEmpty();
    assertThat(viewModel.rows().get(0).trade().quantity()).isEqualByComparingTo("0.1");
    assertThat(viewModel.rows().get(0).quantityError()).isEmpty();
  }

  @Test
  void unreadableSettings_sayWhichFieldAndKeepTheOldProposalStale() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);

    viewModel.settings().cashFlowProperty().set(RebalanceSettingsViewModel.CashFlow.DEPOSIT);
    viewModel.settings().cashFlowAmountProperty().set("lots");

    assertThat(viewModel.settings().errorProperty().get())
        .isEqualTo("Deposit: type an amount above zero in the base currency, such as 10000");
    assertThat(viewModel.staleProperty().get()).isTrue();

    viewModel
        .settings()
        .cashFlowAmountProperty()
        .set("2500,50"); // a decimal comma is not guessed at
    assertThat(viewModel.settings().errorProperty().get()).startsWith("Deposit:");

    viewModel.settings().cashFlowAmountProperty().set("10,000");
    assertThat(viewModel.settings().errorProperty().get()).isEmpty();
    assertThat(viewModel.staleProperty().get()).isFalse();
    assertThat(viewModel.reviewProperty().get().proposal().settings().cashFlow())
        .isEqualByComparingTo(new BigDecimal("10000"));
  }

  @Test
  void everySettingReachesTheEngine() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.STOCKS);

    viewModel.settings().triggerProperty().set(RebalanceSettings.Trigger.CALENDAR);
    viewModel.settings().destinationProperty().set(Destination.PARTIAL);
    viewModel.settings().fractionProperty().set("25");
    viewModel.settings().cashFlowProperty().set(RebalanceSettingsViewModel.CashFlow.WITHDRAW);
    viewModel.settings().cashFlowAmountProperty().set("1000");
    viewModel.settings().cashFlowAccountProperty().set("ira");
    viewModel.settings().modeProperty().set(RebalanceSettings.Mode.SELL_ONLY);
    viewModel.settings().scopeProperty().set(RebalanceSettings.Scope.HOUSEHOLD);
    viewModel.settings().minTradeProperty().set("250");
    viewModel.settings().maxTurnoverProperty().set("15");

    RebalanceSettings used = viewModel.reviewProperty().get().proposal().settings();
    assertThat(used)
        .isEqualTo(
            RebalanceSettings.builder()
                .trigger(RebalanceSettings.Trigger.CALENDAR)
                .partial(new BigDecimal("0.25"))
                .withdraw(new BigDecimal("1000"))
                .cashFlowAccount("ira")
                .mode(RebalanceSettings.Mode.SELL_ONLY)
                .scope(RebalanceSettings.Scope.HOUSEHOLD)
                .minTradeNotional(new BigDecimal("250"))
                .maxTurnover(new BigDecimal("0.15"))
                .build());
  }

  @Test
  void targetsThatDoNotAddUp_stopTheProposal() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    var portfolio = document.portfolio();

    document.edit(
        portfolio.toBuilder().targets(portfolio.targets().withCash(new BigDecimal("0.10"))).build(),
        "cash 10 %");

    assertThat(viewModel.staleProperty().get()).isTrue();
    assertThat(viewModel.messageProperty().get())
        .isEqualTo("The targets do not add up to 100 %: see the holdings table");
  }

  @Test
  void theFootersTotals_areWorkedOutOffTheFxThread_andOnlyTheLatestIsShown() {
    ManualTaskRunner runner = new ManualTaskRunner();
    ProposalViewModel viewModel = new ProposalViewModel(document, runner);
    document.open(TestPortfolios.CRYPTO);
    runner.runAll();

    viewModel.setApproved("T1", true);
    viewModel.approveAll();
    assertThat(viewModel.rows()).allMatch(TradeRow::approved); // the table follows at once
    assertThat(viewModel.totals().outcomeProperty().get().totals().trades())
        .isZero(); // totals to come
    assertThat(runner.pending()).isEqualTo(2);

    assertThat(viewModel.totals().staleProperty().get()).isTrue();

    runner.runLast(); // approve all
    runner.runNext(); // the first approval's totals arrive late: dropped
    assertThat(viewModel.totals().outcomeProperty().get().totals().trades()).isEqualTo(4);
    assertThat(viewModel.totals().staleProperty().get()).isFalse();
  }

  @Test
  void aProposalNoLongerWanted_isCancelled_andNeverDelivers() {
    ManualTaskRunner runner = new ManualTaskRunner();
    ProposalViewModel viewModel = new ProposalViewModel(document, runner);
    document.open(TestPortfolios.CRYPTO);
    runner.runAll();
    var shown = viewModel.reviewProperty().get();

    viewModel.settings().destinationProperty().set(Destination.BAND_EDGE);
    viewModel.settings().minTradeProperty().set("a lot"); // now no proposal can be worked out
    assertThat(runner.cancelled()).isEqualTo(1);
    assertThat(viewModel.computingProperty().get()).isFalse();
    runner.runAll(); // the band-edge proposal, cancelled

    assertThat(viewModel.reviewProperty().get()).isSameAs(shown);
    assertThat(viewModel.staleProperty().get()).isTrue();
    assertThat(viewModel.messageProperty().get())
        .startsWith("Fix the settings to see a proposal: Minimum trade:");
  }

  @Test
  void proposalsAndTotals_areWorkedOutOnTheComputeLane() {
    ImmediateTaskRunner runner = new ImmediateTaskRunner();
    ProposalViewModel viewModel = new ProposalViewModel(document, runner);
    document.open(TestPortfolios.CRYPTO);

    viewModel.approveAll();

    assertThat(runner.submitted(Lane.COMPUTE)).isEqualTo(2); // the proposal, then its totals
    assertThat(runner.submitted(Lane.FILES)).isZero();
    assertThat(viewModel.totals().outcomeProperty().get().totals().trades()).isEqualTo(4);

    viewModel.refresh(); // Rebalance now: worked out again, though nothing changed
    assertThat(runner.submitted(Lane.COMPUTE)).isEqualTo(3);
    // the same trades again: each keeps its approval (issue 11), so the totals count all four
    assertThat(viewModel.totals().outcomeProperty().get().totals().trades()).isEqualTo(4);
  }

  @Test
  void clearingTheTargets_clearsTheProposal_andUndoBringsItBack() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    var first = viewModel.reviewProperty().get();

    document.edit(
        document.portfolio().toBuilder().targets(TargetAllocation.NONE).build(), "no targets");
    assertThat(viewModel.reviewProperty().get()).isNull();
    document.undo();

    assertThat(viewModel.reviewProperty().get().trades()).isEqualTo(first.trades());
    assertThat(viewModel.staleProperty().get()).isFalse();
  }

  @Test
  void anEditAndItsUndo_keepEveryApprovalAndChangedQuantity() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    List<TradeRow> rows = viewModel.rows();
    String btc =
        rows.stream().filter(r -> r.trade().symbol().equals("BTC")).findFirst().get().trade().id();
    String eth =
        rows.stream().filter(r -> r.trade().symbol().equals("ETH")).findFirst().get().trade().id();
    viewModel.approveAll();
    viewModel.setApproved(btc, false);
    assertThat(viewModel.changeQuantity(eth, "1")).isEmpty();
    Review reviewed = viewModel.reviewProperty().get();

    // an edit that leaves the same trades: a band a little wider
    document.edit(
        document.portfolio().toBuilder()
            .bands(
                new BandPolicy(
                    new DriftBand(new BigDecimal("0.051"), new BigDecimal("0.25")),
                    document.portfolio().bands().cash(),
                    document.portfolio().bands().classes(),
                    document.portfolio().bands().instruments()))
            .build(),
        "wider band");
    Review edited = viewModel.reviewProperty().get();
    assertThat(edited).isNotSameAs(reviewed);
    assertThat(edited.decision(idOf(edited, "BTC"))).isEqualTo(Review.Decision.REJECTED);
    assertThat(edited.decision(idOf(edited, "ETH"))).isEqualTo(Review.Decision.APPROVED);
    assertThat(edited.trade(idOf(edited, "ETH")).quantity()).isEqualByComparingTo("1");
    assertThat(viewModel.messageProperty().get())
        .contains("with the decision made before: 3 approved, 1 rejected, 0 pending");

    document.undo();

    assertThat(viewModel.reviewProperty().get()).as("the review of that state").isSameAs(reviewed);
    assertThat(viewModel.staleProperty().get()).isFalse();
  }

  @Test
  void anotherBook_startsPending() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.CRYPTO);
    viewModel.approveAll();

    document.open(TestPortfolios.STOCKS);

    Review stocks = viewModel.reviewProperty().get();
    assertThat(stocks.count(Review.Decision.PENDING)).isEqualTo(stocks.trades().size());
  }

  @Test
  void rows_ofTheStockSampleInAccountScope_carryTheCrossingWarning_onTheSellAndTheBuy() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.STOCKS); // account scope, the default
    int crossing = warningAbout(viewModel, "CPB is sold in ira and bought in taxable");
    String sentence = viewModel.warnings().get(crossing);

    TradeRow sell = row(viewModel, "ira", "CPB", Side.SELL);
    TradeRow buy = row(viewModel, "taxable", "CPB", Side.BUY);
    assertThat(sell.notes().sentences()).containsExactly(sentence);
    assertThat(buy.notes().sentences()).containsExactly(sentence);
    assertThat(viewModel.tradesConcerned(crossing))
        .containsExactlyInAnyOrder(sell.trade().id(), buy.trade().id());

    TradeRow spy = row(viewModel, "taxable", "SPY", Side.SELL);
    assertThat(spy.notes().any()).as("no warning names SPY").isFalse();
    assertThat(row(viewModel, "ira", "MO", Side.SELL).notes().any())
        .as("MO's no-buy warning is about taxable, not the sale in ira")
        .isFalse();
    assertThat(spy.notes().venue()).isEqualTo("ibkr");
    assertThat(spy.notes().venueText())
        .isEqualTo("Interactive Brokers (ibkr): exported as an Interactive Brokers basket");
    // a warning about a class, without a symbol, concerns no one trade
    int breached = warningAbout(viewModel, "Dividend income ends at");
    assertThat(viewModel.tradesConcerned(breached)).isEmpty();
    assertThat(viewModel.rows())
        .noneMatch(r -> r.notes().sentences().contains(viewModel.warnings().get(breached)));

    viewModel.approveAll(); // a decision keeps the notes on the rows it replaces
    assertThat(row(viewModel, "ira", "CPB", Side.SELL).notes()).isEqualTo(sell.notes());
    assertThat(viewModel.changeQuantity(sell.trade().id(), "137")).isEmpty();
    assertThat(row(viewModel, "ira", "CPB", Side.SELL).notes()).isEqualTo(sell.notes());

    viewModel.settings().scopeProperty().set(RebalanceSettings.Scope.HOUSEHOLD); // no crossing
    assertThat(viewModel.warnings()).noneMatch(w -> w.contains("is sold in"));
    assertThat(viewModel.rows()).noneMatch(r -> r.notes().text().contains("is sold in"));
  }

  @Test
  void rows_sayWhatTheExportByVenueWouldRefuse_andWhenAnAccountIsAtVenueOther() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.STOCKS);
    Portfolio portfolio = document.portfolio();
    document.edit(
        portfolio.toBuilder()
            .accounts(
                List.of(
                    new Account("taxable", "Taxable", Venue.KRAKEN),
                    new Account("ira", "IRA", Venue.OTHER)))
            .build(),
        "venues");

    TradeRow spy = row(viewModel, "taxable", "SPY", Side.SELL);
    assertThat(spy.notes().venue()).isEqualTo("kraken");
    assertThat(spy.notes().sentences())
        .singleElement()
        .asString()
        .startsWith(
            "The export by venue cannot write this order (kraken): a stock cannot be a CCXT");
    TradeRow mo = row(viewModel, "ira", "MO", Side.SELL);
    assertThat(mo.notes().venue()).isEqualTo("other");
    assertThat(mo.notes().sentences())
        .contains(
            "Account ira is at venue other: its orders go to the generic CSV, not a broker's or"
                + " exchange's own format; give the account its real venue in the file to export"
                + " them in that venue's format");
  }

  /**
   * 40,000 trades and hundreds of warnings: each trade is matched only against the warnings of its
   * symbol, not against every warning (which would be 24 million tests), and still gets exactly the
   * warnings that concern it.
   */
  @Test
  void tradeNotes_ofALargeProposal_matchEachTradeOnlyAgainstItsSymbolsWarnings() {
    Portfolio book = SyntheticBook.generate(40_000, 20, 42);
    Trade model =
        Rebalancer.DEFAULT
            .propose(TestPortfolios.read(TestPortfolios.STOCKS), RebalanceSettings.DEFAULT)
            .trades()
            .get(0);
    List<Trade> trades = new ArrayList<>();
    for (Position position : book.positions()) {
      Side side = trades.size() % 2 == 0 ? Side.SELL : Side.BUY;
      trades.add(tradeLike(model, "T" + (trades.size() + 1), position, side));
    }
    // the accounts that sell and buy each symbol
    Map<String, Map<Side, Set<String>>> sides = new TreeMap<>();
    for (Trade trade : trades) {
      sides
          .computeIfAbsent(trade.symbol(), s -> new EnumMap<>(Side.class))
          .computeIfAbsent(trade.side(), s -> new LinkedHashSet<>())
          .add(trade.account());
    }
    List<RebalanceWarning> warnings = new ArrayList<>();
    Set<String> crossed = new HashSet<>();
    for (var symbol : sides.entrySet()) {
      if (crossed.size() < 400 && symbol.getValue().size() == 2) {
        crossed.add(symbol.getKey());
        warnings.add(
            new RebalanceWarning(
                Kind.CROSSING,
                null,
                symbol.getKey(),
                new RebalanceWarning.Crossing(
                    List.copyOf(symbol.getValue().get(Side.SELL)),
                    List.copyOf(symbol.getValue().get(Side.BUY)))));
      }
    }
    assertThat(crossed).hasSize(400);
    for (int i = 0; i < 200; i++) { // about accounts, not trades
      warnings.add(
          new RebalanceWarning(
              Kind.NOT_ENOUGH_CASH,
              book.accounts().get(i % 20).id(),
              null,
              new RebalanceWarning.BelowFloor(
                  book.accounts().get(i % 20).id(), money("1"), money("100"))));
    }
    Proposal proposal =
        new Proposal(
            "keel-large",
            book,
            book.market(),
            RebalanceSettings.DEFAULT,
            trades,
            warnings,
            Map.of());

    TradeNoteIndex notes = TradeNoteIndex.of(proposal);

    long looked = trades.stream().mapToLong(t -> notes.candidates(t.symbol()).size()).sum();
    long crossedTrades = trades.stream().filter(t -> crossed.contains(t.symbol())).count();
    assertThat(looked).isEqualTo(crossedTrades).isLessThan(trades.size());
    Set<String> sentences = new HashSet<>();
    warnings.forEach(w -> sentences.add(w.message()));
    for (Trade trade : trades) {
      List<String> warned =
          notes.of(trade.id()).sentences().stream().filter(sentences::contains).toList();
      assertThat(warned).as(trade.id()).hasSize(crossed.contains(trade.symbol()) ? 1 : 0);
    }
    long concerned =
        java.util.stream.IntStream.range(0, warnings.size())
            .mapToLong(w -> notes.tradesConcerned(w).size())
            .sum();
    assertThat(concerned).isEqualTo(crossedTrades);
  }

  private static Money money(String amount) {
    return new Money(new BigDecimal(amount), "USD");
  }

  private static Trade tradeLike(Trade model, String id, Position position, Side side) {
    return new Trade(
        id,
        position.account(),
        position.symbol(),
        side,
        BigDecimal.ONE,
        model.price(),
        model.currency(),
        model.notional(),
        model.notionalBase(),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        model.purpose(),
        model.reason());
  }

  private static int warningAbout(ProposalViewModel viewModel, String start) {
    for (int i = 0; i < viewModel.warnings().size(); i++) {
      if (viewModel.warnings().get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no warning starts with " + start + ": " + viewModel.warnings());
  }

  private static TradeRow row(
      ProposalViewModel viewModel, String account, String symbol, Side side) {
    return viewModel.rows().stream()
        .filter(
            r ->
                r.trade().account().equals(account)
                    && r.trade().symbol().equals(symbol)
                    && r.trade().side() == side)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + side + " of " + symbol + " in " + account));
  }

  private static String idOf(Review review, String symbol) {
    return review.trades().stream().filter(t -> t.symbol().equals(symbol)).findFirst().get().id();
  }

  @Test
  void aHedgeAskedFor_isProposedAndReviewed_thenTheRebalanceComesBack() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.DERIVATIVES);
    assertThat(viewModel.rows()).noneMatch(r -> r.trade().purpose() == Trade.Purpose.HEDGE);

    viewModel.hedgeProperty().set(new HedgeRequest("BTC", BigDecimal.ZERO, null, null, null, null));

    assertThat(viewModel.rows()).hasSize(1);
    Trade hedge = viewModel.rows().get(0).trade();
    assertThat(hedge.symbol()).isEqualTo("BTC-PERPETUAL"); // the mandate's hedge of BTC
    assertThat(hedge.purpose()).isEqualTo(Trade.Purpose.HEDGE);
    // 1.2 BTC spot and 0.5 short at 91,310.5 against spot at 91,250: net 1.2 - 0.5 x F / S; the
    // perpetual's delta against spot is F / S, so it sells that net over F / S, in lots of 0.001
    double sell = (1.2 - 0.5 * 91310.5 / 91250) / (91310.5 / 91250);
    assertThat(hedge.side()).isEqualTo(dev.keel.engine.rebalance.Side.SELL);
    assertThat(hedge.quantity())
        .isEqualByComparingTo(
            BigDecimal.valueOf(sell).setScale(3, java.math.RoundingMode.HALF_EVEN));
    viewModel.setApproved(hedge.id(), false);
    assertThat(viewModel.rows().get(0).decision()).isEqualTo(Decision.REJECTED);

    viewModel.hedgeProperty().set(null);

    assertThat(viewModel.rows()).noneMatch(r -> r.trade().purpose() == Trade.Purpose.HEDGE);
    assertThat(viewModel.rows()).anyMatch(r -> r.trade().symbol().equals("BTC-PERPETUAL"));
  }

  @Test
  void aHedgeAfterARebalance_startsEveryTradePending_andTheRebalanceStartsAfreshAfterIt() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.DERIVATIVES);
    TradeRow perpetual =
        viewModel.rows().stream()
            .filter(r -> r.trade().symbol().equals("BTC-PERPETUAL"))
            .findFirst()
            .orElseThrow();
    assertThat(perpetual.trade().side()).isEqualTo(dev.keel.engine.rebalance.Side.BUY);
    viewModel.setApproved(perpetual.trade().id(), true);

    // a net delta above the book's 0.70 BTC: the hedge buys the perpetual too
    viewModel
        .hedgeProperty()
        .set(new HedgeRequest("BTC", new BigDecimal("1.5"), null, null, null, null));

    // the same trade of the same symbol, but the rebalance's approval is not the hedge's
    assertThat(viewModel.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.trade().symbol()).isEqualTo("BTC-PERPETUAL");
              assertThat(row.trade().side()).isEqualTo(dev.keel.engine.rebalance.Side.BUY);
              assertThat(row.decision()).isEqualTo(Decision.PENDING);
            });
    viewModel.setApproved(viewModel.rows().get(0).trade().id(), false);

    viewModel.hedgeProperty().set(null);

    assertThat(viewModel.rows())
        .filteredOn(r -> r.trade().symbol().equals("BTC-PERPETUAL"))
        .allSatisfy(row -> assertThat(row.decision()).isNotEqualTo(Decision.REJECTED));
  }

  @Test
  void aHedgeTheBookCannotMake_saysWhy() {
    ProposalViewModel viewModel = new ProposalViewModel(document, new ImmediateTaskRunner());
    document.open(TestPortfolios.DERIVATIVES);

    viewModel
        .hedgeProperty()
        .set(new HedgeRequest("BTC", BigDecimal.ZERO, "ESZ6", null, null, null));

    assertThat(viewModel.messageProperty().get())
        .isEqualTo("No hedge: ESZ6 is not written on BTC: it cannot hedge it");
    assertThat(viewModel.staleProperty().get()).isTrue();
  }
}
