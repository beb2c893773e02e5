package dev.keel.engine.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.engine.rebalance.RebalanceSettings.Scope;
import dev.keel.engine.rebalance.RebalanceSettings.Trigger;
import dev.keel.model.Portfolio;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The proposals of every sample under a set of settings, and of 200 generated books under random
 * settings, compared with a recorded corpus. A change to the engine that alters any proposal shows
 * here line by line; an intended change is recorded again with {@code -Dkeel.golden.update=true}
 * and its commit says which difference is which mended defect.
 */
class GoldenProposalsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final int GENERATED = 200;

  @Test
  void samples_proposeAsRecorded() throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path file :
        List.of(TestPortfolios.CRYPTO, TestPortfolios.STOCKS, TestPortfolios.DERIVATIVES)) {
      Portfolio portfolio = TestPortfolios.read(file);
      String flowAccount = portfolio.accounts().get(0).id();
      Map<String, RebalanceSettings> cases = new TreeMap<>();
      cases.put("default", RebalanceSettings.DEFAULT);
      cases.put("household", RebalanceSettings.builder().scope(Scope.HOUSEHOLD).build());
      cases.put("band-edge", RebalanceSettings.builder().toBandEdge().build());
      cases.put("partial", RebalanceSettings.builder().partial(new BigDecimal("0.5")).build());
      cases.put("calendar", RebalanceSettings.builder().trigger(Trigger.CALENDAR).build());
      cases.put(
          "calendar-household",
          RebalanceSettings.builder().trigger(Trigger.CALENDAR).scope(Scope.HOUSEHOLD).build());
      cases.put(
          "deposit",
          RebalanceSettings.builder()
              .deposit(new BigDecimal("25000"))
              .cashFlowAccount(flowAccount)
              .build());
      cases.put(
          "withdraw",
          RebalanceSettings.builder()
              .withdraw(new BigDecimal("10000"))
              .cashFlowAccount(flowAccount)
              .build());
      cases.put(
          "buy-only-deposit",
          RebalanceSettings.builder()
              .mode(RebalanceSettings.Mode.BUY_ONLY)
              .deposit(new BigDecimal("5000"))
              .cashFlowAccount(flowAccount)
              .build());
      cases.put(
          "turnover-cap",
          RebalanceSettings.builder()
              .trigger(Trigger.CALENDAR)
              .maxTurnover(new BigDecimal("0.02"))
              .build());
      cases.forEach(
          (name, settings) -> render(text, file.getFileName() + " " + name, portfolio, settings));
    }
    compare("samples.txt", text.toString());
  }

  @Test
  void generatedBooks_proposeAsRecorded() throws IOException {
    StringBuilder text = new StringBuilder();
    for (long seed = 1; seed <= GENERATED; seed++) {
      Portfolio portfolio = RandomBooks.book(seed, RandomBooks.Shape.ANY);
      RebalanceSettings settings = RandomBooks.settings(seed, portfolio);
      if (Rebalancer.DEFAULT.check(portfolio, settings).isPresent()) {
        settings = settings.toBuilder().deposit(BigDecimal.ZERO).cashFlowAccount(null).build();
      }
      render(text, "seed " + seed, portfolio, settings);
    }
    compare("generated.txt", text.toString());
  }

  /** The recorded text split into cases, by the name after "== ". */
  private static Map<String, String> cases(String text) {
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    String name = null;
    StringBuilder block = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.startsWith("== ")) {
        if (name != null) {
          cases.put(name, block.toString());
        }
        name = line.substring(3);
        block.setLength(0);
      } else {
        block.append(line).append('\n');
      }
    }
    if (name != null) {
      cases.put(name, block.toString());
    }
    return cases;
  }

  private static void render(
      StringBuilder text, String name, Portfolio portfolio, RebalanceSettings settings) {
    text.append("== ").append(name).append('\n');
    text.append("settings: ").append(settings.describe()).append('\n');
    if (Rebalancer.DEFAULT.check(portfolio, settings).isPresent()) {
      text.append("refused: ")
          .append(Rebalancer.DEFAULT.check(portfolio, settings).get())
          .append('\n');
      return;
    }
    Proposal proposal = Rebalancer.DEFAULT.propose(portfolio, settings);
    text.append("id: ").append(proposal.id()).append('\n');
    for (Trade trade : proposal.trades()) {
      text.append(trade.id())
          .append(' ')
          .append(trade.account())
          .append(' ')
          .append(trade.side())
          .append(' ')
          .append(trade.quantity().toPlainString())
          .append(' ')
          .append(trade.symbol())
          .append(' ')
          .append(trade.purpose())
          .append(" | ")
          .append(trade.reasonText())
          .append('\n');
    }
    for (RebalanceWarning warning : proposal.warnings()) {
      text.append("W ")
          .append(warning.kind())
          .append(' ')
          .append(warning.account())
          .append(' ')
          .append(warning.symbol())
          .append(" | ")
          .append(warning.message())
          .append('\n');
    }
    new TreeMap<>(proposal.cashFlows())
        .forEach(
            (account, amount) ->
                text.append("flow ")
                    .append(account)
                    .append(' ')
                    .append(amount.toPlainString())
                    .append('\n'));
  }

  private static void compare(String fileName, String actual) throws IOException {
    Path file = GOLDEN.resolve(fileName);
    if (Boolean.getBoolean("keel.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    Map<String, String> want = cases(expected);
    Map<String, String> got = cases(actual);
    List<String> differences = new ArrayList<>();
    for (String name : want.keySet()) {
      if (!want.get(name).equals(got.get(name))) {
        differences.add(name + "\n--- recorded\n" + want.get(name) + "--- now\n" + got.get(name));
      }
    }
    got.keySet().stream()
        .filter(name -> !want.containsKey(name))
        .forEach(name -> differences.add(name + ": not recorded"));
    if (!differences.isEmpty()) {
      // the whole list, for reading case by case; the assertion below shows the first ones
      Files.writeString(
          Path.of("target", "golden-" + fileName), String.join("\n", differences) + "\n");
    }
    assertThat(differences).as("differences from " + file).isEmpty();
  }
}
