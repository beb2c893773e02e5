package dev.keel.ui.proposal;

import dev.keel.engine.rebalance.HedgeRequest;
import dev.keel.model.AssetType;
import dev.keel.model.Instrument;
import dev.keel.model.Portfolio;
import dev.keel.model.Position;
import dev.keel.model.Roots;
import dev.keel.ui.common.TypedNumbers;
import dev.keel.ui.document.DocumentViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The hedge panel of the Exposure view: which underlying to hedge, the net delta to bring it to,
 * the instrument to trade (the mandate's hedge of it first, then its other perpetuals and futures,
 * then its spot), and optionally a vega target reached first with one of its options. Asking puts
 * the hedge in the proposal, reviewed and exported like a rebalance ({@code keel hedge}'s window).
 */
public final class HedgePanelViewModel {
  private final DocumentViewModel document;
  private final ProposalViewModel proposal;
  private final ObservableList<String> underlyings = FXCollections.observableArrayList();
  private final ObservableList<String> vias = FXCollections.observableArrayList();
  private final ObservableList<String> options = FXCollections.observableArrayList();
  private final ObjectProperty<String> underlying = new SimpleObjectProperty<>();
  private final ObjectProperty<String> via = new SimpleObjectProperty<>();
  private final ObjectProperty<String> vegaOption = new SimpleObjectProperty<>();
  private final StringProperty delta = new SimpleStringProperty("0");
  private final StringProperty vega = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

  public HedgePanelViewModel(DocumentViewModel document, ProposalViewModel proposal) {
    this.document = document;
    this.proposal = proposal;
    document.portfolioProperty().addListener((Observable replaced) -> bookChanged());
    underlying.addListener((obs, old, now) -> underlyingChanged());
    // a hedge asked of one book means nothing for the next: it is rebalanced
    document.fileProperty().addListener((obs, old, now) -> proposal.hedgeProperty().set(null));
    bookChanged();
  }

  private void bookChanged() {
    Portfolio portfolio = document.portfolio();
    String kept = underlying.get();
    underlyings.setAll(portfolio == null ? List.of() : hedgeable(portfolio));
    underlying.set(
        underlyings.contains(kept) ? kept : underlyings.isEmpty() ? null : underlyings.get(0));
    underlyingChanged();
  }

  /** The roots of the book's derivatives, in the book's order: what a hedge can be asked for. */
  private static List<String> hedgeable(Portfolio portfolio) {
    Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
    Set<String> roots = new LinkedHashSet<>();
    for (Position position : portfolio.positions()) {
      Instrument instrument = instruments.get(position.symbol());
      if (instrument.terms() != null) {
        roots.add(Roots.of(instrument, instruments));
      }
    }
    return new ArrayList<>(roots);
  }

  private void underlyingChanged() {
    Portfolio portfolio = document.portfolio();
    String root = underlying.get();
    List<String> contracts = new ArrayList<>();
    List<String> written = new ArrayList<>();
    if (portfolio != null && root != null) {
      String named = portfolio.hedges().get(root);
      if (named != null && portfolio.instrumentsBySymbol().containsKey(named)) {
        contracts.add(named);
      }
      Map<String, Instrument> instruments = portfolio.instrumentsBySymbol();
      for (Instrument instrument : portfolio.instruments()) {
        if (instrument.terms() == null || !root.equals(Roots.of(instrument, instruments))) {
          continue;
        }
        if (instrument.type() == AssetType.OPTION) {
          written.add(instrument.symbol());
        } else if (!contracts.contains(instrument.symbol())) {
          contracts.add(instrument.symbol());
        }
      }
      if (instruments.containsKey(root)) {
        contracts.add(root); // the spot itself
      }
    }
    vias.setAll(contracts);
    via.set(contracts.isEmpty() ? null : contracts.get(0));
    options.setAll(written);
    vegaOption.set(written.isEmpty() ? null : written.get(0));
    error.set("");
  }

  /**
   * Puts the hedge asked for in the proposal; says why not (a target that is not a number, a vega
   * target without an option) and asks nothing then.
   */
  public Optional<String> ask() {
    Optional<String> why = check();
    error.set(why.orElse(""));
    if (why.isEmpty()) {
      BigDecimal vegaTarget = vega.get().isBlank() ? null : TypedNumbers.decimal(vega.get()).get();
      proposal
          .hedgeProperty()
          .set(
              new HedgeRequest(
                  underlying.get(),
                  TypedNumbers.decimal(delta.get()).get(),
                  via.get(),
                  null,
                  vegaTarget,
                  vegaTarget == null ? null : vegaOption.get()));
    }
    return why;
  }

  private Optional<String> check() {
    if (underlying.get() == null) {
      return Optional.of("this book holds no derivatives to hedge");
    }
    if (TypedNumbers.decimal(delta.get()).isEmpty()) {
      return Optional.of(
          "'" + delta.get().trim() + "' is not a net delta: type a number of " + underlying.get());
    }
    if (via.get() == null) {
      return Optional.of("nothing on " + underlying.get() + " to hedge with");
    }
    if (!vega.get().isBlank()) {
      if (TypedNumbers.decimal(vega.get()).isEmpty()) {
        return Optional.of("'" + vega.get().trim() + "' is not a vega: type a number, or nothing");
      }
      if (vegaOption.get() == null) {
        return Optional.of("no option on " + underlying.get() + " to hedge vega with");
      }
    }
    return Optional.empty();
  }

  public ObservableList<String> underlyings() {
    return underlyings;
  }

  public ObservableList<String> vias() {
    return vias;
  }

  public ObservableList<String> options() {
    return options;
  }

  public ObjectProperty<String> underlyingProperty() {
    return underlying;
  }

  public ObjectProperty<String> viaProperty() {
    return via;
  }

  public ObjectProperty<String> vegaOptionProperty() {
    return vegaOption;
  }

  /** The net delta asked for, as typed, in units of the underlying. */
  public StringProperty deltaProperty() {
    return delta;
  }

  /** The net vega asked for, as typed, base currency per volatility point; blank for none. */
  public StringProperty vegaProperty() {
    return vega;
  }

  /** Why the last ask was refused, blank when it was not. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
