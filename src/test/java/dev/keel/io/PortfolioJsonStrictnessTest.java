package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.model.Portfolio;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edge cases of strict reading: each gives located problems, never a crash or an echo. */
class PortfolioJsonStrictnessTest {
  /** A valid one-instrument book; %s is spliced in as extra top-level members or replacements. */
  private static final String BOOK =
      """
      {
        "format": "keel-portfolio", "version": 1, "name": "T", "baseCurrency": "USD",
        "asOf": "2026-11-20T16:00:00Z",
        "accounts": %s,
        "assetClasses": [ { "id": "eq" } ],
        "instruments": [ %s ],
        "positions": [ { "account": "a", "symbol": "X", "quantity": "10" } ],
        "prices": %s,
        "targets": { "cash": "0", "classes": { "eq": "%s" }, "instruments": { "X": "1" } }
      }
      """;

  private static final String ACCOUNTS = "[ { \"id\": \"a\" } ]";
  private static final String INSTRUMENT =
      "{ \"symbol\": \"X\", \"assetClass\": \"eq\", \"type\": \"stock\" }";
  private static final String PRICES = "{ \"X\": \"100\" }";

  private static List<String> problems(
      String accounts, String instrument, String prices, String classWeight) {
    ReadResult<Portfolio> result =
        PortfolioJson.DEFAULT.read(
            "t.json", BOOK.formatted(accounts, instrument, prices, classWeight));
    return result.problems().stream()
        .map(p -> p.line() + ":" + p.column() + ": " + p.message())
        .toList();
  }

  @Test
  void theBaseBook_isValid() {
    assertThat(problems(ACCOUNTS, INSTRUMENT, PRICES, "1")).isEmpty();
  }

  @Test
  void blankPriceKey_isALocatedProblemNotACrash() {
    assertThat(problems(ACCOUNTS, INSTRUMENT, "{ \"X\": \"100\", \" \": \"5\" }", "1"))
        .containsExactly("8:27: an empty name in \"prices\": name the entry, or remove it");
  }

  @Test
  void hugeNumberWhereTextBelongs_isDescribedBriefly() {
    List<String> found =
        problems("[ { \"id\": \"a\", \"name\": 1e999999999 } ]", INSTRUMENT, PRICES, "1");

    assertThat(found)
        .containsExactly("4:38: \"name\" must be text in double quotes, found a number");
  }

  @Test
  void anInvalidLotStep_doesNotHideAWrongTargetSum() {
    String badLot =
        "{ \"symbol\": \"X\", \"assetClass\": \"eq\", \"type\": \"stock\", \"lotStep\": \"0\" }";

    assertThat(problems(ACCOUNTS, badLot, PRICES, "0.7"))
        .extracting(p -> p.substring(p.indexOf(' ') + 1))
        .containsExactly(
            "\"lotStep\" is 0 but must be greater than 0",
            "top-level class targets plus cash sum to 70.00%, not 100%: add 30.00% to the weights"
                + " (classes with no parent, and cash, make up the whole portfolio)");
  }

  @Test
  void anAccountWithoutId_doesNotHideOtherUnknownAccounts() {
    String accounts = "[ { \"id\": \"a\" }, { \"name\": \"nameless\" } ]";
    String book =
        BOOK.formatted(accounts, INSTRUMENT, PRICES, "1")
            .replace("\"account\": \"a\"", "\"account\": \"typo\"");

    assertThat(PortfolioJson.DEFAULT.read("t.json", book).problems())
        .extracting(FileProblem::message)
        .containsExactly(
            "an account is missing the required field \"id\"",
            "position in unknown account 'typo': declare it in accounts or use one of [a]");
  }

  @Test
  void aDuplicateAccountWithABadName_reportsBoth() {
    assertThat(
            problems(
                "[ { \"id\": \"a\" }, { \"id\": \"a\", \"name\": 5 } ]", INSTRUMENT, PRICES, "1"))
        .extracting(p -> p.substring(p.indexOf(' ') + 1))
        .containsExactlyInAnyOrder(
            "duplicate account 'a': give each account its own id",
            "\"name\" must be text in double quotes, found the number 5");
  }

  @Test
  void aRepeatedKey_keepsTheLocationsOfTheFirstValue() {
    assertThat(problems(ACCOUNTS, INSTRUMENT, "{ \"X\": \"abc\", \"X\": \"100\" }", "1"))
        .containsExactly(
            "8:20: the price of X \"abc\" is not a decimal number: write digits with '.' as the"
                + " decimal point and no thousands separators, such as 1234.5",
            "8:27: duplicate key \"X\": keep one of the entries");
  }

  @Test
  void pricesThatAreNotAnObject_areReportedOnce() {
    assertThat(problems(ACCOUNTS, INSTRUMENT, "[ \"100\" ]", "1"))
        .containsExactly("8:13: \"prices\" must be a JSON object {...}, found a list");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"version\": \"1.0\"|\"version\" must be a whole number, such as 1",
        "\"version\": 2|version 2 is not one this Keel reads",
        "\"restrictions\": { \"X\": \"No-Sell\" }|",
        "\"description\": \"\"|",
        "\"cashPolicy\": { \"minimum\": \"١٠\" }|is not a decimal number",
        "\"cashPolicy\": { \"minimum\": NaN }|NaN and Infinity are not allowed"
      })
  void topLevelVariants(String member, String expectedProblem) {
    String book =
        BOOK.formatted(ACCOUNTS, INSTRUMENT, PRICES, "1")
            .replace("\"version\": 1,", "")
            .replace(
                "{\n",
                "{\n  "
                    + (member.startsWith("\"version\"") ? "" : "\"version\": 1, ")
                    + member
                    + ",\n");
    List<FileProblem> found = PortfolioJson.DEFAULT.read("t.json", book).problems();
    if (expectedProblem == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found)
          .singleElement()
          .satisfies(p -> assertThat(p.message()).contains(expectedProblem));
    }
  }
}
