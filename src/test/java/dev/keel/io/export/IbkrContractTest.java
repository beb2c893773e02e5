package dev.keel.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.model.AssetType;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.Instrument;
import dev.keel.model.OptionRight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How IBKR is told which contract an order is for. */
class IbkrContractTest {
  private static Instrument future(String symbol, String expiry, String multiplier) {
    return new Instrument(
        symbol,
        symbol,
        "h",
        AssetType.FUTURE,
        "USD",
        BigDecimal.ONE,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        new BigDecimal("0.25"),
        new BigDecimal(multiplier),
        DerivativeTerms.future("X", LocalDate.parse(expiry)));
  }

  private static Instrument option(String symbol, String underlying, String strike, String right) {
    return new Instrument(
        symbol,
        symbol,
        "h",
        AssetType.OPTION,
        "USD",
        BigDecimal.ONE,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        new BigDecimal("0.01"),
        new BigDecimal("100"),
        DerivativeTerms.option(
            underlying,
            LocalDate.parse("2026-12-18"),
            new BigDecimal(strike),
            OptionRight.fromLabel(right)));
  }

  private static IbkrContract.Derived of(Instrument instrument, Instrument... book) {
    Map<String, Instrument> bySymbol = new java.util.HashMap<>();
    for (Instrument each : book) {
      bySymbol.put(each.symbol(), each);
    }
    return IbkrContract.of(instrument, bySymbol::get);
  }

  @ParameterizedTest(name = "{0} expiring {1}: {2} at {3}")
  @CsvSource({
    "ESZ6, 2026-12-18, ES, CME",
    "MNQH27, 2027-03-19, MNQ, CME",
    "ZNH7, 2027-03-22, ZN, CBOT",
    "CLF7, 2026-12-18, CL, NYMEX", // crude stops trading the month before its contract month
    "GCG7, 2027-01-27, GC, COMEX"
  })
  void aFuture_isItsRootAtItsExchange_onItsLastTradingDay(
      String symbol, String expiry, String root, String exchange) {
    IbkrContract contract = of(future(symbol, expiry, "50")).contract();

    assertThat(contract)
        .isEqualTo(
            new IbkrContract(
                root,
                "FUT",
                expiry.replace("-", ""),
                null,
                null,
                new BigDecimal("50"),
                exchange,
                "USD"));
  }

  @ParameterizedTest(name = "{0}: IBKR symbol {1}")
  @CsvSource({
    "6AZ6, AUD",
    "6BZ6, GBP",
    "6CZ6, CAD",
    "6EZ6, EUR",
    "6JZ6, JPY",
    "6MZ6, MXP",
    "6NZ6, NZD",
    "6SZ6, CHF",
    "M6EZ6, M6E" // the micro contracts go by their root
  })
  void aCmeCurrencyFuture_isCalledByItsCurrency(String symbol, String ibkrSymbol) {
    Instrument future = future(symbol, "2026-12-14", "125000");
    IbkrContract contract = of(future).contract();

    assertThat(contract.symbol()).isEqualTo(ibkrSymbol);
    assertThat(contract.exchange()).isEqualTo("CME");
    assertThat(of(option("EUR-C-1.1", symbol, "1.1", "call"), future).contract().symbol())
        .isEqualTo(ibkrSymbol); // an option on it too
  }

  @Test
  void aFuture_whoseMonthCodeContradictsItsExpiry_isRefused() {
    assertThat(of(future("ESH7", "2026-12-18", "50")).refusal())
        .isEqualTo(
            "its month code H7 (March) does not fit its expiry 2026-12-18: correct the symbol or"
                + " the expiry");
  }

  @Test
  void aFuture_notWrittenAsRootMonthYear_orOfAnUnknownRoot_isRefused() {
    assertThat(of(future("ES-DEC26", "2026-12-18", "50")).refusal())
        .startsWith("the IBKR basket needs the future's root symbol, and ES-DEC26 is not written");
    assertThat(of(future("FDXZ6", "2026-12-18", "25")).refusal())
        .startsWith("Keel does not know which exchange lists futures of root FDX");
  }

  @Test
  void anOption_onAStock_isOpt_onAFuture_isFop() {
    Instrument es = future("ESZ6", "2026-12-18", "50");

    assertThat(of(option("SPY-20261218-C-600", "SPY", "600", "call")).contract())
        .isEqualTo(
            new IbkrContract(
                "SPY",
                "OPT",
                "20261218",
                new BigDecimal("600"),
                "C",
                new BigDecimal("100"),
                "SMART",
                "USD"));
    assertThat(of(option("ES-P-5500", "ESZ6", "5500", "put"), es).contract())
        .isEqualTo(
            new IbkrContract(
                "ES",
                "FOP",
                "20261218",
                new BigDecimal("5500"),
                "P",
                new BigDecimal("100"),
                "CME",
                "USD"));
  }

  @Test
  void aPerpetual_hasNoIbkrContract() {
    Instrument perpetual =
        new Instrument(
            "BTC-PERPETUAL",
            "p",
            "h",
            AssetType.PERPETUAL,
            "USD",
            BigDecimal.ONE,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ONE,
            BigDecimal.ONE,
            DerivativeTerms.perpetual("BTC"));

    assertThat(of(perpetual).refusal())
        .startsWith("an IBKR basket cannot hold a perpetual, Interactive Brokers lists none");
  }
}
