package dev.keel;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The rules of {@code docs/architecture.md} for the packages under one root: {@code dev.keel} for
 * Keel itself ({@link ArchitectureTest}), {@code dev.keel.archprobe} for the probe classes of the
 * test tree, each of which breaks a rule on purpose ({@link ArchitectureProbeTest}). The rules are
 * allow-lists: a layer names what it may use, so a dependency nobody allowed fails the build.
 */
final class KeelArchitecture {
  /** Keel's own classes. */
  static final KeelArchitecture KEEL = new KeelArchitecture("dev.keel");

  static final String MODEL = "Model";
  static final String ANALYTICS = "Analytics";
  static final String ENGINE = "Engine";
  static final String IO = "Io";
  static final String CLI = "Cli";
  static final String UI = "Ui";
  static final String ROOT = "Composition root";

  /**
   * The JDK a pure calculation needs: the language (lambdas, records, annotations), decimals, time
   * as a value, collections, streams and concurrency. Not files, streams or the network, not
   * reflection or management, not {@code java.util.prefs}, {@code zip} or {@code logging}.
   */
  private static final String[] PURE_JDK = {
    "java.lang",
    "java.lang.invoke",
    "java.lang.runtime",
    "java.lang.annotation",
    "java.math",
    "java.time..",
    "java.util",
    "java.util.function",
    "java.util.stream",
    "java.util.regex",
    "java.util.concurrent.."
  };

  /** Members of {@link java.io.File} that only take a path apart; every other one asks the disk. */
  private static final Set<String> FILE_AS_VALUE =
      Set.of(
          "<init>",
          "toPath",
          "getName",
          "getPath",
          "getParent",
          "getParentFile",
          "getAbsolutePath",
          "getAbsoluteFile",
          "isAbsolute",
          "toString",
          "equals",
          "hashCode",
          "compareTo",
          "separator",
          "separatorChar",
          "pathSeparator",
          "pathSeparatorChar");

  /**
   * Members of {@link java.nio.file.Path} that ask the disk ({@code toUri} looks whether the path
   * is a folder).
   */
  private static final Set<String> PATH_ON_DISK = Set.of("toRealPath", "register", "toUri");

  /** Methods of {@link java.time.Clock} that make a clock on the system's time of day. */
  private static final Set<String> SYSTEM_CLOCKS =
      Set.of(
          "systemUTC", "systemDefaultZone", "system", "tickSeconds", "tickMinutes", "tickMillis");

  /**
   * Methods of any {@code java.time} type that read the current time: {@code now(...)} of the
   * date-time types, {@code dateNow(...)} of a {@link java.time.chrono.Chronology}.
   */
  private static final Set<String> TIME_NOW = Set.of("now", "dateNow");

  /** The calendars whose {@code getInstance} is set to the current time. */
  private static final Set<String> CALENDARS =
      Set.of("java.util.Calendar", "java.util.GregorianCalendar");

  private final String root;

  KeelArchitecture(String root) {
    this.root = root;
  }

  /** The packages of a layer: {@code root.name} and everything below it. */
  private String layer(String name) {
    return root + "." + name + "..";
  }

  private String[] allowed(String[] own, String... more) {
    return Stream.concat(Stream.of(own), Stream.of(more)).toArray(String[]::new);
  }

  /** Every rule by name, in the order of the page. */
  Map<String, ArchRule> rules() {
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    rules.put("layers", layers());
    rules.put("layersFreeOfCycles", layersFreeOfCycles());
    rules.put("packagesFreeOfCycles", packagesFreeOfCycles());
    rules.put("modelUses", modelUses());
    rules.put("analyticsUses", analyticsUses());
    rules.put("engineUses", engineUses());
    rules.put("ioUses", ioUses());
    rules.put("cliUses", cliUses());
    rules.put("uiUses", uiUses());
    rules.put("rootUses", rootUses());
    rules.put("onlyRootReadsTheClock", onlyRootReadsTheClock());
    rules.put("uiTouchesFilesOnlyThroughIo", uiTouchesFilesOnlyThroughIo());
    rules.put("cliUsesNoUi", cliUsesNoUi());
    rules.put("uiUsesNoCli", uiUsesNoCli());
    rules.put("cliAndRootLoadNoJavaFx", cliAndRootLoadNoJavaFx());
    rules.put("onlyCliPrints", onlyCliPrints());
    rules.put("logsThroughSlf4j", logsThroughSlf4j());
    rules.put("viewModelsTouchNoSceneGraph", viewModelsTouchNoSceneGraph());
    return rules;
  }

  /**
   * The layers and what each may use of the others; analytics is optional until its first class
   * lands. Every class belongs to a layer, so a new top-level package has to be placed first.
   */
  ArchRule layers() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer(ROOT)
        .definedBy(root)
        .layer(MODEL)
        .definedBy(layer("model"))
        .optionalLayer(ANALYTICS)
        .definedBy(layer("analytics"))
        .layer(ENGINE)
        .definedBy(layer("engine"))
        .layer(IO)
        .definedBy(layer("io"))
        .layer(CLI)
        .definedBy(layer("cli"))
        .layer(UI)
        .definedBy(layer("ui"))
        .whereLayer(MODEL)
        .mayNotAccessAnyLayer()
        .whereLayer(ANALYTICS)
        .mayOnlyAccessLayers(MODEL)
        .whereLayer(ENGINE)
        .mayOnlyAccessLayers(MODEL, ANALYTICS)
        .whereLayer(IO)
        .mayOnlyAccessLayers(MODEL, ANALYTICS, ENGINE)
        .whereLayer(CLI)
        .mayOnlyAccessLayers(MODEL, ANALYTICS, ENGINE, IO)
        .whereLayer(UI)
        .mayOnlyAccessLayers(MODEL, ANALYTICS, ENGINE, IO)
        .whereLayer(ROOT)
        .mayOnlyAccessLayers(CLI, UI)
        .ensureAllClassesAreContainedInArchitecture()
        .as("each layer uses only the layers it names, and every class is in a layer");
  }

  /** No two top-level packages (model, analytics, engine, io, cli, ui) need each other. */
  ArchRule layersFreeOfCycles() {
    return slices()
        .matching(root + ".(*)..")
        .namingSlices("$1")
        .should()
        .beFreeOfCycles()
        .as("top-level packages are free of cycles");
  }

  /** No two packages at any depth need each other (pricing and margin, holdings and proposal). */
  ArchRule packagesFreeOfCycles() {
    return slices()
        .matching(root + ".(**)")
        .namingSlices("$1")
        .should()
        .beFreeOfCycles()
        .as("packages are free of cycles at every depth");
  }

  /** The model: values of the JDK, nothing else. */
  ArchRule modelUses() {
    return classes()
        .that()
        .resideInAPackage(layer("model"))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(allowed(PURE_JDK, layer("model")))
        .as("model uses only model and the JDK's values (no JavaFX, Jackson, files, logging)");
  }

  /** Analytics: pure double-precision calculations on the model, with commons-math. */
  ArchRule analyticsUses() {
    return classes()
        .that()
        .resideInAPackage(layer("analytics"))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            allowed(PURE_JDK, layer("analytics"), layer("model"), "org.apache.commons.math3.."))
        .allowEmptyShould(true)
        .as("analytics uses only model, the JDK's values and commons-math (no engine, io, files)");
  }

  /** The engine: the model and analytics, plus a digest for the proposal id. */
  ArchRule engineUses() {
    return classes()
        .that()
        .resideInAPackage(layer("engine"))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            allowed(
                PURE_JDK,
                layer("engine"),
                layer("analytics"),
                layer("model"),
                "java.nio.charset..",
                "java.security.."))
        .as("engine uses only model, analytics and the JDK's values (no files, JSON, logging)");
  }

  /** Io: the files, through the JDK and Jackson, logging through SLF4J. */
  ArchRule ioUses() {
    return classes()
        .that()
        .resideInAPackage(layer("io"))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            layer("io"),
            layer("engine"),
            layer("analytics"),
            layer("model"),
            "java..",
            "com.fasterxml.jackson..",
            "org.slf4j..")
        .as("io uses only model, analytics, engine, the JDK, Jackson and SLF4J");
  }

  /** The command line: picocli over io and the engine. */
  ArchRule cliUses() {
    return classes()
        .that()
        .resideInAPackage(layer("cli"))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            layer("cli"),
            layer("io"),
            layer("engine"),
            layer("analytics"),
            layer("model"),
            "java..",
            "picocli..",
            "org.slf4j..")
        .as("cli uses only io, engine, analytics, model, the JDK, picocli and SLF4J");
  }

  /** The window: JavaFX, AtlantaFX and Ikonli over io and the engine. */
  ArchRule uiUses() {
    return classes()
        .that()
        .resideInAPackage(layer("ui"))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            layer("ui"),
            layer("io"),
            layer("engine"),
            layer("analytics"),
            layer("model"),
            "java..",
            "javafx..",
            "atlantafx..",
            "org.kordamp.ikonli..",
            "org.slf4j..")
        .as("ui uses only io, engine, analytics, model, the JDK, JavaFX, AtlantaFX, Ikonli, SLF4J");
  }

  /** The composition root: the CLI and the one ui class whose signature names no JavaFX type. */
  ArchRule rootUses() {
    return classes()
        .that()
        .resideInAPackage(root)
        .should()
        .onlyDependOnClassesThat(
            resideInAnyPackage(
                    root,
                    layer("cli"),
                    "java.lang..",
                    "java.time..",
                    "java.util..",
                    "ch.qos.logback..")
                .or(name(root + ".ui.DesktopLauncher")))
        .as(
            "the composition root uses only cli, ui.DesktopLauncher, the JDK's lang, time, util"
                + " and (to set it up) Logback");
  }

  /**
   * The time of day is read in one place: {@code now(...)} of any {@code java.time} type (with or
   * without a clock) and a chronology's {@code dateNow(...)}, {@code System.currentTimeMillis}, a
   * system {@code Clock} or {@code InstantSource.system()}, {@code new Date()}, {@code
   * Calendar.getInstance} (also named through {@code GregorianCalendar}), a {@code
   * GregorianCalendar} made without a date ({@code new GregorianCalendar()}, or with only a zone or
   * locale); called or passed as a method reference.
   */
  ArchRule onlyRootReadsTheClock() {
    DescribedPredicate<JavaAccess<?>> readsTheClock =
        DescribedPredicate.describe(
            "reads the time of day",
            access -> {
              AccessTarget target = access.getTarget();
              String owner = target.getOwner().getName();
              String member = target.getName();
              return (owner.startsWith("java.time.") && TIME_NOW.contains(member))
                  || (owner.equals("java.time.Clock") && SYSTEM_CLOCKS.contains(member))
                  || (owner.equals("java.time.InstantSource") && member.equals("system"))
                  || (owner.equals("java.lang.System") && member.equals("currentTimeMillis"))
                  || (CALENDARS.contains(owner) && member.equals("getInstance"))
                  // new Date(): a constructor without any parameter
                  || (owner.equals("java.util.Date")
                      && constructorWithout(target, parameter -> true))
                  // a date is given in int fields; without one the calendar is set to now
                  || (owner.equals("java.util.GregorianCalendar")
                      && constructorWithout(
                          target, parameter -> parameter.getName().equals("int")));
            });
    return noClasses()
        .that()
        .resideOutsideOfPackage(root)
        .should()
        .accessTargetWhere(readsTheClock)
        .as("only the composition root reads the time of day; everything else is given a Clock");
  }

  /**
   * Whether {@code target} is a constructor none of whose parameters is {@code dated} (one with no
   * parameter at all is such a constructor).
   */
  private static boolean constructorWithout(AccessTarget target, Predicate<JavaClass> dated) {
    return target.getName().equals("<init>")
        && target instanceof AccessTarget.CodeUnitAccessTarget codeUnit
        && codeUnit.getRawParameterTypes().stream().noneMatch(dated);
  }

  /**
   * The window names files ({@code Path}, the {@code File} a chooser returns) but reads and writes
   * them through {@code io}: no {@code Files}, no file streams, readers, writers or channels, no
   * member of {@code File} or {@code Path} that asks the disk.
   */
  ArchRule uiTouchesFilesOnlyThroughIo() {
    DescribedPredicate<JavaClass> fileAccessTypes =
        resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..")
            .and(
                DescribedPredicate.not(
                    type(File.class)
                        .or(type(Path.class))
                        .or(type(Paths.class))
                        .or(assignableTo(Throwable.class))))
            .as("touch files (Files, streams, readers, writers, channels, file systems)");
    DescribedPredicate<JavaAccess<?>> asksTheDisk =
        DescribedPredicate.describe(
            "ask the disk through File or Path",
            access -> {
              String owner = access.getTarget().getOwner().getName();
              String member = access.getTarget().getName();
              return (owner.equals("java.io.File") && !FILE_AS_VALUE.contains(member))
                  || (owner.equals("java.nio.file.Path") && PATH_ON_DISK.contains(member));
            });
    return noClasses()
        .that()
        .resideInAPackage(layer("ui"))
        .should()
        .dependOnClassesThat(fileAccessTypes)
        .orShould()
        .accessTargetWhere(asksTheDisk)
        .as("ui touches files only through io");
  }

  ArchRule cliUsesNoUi() {
    return noClasses()
        .that()
        .resideInAPackage(layer("cli"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(layer("ui"))
        .as("cli never uses ui");
  }

  ArchRule uiUsesNoCli() {
    return noClasses()
        .that()
        .resideInAPackage(layer("ui"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(layer("cli"))
        .as("ui never uses cli");
  }

  /** {@code java -jar keel.jar validate x.json} never loads the toolkit. */
  ArchRule cliAndRootLoadNoJavaFx() {
    return noClasses()
        .that()
        .resideInAnyPackage(layer("cli"), root)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx..")
        .as("cli and the composition root load no JavaFX class");
  }

  ArchRule onlyCliPrints() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(layer("cli"))
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .as("only cli prints to standard output and error; everything else logs or returns");
  }

  ArchRule logsThroughSlf4j() {
    return noClasses()
        .that()
        .doNotHaveFullyQualifiedName(root + ".LogbackSetup")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.util.logging..",
            "ch.qos.logback..",
            "org.apache.log4j..",
            "org.apache.logging..",
            "org.apache.commons.logging..")
        .as(
            "code logs through the SLF4J API only; Logback is set up (by LogbackSetup alone),"
                + " never called");
  }

  ArchRule viewModelsTouchNoSceneGraph() {
    return noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .or()
        .haveSimpleName("History")
        .or()
        .haveSimpleName("TaskRunner")
        .or()
        .haveSimpleName("TradeRow")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx.scene..")
        .as("view-models (and History, TaskRunner, TradeRow) touch no javafx.scene");
  }
}
