package dev.keel.cli;

import dev.keel.io.text.DecimalText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The numbers of options ({@code --deposit 5000}, {@code --quantity T3=0.5}) read by the rules of
 * the file format ({@link DecimalText}): the same spelling, digits and range, and a refusal that
 * names the option and is a usage error.
 */
final class OptionNumbers {
  private OptionNumbers() {}

  /** The decimal {@code text} of {@code option}; {@code null} stays {@code null}. */
  static BigDecimal decimal(CommandLine commandLine, String option, String text) {
    if (text == null) {
      return null;
    }
    DecimalText.Parsed parsed = DecimalText.parse(text);
    if (!parsed.isOk()) {
      throw new ParameterException(
          commandLine,
          option + ": \"" + abbreviate(text) + "\" " + DecimalText.explain(parsed.refusal()));
    }
    return parsed.value();
  }

  /** The decimals of a {@code KEY=NUMBER} option, each refusal naming {@code option KEY}. */
  static Map<String, BigDecimal> decimals(
      CommandLine commandLine, String option, Map<String, String> texts) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    texts.forEach(
        (key, text) -> values.put(key, decimal(commandLine, option + " " + abbreviate(key), text)));
    return values;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
