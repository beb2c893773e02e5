package dev.keel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of docs/architecture.md, checked on the compiled main classes. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.keel");
  }

  @Test
  void modelAndEngine_useNoJavaFxJacksonFilesOrClocks() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.keel.model..", "dev.keel.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..", "com.fasterxml.jackson..", "java.io..", "java.nio.file..", "org.slf4j..")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .check(classes);
  }

  @Test
  void model_dependsOnNoOtherKeelPackage() {
    noClasses()
        .that()
        .resideInAPackage("dev.keel.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.keel.engine..", "dev.keel.io..", "dev.keel.cli..", "dev.keel.ui..")
        .check(classes);
  }

  @Test
  void engine_dependsOnlyOnModel() {
    noClasses()
        .that()
        .resideInAPackage("dev.keel.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.keel.io..", "dev.keel.cli..", "dev.keel.ui..")
        .check(classes);
  }

  @Test
  void io_knowsNoCliNoUiNoJavaFx() {
    noClasses()
        .that()
        .resideInAPackage("dev.keel.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.keel.cli..", "dev.keel.ui..", "javafx..")
        .check(classes);
  }

  @Test
  void cliAndMain_loadNoJavaFx() {
    noClasses()
        .that()
        .resideInAPackage("dev.keel.cli..")
        .or()
        .haveFullyQualifiedName(Main.class.getName())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..")
        .check(classes);
  }

  @Test
  void ui_callsNoCli() {
    noClasses()
        .that()
        .resideInAPackage("dev.keel.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.keel.cli..")
        .check(classes);
  }

  @Test
  void onlyCli_printsToStandardStreams() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
        .because("only the CLI prints; everything else logs or returns results")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.keel")
                .that(
                    com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                            "dev.keel.cli.."))));
  }

  @Test
  void logging_onlyThroughSlf4j() {
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("ch.qos.logback..", "org.apache.log4j..", "org.apache.logging..")
        .because("code logs through the SLF4J API; Logback is only configured")
        .check(classes);
  }

  @Test
  void viewModels_touchNoSceneGraph() {
    noClasses()
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
        .resideInAnyPackage("javafx.scene..")
        .check(classes);
  }
}
