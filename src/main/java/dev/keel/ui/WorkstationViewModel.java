package dev.keel.ui;

import dev.keel.io.LocalFiles;
import dev.keel.io.prefs.WorkstationPrefs;
import dev.keel.ui.common.TaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import dev.keel.ui.exposure.ExposureViewModel;
import dev.keel.ui.holdings.HoldingsViewModel;
import dev.keel.ui.margin.MarginViewModel;
import dev.keel.ui.proposal.BookSettings;
import dev.keel.ui.proposal.BookSettingsMemory;
import dev.keel.ui.proposal.ProposalViewModel;
import dev.keel.ui.stress.StressViewModel;
import dev.keel.ui.workspace.Arrangement;
import dev.keel.ui.workspace.WorkspaceViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole window's state: the document, the holdings, exposure, margin, stress and rebalance
 * panels, the arrangement of the views, and what is remembered between starts (window place, the
 * arrangement, recent files, the last file, theme, the trader's rebalance settings, each recent
 * book's own settings by its file, and the folder of the last export). The first start opens a
 * bundled sample; later starts reopen the last file.
 */
public final class WorkstationViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(WorkstationViewModel.class);

  /** The sample opened on the first start. */
  public static final String FIRST_SAMPLE = "crypto-spot.json";

  private final TaskRunner runner;
  private final Path prefsFile;
  private WorkstationPrefs prefs;

  /** The preferences as last written, so that nothing unchanged is written again. */
  private WorkstationPrefs written;

  private final DocumentViewModel document;
  private final HoldingsViewModel holdings;
  private final ProposalViewModel proposal;
  private final ExposureViewModel exposure;
  private final MarginViewModel margin;
  private final StressViewModel stress;
  private final WorkspaceViewModel workspace;
  private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
  private final ObservableList<Path> readOnlyRecentFiles =
      FXCollections.unmodifiableObservableList(recentFiles);
  private final ObjectProperty<String> theme = new SimpleObjectProperty<>(WorkstationPrefs.LIGHT);

  public WorkstationViewModel(
      TaskRunner runner, DocumentViewModel.Prompts prompts, Path prefsFile) {
    this.runner = runner;
    this.prefsFile = prefsFile;
    this.prefs = WorkstationPrefs.load(prefsFile);
    this.written = prefs;
    this.document = new DocumentViewModel(runner, prompts);
    this.holdings = new HoldingsViewModel(document, runner);
    this.proposal = new ProposalViewModel(document, runner, new PrefsBookMemory());
    this.exposure = new ExposureViewModel(document, runner);
    this.margin = new MarginViewModel(document, runner);
    // after the proposal, whose review it stresses the book after
    this.stress = new StressViewModel(document, proposal, runner);
    this.workspace = new WorkspaceViewModel(Arrangement.fromText(prefs.workspace()));
    // an account's own weights are shown when the rebalance works account by account
    holdings.scopeProperty().bind(proposal.settings().scopeProperty());
    theme.set(prefs.theme());
    recentFiles.setAll(prefs.recentFiles().stream().map(Path::of).toList());
    proposal.settings().restore(prefs.rebalanceSettings());
    document
        .fileProperty()
        .addListener(
            (obs, old, file) -> {
              if (file != null) {
                prefs = prefs.withRecentFile(file).withLastFile(file);
                recentFiles.setAll(prefs.recentFiles().stream().map(Path::of).toList());
                save();
              }
            });
    theme.addListener(
        (obs, old, now) -> {
          prefs = prefs.withTheme(now);
          save();
        });
  }

  /**
   * Opens what the window starts on: the file named on the command line, else the last file if it
   * still exists, else the first sample.
   */
  public void start(List<String> args) {
    if (!args.isEmpty()) {
      document.open(Path.of(args.get(0)));
      return;
    }
    if (prefs.lastFile() != null && LocalFiles.isFile(Path.of(prefs.lastFile()))) {
      document.open(Path.of(prefs.lastFile()));
      return;
    }
    document.openSample(FIRST_SAMPLE);
  }

  /** Opens a recent file; one that is gone is taken off the list, and the status says so. */
  public void openRecent(Path file) {
    if (!LocalFiles.isFile(file)) {
      prefs = prefs.withoutRecentFile(file);
      recentFiles.setAll(prefs.recentFiles().stream().map(Path::of).toList());
      save();
      document.report(file + " is no longer there; it was taken off the recent files");
      return;
    }
    document.open(file);
  }

  /**
   * Remembers the window's place, the arrangement of its views, the rebalance settings and the open
   * book's own settings; called when the window closes.
   */
  public void close(WorkstationPrefs.WindowBounds bounds) {
    prefs =
        prefs
            .withWindow(bounds)
            .withRebalanceSettings(proposal.settings().toText())
            .withWorkspace(workspace.arrangement().toText());
    proposal.settings().rememberBook();
    save();
  }

  /**
   * The folders the export dialog suggests, best first: the one the last export was written in, the
   * open portfolio's, the home folder. Whether each still exists is looked at by the dialog, on the
   * files lane.
   */
  public List<Path> exportFolders() {
    List<Path> folders = new ArrayList<>();
    if (prefs.lastExportFolder() != null) {
      folders.add(Path.of(prefs.lastExportFolder()));
    }
    Path file = document.fileProperty().get();
    if (file != null && file.toAbsolutePath().getParent() != null) {
      folders.add(file.toAbsolutePath().getParent());
    }
    folders.add(Path.of(System.getProperty("user.home")));
    return folders;
  }

  /** Remembers the folder an export was written in, to suggest it first next time. */
  public void rememberExportFolder(Path folder) {
    prefs = prefs.withLastExportFolder(folder);
    save();
  }

  /** Writes the preferences, on the JavaFX thread as every write of this small file is. */
  private void save() {
    if (prefs.equals(written)) {
      return;
    }
    try {
      prefs.save(prefsFile);
      written = prefs;
    } catch (IOException e) {
      LOG.warn("could not save the workstation settings to {}", prefsFile, e);
    }
  }

  /** The books' own settings kept in the preferences file, written when a book is left. */
  private final class PrefsBookMemory implements BookSettingsMemory {
    @Override
    public Optional<BookSettings> recall(Path file) {
      return prefs.bookSettings().of(file).map(BookSettings::fromText);
    }

    @Override
    public void remember(Path file, BookSettings settings) {
      prefs = prefs.withBookSettings(file, settings.toText());
      save();
    }
  }

  // ---- state ----------------------------------------------------------------------------------

  /** Where the window's work runs off the JavaFX thread, for the view-models of its dialogs. */
  public TaskRunner runner() {
    return runner;
  }

  public DocumentViewModel document() {
    return document;
  }

  public HoldingsViewModel holdings() {
    return holdings;
  }

  public ProposalViewModel proposal() {
    return proposal;
  }

  /** The exposure view's state. */
  public ExposureViewModel exposure() {
    return exposure;
  }

  /** The margin view's state. */
  public MarginViewModel margin() {
    return margin;
  }

  /** The stress view's state. */
  public StressViewModel stress() {
    return stress;
  }

  /** How the window's views are arranged. */
  public WorkspaceViewModel workspace() {
    return workspace;
  }

  /** The window's place when it was last closed, or {@code null}. */
  public WorkstationPrefs.WindowBounds windowBounds() {
    return prefs.window();
  }

  /** Most recent first. */
  public ObservableList<Path> recentFiles() {
    return readOnlyRecentFiles;
  }

  /** {@link WorkstationPrefs#LIGHT} or {@link WorkstationPrefs#DARK}. */
  public ObjectProperty<String> themeProperty() {
    return theme;
  }
}
