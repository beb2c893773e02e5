package dev.keel.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.Rebalancer;
import dev.keel.engine.rebalance.Review;
import dev.keel.io.LocalFiles;
import dev.keel.io.LocalFiles.FolderState;
import dev.keel.io.export.OrderExport;
import dev.keel.ui.common.ImmediateTaskRunner;
import dev.keel.ui.common.Lane;
import dev.keel.ui.common.ManualTaskRunner;
import dev.keel.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The export dialog's folder, typed: what the text is checked for (no disk), what the look on the
 * files lane finds, the suggested folders, and Export refused while the folder cannot be used.
 */
class ExportViewModelFolderTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private static final OrderExport.Source SOURCE = new OrderExport.Source("crypto-spot.json", "ab");

  @TempDir Path folder;

  private final Review approved =
      Review.of(
              Rebalancer.DEFAULT.propose(
                  TestPortfolios.read(TestPortfolios.CRYPTO), RebalanceSettings.DEFAULT))
          .approveAll();

  private final ImmediateTaskRunner runner = new ImmediateTaskRunner();

  private ExportViewModel dialog(TaskRunner on, Function<Path, FolderState> folders) {
    return new ExportViewModel(
        on, approved, SOURCE, null, folder.resolve("crypto.orders.csv"), CLOCK, folders);
  }

  private ExportViewModel dialog() {
    return dialog(runner, LocalFiles::folderState);
  }

  /** The state of a folder that cannot be used: marked, said, and Export refused. */
  private static void assertRefused(ExportViewModel viewModel, String problem) {
    assertThat(viewModel.folderProblemProperty().get()).isEqualTo(problem);
    assertThat(viewModel.errorProperty().get()).isEqualTo(problem);
    assertThat(viewModel.canExportProperty().get()).isFalse();
  }

  private List<String> filesIn(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "''             | Folder: type the folder to write the orders in, or press Choose…",
        "'   '          | Folder: type the folder to write the orders in, or press Choose…",
        "~/orders       | Folder: ~/orders: ~ is not expanded to the home folder:"
            + " type the whole path, from the root",
        "$HOME/orders   | Folder: $HOME/orders: environment variables are not expanded:"
            + " type the whole path, from the root",
        "orders/2026    | Folder: orders/2026 is a relative path: type the whole path, from the root",
      })
  void typedText_thatNamesNoFolder_isRefusedAtOnce_withoutAskingTheDisk(
      String typed, String problem) {
    ExportViewModel viewModel = dialog();
    int looks = runner.submitted(Lane.FILES);

    viewModel.folderTextProperty().set(typed);

    assertRefused(viewModel, problem);
    assertThat(viewModel.folderProperty().get()).isNull();
    assertThat(runner.submitted(Lane.FILES)).isEqualTo(looks);
  }

  @Test
  void aPathWithANulCharacter_isNotAPath() {
    ExportViewModel viewModel = dialog();

    viewModel.folderTextProperty().set(folder + "/a\u0000b");

    assertRefused(
        viewModel, "Folder: " + folder + "/a\u0000b is not a path: Nul character not allowed");
  }

  @Test
  void aMissingFolder_isRefused_saysToCreateIt() {
    ExportViewModel viewModel = dialog();
    Path missing = folder.resolve("missing");

    viewModel.folderTextProperty().set(missing.toString());

    assertRefused(viewModel, "Folder: " + missing + " does not exist: create it or choose another");
  }

  @Test
  void aFile_isRefused_andTheFolderItIsIn_isNamed() throws Exception {
    Path file = Files.writeString(folder.resolve("notes.txt"), "x");
    ExportViewModel viewModel = dialog();

    viewModel.folderTextProperty().set(file.toString());

    assertRefused(
        viewModel,
        "Folder: "
            + file
            + " is a file, not a folder: type the folder to write in, such as "
            + folder);
    assertThat(viewModel.files().get(0).exists()).isFalse(); // nothing looked for in a file
  }

  @ParameterizedTest
  @EnumSource(
      value = FolderState.class,
      names = {"NOT_WRITABLE", "NOT_A_FOLDER"})
  void aFolderThatCannotBeWrittenIn_isRefused(FolderState state) {
    // the tests may run as the superuser, who may write anywhere: the disk's answer is given
    Path shared = folder.resolve("shared");
    ExportViewModel viewModel =
        dialog(runner, path -> path.equals(shared) ? state : LocalFiles.folderState(path));

    viewModel.folderTextProperty().set(shared.toString());

    assertRefused(
        viewModel,
        state == FolderState.NOT_WRITABLE
            ? "Folder: " + shared + " may not be written in: choose a folder of your own"
            : "Folder: " + shared + " is not a folder: choose a folder");
  }

  @Test
  void export_whileTheFolderCannotBeUsed_writesNothing() throws Exception {
    ExportViewModel viewModel = dialog();
    viewModel.folderTextProperty().set(folder.resolve("missing").toString());
    int looks = runner.submitted(Lane.FILES);

    viewModel.export();

    assertThat(runner.submitted(Lane.FILES)).isEqualTo(looks); // no write
    assertThat(viewModel.writingProperty().get()).isFalse();
    assertThat(viewModel.writtenFolder()).isEmpty();
    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void aGoodFolderAfterABadOne_clearsTheProblem_andListsWhatIsThere() throws Exception {
    Path good = Files.createDirectory(folder.resolve("good"));
    Files.writeString(good.resolve("crypto.orders.json"), "there");
    ExportViewModel viewModel = dialog();
    viewModel.folderTextProperty().set("good");
    assertThat(viewModel.canExportProperty().get()).isFalse();

    viewModel.folderTextProperty().set(good.toString());

    assertThat(viewModel.folderProperty().get()).isEqualTo(good);
    assertThat(viewModel.folderProblemProperty().get()).isEmpty();
    assertThat(viewModel.errorProperty().get()).isEmpty();
    assertThat(viewModel.canExportProperty().get()).isTrue();
    assertThat(viewModel.files().get(0).exists()).isTrue();
    assertThat(viewModel.folderToBrowse()).contains(good);
  }

  @Test
  void whileTheFolderIsLookedAt_exportWaits_andOnlyTheLatestAnswerCounts() throws Exception {
    ManualTaskRunner manual = new ManualTaskRunner();
    ExportViewModel viewModel = dialog(manual, LocalFiles::folderState);
    manual.runAll(Lane.FILES);
    assertThat(viewModel.canExportProperty().get()).isTrue();
    Path good = Files.createDirectory(folder.resolve("good"));

    viewModel.folderTextProperty().set(folder.resolve("missing").toString());
    assertThat(viewModel.canExportProperty().get()).as("not known yet").isFalse();
    assertThat(viewModel.folderProblemProperty().get()).isEmpty();
    assertThat(viewModel.folderToBrowse()).isEmpty();
    viewModel.folderTextProperty().set(good.toString()); // typed on before the answer came
    manual.runAll(Lane.FILES);

    assertThat(manual.cancelled()).isEqualTo(1);
    assertThat(viewModel.folderProblemProperty().get()).isEmpty();
    assertThat(viewModel.canExportProperty().get()).isTrue();
  }

  @Test
  void choose_fillsInTheFolder_asIfTyped() throws Exception {
    Path chosen = Files.createDirectory(folder.resolve("chosen"));
    ExportViewModel viewModel = dialog();

    viewModel.choose(chosen);

    assertThat(viewModel.folderTextProperty().get()).isEqualTo(chosen.toString());
    assertThat(viewModel.folderProperty().get()).isEqualTo(chosen);
    assertThat(viewModel.canExportProperty().get()).isTrue();
  }

  @Test
  void suggestedFolders_theFirstThatCanBeWrittenIn_isFilledIn() throws Exception {
    Path remembered = Files.createDirectory(folder.resolve("remembered"));
    ExportViewModel viewModel = dialog();

    viewModel.suggestFolders(List.of(folder.resolve("gone"), remembered, folder));

    assertThat(viewModel.folderTextProperty().get()).isEqualTo(remembered.toString());
    assertThat(viewModel.folderProblemProperty().get()).isEmpty();
    assertThat(viewModel.canExportProperty().get()).isTrue();
  }

  @Test
  void suggestedFolders_theFolderAlreadyFilledIn_givesWayWhenItCannotBeUsed() {
    Path missing = folder.resolve("missing");
    ExportViewModel viewModel =
        new ExportViewModel(runner, approved, SOURCE, missing.resolve("crypto.orders.csv"), CLOCK);
    assertThat(viewModel.folderProblemProperty().get())
        .endsWith(" does not exist: create it or choose another");

    viewModel.suggestFolders(List.of(missing, folder)); // the first is the one filled in already

    assertThat(viewModel.folderTextProperty().get()).isEqualTo(folder.toString());
    assertThat(viewModel.canExportProperty().get()).isTrue();
  }

  @Test
  void suggestedFolders_noneThatCanBeUsed_leavesTheLast_withItsProblem() {
    ExportViewModel viewModel = dialog();
    Path last = folder.resolve("b");

    viewModel.suggestFolders(List.of(folder.resolve("a"), last));

    assertThat(viewModel.folderTextProperty().get()).isEqualTo(last.toString());
    assertRefused(viewModel, "Folder: " + last + " does not exist: create it or choose another");
  }

  @Test
  void suggestedFolders_aFolderTypedMeanwhile_isNotReplaced() {
    ManualTaskRunner manual = new ManualTaskRunner();
    ExportViewModel viewModel = dialog(manual, LocalFiles::folderState);
    viewModel.suggestFolders(List.of(folder.resolve("gone"), folder));

    String typed = folder.resolve("mine").toString();
    viewModel.folderTextProperty().set(typed);
    manual.runAll(Lane.FILES);

    assertThat(viewModel.folderTextProperty().get()).isEqualTo(typed);
    assertThat(viewModel.folderProblemProperty().get())
        .isEqualTo("Folder: " + typed + " does not exist: create it or choose another");
  }

  @Test
  void writtenFolder_isTheFolderWrittenIn_onceWritten() {
    ExportViewModel viewModel = dialog();
    assertThat(viewModel.writtenFolder()).isEmpty();

    viewModel.export();

    assertThat(viewModel.writtenProperty().get()).isTrue();
    assertThat(viewModel.writtenFolder()).contains(folder);
  }
}
