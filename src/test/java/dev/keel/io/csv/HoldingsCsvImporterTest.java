package dev.keel.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.io.FileProblem;
import dev.keel.io.ReadResult;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HoldingsCsvImporterTest {
  /** The import's options in every holdings-CSV test: USD base, EUR at 1.08, stocks in main. */
  static final HoldingsCsvImporter.Options OPTIONS =
      new HoldingsCsvImporter.Options(
          "Imported",
          "USD",
          Instant.parse("2026-11-20T16:00:00Z"),
          "main",
          "unclassified",
          AssetType.STOCK,
          Map.of("EUR", new BigDecimal("1.08")));

  private final HoldingsCsvImporter importer = new HoldingsCsvImporter();

  private Portfolio imported(String csv) {
    ReadResult<Portfolio> result = importer.importText("h.csv", csv, OPTIONS);
    assertThat(result.problems()).isEmpty();
    return result.get();
  }

  private ReadResult<Portfolio> failed(String csv) {
    ReadResult<Portfolio> result = importer.importText("h.csv", csv, OPTIONS);
    assertThat(result.isOk()).isFalse();
    return result;
  }

  @Test
  void importText_commaSeparated_buildsPositionsPricesAndLots() {
    Portfolio portfolio =
        imported(
            """
            symbol,quantity,price,account,asset_class
            VTI,120,231.45,taxable,equity
            BTC,0.01234,91250.4,exchange,crypto
            VTI,10,231.45,ira,equity
            """);

    assertThat(portfolio.positions())
        .containsExactly(
            new Position("taxable", "VTI", new BigDecimal("120")),
            new Position("exchange", "BTC", new BigDecimal("0.01234")),
            new Position("ira", "VTI", new BigDecimal("10")));
    assertThat(portfolio.market().prices().get("BTC").value()).isEqualTo(new BigDecimal("91250.4"));
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    assertThat(instruments.get("VTI").lotStep()).isEqualTo(BigDecimal.ONE);
    assertThat(instruments.get("BTC").lotStep()).isEqualTo(new BigDecimal("0.00001"));
    assertThat(portfolio.accounts())
        .extracting(a -> a.id())
        .containsExactly("taxable", "exchange", "ira");
    assertThat(portfolio.targets().isEmpty()).isTrue();
  }

  @Test
  void importText_semicolonsWithDecimalCommasQuotesAndBom() {
    Portfolio portfolio =
        imported(
            "\uFEFFSymbol;Quantity;Price;Currency;Note\n"
                + "SAP;\"12,5\";\"181,20\";EUR;\"bought; in two lots\"\n");

    assertThat(portfolio.positions().get(0).quantity()).isEqualTo(new BigDecimal("12.5"));
    assertThat(portfolio.market().prices().get("SAP").value()).isEqualTo(new BigDecimal("181.20"));
    assertThat(portfolio.market().fxRates().get("EUR").rate()).isEqualTo(new BigDecimal("1.08"));
    assertThat(portfolio.positions().get(0).account()).isEqualTo("main");
  }

  @Test
  void importText_badCells_nameRowAndColumn() {
    ReadResult<Portfolio> result =
        failed(
            """
            symbol,quantity,price
            VTI,abc,231.45
            BND,10,0
            ,5,10
            AAA,-3,10
            """);

    assertThat(result.problems())
        .extracting(p -> p.line() + ":" + p.column())
        .containsExactly("2:2", "3:3", "4:1", "5:2");
    assertThat(result.problems().get(0).message()).contains("\"abc\" is not a decimal number");
  }

  @Test
  void importText_missingRequiredColumn_isReportedOnTheHeader() {
    ReadResult<Portfolio> result = failed("ticker,quantity,price\nVTI,1,2\n");

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).contains("the header has no symbol column");
            });
  }

  @Test
  void importText_currencyWithoutRate_asksForFx() {
    ReadResult<Portfolio> result = failed("symbol,quantity,price,currency\nBP,100,4.5,GBP\n");

    assertThat(result.problems().get(0).message()).contains("--fx GBP=");
  }

  @Test
  void importText_sameHoldingTwice_orConflictingPrices_areReported() {
    ReadResult<Portfolio> result = failed("symbol,quantity,price\nVTI,1,200\nVTI,2,201\n");

    assertThat(result.problems())
        .extracting(FileProblem::message)
        .anySatisfy(
            m -> assertThat(m).isEqualTo("VTI has another price than on line 2: make them agree"))
        .anySatisfy(m -> assertThat(m).contains("appears twice"));
  }

  @Test
  void importText_emptyOrHeaderOnly_isReported() {
    assertThat(failed("").problems().get(0).message()).contains("empty");
    assertThat(failed("symbol,quantity,price\n").problems().get(0).message())
        .contains("no holdings");
  }

  @Test
  void importText_unclosedQuote_isACsvError() {
    assertThat(failed("symbol,quantity,price\n\"VTI,1,2\n").problems().get(0).message())
        .contains("not valid CSV");
  }

  @Test
  void importText_leadingBlankLineBeforeASemicolonHeader() {
    assertThat(imported("\nsymbol;quantity;price\nA;1,5;10\n").positions().get(0).quantity())
        .isEqualTo(new BigDecimal("1.5"));
  }

  @Test
  void importText_tabSeparated() {
    assertThat(imported("symbol\tquantity\tprice\nA\t2\t10\n").market().prices().get("A").value())
        .isEqualTo(BigDecimal.TEN);
  }

  @Test
  void importText_nonAsciiDigits_areRefused() {
    assertThat(failed("symbol,quantity,price\nA,\u0661\u0660,10\n").problems().get(0).message())
        .contains("is not a decimal number");
  }
}
