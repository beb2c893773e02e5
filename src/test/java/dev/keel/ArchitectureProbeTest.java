package dev.keel;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.keel.archprobe.Main;
import dev.keel.archprobe.RootLoadsJavaFx;
import dev.keel.archprobe.RootUsesModel;
import dev.keel.archprobe.analytics.exposure.ExposureNeedsRisk;
import dev.keel.archprobe.analytics.margin.Margin;
import dev.keel.archprobe.analytics.pricing.Pricer;
import dev.keel.archprobe.analytics.pricing.PricerUsesEngine;
import dev.keel.archprobe.analytics.risk.RiskNeedsExposure;
import dev.keel.archprobe.analytics.stress.NowChronologyDate;
import dev.keel.archprobe.analytics.stress.NowLocalDate;
import dev.keel.archprobe.analytics.stress.StressReadsFiles;
import dev.keel.archprobe.cli.Cli;
import dev.keel.archprobe.cli.CliUsesJavaFx;
import dev.keel.archprobe.cli.CliUsesUi;
import dev.keel.archprobe.cli.CommandNames;
import dev.keel.archprobe.cli.NowCalendar;
import dev.keel.archprobe.cli.NowGregorianCalendarInstance;
import dev.keel.archprobe.cli.NowNewDate;
import dev.keel.archprobe.cli.NowSystemUtc;
import dev.keel.archprobe.engine.CycleEngineSide;
import dev.keel.archprobe.engine.Drift;
import dev.keel.archprobe.engine.EngineUsesIo;
import dev.keel.archprobe.engine.EngineUsesJackson;
import dev.keel.archprobe.engine.NowInstantWithClock;
import dev.keel.archprobe.engine.NowLocalDateTime;
import dev.keel.archprobe.engine.NowMethodReference;
import dev.keel.archprobe.engine.NowSystemZone;
import dev.keel.archprobe.engine.Rounding;
import dev.keel.archprobe.io.BookFiles;
import dev.keel.archprobe.io.BookFormat;
import dev.keel.archprobe.io.CycleIoSide;
import dev.keel.archprobe.io.IoLogsThroughJul;
import dev.keel.archprobe.io.IoLogsThroughLogback;
import dev.keel.archprobe.io.IoPrintsToStdout;
import dev.keel.archprobe.io.IoUsesCli;
import dev.keel.archprobe.io.IoUsesJavaFx;
import dev.keel.archprobe.io.IoUsesPicocli;
import dev.keel.archprobe.io.NowGregorianCalendarInZone;
import dev.keel.archprobe.io.NowOffsetDateTime;
import dev.keel.archprobe.io.NowTickSeconds;
import dev.keel.archprobe.io.NowZonedDateTime;
import dev.keel.archprobe.model.Book;
import dev.keel.archprobe.model.ModelLogs;
import dev.keel.archprobe.model.ModelReadsFiles;
import dev.keel.archprobe.model.ModelReadsPreferences;
import dev.keel.archprobe.model.ModelUsesEngine;
import dev.keel.archprobe.model.ModelUsesJackson;
import dev.keel.archprobe.model.ModelUsesJavaFx;
import dev.keel.archprobe.model.NowInstant;
import dev.keel.archprobe.model.NowInstantSource;
import dev.keel.archprobe.model.NowLocalTime;
import dev.keel.archprobe.model.market.Snapshot;
import dev.keel.archprobe.stray.Stray;
import dev.keel.archprobe.ui.BookViewModel;
import dev.keel.archprobe.ui.DesktopLauncher;
import dev.keel.archprobe.ui.Formats;
import dev.keel.archprobe.ui.NowCurrentTimeMillis;
import dev.keel.archprobe.ui.NowGregorianCalendar;
import dev.keel.archprobe.ui.NowSystemDefaultZone;
import dev.keel.archprobe.ui.SceneGraphViewModel;
import dev.keel.archprobe.ui.UiAsksFileExists;
import dev.keel.archprobe.ui.UiAsksRealPath;
import dev.keel.archprobe.ui.UiFilesIsRegularFile;
import dev.keel.archprobe.ui.UiPrintsStackTrace;
import dev.keel.archprobe.ui.UiReadsWithReader;
import dev.keel.archprobe.ui.UiUsesCli;
import dev.keel.archprobe.ui.UiUsesJackson;
import dev.keel.archprobe.ui.UiWritesFileStream;
import dev.keel.archprobe.ui.Window;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that every rule of {@link KeelArchitecture} can fail. The test tree holds a small Keel in
 * {@code dev.keel.archprobe}, package for package: legal classes that use each layer as allowed,
 * and probes that each break a rule on purpose. Every rule, made for that root, must report exactly
 * its probes (a cycle rule: every probe that closes a cycle, and no cycle without one), and no
 * legal class.
 */
class ArchitectureProbeTest {
  private static final KeelArchitecture PROBED = new KeelArchitecture("dev.keel.archprobe");

  /** Classes that keep every rule: what each layer may do. */
  private static final Set<Class<?>> LEGAL =
      Set.of(
          Main.class,
          Book.class,
          Snapshot.class,
          Pricer.class,
          Margin.class,
          Drift.class,
          Rounding.class,
          BookFiles.class,
          BookFormat.class,
          Cli.class,
          CommandNames.class,
          DesktopLauncher.class,
          Formats.class,
          BookViewModel.class,
          Window.class);

  /** A dependency against the layers closes a cycle too, since the lower layer uses the upper. */
  private static final Set<Class<?>> CLOSE_A_LAYER_CYCLE =
      Set.of(
          ModelUsesEngine.class,
          PricerUsesEngine.class,
          EngineUsesIo.class,
          CycleEngineSide.class,
          CycleIoSide.class,
          IoUsesCli.class,
          CliUsesUi.class,
          UiUsesCli.class);

  /** For every rule, the probes it must report. */
  private static final Map<String, Set<Class<?>>> CAUGHT =
      Map.ofEntries(
          entry(
              "layers",
              Set.of(
                  RootUsesModel.class,
                  Stray.class,
                  ModelUsesEngine.class,
                  PricerUsesEngine.class,
                  EngineUsesIo.class,
                  CycleEngineSide.class,
                  IoUsesCli.class,
                  CliUsesUi.class,
                  UiUsesCli.class)),
          entry("layersFreeOfCycles", CLOSE_A_LAYER_CYCLE),
          entry(
              "packagesFreeOfCycles",
              union(CLOSE_A_LAYER_CYCLE, Set.of(ExposureNeedsRisk.class, RiskNeedsExposure.class))),
          entry(
              "modelUses",
              Set.of(
                  ModelUsesJavaFx.class,
                  ModelUsesJackson.class,
                  ModelReadsFiles.class,
                  ModelReadsPreferences.class,
                  ModelLogs.class,
                  ModelUsesEngine.class)),
          entry("analyticsUses", Set.of(PricerUsesEngine.class, StressReadsFiles.class)),
          entry(
              "engineUses",
              Set.of(EngineUsesIo.class, EngineUsesJackson.class, CycleEngineSide.class)),
          entry(
              "ioUses",
              Set.of(
                  IoUsesCli.class,
                  IoUsesJavaFx.class,
                  IoUsesPicocli.class,
                  IoLogsThroughLogback.class)),
          entry("cliUses", Set.of(CliUsesUi.class, CliUsesJavaFx.class)),
          entry("uiUses", Set.of(UiUsesCli.class, UiUsesJackson.class)),
          entry("rootUses", Set.of(RootLoadsJavaFx.class, RootUsesModel.class)),
          entry(
              "onlyRootReadsTheClock",
              Set.of(
                  NowInstant.class,
                  NowInstantWithClock.class,
                  NowMethodReference.class,
                  NowLocalDate.class,
                  NowLocalDateTime.class,
                  NowLocalTime.class,
                  NowZonedDateTime.class,
                  NowOffsetDateTime.class,
                  NowCurrentTimeMillis.class,
                  NowSystemUtc.class,
                  NowSystemDefaultZone.class,
                  NowSystemZone.class,
                  NowTickSeconds.class,
                  NowNewDate.class,
                  NowCalendar.class,
                  NowInstantSource.class,
                  NowGregorianCalendar.class,
                  NowGregorianCalendarInZone.class,
                  NowGregorianCalendarInstance.class,
                  NowChronologyDate.class)),
          entry(
              "uiTouchesFilesOnlyThroughIo",
              Set.of(
                  UiFilesIsRegularFile.class,
                  UiWritesFileStream.class,
                  UiReadsWithReader.class,
                  UiAsksFileExists.class,
                  UiAsksRealPath.class)),
          entry("cliUsesNoUi", Set.of(CliUsesUi.class)),
          entry("uiUsesNoCli", Set.of(UiUsesCli.class)),
          entry("cliAndRootLoadNoJavaFx", Set.of(CliUsesJavaFx.class, RootLoadsJavaFx.class)),
          entry("onlyCliPrints", Set.of(IoPrintsToStdout.class, UiPrintsStackTrace.class)),
          entry("logsThroughSlf4j", Set.of(IoLogsThroughJul.class, IoLogsThroughLogback.class)),
          entry("viewModelsTouchNoSceneGraph", Set.of(SceneGraphViewModel.class)));

  /** A class named in a violation: the first {@code <...>} of a line is where the access is. */
  private static final Pattern ORIGIN = Pattern.compile("<([^>]+)>");

  private static JavaClasses probes;
  private static Set<String> topLevelProbes;

  @BeforeAll
  static void importProbes() {
    probes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("dev.keel.archprobe");
    topLevelProbes =
        probes.stream()
            .filter(type -> type.getEnclosingClass().isEmpty())
            .map(JavaClass::getName)
            .filter(name -> !name.endsWith(".package-info"))
            .collect(Collectors.toCollection(TreeSet::new));
  }

  static Stream<Arguments> rules() {
    return PROBED.rules().entrySet().stream()
        .map(rule -> Arguments.of(rule.getKey(), rule.getValue()));
  }

  @Test
  void everyRule_hasProbes() {
    assertThat(CAUGHT.keySet()).containsExactlyInAnyOrderElementsOf(PROBED.rules().keySet());
    assertThat(CAUGHT.values()).allSatisfy(caught -> assertThat(caught).isNotEmpty());
  }

  @Test
  void everyProbeClass_isLegalOrBreaksARule() {
    Set<String> breakers = names(CAUGHT.values().stream().flatMap(Set::stream).toList());

    assertThat(names(LEGAL)).doesNotContainAnyElementsOf(breakers);
    assertThat(topLevelProbes).containsExactlyInAnyOrderElementsOf(union(names(LEGAL), breakers));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rule_reportsItsProbesAndNoOtherClass(String name, ArchRule rule) {
    EvaluationResult result = rule.evaluate(probes);
    Set<String> expected = names(CAUGHT.get(name));
    List<String> violations = result.getFailureReport().getDetails();

    assertThat(result.hasViolation()).as(name + " reports a violation").isTrue();
    if (name.endsWith("FreeOfCycles")) {
      assertThat(violations)
          .as("every cycle %s reports closes through a probe", name)
          .allSatisfy(cycle -> assertThat(originsIn(cycle)).containsAnyElementsOf(expected));
      assertThat(violations.stream().flatMap(cycle -> originsIn(cycle).stream()))
          .as("%s names every probe that closes a cycle", name)
          .containsAll(expected);
    } else {
      assertThat(violations.stream().flatMap(line -> originsIn(line).stream()))
          .as("the classes %s reports", name)
          .hasSameElementsAs(expected);
    }
  }

  /** The top-level probe classes where the violations of one report start, one per line. */
  private static Set<String> originsIn(String report) {
    Set<String> origins = new HashSet<>();
    for (String line : report.split("\\R")) {
      Matcher origin = ORIGIN.matcher(line);
      if (origin.find()) {
        origins.add(topLevelOf(origin.group(1)));
      }
    }
    return origins;
  }

  /** The top-level probe class a member or nested class belongs to, else the name itself. */
  private static String topLevelOf(String member) {
    return topLevelProbes.stream()
        .filter(
            type ->
                member.equals(type)
                    || member.startsWith(type + ".")
                    || member.startsWith(type + "$"))
        .findFirst()
        .orElse(member);
  }

  private static Set<String> names(Collection<Class<?>> types) {
    return types.stream().map(Class::getName).collect(Collectors.toSet());
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
  }
}
