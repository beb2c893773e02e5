package dev.keel.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.AssetType;
import dev.keel.model.ContractStyle;
import dev.keel.model.DerivativeTerms;
import dev.keel.model.ExerciseStyle;
import dev.keel.model.Instrument;
import dev.keel.model.OptionRight;
import dev.keel.model.Portfolio;
import dev.keel.model.ValidationProblem.Kind;
import dev.keel.model.margin.MarginTiers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The {@code instruments} list: symbol, type and order rules of each instrument, and the contract
 * terms of a derivative, each type taking exactly the terms it has.
 */
final class InstrumentsSection implements Section {
  private static final Set<String> INSTRUMENT =
      JsonFields.names(
          "symbol",
          "name",
          "assetClass",
          "type",
          "quoteCurrency",
          "lotStep",
          "minQuantity",
          "minNotional",
          "priceTick",
          "multiplier",
          "underlying",
          "expiry",
          "strike",
          "right",
          "exercise",
          "contract",
          "contractSize",
          "settlementCurrency",
          "marginTiers");
  private static final List<String> TYPE_LABELS =
      Arrays.stream(AssetType.values()).map(AssetType::label).toList();
  private static final List<String> RIGHT_LABELS =
      Arrays.stream(OptionRight.values()).map(OptionRight::label).toList();
  private static final List<String> EXERCISE_LABELS =
      Arrays.stream(ExerciseStyle.values()).map(ExerciseStyle::label).toList();
  private static final List<String> CONTRACT_LABELS =
      Arrays.stream(ContractStyle.values()).map(ContractStyle::label).toList();
  private static final List<String> DERIVATIVE_FIELDS =
      List.of(
          "underlying",
          "expiry",
          "strike",
          "right",
          "exercise",
          "contract",
          "contractSize",
          "settlementCurrency");

  @Override
  public List<String> fields() {
    return List.of("instruments");
  }

  @Override
  public void read(DocumentReader in, Draft draft) {
    draft.portfolio.instruments(
        in.list(
            "instruments",
            "an instrument",
            INSTRUMENT,
            fields -> instrument(fields, in),
            Kind.INSTRUMENT,
            "symbol"));
  }

  private static Instrument instrument(JsonFields fields, DocumentReader in) {
    String symbol = fields.requiredText("symbol");
    String name = fields.text("name", symbol);
    String assetClass = fields.requiredText("assetClass");
    boolean hasType = fields.has("type");
    AssetType type = fields.choice("type", AssetType::fromLabel, TYPE_LABELS, null);
    if (!hasType) {
      fields.requiredText("type");
    }
    String quote = in.currency(fields, "quoteCurrency", in.base());
    BigDecimal lotStep =
        fields.decimal("lotStep", Range.POSITIVE, PortfolioDocument.DEFAULT_LOT_STEP);
    BigDecimal minQuantity = fields.decimal("minQuantity", Range.NON_NEGATIVE, BigDecimal.ZERO);
    BigDecimal minNotional = fields.decimal("minNotional", Range.NON_NEGATIVE, BigDecimal.ZERO);
    BigDecimal tick =
        fields.decimal("priceTick", Range.POSITIVE, PortfolioDocument.DEFAULT_PRICE_TICK);
    BigDecimal multiplier = fields.decimal("multiplier", Range.POSITIVE, BigDecimal.ONE);
    DerivativeTerms terms = type == null ? null : terms(fields, type, in);
    MarginTiers tiers = MarginFields.tiers(fields, type);
    if (symbol == null || assetClass == null || type == null) {
      return null;
    }
    return new Instrument(
        symbol,
        name == null ? symbol : name,
        assetClass,
        type,
        quote == null ? in.base() : quote,
        lotStep,
        minQuantity,
        minNotional,
        tick,
        multiplier,
        terms,
        tiers);
  }

  private static DerivativeTerms terms(JsonFields fields, AssetType type, DocumentReader in) {
    if (!type.isDerivative()) {
      for (String field : DERIVATIVE_FIELDS) {
        if (fields.has(field)) {
          fields.problem(
              field,
              "\""
                  + field
                  + "\" applies only to perpetuals, futures and options, not to a "
                  + type.label()
                  + ": remove it");
        }
      }
      return null;
    }
    String underlying = fields.text("underlying", null);
    Expiry expiry = expiry(fields);
    BigDecimal strike =
        fields.has("strike") ? fields.decimal("strike", Range.POSITIVE, null) : null;
    OptionRight right = fields.choice("right", OptionRight::fromLabel, RIGHT_LABELS, null);
    ExerciseStyle exercise =
        fields.choice(
            "exercise", ExerciseStyle::fromLabel, EXERCISE_LABELS, ExerciseStyle.EUROPEAN);
    ContractStyle contract =
        fields.choice("contract", ContractStyle::fromLabel, CONTRACT_LABELS, ContractStyle.LINEAR);
    String settlement =
        fields.has("settlementCurrency") ? in.currency(fields, "settlementCurrency", null) : null;
    boolean settlementRead = settlement != null || !fields.has("settlementCurrency");
    BigDecimal faceValue =
        fields.has("contractSize") ? fields.decimal("contractSize", Range.POSITIVE, null) : null;
    List<String> needed =
        switch (type) {
          case PERPETUAL -> List.of("underlying");
          case FUTURE -> List.of("underlying", "expiry");
          default -> List.of("underlying", "expiry", "strike", "right");
        };
    boolean complete = true;
    for (String field : needed) {
      if (!fields.has(field)) {
        fields.problem(
            "",
            article(type)
                + type.label()
                + " needs "
                + String.join(", ", needed)
                + ": add \""
                + field
                + "\"");
        complete = false;
      }
    }
    for (String field : List.of("expiry", "strike", "right", "exercise")) {
      boolean applies =
          needed.contains(field) || (field.equals("exercise") && type == AssetType.OPTION);
      if (!applies && fields.has(field)) {
        fields.problem(
            field, article(type) + type.label() + " has no \"" + field + "\": remove it");
      }
    }
    complete &= contractFieldsFit(fields, type, contract) && settlementRead;
    boolean valid =
        complete
            && underlying != null
            && (type == AssetType.PERPETUAL || expiry != null)
            && (type != AssetType.OPTION || (strike != null && right != null));
    if (!valid) {
      return placeholderTerms(type);
    }
    boolean option = type == AssetType.OPTION;
    return new DerivativeTerms(
        underlying,
        type == AssetType.PERPETUAL ? null : expiry.date(),
        type == AssetType.PERPETUAL ? null : expiry.instant(),
        option ? strike : null,
        option ? right : null,
        option ? exercise : null,
        contract,
        contract == ContractStyle.INVERSE ? faceValue : null,
        settlement);
  }

  /**
   * Whether the contract style's fields fit: an inverse contract is a perpetual or a future with a
   * face value and a settlement coin; a face value belongs to an inverse contract only.
   */
  private static boolean contractFieldsFit(
      JsonFields fields, AssetType type, ContractStyle contract) {
    boolean fit = true;
    if (contract == ContractStyle.INVERSE && type == AssetType.OPTION) {
      fields.problem(
          "contract",
          "an option cannot be inverse: give its premium's currency as quoteCurrency (BTC for a"
              + " Deribit option) and remove \"contract\"");
      fit = false;
    }
    if (contract == ContractStyle.INVERSE && type != AssetType.OPTION) {
      if (!fields.has("contractSize")) {
        fields.problem(
            "",
            "an inverse "
                + type.label()
                + " needs its face value per contract in the quote currency: add \"contractSize\""
                + " (10 for Deribit's BTC-PERPETUAL)");
        fit = false;
      }
      if (!fields.has("settlementCurrency")) {
        fields.problem(
            "",
            "an inverse "
                + type.label()
                + " settles in a coin: add \"settlementCurrency\", such as BTC");
        fit = false;
      }
    }
    if (contract != ContractStyle.INVERSE && fields.has("contractSize")) {
      fields.problem(
          "contractSize",
          "\"contractSize\" is the face value of an inverse contract: set \"contract\": \"inverse\""
              + " or use \"multiplier\" for a linear one");
      fit = false;
    }
    return fit;
  }

  /** An expiry given as a date, or as an instant with an offset. */
  private record Expiry(LocalDate date, Instant instant) {}

  private static Expiry expiry(JsonFields fields) {
    String text = fields.text("expiry", null);
    if (text == null) {
      return null;
    }
    if (text.length() <= 10) {
      LocalDate date = fields.date("expiry");
      return date == null ? null : new Expiry(date, null);
    }
    Instant instant = fields.instant("expiry", null);
    return instant == null
        ? null
        : new Expiry(instant.atOffset(ZoneOffset.UTC).toLocalDate(), instant);
  }

  private static String article(AssetType type) {
    return type == AssetType.OPTION ? "an " : "a ";
  }

  /** Terms that fit the type, used to carry on after a problem has been recorded. */
  private static DerivativeTerms placeholderTerms(AssetType type) {
    LocalDate someDay = LocalDate.of(2000, 1, 1);
    return switch (type) {
      case PERPETUAL -> DerivativeTerms.perpetual("?");
      case FUTURE -> DerivativeTerms.future("?", someDay);
      default -> DerivativeTerms.option("?", someDay, BigDecimal.ONE, OptionRight.CALL);
    };
  }

  @Override
  public void write(Portfolio portfolio, ObjectNode root) {
    ArrayNode instruments = root.putArray("instruments");
    portfolio.instruments().forEach(instrument -> write(instruments.addObject(), instrument));
  }

  private static void write(ObjectNode node, Instrument instrument) {
    node.put("symbol", instrument.symbol())
        .put("name", instrument.name())
        .put("assetClass", instrument.assetClass())
        .put("type", instrument.type().label())
        .put("quoteCurrency", instrument.quoteCurrency())
        .put("lotStep", instrument.lotStep().toPlainString())
        .put("minQuantity", instrument.minQuantity().toPlainString())
        .put("minNotional", instrument.minNotional().toPlainString())
        .put("priceTick", instrument.priceTick().toPlainString())
        .put("multiplier", instrument.multiplier().toPlainString());
    instrument
        .derivativeTerms()
        .ifPresent(
            terms -> {
              node.put("underlying", terms.underlying());
              if (terms.expiresAt() != null) {
                node.put("expiry", terms.expiresAt().toString());
              } else if (terms.expiry() != null) {
                node.put("expiry", terms.expiry().toString());
              }
              if (terms.strike() != null) {
                node.put("strike", terms.strike().toPlainString());
                node.put("right", terms.right().label());
                if (terms.exercise() != ExerciseStyle.EUROPEAN) {
                  node.put("exercise", terms.exercise().label());
                }
              }
              if (terms.isInverse()) {
                node.put("contract", terms.contract().label())
                    .put("contractSize", terms.contractSize().toPlainString());
              }
              if (terms.settlementCurrency() != null) {
                node.put("settlementCurrency", terms.settlementCurrency());
              }
            });
    MarginFields.write(node, instrument.marginTiers());
  }
}
