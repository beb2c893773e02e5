package dev.keel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.keel.TestPortfolios;
import dev.keel.model.Portfolio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** One account's own drift: its weights, the targets it can reach, its bands and its cash. */
class AccountDriftTest {
  /** Weights are kept to 1e-10; the double oracle below agrees to well within this. */
  private static final double WEIGHT_TOLERANCE = 1e-9;

  private final Portfolio book = TestPortfolios.derivativesOnValue();

  private DriftReport of(String account) {
    return DriftAnalyzer.DEFAULT.analyzeAccount(book, book.market(), account);
  }

  private static DriftRow row(DriftReport report, RowKind kind, String key) {
    return report.row(kind, key).orElseThrow();
  }

  @Test
  void analyzeAccount_weighsTheAccountAlone_andSpreadsTheTargetsItCannotBuy() {
    DriftReport deribit = of("deribit");

    // by hand from the sample: 1.2 BTC at 91,250, 25,000 USDC at 0.9998, 1,500 USD cash; the
    // perpetual is a derivative, outside the allocation
    double btc = 1.2 * 91250;
    double usdc = 25000 * 0.9998;
    double total = btc + usdc + 1500;
    assertThat(deribit.account()).isEqualTo("deribit");
    assertThat(deribit.totalValue()).isEqualByComparingTo("135995");
    assertThat(deribit.cashValue()).isEqualByComparingTo("1500");
    DriftRow btcRow = row(deribit, RowKind.INSTRUMENT, "BTC");
    assertThat(btcRow.currentWeight().doubleValue())
        .isCloseTo(btc / total, within(WEIGHT_TOLERANCE));
    // deribit holds no stock, so SPY's 45 % goes to BTC and USDC in proportion: the invested
    // 95 % over their 35 % + 15 % is 1.9, so BTC aims at 66.5 % and USDC at 28.5 %
    assertThat(btcRow.targetWeight()).isEqualByComparingTo("0.665");
    assertThat(row(deribit, RowKind.INSTRUMENT, "USDC").targetWeight())
        .isEqualByComparingTo("0.285");
    assertThat(row(deribit, RowKind.ASSET_CLASS, "crypto").targetWeight())
        .isEqualByComparingTo("0.665");
    // the crypto band is 8 pp or 30 %: 80.5 % against 66.5 % is outside it
    assertThat(btcRow.drift().doubleValue())
        .isCloseTo(btc / total - 0.665, within(WEIGHT_TOLERANCE));
    assertThat(btcRow.bandLimit()).isEqualByComparingTo("0.08");
    assertThat(btcRow.breached()).isTrue();
    assertThat(deribit.row(RowKind.INSTRUMENT, "SPY")).isEmpty();
    assertThat(btcRow.holdings()).extracting(AccountHolding::account).containsExactly("deribit");
    assertThat(deribit.derivatives())
        .extracting(DerivativeLine::symbol)
        .containsExactly("BTC-PERPETUAL");
    assertThat(row(deribit, RowKind.CASH, "USD").targetWeight()).isEqualByComparingTo("0.05");
  }

  @Test
  void analyzeAccount_countsALoanAgainstTheAccount_andListsItsCashByCurrency() {
    DriftReport ibkr = of("ibkr-margin");

    // 12,000 USD less 2,500 EUR borrowed at 1.0842: 9,289.50 USD of cash
    assertThat(ibkr.cashValue()).isEqualByComparingTo("9289.50");
    assertThat(ibkr.totalValue()).isEqualByComparingTo("196527.90"); // + 320 SPY at 585.12
    assertThat(ibkr.cash())
        .extracting(c -> c.currency() + " " + c.amount().toPlainString() + " " + c.isLoan())
        .containsExactly("EUR -2500 true", "USD 12000 false");
    assertThat(ibkr.cash().get(0).marketValue()).isEqualByComparingTo("-2710.50");
    // SPY is all the account can hold of the allocation: it aims at the whole invested 95 %
    DriftRow spy = row(ibkr, RowKind.INSTRUMENT, "SPY");
    assertThat(spy.targetWeight()).isEqualByComparingTo("0.95");
    assertThat(spy.currentWeight().doubleValue())
        .isCloseTo(187238.40 / 196527.90, within(WEIGHT_TOLERANCE));
    assertThat(spy.breached()).isFalse();
  }

  @Test
  void analyze_household_listsEveryCashBalance_andIsOfNoAccount() {
    DriftReport household = DriftAnalyzer.DEFAULT.analyze(book);

    assertThat(household.isOfAccount()).isFalse();
    assertThat(household.cash())
        .extracting(CashHolding::account)
        .containsExactly("deribit", "ibkr-margin", "ibkr-margin");
    assertThat(household.cashValue())
        .isEqualByComparingTo(
            household.cash().stream()
                .map(CashHolding::marketValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    // the household's SPY target is the book's 45 %, not an account's
    assertThat(row(household, RowKind.INSTRUMENT, "SPY").targetWeight())
        .isEqualByComparingTo("0.45");
  }

  @Test
  void analyzeAccount_refusesAnUnknownAccount() {
    assertThatThrownBy(() -> of("nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere");
  }
}
