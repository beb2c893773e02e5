package dev.keel.ui;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.RebalanceSettings.Destination;
import dev.keel.engine.rebalance.RebalanceSettings.Mode;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.engine.rebalance.RebalanceSettings.Trigger;
import dev.keel.io.LocalFiles;
import dev.keel.io.WorkstationPrefs;
import dev.keel.ui.common.TaskRunner;
import dev.keel.ui.document.DocumentViewModel;
import dev.keel.ui.holdings.HoldingsViewModel;
import dev.keel.ui.proposal.ProposalViewModel;
import dev.keel.ui.proposal.ProposalViewModel.CashFlow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole window's state: the document, the holdings and rebalance panels, and what is remembered
 * between starts (window place, recent files, the last file, theme, rebalance settings). The first
 * start opens a bundled sample; later starts reopen the last file.
 */
public final class WorkstationViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(WorkstationViewModel.class);

  /** The sample opened on the first start. */
  public static final String FIRST_SAMPLE = "crypto-spot.json";

  private final Path prefsFile;
  private WorkstationPrefs prefs;
  private final DocumentViewModel document;
  private final HoldingsViewModel holdings;
  private final ProposalViewModel proposal;
  private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
  private final ObservableList<Path> readOnlyRecentFiles =
      FXCollections.unmodifiableObservableList(recentFiles);
  private final ObjectProperty<String> theme = new SimpleObjectProperty<>(WorkstationPrefs.LIGHT);

  public WorkstationViewModel(
      TaskRunner runner, DocumentViewModel.Prompts prompts, Path prefsFile) {
    this.prefsFile = prefsFile;
    this.prefs = WorkstationPrefs.load(prefsFile);
    this.document = new DocumentViewModel(runner, prompts);
    this.holdings = new HoldingsViewModel(document);
    this.proposal = new ProposalViewModel(document, runner);
    theme.set(prefs.theme());
    recentFiles.setAll(prefs.recentFiles().stream().map(Path::of).toList());
    restoreSettings(prefs.rebalanceSettings());
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

  /** Remembers the window's place and the rebalance settings; called when the window closes. */
  public void close(WorkstationPrefs.WindowBounds bounds) {
    prefs = prefs.withWindow(bounds).withRebalanceSettings(settingsText());
    save();
  }

  private void save() {
    try {
      prefs.save(prefsFile);
    } catch (IOException e) {
      LOG.warn("could not save the workstation settings to {}", prefsFile, e);
    }
  }

  // ---- remembered rebalance settings ----------------------------------------------------------

  private Map<String, String> settingsText() {
    Map<String, String> text = new LinkedHashMap<>();
    text.put("trigger", proposal.triggerProperty().get().name());
    text.put("destination", proposal.destinationProperty().get().name());
    text.put("fraction", proposal.fractionProperty().get());
    text.put("cashFlow", proposal.cashFlowProperty().get().name());
    text.put("cashFlowAmount", proposal.cashFlowAmountProperty().get());
    text.put("mode", proposal.modeProperty().get().name());
    text.put("scope", proposal.scopeProperty().get().name());
    text.put("minTrade", proposal.minTradeProperty().get());
    text.put("maxTurnover", proposal.maxTurnoverProperty().get());
    text.put("orderType", proposal.orderTypeProperty().get().name());
    text.put("limitOffset", proposal.limitOffsetProperty().get());
    return text;
  }

  private void restoreSettings(Map<String, String> text) {
    restore(text.get("trigger"), Trigger.class, proposal.triggerProperty()::set);
    restore(text.get("destination"), Destination.class, proposal.destinationProperty()::set);
    restore(text.get("cashFlow"), CashFlow.class, proposal.cashFlowProperty()::set);
    restore(text.get("mode"), Mode.class, proposal.modeProperty()::set);
    restore(text.get("scope"), Scope.class, proposal.scopeProperty()::set);
    restore(text.get("orderType"), OrderTerms.OrderType.class, proposal.orderTypeProperty()::set);
    if (text.containsKey("limitOffset")) {
      proposal.limitOffsetProperty().set(text.get("limitOffset"));
    }
    if (text.containsKey("fraction")) {
      proposal.fractionProperty().set(text.get("fraction"));
    }
    if (text.containsKey("cashFlowAmount")) {
      proposal.cashFlowAmountProperty().set(text.get("cashFlowAmount"));
    }
    if (text.containsKey("minTrade")) {
      proposal.minTradeProperty().set(text.get("minTrade"));
    }
    if (text.containsKey("maxTurnover")) {
      proposal.maxTurnoverProperty().set(text.get("maxTurnover"));
    }
  }

  /** Sets an enum setting from its remembered name; an unknown name keeps the default. */
  private static <E extends Enum<E>> void restore(String name, Class<E> type, Consumer<E> set) {
    if (name == null) {
      return;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(name)) {
        set.accept(value);
        return;
      }
    }
  }

  // ---- state ----------------------------------------------------------------------------------

  public DocumentViewModel document() {
    return document;
  }

  public HoldingsViewModel holdings() {
    return holdings;
  }

  public ProposalViewModel proposal() {
    return proposal;
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
