package dev.keel.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestPortfolios;
import dev.keel.cli.KeelCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against hostile files and options, as a careless script or a hostile sender
 * would give them: the samples mutated (see {@link Mutations}), other Keel files given as
 * portfolios, hostile numbers in every amount option, spoiled holdings CSVs. Every case must end
 * with exit code 0, 1 or 2, no stack trace or library internals on standard error, a location in
 * every problem, every input as it was, and no partial output (see {@link Verdict}).
 *
 * <p>Seeded and repeatable: {@value #DEFAULT_CASES} cases in {@code mvn test}, a few seconds. A
 * long run, as docs/reliability.md records: {@code mvn test -Dtest=HostileInputFuzzTest
 * -Dkeel.fuzz.cases=20000}; one case again: {@code -Dkeel.fuzz.seed=N -Dkeel.fuzz.cases=1}.
 */
class HostileInputFuzzTest {
  static final int DEFAULT_CASES = 300;
  private static final long FIRST_SEED = Long.getLong("keel.fuzz.seed", 20_261_202L);
  private static final int CASES = Integer.getInteger("keel.fuzz.cases", DEFAULT_CASES);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private static final List<Path> SAMPLES =
      List.of(TestPortfolios.CRYPTO, TestPortfolios.STOCKS, TestPortfolios.DERIVATIVES);
  private static final String HOLDINGS =
      "account,symbol,quantity,price,currency,type,asset_class\n"
          + "taxable,AAPL,10,190.50,USD,stock,equities\n"
          + "taxable,SAP,4,120.10,EUR,stock,equities\n"
          + "crypto,BTC,0.5,64000,USD,crypto-spot,coins\n";
  private static final List<String> AMOUNT_OPTIONS =
      List.of("--deposit", "--withdraw", "--min-trade", "--max-turnover", "--limit-offset-bps");

  private static List<byte[]> otherFiles;
  private static List<Mutations.Mutation> mutations;

  @TempDir Path dir;

  /** The files Keel itself writes, to be given where a portfolio is expected. */
  @BeforeAll
  static void keelsOwnFiles(@TempDir Path made) throws IOException {
    List<byte[]> files = new ArrayList<>();
    for (String format : List.of("generic", "ibkr", "ccxt")) {
      Path out = made.resolve(format);
      // a CCXT list is for a crypto exchange's orders, a basket or CSV for the stock book's
      Path book = format.equals("ccxt") ? TestPortfolios.CRYPTO : TestPortfolios.STOCKS;
      int code =
          run("rebalance", book.toString(), "--format", format, "--out", out.toString(), "--quiet")
              .code();
      assertThat(code).isZero();
      try (Stream<Path> written = Files.list(out.getParent())) {
        for (Path file :
            written.filter(p -> p.getFileName().toString().startsWith(format)).toList()) {
          files.add(Files.readAllBytes(file));
        }
      }
    }
    files.add(HOLDINGS.getBytes(StandardCharsets.UTF_8));
    otherFiles = files;
    mutations = Mutations.all(files);
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KeelCli.run(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void everyHostileCase_endsCleanly_locatesItsProblems_andLosesNothing() throws IOException {
    List<String> broken = new ArrayList<>();
    for (int i = 0; i < CASES && broken.size() < 20; i++) {
      long seed = FIRST_SEED + i;
      Random random = new Random(seed);
      Path caseDir = Files.createDirectory(dir.resolve("case-" + i));
      String described;
      List<String> problems;
      switch (random.nextInt(10)) {
        case 0, 1 -> {
          described = "amount option";
          problems = hostileOption(random, caseDir);
        }
        case 2, 3 -> {
          described = "holdings CSV";
          problems = spoiledCsv(random, caseDir);
        }
        default -> {
          described = "portfolio file";
          problems = spoiledPortfolio(random, caseDir);
        }
      }
      for (String problem : problems) {
        broken.add("seed " + seed + " (" + described + "): " + problem);
      }
    }
    assertThat(broken).as("cases that broke a rule").isEmpty();
  }

  private List<String> spoiledPortfolio(Random random, Path caseDir) throws IOException {
    Mutations.Mutation mutation = mutations.get(random.nextInt(mutations.size()));
    byte[] original = Files.readAllBytes(SAMPLES.get(random.nextInt(SAMPLES.size())));
    Path book = caseDir.resolve("book.json");
    Files.write(book, mutation.apply().apply(original, random));
    Path out = caseDir.resolve("out");
    String file = book.toString();
    String[] args =
        switch (random.nextInt(5)) {
          case 0 -> new String[] {"validate", file};
          case 1 -> new String[] {"drift", file, "--format", pick(random, "table", "json", "csv")};
          case 2 -> new String[] {"rebalance", file, "--dry-run"};
          default -> new String[] {"rebalance", file, "--out", out.toString(), "--quiet"};
        };
    Verdict verdict = Verdict.of(List.of(book), caseDir);
    List<String> problems = verdict.check(run(args), file);
    return tagged(problems, mutation.name() + ", " + String.join(" ", args).replace(file, "FILE"));
  }

  private List<String> hostileOption(Random random, Path caseDir) throws IOException {
    Path book = Files.copy(SAMPLES.get(random.nextInt(SAMPLES.size())), caseDir.resolve("b.json"));
    String value = Mutations.HOSTILE_NUMBERS.get(random.nextInt(Mutations.HOSTILE_NUMBERS.size()));
    List<String> args =
        new ArrayList<>(
            List.of("rebalance", book.toString(), "--out", caseDir.resolve("out").toString()));
    String option;
    if (random.nextInt(4) == 0) {
      option = "--quantity";
      args.add(option);
      args.add("T1=" + value);
    } else {
      option = AMOUNT_OPTIONS.get(random.nextInt(AMOUNT_OPTIONS.size()));
      args.add(option + "=" + value);
      if (option.equals("--limit-offset-bps")) {
        args.addAll(List.of("--order-type", "limit"));
      }
    }
    args.add("--quiet");
    Verdict verdict = Verdict.of(List.of(book), caseDir);
    Run result = run(args.toArray(String[]::new));
    List<String> problems = new ArrayList<>(verdict.check(result, book.toString()));
    if (result.code() == KeelCli.USAGE && !result.err().contains(option)) {
      problems.add(
          "a usage error that does not name " + option + ": " + Verdict.first(result.err()));
    }
    return tagged(problems, option + " " + Verdict.shorten(value));
  }

  private List<String> spoiledCsv(Random random, Path caseDir) throws IOException {
    Mutations.Mutation mutation = mutations.get(random.nextInt(mutations.size()));
    Path csv = caseDir.resolve("holdings.csv");
    Files.write(csv, mutation.apply().apply(HOLDINGS.getBytes(StandardCharsets.UTF_8), random));
    Path book = caseDir.resolve("book.json");
    Verdict verdict = Verdict.of(List.of(csv), caseDir);
    Run imported = run("import-holdings", csv.toString(), "--out", book.toString());
    List<String> problems = new ArrayList<>(verdict.check(imported, csv.toString()));
    if (imported.code() == KeelCli.OK) {
      // whatever import writes, validate reads
      Run validated = run("validate", book.toString());
      if (validated.code() != KeelCli.OK) {
        problems.add("import wrote a file validate refuses: " + Verdict.first(validated.err()));
      }
    } else if (Files.exists(book)) {
      problems.add("a failed import left " + book.getFileName());
    }
    return tagged(problems, mutation.name() + ", import-holdings");
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static List<String> tagged(List<String> problems, String what) {
    return problems.stream().map(p -> what + ": " + p).toList();
  }
}
