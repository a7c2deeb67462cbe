package org.plangraph;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module boundaries of DESIGN.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.plangraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule extractionIsPureJava = noClasses().that()
		.resideInAPackage("org.plangraph.extract..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.neo4j..", "org.springframework..", "org.plangraph.load..", "org.plangraph.graph..",
				"org.plangraph.api..")
		.because("extraction is a pure function of text, fast and testable without a database");

	@ArchTest
	static final ArchRule documentReadingIsPureJava = noClasses().that()
		.resideInAPackage("org.plangraph.document..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.neo4j..", "org.springframework..", "org.plangraph.extract..",
				"org.plangraph.load..")
		.because("reading a file needs neither a graph nor a framework");

	@ArchTest
	static final ArchRule apiDoesNotDependOnExtraction = noClasses().that()
		.resideInAPackage("org.plangraph.api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.plangraph.extract..", "org.plangraph.document..")
		.because("the API reads the graph, whatever produced it");

	@ArchTest
	static final ArchRule onlyTheGraphPackageTouchesTheDatabaseItself = noClasses().that()
		.resideOutsideOfPackage("org.plangraph.graph..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.neo4j.graphdb..", "org.neo4j.kernel..", "org.neo4j.driver.internal..")
		.because("statements run through GraphTransactions, which answers the same records in process and over Bolt");

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("org.plangraph.(*)..")
		.should()
		.beFreeOfCycles();

}
