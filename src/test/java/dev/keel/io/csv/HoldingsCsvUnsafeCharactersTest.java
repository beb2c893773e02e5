package dev.keel.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.io.FileProblem;
import dev.keel.io.ReadResult;
import dev.keel.model.Portfolio;
import org.junit.jupiter.api.Test;

/** A holdings CSV refuses control, invisible and text-direction characters cell by cell. */
class HoldingsCsvUnsafeCharactersTest {
  private static final HoldingsCsvImporter.Options OPTIONS = HoldingsCsvImporterTest.OPTIONS;

  private static final String REFUSED =
      " holds %s, which Keel refuses as it can make one text look like another: delete it"
          + " (retype the text if it was pasted)";

  private static ReadResult<Portfolio> imported(String csv) {
    return new HoldingsCsvImporter().importText("h.csv", csv, OPTIONS);
  }

  @Test
  void importText_refusesEachUnsafeCellAtItsRowAndColumn() {
    ReadResult<Portfolio> result =
        imported(
            "symbol,quantity,price,account,asset_class\n"
                + "VTI,120,231.45,taxable,equity\n"
                + "BT\u202EC,1,91250.4,exchange,crypto\n"
                + "ETH,2,3050,ex\u0000change,cryp\u200Bto\n"
                + "\"SOL\nX\",3,142,exchange,crypto\n");

    assertThat(result.isOk()).isFalse();
    assertThat(result.problems())
        .extracting(FileProblem::toString)
        .containsExactly(
            "h.csv:3:1: the symbol \"BT<U+202E>C\""
                + REFUSED.formatted("U+202E (right-to-left override)"),
            "h.csv:4:4: the account \"ex<U+0000>change\"" + REFUSED.formatted("U+0000 (null)"),
            "h.csv:4:5: the asset_class \"cryp<U+200B>to\""
                + REFUSED.formatted("U+200B (zero-width space)"),
            "h.csv:5:1: the symbol \"SOL<U+000A>X\"" + REFUSED.formatted("U+000A (line feed)"));
  }

  @Test
  void importText_refusesAControlCharacterThatTrimmingWouldHide() {
    ReadResult<Portfolio> result = imported("symbol,quantity,price\nVTI\u0007,1,231.45\n");

    assertThat(result.problems())
        .extracting(FileProblem::toString)
        .containsExactly(
            "h.csv:2:1: the symbol \"VTI<U+0007>\""
                + REFUSED.formatted("U+0007 (a control character)"));
  }

  @Test
  void importText_ignoresColumnsItDoesNotImport() {
    ReadResult<Portfolio> result =
        imported("symbol,quantity,price,note\nVTI,1,231.45,\"a\u202Eb\"\n");

    assertThat(result.problems()).isEmpty();
  }

  @Test
  void importText_namesAFileWithAnUnsafeNameInTheDescriptionWithoutIt() {
    ReadResult<Portfolio> result =
        new HoldingsCsvImporter()
            .importText("h\u202E.csv", "symbol,quantity,price\nVTI,1,231.45\n", OPTIONS);

    assertThat(result.get().description()).isEqualTo("Imported from h<U+202E>.csv");
  }
}
