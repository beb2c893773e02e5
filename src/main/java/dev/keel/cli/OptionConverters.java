package dev.keel.cli;

import dev.keel.engine.rebalance.OrderTerms;
import dev.keel.engine.rebalance.RebalanceSettings;
import dev.keel.engine.rebalance.RebalanceSettings.Mode;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.engine.rebalance.RebalanceSettings.Trigger;
import dev.keel.io.export.OrderFormat;
import dev.keel.model.ExposureBasis;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option values of {@code keel rebalance} as they are typed: {@code band-edge}, {@code ibkr}.
 */
final class OptionConverters {
  private OptionConverters() {}

  /** Converts option text such as {@code band-edge} to the enum constant {@code BAND_EDGE}. */
  abstract static class LabelConverter<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    LabelConverter(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E constant : type.getEnumConstants()) {
        if (RebalanceSettings.label(constant).equals(value)) {
          return constant;
        }
      }
      List<String> labels =
          Stream.of(type.getEnumConstants()).map(RebalanceSettings::label).toList();
      throw new TypeConversionException(
          "'" + value + "' is not one of " + String.join(", ", labels));
    }
  }

  static final class TriggerConverter extends LabelConverter<Trigger> {
    TriggerConverter() {
      super(Trigger.class);
    }
  }

  static final class DestinationConverter extends LabelConverter<RebalanceSettings.Destination> {
    DestinationConverter() {
      super(RebalanceSettings.Destination.class);
    }
  }

  static final class BasisConverter extends LabelConverter<ExposureBasis> {
    BasisConverter() {
      super(ExposureBasis.class);
    }
  }

  static final class ModeConverter extends LabelConverter<Mode> {
    ModeConverter() {
      super(Mode.class);
    }
  }

  static final class ScopeConverter extends LabelConverter<Scope> {
    ScopeConverter() {
      super(Scope.class);
    }
  }

  static final class FormatConverter extends LabelConverter<OrderFormat> {
    FormatConverter() {
      super(OrderFormat.class);
    }
  }

  static final class OrderTypeConverter extends LabelConverter<OrderTerms.OrderType> {
    OrderTypeConverter() {
      super(OrderTerms.OrderType.class);
    }
  }
}
