package dev.keel.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.model.Portfolio;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Control, invisible and text-direction characters in a portfolio file are refused where they
 * stand, named in words, and never printed as they are.
 */
class UnsafeCharactersReadingTest {
  /** A valid book; each {@code @...@} is replaced by a case's text (JSON, so escapes work). */
  private static final String BOOK =
      """
      {
        "format": "keel-portfolio", "version": 1, "name": "@NAME@", "baseCurrency": "USD",
        "description": "@DESCRIPTION@",
        "asOf": "2026-11-20T16:00:00Z",
        "accounts": [ { "id": "@ACCOUNT@", "name": "@ACCOUNT_NAME@", "venue": "@VENUE@" } ],
        "assetClasses": [ { "id": "@CLASS@", "name": "@CLASS_NAME@" } ],
        "instruments": [
          { "symbol": "@SYMBOL@", "name": "@INSTRUMENT_NAME@", "assetClass": "@CLASS@",
            "type": "stock" }
        ],
        "positions": [ { "account": "@ACCOUNT@", "symbol": "@SYMBOL@", "quantity": "10" } ],
        "prices": { "@SYMBOL@": "100" },
        "targets": { "cash": "0", "classes": { "@CLASS@": "1" }, "instruments": { "@SYMBOL@": "1" } }
      }
      """;

  private static final List<String> FIELDS =
      List.of(
          "NAME",
          "DESCRIPTION",
          "ACCOUNT",
          "ACCOUNT_NAME",
          "VENUE",
          "CLASS",
          "CLASS_NAME",
          "SYMBOL",
          "INSTRUMENT_NAME");

  private static String book(String field, String text) {
    String book = BOOK;
    for (String name : FIELDS) {
      String value =
          switch (name) {
            case "NAME" -> "Book";
            case "DESCRIPTION" -> "";
            case "ACCOUNT" -> "main";
            case "ACCOUNT_NAME" -> "Main account";
            case "VENUE" -> "ibkr";
            case "CLASS" -> "equity";
            case "CLASS_NAME" -> "Equity";
            case "SYMBOL" -> "SPY";
            default -> "S&P 500 ETF";
          };
      book = book.replace("@" + name + "@", name.equals(field) ? text : value);
    }
    return book;
  }

  private static List<String> problems(String text) {
    ReadResult<Portfolio> result = PortfolioJson.DEFAULT.read("t.json", text);
    return result.problems().stream().map(FileProblem::toString).toList();
  }

  @Test
  void theBaseBook_isValidWithAnyScript() {
    assertThat(problems(book("INSTRUMENT_NAME", "Société Générale 日本"))).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiterString = "|",
      value = {
        "NAME            | Bo\\u202Eok    | t.json:2:53: \"name\" \"Bo<U+202E>ok\" holds U+202E (right-to-left override)",
        "DESCRIPTION     | a\\nb          | t.json:3:18: \"description\" \"a<U+000A>b\" holds U+000A (line feed)",
        "ACCOUNT_NAME    | Ma\\u0000in    | t.json:5:41: \"name\" \"Ma<U+0000>in\" holds U+0000 (null)",
        "VENUE           | ib\\u200Bkr    | t.json:5:66: \"venue\" \"ib<U+200B>kr\" holds U+200B (zero-width space)",
        "CLASS_NAME      | Eq\\u2066uity  | t.json:6:47: \"name\" \"Eq<U+2066>uity\" holds U+2066 (left-to-right isolate)",
        "INSTRUMENT_NAME | S\\u200Fpy     | t.json:8:32: \"name\" \"S<U+200F>py\" holds U+200F (right-to-left mark)",
        "INSTRUMENT_NAME | x\\u2028y      | t.json:8:32: \"name\" \"x<U+2028>y\" holds U+2028 (line separator)",
        "INSTRUMENT_NAME | x\\uFEFFy      | t.json:8:32: \"name\" \"x<U+FEFF>y\" holds U+FEFF (byte-order mark)",
        "INSTRUMENT_NAME | x\\u0085y      | t.json:8:32: \"name\" \"x<U+0085>y\" holds U+0085 (next line)",
        "INSTRUMENT_NAME | x\\uD800y      | t.json:8:32: \"name\" \"x<U+D800>y\" holds U+D800 (half of a surrogate pair, not a character)",
      })
  void displayText_isRefusedAtTheValue(String field, String text, String expectedStart) {
    List<String> found = problems(book(field, text));

    assertThat(found).hasSize(1);
    assertThat(found.get(0))
        .startsWith(expectedStart)
        .endsWith(
            ", which Keel refuses as it can make one text look like another: delete it (retype"
                + " the text if it was pasted)");
  }

  private static final String REFUSED =
      " holds %s, which Keel refuses as it can make one text look like another: delete it"
          + " (retype the text if it was pasted)";

  @Test
  void aSymbolWithARightToLeftOverride_isRefusedWhereverItStandsAndNothingElseIsReported() {
    // each place must be fixed, so each is named; the unknown instrument it leaves is not
    String rlo = REFUSED.formatted("U+202E (right-to-left override)");
    assertThat(problems(book("SYMBOL", "SPY\\u202E")))
        .containsExactly(
            "t.json:8:17: \"symbol\" \"SPY<U+202E>\"" + rlo,
            "t.json:11:49: \"symbol\" \"SPY<U+202E>\"" + rlo,
            "t.json:12:15: the name \"SPY<U+202E>\" in \"prices\"" + rlo,
            "t.json:13:76: the name \"SPY<U+202E>\" in \"instruments\"" + rlo);
  }

  @Test
  void anAccountIdWithAControlCharacter_isRefusedWhereverItStands() {
    String bell = REFUSED.formatted("U+0007 (a control character)");
    assertThat(problems(book("ACCOUNT", "ma\\u0007in")))
        .containsExactly(
            "t.json:5:25: \"id\" \"ma<U+0007>in\"" + bell,
            "t.json:11:31: \"account\" \"ma<U+0007>in\"" + bell);
  }

  @Test
  void anAssetClassIdWithAZeroWidthJoiner_isRefusedWhereverItStands() {
    String joiner = REFUSED.formatted("U+200D (zero-width joiner)");
    assertThat(problems(book("CLASS", "equ\\u200Dity")))
        .containsExactly(
            "t.json:6:29: \"id\" \"equ<U+200D>ity\"" + joiner,
            "t.json:8:61: \"assetClass\" \"equ<U+200D>ity\"" + joiner,
            "t.json:13:42: the name \"equ<U+200D>ity\" in \"classes\"" + joiner);
  }

  @Test
  void aRawRightToLeftOverride_isRefusedLikeAnEscapedOne() {
    assertThat(problems(book("SYMBOL", "SPY\u202E")))
        .hasSize(4)
        .isEqualTo(problems(book("SYMBOL", "SPY\\u202E")));
  }

  @Test
  void aKeyWithAnInvisibleCharacter_isRefusedAtTheKey() {
    String book =
        book("NAME", "Book")
            .replace(
                "\"prices\": { \"SPY\": \"100\" }",
                "\"prices\": { \"SPY\": \"100\", \"SP\\u200BY\": \"100\" }");

    assertThat(problems(book))
        .containsExactly(
            "t.json:12:29: the name \"SP<U+200B>Y\" in \"prices\" holds U+200B (zero-width space),"
                + " which Keel refuses as it can make one text look like another: delete it"
                + " (retype the text if it was pasted)");
  }

  @Test
  void anUnknownFieldWithAControlCharacter_isNamedWithoutIt() {
    String book = book("NAME", "Book").replace("\"description\"", "\"descr\\u0000iption\"");

    assertThat(problems(book))
        .singleElement()
        .asString()
        .startsWith("t.json:3:3: unknown field \"descr<U+0000>iption\" in a portfolio file");
  }

  @Test
  void aNumberWithAnOverride_isShownWithoutIt() {
    String book =
        book("NAME", "Book").replace("\"quantity\": \"10\"", "\"quantity\": \"1\\u202E0\"");

    assertThat(problems(book))
        .singleElement()
        .asString()
        .startsWith("t.json:11:68: \"quantity\" \"1<U+202E>0\" ");
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0000", "0009", "001B"})
  void aRawControlCharacterInText_isNamedWhereItStands(String hex) {
    String raw = Character.toString(Integer.parseInt(hex, 16));

    assertThat(problems(book("INSTRUMENT_NAME", "S" + raw + "py")))
        .singleElement()
        .asString()
        .startsWith("t.json:8:32: \"name\" \"S<U+" + hex + ">py\" holds U+" + hex);
  }

  @Test
  void aRawControlCharacterBetweenValues_isNamedWithoutBeingPrinted() {
    String book = book("NAME", "Book").replace("\"version\": 1,", "\"version\": 1,\u0000");

    assertThat(problems(book))
        .containsExactly(
            "t.json:2:44: not valid JSON: U+0000 (null) between values, where only spaces, tabs"
                + " and line breaks may stand: delete it");
  }
}
