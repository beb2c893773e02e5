package dev.keel.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keel.model.Portfolio;
import dev.keel.model.PortfolioValidator;
import dev.keel.model.ValidationProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The portfolio file as a JSON document (see {@code docs/portfolio-format.md}): reading it section
 * by section with every problem located, then the model's cross-checks mapped back to lines and
 * columns; and writing it section by section, deterministically and losslessly, decimals as strings
 * in plain notation so that any JSON reader keeps them exact.
 */
public final class PortfolioDocument {
  /** Value of the {@code format} field. */
  public static final String FORMAT = "keel-portfolio";

  /** The version of the format this code reads and writes. */
  public static final int VERSION = 1;

  /** The lot step of an instrument that names none. */
  public static final BigDecimal DEFAULT_LOT_STEP = BigDecimal.ONE;

  /** The price tick of an instrument that names none. */
  public static final BigDecimal DEFAULT_PRICE_TICK = new BigDecimal("0.01");

  /** The shared instance; it holds no state. */
  public static final PortfolioDocument DEFAULT = new PortfolioDocument();

  /** The sections of the file, in the order they are read and written. */
  static final List<Section> SECTIONS =
      List.of(
          new HeaderSection(),
          new AccountsSection(),
          new AssetClassesSection(),
          new InstrumentsSection(),
          new PositionsSection(),
          new CashSection(),
          new PricesSection(),
          new FxSection(),
          new VolatilitiesSection(),
          new RatesSection(),
          new UnderlyingsSection(),
          new TargetsSection(),
          new BandsSection(),
          new CostsSection(),
          new RestrictionsSection(),
          new CashPolicySection(),
          new ExposureSection(),
          new StressGroupsSection(),
          new GuardSection());

  private static final Set<String> ROOT = rootFields();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The writer, made on first use: reading a file needs no mapper, and making one costs. */
  private static final class PrettyWriter {
    static final ObjectWriter PRETTY =
        new ObjectMapper()
            .writer(
                new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(
                        Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
  }

  /**
   * What reading a document gave: the portfolio, or every problem found (never both), and what was
   * read but should be looked at.
   *
   * @param portfolio the portfolio, or {@code null} when there are problems
   * @param problems every problem, in document order; empty on success
   * @param warnings what the user should look at, in document order; empty when reading failed
   */
  public record Read(Portfolio portfolio, List<Problem> problems, List<Problem> warnings) {
    public Read {
      problems = List.copyOf(problems);
      warnings = List.copyOf(warnings);
      if ((portfolio == null) == problems.isEmpty()) {
        throw new IllegalArgumentException("a read has either a portfolio or problems");
      }
    }

    static Read failed(List<Problem> problems) {
      return new Read(null, problems, List.of());
    }
  }

  private static Set<String> rootFields() {
    Set<String> fields = new LinkedHashSet<>();
    SECTIONS.forEach(section -> fields.addAll(section.fields()));
    return fields;
  }

  /**
   * Reads a portfolio from JSON text.
   *
   * @return the portfolio, or every problem found (syntax, structure and cross-references)
   */
  public Read read(String text) {
    List<Problem> problems = new ArrayList<>();
    LocatedJson json = LocatedJson.parse(text, problems);
    if (json == null) {
      return Read.failed(problems);
    }
    JsonFields.Context context = new JsonFields.Context(json, problems);
    JsonFields root = JsonFields.of(context, json.root(), "", "a portfolio file", ROOT);
    if (root == null) {
      return Read.failed(problems);
    }
    DocumentReader reader = new DocumentReader(root);
    Draft draft = new Draft();
    SECTIONS.forEach(section -> section.read(reader, draft));
    root.rejectUnknownFields();
    Portfolio portfolio = draft.build(reader.asOf());
    if (portfolio != null) {
      for (ValidationProblem problem : PortfolioValidator.DEFAULT.validate(portfolio)) {
        if (!reader.alreadyReported(problem)) {
          context.problem(problem.path(), problem.message());
        }
      }
    }
    if (problems.isEmpty()) {
      return new Read(portfolio, List.of(), context.warnings);
    }
    problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return Read.failed(problems);
  }

  /** Writes a portfolio as JSON text: the same portfolio always gives the same text. */
  public String write(Portfolio portfolio) {
    ObjectNode root = NODES.objectNode();
    SECTIONS.forEach(section -> section.write(portfolio, root));
    try {
      return PrettyWriter.PRETTY.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }
}
