package dev.keel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.io.prefs.WorkstationPrefs;
import dev.keel.ui.common.FakePrompts;
import dev.keel.ui.common.ImmediateTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder of the last export, remembered from one session to the next and suggested first. */
class ExportFolderMemoryTest {
  private static final Path HOME = Path.of(System.getProperty("user.home"));

  @TempDir Path folder;

  private WorkstationViewModel session(Path prefs, Path book) {
    WorkstationViewModel viewModel =
        new WorkstationViewModel(new ImmediateTaskRunner(), new FakePrompts(), prefs);
    viewModel.start(List.of(book.toString()));
    return viewModel;
  }

  @Test
  void exportFolders_firstSession_arePortfoliosFolderThenHome() throws Exception {
    Path book = Files.copy(TestPortfolios.CRYPTO, folder.resolve("crypto-spot.json"));

    assertThat(session(folder.resolve("prefs.json"), book).exportFolders())
        .containsExactly(folder, HOME);
  }

  @Test
  void rememberExportFolder_isSuggestedFirst_byTheNextSession() throws Exception {
    Path book = Files.copy(TestPortfolios.CRYPTO, folder.resolve("crypto-spot.json"));
    Path prefs = folder.resolve("prefs.json");
    Path orders = Files.createDirectory(folder.resolve("orders"));

    session(prefs, book).rememberExportFolder(orders);

    assertThat(WorkstationPrefs.load(prefs).lastExportFolder()).isEqualTo(orders.toString());
    assertThat(session(prefs, book).exportFolders()).containsExactly(orders, folder, HOME);
  }

  @Test
  void exportFolders_aSampleWithoutAFile_areTheRememberedThenHome() {
    Path prefs = folder.resolve("prefs.json");
    WorkstationViewModel viewModel =
        new WorkstationViewModel(new ImmediateTaskRunner(), new FakePrompts(), prefs);
    viewModel.start(List.of()); // the first start opens a bundled sample
    viewModel.rememberExportFolder(folder);

    assertThat(viewModel.exportFolders()).containsExactly(folder, HOME);
  }
}
