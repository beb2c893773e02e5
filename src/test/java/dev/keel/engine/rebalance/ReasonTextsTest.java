package dev.keel.engine.rebalance;

import static dev.keel.engine.rebalance.TinyBooks.holding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.engine.rebalance.RebalanceWarning.Kind;
import dev.keel.model.BandPolicy;
import dev.keel.model.Portfolio;
import dev.keel.model.Restriction;
import dev.keel.model.TargetAllocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reasons and warnings say what the engine did and why, with the figures it acted on. */
class ReasonTextsTest {
  private static final Portfolio CRYPTO = TestPortfolios.read(TestPortfolios.CRYPTO);
  private static final Portfolio STOCKS = TestPortfolios.read(TestPortfolios.STOCKS);
  private static final Portfolio DERIVATIVES = TestPortfolios.read(TestPortfolios.DERIVATIVES);

  private static RebalanceWarning only(Proposal proposal, Kind kind, String symbol) {
    return proposal.warnings().stream()
        .filter(w -> w.kind() == kind && symbol.equals(w.symbol()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + symbol + ": " + proposal.warnings()));
  }

  @Test
  void buyCut_byTheCashTarget_saysSoAndNotTheFloor() {
    // the crypto sample keeps 3% cash (about 4,430 USD), far above its 500 floor
    Proposal proposal = Rebalancer.DEFAULT.propose(CRYPTO, RebalanceSettings.DEFAULT);
    RebalanceWarning eth = only(proposal, Kind.NOT_ENOUGH_CASH, "ETH");
    RebalanceWarning.BuyCut cut = (RebalanceWarning.BuyCut) eth.detail();

    assertThat(cut.limit()).isEqualTo(RebalanceWarning.CashLimit.CASH_TARGET);
    assertThat(cut.keptShare()).isEqualByComparingTo("0.03");
    assertThat(cut.kept().amount()).isGreaterThan(new BigDecimal("4000"));
    assertThat(eth.message()).doesNotContain("floor").contains("3.0%").contains("its target keeps");
  }

  @Test
  void buyCut_onlyByTheTurnoverCap_isNotBlamedOnCash() {
    RebalanceSettings settings =
        RebalanceSettings.builder()
            .trigger(RebalanceSettings.Trigger.CALENDAR)
            .maxTurnover(new BigDecimal("0.02"))
            .build();
    Proposal proposal = Rebalancer.DEFAULT.propose(STOCKS, settings);

    assertThat(proposal.warnings()).anyMatch(w -> w.kind() == Kind.TURNOVER_CAP);
    assertThat(proposal.warnings()).noneMatch(w -> w.kind() == Kind.NOT_ENOUGH_CASH);
  }

  @Test
  void raiseCash_inAnAccountWithoutBuys_saysItKeepsTheCashTarget() {
    Proposal proposal =
        Rebalancer.DEFAULT.propose(
            STOCKS, RebalanceSettings.builder().scope(Scope.HOUSEHOLD).build());
    Trade mo =
        proposal.trades().stream()
            .filter(t -> t.symbol().equals("MO") && t.purpose() == Trade.Purpose.RAISE_CASH)
            .findFirst()
            .orElseThrow();

    assertThat(proposal.trades())
        .noneMatch(t -> t.account().equals(mo.account()) && t.side() == Side.BUY);
    Reason.RaiseCash reason = (Reason.RaiseCash) mo.reason();
    assertThat(reason.need().kind()).isEqualTo(Reason.NeedKind.CASH_TARGET);
    assertThat(reason.need().share()).isEqualByComparingTo("0.03");
    assertThat(mo.reasonText()).startsWith("keep cash at the 3.0% (").doesNotContain("buys:");
    for (Trade trade : proposal.trades()) {
      if (trade.reason() instanceof Reason.RaiseCash raise
          && raise.need().kind() == Reason.NeedKind.BUYS) {
        assertThat(proposal.trades())
            .anyMatch(t -> t.account().equals(trade.account()) && t.side() == Side.BUY);
      }
    }
  }

  @Test
  void classTarget_inAnAccount_isWhatThatAccountCanReach() {
    // ibkr-margin holds only SPY of the book's targets (BTC and USDC are bought at Deribit): its
    // equity is aimed at the 95% it can reach, not the household's 45%, so SPY is not sold (the
    // short ES is bought back instead: the book hedges SPX with it)
    Proposal proposal = Rebalancer.DEFAULT.propose(DERIVATIVES, RebalanceSettings.DEFAULT);

    assertThat(proposal.trades())
        .noneMatch(t -> t.account().equals("ibkr-margin") && t.side() == Side.SELL);
    assertThat(proposal.trades())
        .noneMatch(
            t -> t.reason() instanceof Reason.ClassOffTarget c && c.classId().equals("equity"));
    assertThat(proposal.warnings())
        .anyMatch(w -> w.kind() == Kind.NOT_TRADABLE && "BTC".equals(w.symbol()));
  }

  @Test
  void memberSoldInAnUnderweightClass_saysTheClassIsBought() {
    Proposal proposal = Rebalancer.DEFAULT.propose(STOCKS, RebalanceSettings.DEFAULT);
    Trade spy =
        proposal.trades().stream()
            .filter(t -> t.account().equals("ira") && t.symbol().equals("SPY"))
            .findFirst()
            .orElseThrow();
    // the class step sold SPY to its share; raising cash for the buys then sold more of it
    Reason.Then both = (Reason.Then) spy.reason();
    Reason.ClassOffTarget reason = (Reason.ClassOffTarget) both.first();
    assertThat(both.then()).isInstanceOf(Reason.RaiseCash.class);

    assertThat(reason.classSide()).isEqualTo(Side.BUY);
    assertThat(reason.side()).isEqualTo(Side.SELL);
    assertThat(reason.weight()).isGreaterThan(reason.share());
    assertThat(spy.reasonText())
        .contains("buy the class to target")
        .contains("SPY, at 43.9%, is above its share of 40.0%: sell to it; then raise cash");
  }

  @Test
  void classLeftOutsideItsBand_saysWhatHeldItBack() {
    // class c (target 50%) holds A and B; A is 60% of the book and may not be sold
    Portfolio book =
        TinyBooks.book(
            List.of(
                holding("acct", "A", "c", "100", "1", "600"),
                holding("acct", "B", "c", "100", "1", "100"),
                holding("acct", "D", "d", "100", "1", "300")),
            List.of("acct=0"),
            new TargetAllocation(
                BigDecimal.ZERO,
                TinyBooks.weights("c=0.5", "d=0.5"),
                TinyBooks.weights("A=0.5", "B=0.5", "D=1")),
            BandPolicy.DEFAULT,
            "0");
    book = book.toBuilder().restrictions(Map.of("A", Restriction.NO_SELL)).build();

    Proposal proposal = Rebalancer.DEFAULT.propose(book, RebalanceSettings.DEFAULT);
    RebalanceWarning still =
        proposal.warnings().stream()
            .filter(w -> w.kind() == Kind.CLASS_STILL_BREACHED)
            .findFirst()
            .orElseThrow(() -> new AssertionError(proposal.warnings().toString()));
    RebalanceWarning.ClassStillBreached figures =
        (RebalanceWarning.ClassStillBreached) still.detail();

    assertThat(figures.classId()).isEqualTo("c");
    assertThat(figures.weight()).isGreaterThan(new BigDecimal("0.55"));
    assertThat(figures.heldBack()).contains(new RebalanceWarning.HeldBack("A", Kind.RESTRICTED));
    assertThat(still.message())
        .startsWith("c ends at ")
        .contains("still outside its band")
        .contains("A (restricted)");
  }

  @Test
  void depositIntoABookWorthLessThanNothing_speaksOfTheDeposit() {
    // a margin loan of 20,000 against 10,000 of holdings
    Portfolio book =
        TinyBooks.book(
            List.of(holding("acct", "A", "c", "100", "1", "100")),
            List.of("acct=-20000"),
            new TargetAllocation(
                BigDecimal.ZERO, TinyBooks.weights("c=1"), TinyBooks.weights("A=1")),
            BandPolicy.DEFAULT,
            "0");
    Proposal proposal =
        Rebalancer.DEFAULT.propose(
            book, RebalanceSettings.builder().deposit(new BigDecimal("5000")).build());

    assertThat(proposal.trades()).isEmpty();
    RebalanceWarning warning = proposal.warnings().get(0);
    assertThat(warning.kind()).isEqualTo(Kind.BOOK_NOT_POSITIVE);
    assertThat(warning.message())
        .doesNotContain("withdrawal")
        .contains("the deposit of 5000.00 USD leaves it at -5000.00 USD");
  }

  @Test
  void dustInHouseholdScope_namesItsAccount() {
    Portfolio book =
        TinyBooks.book(
            List.of(
                holding("a1", "A", "c", "100", "1", "10.5"),
                holding("a2", "B", "c", "100", "1", "100")),
            List.of("a1=0", "a2=0"),
            new TargetAllocation(
                BigDecimal.ZERO, TinyBooks.weights("c=1"), TinyBooks.weights("B=1")),
            BandPolicy.DEFAULT,
            "0");
    Proposal proposal =
        Rebalancer.DEFAULT.propose(
            book, RebalanceSettings.builder().scope(Scope.HOUSEHOLD).build());

    RebalanceWarning dust = only(proposal, Kind.DUST, "A");
    assertThat(dust.account()).isEqualTo("a1");
  }

  @Test
  void saleForCash_withNoBuys_namesTheCashTargetWhenItBinds() {
    // cash is 2% against a 10% target with no floor: the cash target is what the sale restores
    Portfolio book =
        TinyBooks.book(
            List.of(
                holding("acct", "A", "a", "100", "1", "50"),
                holding("acct", "B", "b", "100", "1", "48")),
            List.of("acct=200"),
            new TargetAllocation(
                new BigDecimal("0.10"),
                TinyBooks.weights("a=0.45", "b=0.45"),
                TinyBooks.weights("A=1", "B=1")),
            BandPolicy.DEFAULT,
            "0");
    Proposal proposal =
        Rebalancer.DEFAULT.propose(book, RebalanceSettings.builder().toBandEdge().build());

    List<Reason.Need> needs = needs(proposal);
    assertThat(needs).isNotEmpty().allMatch(n -> n.kind() == Reason.NeedKind.CASH_TARGET);
    assertThat(proposal.trades()).noneMatch(t -> t.reasonText().contains("floor"));
  }

  @Test
  void orderTwoStepsPlaced_saysWhatEachAdded() {
    Proposal proposal =
        Rebalancer.DEFAULT.propose(
            CRYPTO, RebalanceSettings.builder().partial(new BigDecimal("0.5")).build());
    Trade btc =
        proposal.trades().stream().filter(t -> t.symbol().equals("BTC")).findFirst().orElseThrow();

    Reason.Then both = (Reason.Then) btc.reason();
    assertThat(both.first()).isInstanceOf(Reason.LineOffTarget.class);
    assertThat(both.then()).isInstanceOf(Reason.RaiseCash.class);
    assertThat(btc.reasonText())
        .startsWith("BTC 52.5% vs target 39.0%, band +/-5.0 pp breached: sell to 0.5 of the band")
        .contains("; then raise cash for the buys: BTC ");
  }

  @Test
  void notTradable_saysWhetherTheHouseholdScopeWouldHelp() {
    // a stock target in a book whose only account is a crypto exchange: no scope can buy it
    Portfolio withStock =
        CRYPTO.toBuilder()
            .instruments(
                java.util.stream.Stream.concat(
                        CRYPTO.instruments().stream(),
                        java.util.stream.Stream.of(
                            dev.keel.model.Instrument.spot(
                                "SPY",
                                "SPY",
                                "alts",
                                dev.keel.model.AssetType.STOCK,
                                "USD",
                                BigDecimal.ONE,
                                BigDecimal.ONE,
                                BigDecimal.ZERO,
                                new BigDecimal("0.01"))))
                    .toList())
            .targets(
                CRYPTO
                    .targets()
                    .withInstrumentWeight("SOL", new BigDecimal("0.5"))
                    .withInstrumentWeight("SPY", new BigDecimal("0.5")))
            .market(
                CRYPTO
                    .market()
                    .withPrice(
                        new dev.keel.model.market.Price(
                            "SPY", new BigDecimal("585.12"), CRYPTO.asOf())))
            .build();
    RebalanceWarning alone =
        only(
            Rebalancer.DEFAULT.propose(withStock, RebalanceSettings.DEFAULT),
            Kind.NOT_TRADABLE,
            "SPY");
    assertThat(((RebalanceWarning.NotTradable) alone.detail()).heldElsewhere()).isFalse();
    assertThat(alone.message())
        .doesNotContain("household scope")
        .contains("no account of the book holds one");

    // in the derivatives book the Deribit account cannot buy SPY, but the IBKR account holds it
    RebalanceWarning deribit =
        only(
            Rebalancer.DEFAULT.propose(DERIVATIVES, RebalanceSettings.DEFAULT),
            Kind.NOT_TRADABLE,
            "SPY");
    assertThat(deribit.message()).contains("use the household scope");
  }

  @Test
  void lineWithNoTarget_soldForCash_sellsOnlyWhatIsNeeded() {
    // Z has no target but sits inside its 5 pp band; cash is 1,000 under the floor
    Portfolio book =
        TinyBooks.book(
            List.of(
                holding("acct", "Z", "z", "100", "1", "40"),
                holding("acct", "B", "b", "100", "1", "960")),
            List.of("acct=0"),
            new TargetAllocation(
                BigDecimal.ZERO, TinyBooks.weights("b=1"), TinyBooks.weights("B=1")),
            new BandPolicy(
                dev.keel.model.DriftBand.FIVE_TWENTY_FIVE,
                null,
                Map.of("z", new dev.keel.model.DriftBand(new BigDecimal("0.05"), null)),
                Map.of("Z", new dev.keel.model.DriftBand(new BigDecimal("0.05"), null))),
            "1000");
    Proposal proposal = Rebalancer.DEFAULT.propose(book, RebalanceSettings.DEFAULT);

    Trade z =
        proposal.trades().stream().filter(t -> t.symbol().equals("Z")).findFirst().orElseThrow();
    assertThat(z.quantity()).isEqualByComparingTo("10"); // 1,000 of cash, not all 4,000 of Z
    assertThat(proposal.trades()).noneMatch(t -> t.purpose() == Trade.Purpose.INVEST_CASH);
  }

  /** The needs named by the proposal's sales for cash, merged orders included. */
  private static List<Reason.Need> needs(Proposal proposal) {
    List<Reason.Need> needs = new java.util.ArrayList<>();
    for (Trade trade : proposal.trades()) {
      collect(trade.reason(), needs);
    }
    return needs;
  }

  private static void collect(Reason reason, List<Reason.Need> needs) {
    if (reason instanceof Reason.RaiseCash raise) {
      needs.add(raise.need());
    } else if (reason instanceof Reason.RaiseCashProRata raise) {
      needs.add(raise.need());
    } else if (reason instanceof Reason.Then then) {
      collect(then.first(), needs);
      collect(then.then(), needs);
    }
  }
}
