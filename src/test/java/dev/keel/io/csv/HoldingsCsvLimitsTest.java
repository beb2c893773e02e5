package dev.keel.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.io.PortfolioJson;
import dev.keel.io.ReadResult;
import dev.keel.io.text.InputLimits;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import refuses what a portfolio file could not hold, so whatever it writes reads back. */
class HoldingsCsvLimitsTest {
  private static final HoldingsCsvImporter.Options OPTIONS = HoldingsCsvImporterTest.OPTIONS;
  private static final long SEED = 20261202L;
  private static final int BOOKS = 300;

  private final HoldingsCsvImporter importer = new HoldingsCsvImporter();

  private ReadResult<Portfolio> importText(String csv) {
    return importer.importText("h.csv", csv, OPTIONS);
  }

  @Test
  void importText_aSymbolOfFiveMillionCharacters_isRefusedAtItsCell() {
    String csv = "symbol,quantity,price\n" + "S".repeat(5_000_000) + ",1,1\n";

    ReadResult<Portfolio> result = importText(csv);

    assertThat(result.problems())
        .singleElement()
        .hasToString(
            "h.csv:2:1: a cell of more than 10,000 characters: write names in at most 1,000"
                + " characters, ids and symbols in at most 200");
  }

  @Test
  void importText_aSymbolJustPastItsLimit_isRefusedAtItsCell() {
    String csv = "quantity,symbol,price\n1," + "S".repeat(InputLimits.MAX_ID_LENGTH + 1) + ",1\n";

    ReadResult<Portfolio> result = importText(csv);

    assertThat(result.problems())
        .singleElement()
        .hasToString("h.csv:2:2: the symbol is 201 characters long: write at most 200");
  }

  @Test
  void importText_rowsPastTheLimit_stopAtTheFirstRowPastIt() {
    StringBuilder csv = new StringBuilder("symbol,quantity,price\n");
    for (int i = 0; i <= InputLimits.MAX_CSV_ROWS; i++) {
      csv.append('S').append(i).append(",1,1\n");
    }

    ReadResult<Portfolio> result = importText(csv.toString());

    assertThat(result.problems())
        .singleElement()
        .hasToString(
            "h.csv:"
                + (InputLimits.MAX_CSV_ROWS + 2)
                + ":1: more than 200,000 holdings: Keel imports at most 200,000 rows; split the"
                + " CSV into several files");
  }

  @Test
  void importFile_aFileOverTheSizeLimit_isRefusedBeforeItIsRead(@TempDir Path dir)
      throws IOException {
    Path big = dir.resolve("big.csv");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(60_000_000L); // sparse: no time spent writing it
    }

    ReadResult<Portfolio> result = importer.importFile(big, OPTIONS);

    assertThat(result.problems())
        .singleElement()
        .hasToString(
            big
                + ":1:1: the file is 60.0 MB, above Keel's limit of 50 MB for a holdings CSV:"
                + " split it into several files");
  }

  /** Seeded generated CSVs: every one the import accepts is a file that reads back as it was. */
  @Test
  void importText_whateverItAccepts_readsBackWithoutProblems() {
    Random random = new Random(SEED);
    int accepted = 0;
    for (int book = 0; book < BOOKS; book++) {
      String csv = generatedCsv(random);
      ReadResult<Portfolio> imported = importText(csv);
      if (!imported.isOk()) {
        continue;
      }
      accepted++;
      String written = PortfolioJson.DEFAULT.write(imported.get());
      ReadResult<Portfolio> reread = PortfolioJson.DEFAULT.read("back.json", written);
      assertThat(reread.problems()).as("seed %d, book %d:%n%s", SEED, book, csv).isEmpty();
      assertThat(reread.get()).as("seed %d, book %d", SEED, book).isEqualTo(imported.get());
    }
    assertThat(accepted).as("books accepted of %d", BOOKS).isGreaterThan(BOOKS / 4);
  }

  private static String generatedCsv(Random random) {
    StringBuilder csv = new StringBuilder("symbol;quantity;price;account;asset_class\n");
    int rows = 1 + random.nextInt(4);
    for (int row = 0; row < rows; row++) {
      csv.append(quoted(text(random)))
          .append(';')
          .append(quoted(number(random)))
          .append(';')
          .append(quoted(number(random)))
          .append(';')
          .append(quoted(text(random)))
          .append(';')
          .append(quoted(text(random)))
          .append('\n');
    }
    return csv.toString();
  }

  private static String quoted(String cell) {
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /** Mostly short, sometimes around the limits of an id. */
  private static String text(Random random) {
    String alphabet = "ABCxyz09 -_./é€\"';,";
    int length =
        switch (random.nextInt(4)) {
          case 0 -> InputLimits.MAX_ID_LENGTH - 2 + random.nextInt(5);
          default -> 1 + random.nextInt(8);
        };
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** Positive decimals, sometimes with the most digits allowed or one more, or an exponent. */
  private static String number(Random random) {
    int whole = 1 + random.nextInt(InputLimits.MAX_DIGITS + 1);
    int fraction = random.nextInt(InputLimits.MAX_DIGITS + 2);
    StringBuilder number = new StringBuilder();
    number.append(1 + random.nextInt(9));
    for (int i = 1; i < (random.nextBoolean() ? 2 : whole); i++) {
      number.append(random.nextInt(10));
    }
    if (random.nextBoolean()) {
      number.append('.');
      for (int i = 0; i < fraction; i++) {
        number.append(random.nextInt(10));
      }
    }
    if (random.nextInt(5) == 0) {
      number.append('e').append(random.nextInt(70) - 35);
    }
    return number.toString();
  }
}
