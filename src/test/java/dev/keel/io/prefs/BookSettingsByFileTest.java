package dev.keel.io.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each recent book's own settings in the preferences file. */
class BookSettingsByFileTest {
  private static final Map<String, String> DEPOSIT =
      Map.of("cashFlow", "DEPOSIT", "cashFlowAmount", "25000");

  @TempDir Path dir;

  @Test
  void save_thenLoad_keepsEachBooksSettings_mostRecentFirst() throws IOException {
    Path file = dir.resolve("workstation.json");
    WorkstationPrefs prefs =
        WorkstationPrefs.defaults()
            .withBookSettings(dir.resolve("crypto.json"), DEPOSIT)
            .withBookSettings(dir.resolve("stocks.json"), Map.of("mode", "BUY_ONLY"));

    prefs.save(file);
    WorkstationPrefs loaded = WorkstationPrefs.load(file);

    assertThat(loaded).isEqualTo(prefs);
    assertThat(loaded.bookSettings().byFile().keySet())
        .containsExactly(
            dir.resolve("stocks.json").toString(), dir.resolve("crypto.json").toString());
    assertThat(loaded.bookSettings().of(dir.resolve("crypto.json"))).contains(DEPOSIT);
  }

  @Test
  void of_sameFileByAnotherPath_findsIt() {
    BookSettingsByFile books = BookSettingsByFile.NONE.with(dir.resolve("crypto.json"), DEPOSIT);

    assertThat(books.of(dir.resolve("sub").resolve("..").resolve("crypto.json"))).contains(DEPOSIT);
    assertThat(books.of(dir.resolve("stocks.json"))).isEmpty();
  }

  @Test
  void with_moreThanTheMaximum_dropsTheBookLeftLongestAgo() {
    BookSettingsByFile books = BookSettingsByFile.NONE;
    for (int i = 0; i <= BookSettingsByFile.MAX_BOOKS; i++) {
      books = books.with(dir.resolve("book" + i + ".json"), DEPOSIT);
    }
    BookSettingsByFile last = books.with(dir.resolve("book5.json"), Map.of("mode", "SELL_ONLY"));

    assertThat(last.byFile()).hasSize(BookSettingsByFile.MAX_BOOKS);
    assertThat(last.of(dir.resolve("book0.json"))).isEmpty();
    assertThat(last.byFile().keySet().iterator().next())
        .isEqualTo(dir.resolve("book5.json").toString());
    assertThat(IntStream.rangeClosed(1, 20).mapToObj(i -> dir.resolve("book" + i + ".json")))
        .allMatch(book -> last.of(book).isPresent());
  }

  @Test
  void load_aFileWrittenBeforeBooksWereKept_givesNone() throws IOException {
    Path file = dir.resolve("workstation.json");
    Files.writeString(
        file,
        """
        {"version": 1, "recentFiles": ["/books/a.json"], "theme": "dark",
         "rebalanceSettings": {"cashFlow": "DEPOSIT", "cashFlowAmount": "2500"}}
        """);

    WorkstationPrefs loaded = WorkstationPrefs.load(file);

    assertThat(loaded.bookSettings()).isEqualTo(BookSettingsByFile.NONE);
    assertThat(loaded.theme()).isEqualTo(WorkstationPrefs.DARK);
    assertThat(loaded.rebalanceSettings()).containsEntry("cashFlow", "DEPOSIT");
  }

  @Test
  void load_entriesThatAreNotBooks_areSkipped_theRestKept() throws IOException {
    Path file = dir.resolve("workstation.json");
    Files.writeString(
        file,
        """
        {"bookSettings": [1, {"settings": {"mode": "BUY_ONLY"}}, {"file": ""},
          {"file": "/books/a.json", "settings": {"mode": "BUY_ONLY", "nested": {"x": 1}}},
          {"file": "/books/a.json", "settings": {"mode": "SELL_ONLY"}},
          {"file": "/books/b.json", "settings": "none"}]}
        """);

    BookSettingsByFile books = WorkstationPrefs.load(file).bookSettings();

    assertThat(books.byFile())
        .containsExactly(
            Map.entry("/books/a.json", Map.of("mode", "BUY_ONLY")),
            Map.entry("/books/b.json", Map.of()));
  }
}
